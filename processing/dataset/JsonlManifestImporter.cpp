#include "dataset/JsonlManifestImporter.h"

#include "dataset/ImportContext.h"
#include "dataset/ManifestFile.h"
#include "dataset/ManifestSampleBuilder.h"
#include "dataset/SampleSink.h"
#include "progress/Progress.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lockstep {

namespace {

QString valueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

// Column (byte offset) of a JSON parse error, 1-based, for "file:line: column N" messages.
QString parseErrorText(const QJsonParseError& e)
{
    return QStringLiteral("not valid JSON at column %1: %2").arg(e.offset + 1).arg(e.errorString());
}

class RecordReader {
public:
    RecordReader(ImportContext& context, QString name)
        : m_context(context), m_builder(context, name), m_name(std::move(name))
    {}

    void add(const QJsonObject& object, int line)
    {
        m_fields.clear();
        for (auto it = object.begin(); it != object.end(); ++it) {
            auto role = m_roles.find(it.key());
            if (role == m_roles.end())
                role = m_roles.insert(it.key(), manifestFieldFor(it.key()));
            m_fields.append({it.key(), *role, valueText(it.value())});
        }
        m_context.sink().addSample(m_builder.build(m_fields, line, m_records));
        ++m_records;
    }
    qint64 records() const { return m_records; }

private:
    ImportContext& m_context;
    ManifestSampleBuilder m_builder;
    QString m_name;
    QHash<QString, ManifestField> m_roles;
    QList<ManifestSampleBuilder::Field> m_fields;
    qint64 m_records = 0;
};

}  // namespace

ImportReport JsonlManifestImporter::run(ImportContext& context, const QString& manifestPath)
{
    ImportReport report;
    report.layout = QStringLiteral("jsonl");
    const QString name = context.root().relativeTo(manifestPath);
    const ManifestFile file(manifestPath);
    if (!file.ok()) {
        report.error = QStringLiteral("cannot open %1: %2").arg(name, file.error());
        return report;
    }
    const QByteArray& bytes = file.bytes();
    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;

    RecordReader reader(context, name);
    // A whole-file JSON array (".json" manifests).
    const qsizetype firstNonSpace = [&] {
        qsizetype i = pos;
        while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t'))
            ++i;
        return i;
    }();
    if (firstNonSpace < bytes.size() && bytes[firstNonSpace] == '[') {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(pos), &error);
        if (error.error != QJsonParseError::NoError) {
            const int line = static_cast<int>(bytes.left(pos + error.offset).count('\n')) + 1;
            report.error = QStringLiteral("%1:%2: %3").arg(name).arg(line).arg(parseErrorText(error));
            return report;
        }
        const QJsonArray array = doc.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array[i].isObject()) {
                context.warn(name, 0, {}, QStringLiteral("element %1 of the array is not an object; skipped").arg(i));
                continue;
            }
            reader.add(array[i].toObject(), 0);
        }
        report.ok = true;
        report.samples = reader.records();
        return report;
    }

    int line = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        ++line;
        QByteArray text = bytes.mid(pos, end - pos);
        pos = end + 1;
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError) {
            context.warn(name, line, {}, parseErrorText(error) + QStringLiteral("; line skipped"));
            continue;
        }
        if (!doc.isObject()) {
            context.warn(name, line, {}, QStringLiteral("expected a JSON object on each line; line skipped"));
            continue;
        }
        reader.add(doc.object(), line);
        if ((reader.records() & 4095) == 0) {
            context.progress().report(QStringLiteral("Reading %1").arg(name), pos, bytes.size());
            if (context.cancelled()) {
                report.cancelled = true;
                report.error = QStringLiteral("import cancelled");
                return report;
            }
        }
    }
    report.ok = true;
    report.samples = reader.records();
    return report;
}

}  // namespace lockstep
