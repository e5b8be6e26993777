#pragma once

#include "lockstep_processing_export.h"
#include "quality/OutlierStatistics.h"
#include "quality/QualityIssue.h"
#include "quality/ScanTypes.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <vector>

namespace lockstep {

class ProjectStore;

// Everything `lockstep-cli report` writes, gathered from the project file once, then rendered as JSON,
// CSV or a self-contained HTML page.
struct LOCKSTEP_PROCESSING_EXPORT QualityReport {
    QString project;
    QString dataset;
    QString scannedAt;
    qint64 samples = 0;
    qint64 samplesWithIssues = 0;
    QMap<QString, QMap<int, qint64>> counts;  // issue type -> severity -> count
    struct MetricSummary {
        QString name;
        Distribution distribution;
        std::vector<double> values;  // sorted, for histograms
    };
    std::vector<MetricSummary> metrics;
    std::vector<QualityIssue> issues;
    std::vector<DuplicateGroupRecord> groups;

    // false with *error when the project was never scanned.
    static bool gather(ProjectStore& store, QualityReport* out, QString* error);

    QByteArray toJson() const;
    QByteArray toCsv() const;
    QByteArray toHtml() const;
};

}  // namespace lockstep
