#pragma once

#include "lockstep_processing_export.h"
#include "quality/FileMeasurement.h"
#include "quality/QualityIssue.h"
#include "quality/QualityThresholds.h"
#include "quality/ScanTypes.h"

#include <QHash>
#include <vector>

namespace lockstep {

// The checks that need more than one file: per-sample cross-modal checks (speech rate, segments inside
// their media, monotonic timestamps, declared vs measured durations, missing modalities) and dataset-wide
// statistics (sample-rate/channel mismatches against the majority, robust outliers per metric). Produces
// the per-sample metric table the project stores for sorting and plotting.
class LOCKSTEP_PROCESSING_EXPORT SampleAnalyzer {
public:
    using MeasurementLookup = QHash<QString, const FileMeasurement*>;  // path -> measurement

    // Metrics checked for robust outliers (sample.metric_outlier).
    static const QStringList& outlierMetrics();
    // Whether a metric's outliers are judged on log10 of its values (positive metrics with a long tail).
    static bool isJudgedOnLogScale(const QString& metric);

    static void analyze(const std::vector<ScanSample>& samples, const MeasurementLookup& measurements,
                        const QualityThresholds& thresholds, SampleMetricTable* metrics,
                        std::vector<QualityIssue>* issues);
};

// The key a measurement is cached under for a sample's item ("inline:<id>" for manifest text).
LOCKSTEP_PROCESSING_EXPORT QString measurementKey(const ScanSample& sample, Modality modality);

}  // namespace lockstep
