#include "store/SavedViewRepository.h"

#include "store/AnnotationTransaction.h"
#include "store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace lockstep {

const QString SavedViewRepository::kMetaKey = QStringLiteral("views");
const QString SavedViewRepository::kUnreadableMetaKey = QStringLiteral("views.unreadable");

namespace {

QString namesOf(const SavedViews& views)
{
    QStringList names;
    for (const SavedView& view : views)
        names << view.name;
    return names.join(QStringLiteral(", "));
}

}  // namespace

QByteArray SavedViewRepository::toJson(const SavedViews& views)
{
    QJsonArray array;
    for (const SavedView& view : views) {
        QJsonArray columns;
        for (const SavedViewColumn& column : view.columns) {
            QJsonObject c{{QStringLiteral("key"), column.key}};
            if (column.width > 0)
                c.insert(QStringLiteral("width"), column.width);
            columns.append(c);
        }
        QJsonObject object{{QStringLiteral("name"), view.name},
                           {QStringLiteral("filter"), view.filter},
                           {QStringLiteral("columns"), columns}};
        if (!view.sortColumn.isEmpty())
            object.insert(QStringLiteral("sort"), QJsonObject{{QStringLiteral("column"), view.sortColumn},
                                                              {QStringLiteral("descending"), view.sortDescending}});
        array.append(object);
    }
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion}, {QStringLiteral("views"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

SavedViewRepository::LoadResult SavedViewRepository::fromJson(const QByteArray& json)
{
    LoadResult result;
    if (json.trimmed().isEmpty())
        return result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.diagnostic = QStringLiteral(
                                "The saved views in the project file are not valid JSON (%1 at character "
                                "%2); they were ignored")
                                .arg(error.errorString())
                                .arg(error.offset);
        return result;
    }
    if (!document.isObject() || !document.object().value(QStringLiteral("views")).isArray()) {
        result.diagnostic =
            QStringLiteral("The saved views in the project file have no \"views\" list; they were ignored");
        return result;
    }
    const QJsonArray array = document.object().value(QStringLiteral("views")).toArray();
    QSet<QString> names;
    int dropped = 0;
    int badColumns = 0;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        SavedView view;
        view.name = object.value(QStringLiteral("name")).toString().trimmed();
        if (view.name.isEmpty() || names.contains(view.name)) {
            ++dropped;
            continue;
        }
        names.insert(view.name);
        view.filter = object.value(QStringLiteral("filter")).toString();
        const QJsonObject sort = object.value(QStringLiteral("sort")).toObject();
        view.sortColumn = sort.value(QStringLiteral("column")).toString();
        view.sortDescending = !view.sortColumn.isEmpty() && sort.value(QStringLiteral("descending")).toBool();
        for (const QJsonValue& c : object.value(QStringLiteral("columns")).toArray()) {
            const QString key = c.toObject().value(QStringLiteral("key")).toString();
            if (key.isEmpty()) {
                ++badColumns;
                continue;
            }
            view.columns.push_back({key, qMax(0, c.toObject().value(QStringLiteral("width")).toInt())});
        }
        result.views.push_back(std::move(view));
    }
    QStringList problems;
    if (dropped > 0)
        problems << QStringLiteral("%1 view(s) without a name or with a repeated name").arg(dropped);
    if (badColumns > 0)
        problems << QStringLiteral("%1 column(s) without a key").arg(badColumns);
    if (!problems.isEmpty())
        result.diagnostic =
            QStringLiteral("Ignored in the project's saved views: %1").arg(problems.join(QStringLiteral("; ")));
    return result;
}

SavedViewRepository::LoadResult SavedViewRepository::load() const
{
    return fromJson(m_store.meta(kMetaKey).toUtf8());
}

bool SavedViewRepository::save(const SavedViews& views, const QString& action, const QString& who)
{
    const QString stored = m_store.meta(kMetaKey);
    const LoadResult before = fromJson(stored.toUtf8());
    AnnotationTransaction tx(m_store, action, who);
    SqliteStatement meta(tx.database(), "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    QString error;
    // Text this version cannot read may be someone's work: keep it beside the views instead of overwriting it.
    if (!before.diagnostic.isEmpty()) {
        meta.bind(1, kUnreadableMetaKey);
        meta.bind(2, stored);
        if (!meta.run(&error)) {
            m_error = error;
            return false;
        }
    }
    meta.bind(1, kMetaKey);
    meta.bind(2, QString::fromUtf8(toJson(views)));
    if (!meta.run(&error)) {
        m_error = error;
        return false;
    }
    tx.audit(QString(), QStringLiteral("saved_views"), namesOf(before.views), namesOf(views));
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

}  // namespace lockstep
