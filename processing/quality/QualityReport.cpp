#include "quality/QualityReport.h"

#include "quality/HtmlReportWriter.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace lockstep {

namespace {

// Seven significant digits: enough for any metric, and stable across compilers and CPUs for golden files.
QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(QString::number(v, 'g', 7).toDouble()) : QJsonValue(QJsonValue::Null);
}

QString csvField(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')) &&
        !s.contains(QLatin1Char('\r')))
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 10) : QString();
}

}  // namespace

bool QualityReport::gather(ProjectStore& store, QualityReport* out, QString* error)
{
    QualityRepository repository(store);
    if (!repository.hasScanResults()) {
        *error = QStringLiteral("project '%1' has not been scanned yet: run lockstep-cli scan %1").arg(store.path());
        return false;
    }
    out->project = store.path();
    out->dataset = store.datasetRoot();
    out->scannedAt = store.meta(QStringLiteral("quality.scanned_at"));
    out->samples = store.sampleCount();
    out->counts = repository.issueCounts();
    out->issues = repository.issues(-1);
    QSet<QString> withIssues;
    for (const QualityIssue& i : out->issues)
        withIssues.insert(i.sampleId);
    out->samplesWithIssues = withIssues.size();
    out->groups = repository.duplicateGroups();
    for (const QString& name : repository.metricNames()) {
        MetricSummary m;
        m.name = name;
        m.values = repository.metricValues(name);
        m.distribution = OutlierStatistics::describe(m.values);
        out->metrics.push_back(std::move(m));
    }
    return true;
}

QByteArray QualityReport::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("project")] = project;
    o[QStringLiteral("dataset")] = dataset;
    o[QStringLiteral("scanned_at")] = scannedAt;
    o[QStringLiteral("samples")] = samples;
    o[QStringLiteral("samples_with_issues")] = samplesWithIssues;
    QJsonObject byType;
    QJsonObject bySeverity;
    qint64 severityTotals[3] = {0, 0, 0};
    for (auto t = counts.cbegin(); t != counts.cend(); ++t) {
        QJsonObject entry;
        for (auto s = t.value().cbegin(); s != t.value().cend(); ++s) {
            entry[severityName(static_cast<Diagnostic::Severity>(s.key()))] = s.value();
            severityTotals[std::clamp(s.key(), 0, 2)] += s.value();
        }
        byType[t.key()] = entry;
    }
    for (int s = 0; s < 3; ++s)
        bySeverity[severityName(static_cast<Diagnostic::Severity>(s))] = severityTotals[s];
    o[QStringLiteral("issues_by_type")] = byType;
    o[QStringLiteral("issues_by_severity")] = bySeverity;
    QJsonObject metricsObject;
    for (const MetricSummary& m : metrics) {
        const Distribution& d = m.distribution;
        QJsonObject entry;
        entry[QStringLiteral("count")] = qint64(d.count);
        entry[QStringLiteral("min")] = number(d.min);
        entry[QStringLiteral("q1")] = number(d.q1);
        entry[QStringLiteral("median")] = number(d.median);
        entry[QStringLiteral("q3")] = number(d.q3);
        entry[QStringLiteral("max")] = number(d.max);
        entry[QStringLiteral("mean")] = number(d.mean);
        metricsObject[m.name] = entry;
    }
    o[QStringLiteral("metrics")] = metricsObject;
    QJsonArray issueArray;
    for (const QualityIssue& i : issues) {
        QJsonObject entry;
        entry[QStringLiteral("sample")] = i.sampleId;
        entry[QStringLiteral("type")] = i.type;
        entry[QStringLiteral("modality")] = i.modality;
        entry[QStringLiteral("severity")] = severityName(i.severity);
        entry[QStringLiteral("value")] = number(i.value);
        entry[QStringLiteral("threshold")] = number(i.threshold);
        entry[QStringLiteral("message")] = i.message;
        issueArray.append(entry);
    }
    o[QStringLiteral("issues")] = issueArray;
    QJsonArray groupArray;
    for (const DuplicateGroupRecord& g : groups) {
        QJsonObject entry;
        entry[QStringLiteral("kind")] = g.kind;
        entry[QStringLiteral("modality")] = g.modality;
        entry[QStringLiteral("keeper")] = g.keeper;
        entry[QStringLiteral("reason")] = g.reason;
        QJsonArray members;
        for (const auto& [id, distance] : g.members)
            members.append(QJsonObject{{QStringLiteral("sample"), id}, {QStringLiteral("distance"), number(distance)}});
        entry[QStringLiteral("members")] = members;
        groupArray.append(entry);
    }
    o[QStringLiteral("duplicate_groups")] = groupArray;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QByteArray QualityReport::toCsv() const
{
    // One table with a `section` column, so a single file loads into pandas and filters by section:
    // summary (counts per type and severity), distribution (per metric), issue, duplicate (one row per member).
    QString out = QStringLiteral("section,sample,type,modality,severity,value,threshold,detail\r\n");
    auto row = [&out](const QStringList& fields) { out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n"); };
    for (auto t = counts.cbegin(); t != counts.cend(); ++t)
        for (auto s = t.value().cbegin(); s != t.value().cend(); ++s)
            row({QStringLiteral("summary"), QString(), csvField(t.key()),
                 csvField(t.key().section(QLatin1Char('.'), 0, 0)),
                 severityName(static_cast<Diagnostic::Severity>(s.key())), QString::number(s.value()), QString(),
                 QString()});
    for (const MetricSummary& m : metrics) {
        const Distribution& d = m.distribution;
        const QString detail =
            QStringLiteral("count=%1 min=%2 q1=%3 median=%4 q3=%5 max=%6")
                .arg(d.count)
                .arg(csvNumber(d.min), csvNumber(d.q1), csvNumber(d.median), csvNumber(d.q3), csvNumber(d.max));
        row({QStringLiteral("distribution"), QString(), csvField(m.name),
             csvField(m.name.section(QLatin1Char('.'), 0, 0)), QString(), csvNumber(d.median), QString(),
             csvField(detail)});
    }
    for (const QualityIssue& i : issues)
        row({QStringLiteral("issue"), csvField(i.sampleId), csvField(i.type), csvField(i.modality),
             severityName(i.severity), csvNumber(i.value), csvNumber(i.threshold), csvField(i.message)});
    int groupNumber = 0;
    for (const DuplicateGroupRecord& g : groups) {
        ++groupNumber;
        for (const auto& [id, distance] : g.members)
            row({QStringLiteral("duplicate"), csvField(id),
                 csvField(g.modality + QLatin1Char('.') + g.kind + QStringLiteral("_duplicate")), csvField(g.modality),
                 id == g.keeper ? QStringLiteral("keeper") : QStringLiteral("duplicate"), csvNumber(distance),
                 QString(), csvField(QStringLiteral("group %1: %2").arg(groupNumber).arg(g.reason))});
    }
    return out.toUtf8();
}

QByteArray QualityReport::toHtml() const
{
    return HtmlReportWriter::write(*this);
}

}  // namespace lockstep
