#include "store/LabelRepository.h"

#include "store/AnnotationTransaction.h"
#include "store/PerSampleRead.h"
#include "store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lockstep {

namespace {

const char* const kLabelKind = "label";
const QLatin1String kLabelSetKey("label_set");

}  // namespace

std::vector<QString> LabelRepository::labels(const std::vector<QString>& sampleIds) const
{
    return readTextPerSample(m_store.database(), "SELECT label FROM samples WHERE sample_id = ?", sampleIds);
}

QString LabelRepository::originalLabel(const QString& sampleId) const
{
    SqliteStatement st(m_store.database(), "SELECT key FROM annotations WHERE sample_id = ? AND kind = 'label'");
    st.bind(1, sampleId);
    if (st.step() == SQLITE_ROW)
        return st.columnText(0);
    return labels({sampleId}).front();
}

bool LabelRepository::setLabels(const std::vector<QString>& sampleIds, const std::vector<QString>& labels,
                                const QString& action, const QString& who)
{
    if (sampleIds.size() != labels.size()) {
        m_error = QStringLiteral("setLabels: %1 ids but %2 labels").arg(sampleIds.size()).arg(labels.size());
        return false;
    }
    std::vector<QString> originals;
    originals.reserve(sampleIds.size());
    for (const QString& id : sampleIds)
        originals.push_back(originalLabel(id));
    const std::vector<QString> before = this->labels(sampleIds);
    AnnotationTransaction tx(m_store, action, who);
    SqliteStatement row(tx.database(), "UPDATE samples SET label = ? WHERE sample_id = ?");
    for (std::size_t i = 0; i < sampleIds.size() && tx.ok(); ++i) {
        const QString& id = sampleIds[i];
        if (labels[i] == before[i])
            continue;
        // Back to the dataset's label: no edit left to keep.
        tx.removeRows(id, kLabelKind);
        if (labels[i] != originals[i])
            tx.insertRow(id, kLabelKind, originals[i], labels[i]);
        row.bind(1, labels[i]);
        row.bind(2, id);
        QString error;
        if (!row.run(&error)) {
            m_error = error;
            return false;
        }
        tx.audit(id, QStringLiteral("label"), before[i], labels[i]);
    }
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

QStringList LabelRepository::importedLabels() const
{
    QStringList out;
    SqliteStatement st(m_store.database(),
                       "SELECT DISTINCT coalesce(a.key, s.label) AS original FROM samples s LEFT JOIN annotations a "
                       "ON a.sample_id = s.sample_id AND a.kind = 'label' WHERE original <> '' "
                       "ORDER BY original COLLATE NOCASE");
    while (st.step() == SQLITE_ROW)
        out << st.columnText(0);
    return out;
}

bool LabelRepository::hasStoredLabelSet() const
{
    return !m_store.meta(kLabelSetKey).isEmpty();
}

QStringList LabelRepository::labelSet() const
{
    const QString stored = m_store.meta(kLabelSetKey);
    if (stored.isEmpty())
        return importedLabels();
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(stored.toUtf8()).array();
    for (const QJsonValue& v : array)
        out << v.toString();
    return out;
}

bool LabelRepository::setLabelSet(const QStringList& labels, const QString& action, const QString& who)
{
    const QStringList before = labelSet();
    AnnotationTransaction tx(m_store, action, who);
    SqliteStatement meta(tx.database(), "INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
    meta.bind(1, QString(kLabelSetKey));
    meta.bind(2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(labels)).toJson(QJsonDocument::Compact)));
    QString error;
    if (!meta.run(&error)) {
        m_error = error;
        return false;
    }
    tx.audit(QString(), QStringLiteral("label_set"), before.join(QStringLiteral(", ")),
             labels.join(QStringLiteral(", ")));
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

}  // namespace lockstep
