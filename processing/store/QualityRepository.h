#pragma once

#include "lockstep_processing_export.h"
#include "quality/FileMeasurement.h"
#include "quality/QualityIssue.h"
#include "quality/ScanTypes.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <functional>
#include <vector>

namespace lockstep {

class ProjectStore;

// The quality engine's tables in the project file: the per-file measurement cache, derived per-sample
// metrics, issues and duplicate groups. Uses the ProjectStore's connection (same thread rules).
class LOCKSTEP_PROCESSING_EXPORT QualityRepository {
public:
    explicit QualityRepository(ProjectStore& store);

    // --- the scan ---
    std::vector<ScanSample> loadScanSamples() const;
    // What a rescan needs to know of a cached measurement to decide whether its file changed; the metrics,
    // hashes and fingerprints stay in the file until the results have to be derived again.
    struct CacheStamp {
        qint64 size = -1;
        qint64 mtimeNs = 0;
        bool ok = false;
    };
    QHash<QString, CacheStamp> loadCacheStamps() const;
    QHash<QString, FileMeasurement> loadCache() const;
    // Only the entries whose path is in `paths` (the rest of the table is stepped over, not parsed).
    QHash<QString, FileMeasurement> loadCache(const QSet<QString>& paths) const;
    bool saveMeasurements(const std::vector<FileMeasurement>& measurements);  // one transaction
    bool forgetMeasurement(const QString& path);                              // a file that is gone
    bool forgetAllMeasurements();  // the definitions changed: everything is measured again
    // Replaces metrics, issues and duplicate groups in one transaction and updates samples.issue_count.
    bool replaceResults(const SampleMetricTable& metrics, const std::vector<QualityIssue>& issues,
                        const std::vector<DuplicateGroupRecord>& groups);
    // The same, with the issues and groups handed over late: the metric table (the longest write) goes in first,
    // then `findings` is called for them — so a scan can still be finding duplicates on another thread meanwhile.
    // findings returning false abandons the transaction (nothing changes, lastError() stays empty).
    using Findings = std::function<bool(std::vector<QualityIssue>* issues, std::vector<DuplicateGroupRecord>* groups)>;
    bool replaceResults(const SampleMetricTable& metrics, const Findings& findings);
    QJsonObject thresholdOverrides() const;
    bool saveThresholdOverrides(const QJsonObject& overrides);
    bool hasScanResults() const;

    // --- reading results ---
    std::vector<QualityIssue> issues(qint64 limit = -1) const;
    std::vector<QualityIssue> issuesForSample(const QString& sampleId) const;
    // type -> (severity -> count)
    QMap<QString, QMap<int, qint64>> issueCounts() const;
    std::vector<DuplicateGroupRecord> duplicateGroups() const;
    qint64 issueTotal() const;
    qint64 duplicateGroupCount() const;
    QStringList metricNames() const;
    std::vector<double> metricValues(const QString& name) const;  // sorted ascending
    QHash<QString, double> metricsForSample(const QString& sampleId) const;

    QString lastError() const { return m_error; }

private:
    ProjectStore& m_store;
    mutable QString m_error;
};

}  // namespace lockstep
