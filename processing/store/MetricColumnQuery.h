#pragma once

// What the quality dashboard plots, read straight from the project file: one metric's values over all
// samples, two metrics side by side, and how many samples have each issue type. Read-only; meant for a second,
// read-only connection on a worker thread (a million samples take a moment).

#include "lockstep_processing_export.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lockstep {

class Progress;
class ProjectStore;
struct SampleFilter;

class LOCKSTEP_PROCESSING_EXPORT MetricColumnQuery {
public:
    // Two metrics of the samples that have both, in the same order (the samples' id order).
    struct Pairs {
        std::vector<double> x;
        std::vector<double> y;
    };
    struct IssueTypeCount {
        QString type;
        qint64 samples = 0;  // samples with at least one issue of the type (what has:TYPE matches)
    };

    explicit MetricColumnQuery(const ProjectStore& store) : m_store(store) {}

    // Every sample's value of the metric (samples without it are absent), in the index's value order.
    // *ok (when given) is false when cancelled or on a database error.
    std::vector<double> column(const QString& metric, Progress* progress = nullptr, bool* ok = nullptr) const;
    Pairs pairs(const QString& xMetric, const QString& yMetric, Progress* progress = nullptr, bool* ok = nullptr) const;
    // The same for the samples a filter of the query language passes (an empty filter: all; a failed one: none),
    // in the samples' id order.
    std::vector<double> column(const QString& metric, const SampleFilter& filter, Progress* progress = nullptr,
                               bool* ok = nullptr) const;
    Pairs pairs(const QString& xMetric, const QString& yMetric, const SampleFilter& filter,
                Progress* progress = nullptr, bool* ok = nullptr) const;
    // Issue types of the last scan, most frequent first (ties by name).
    std::vector<IssueTypeCount> issueTypeCounts() const;
    // The issue types one sample has, sorted.
    QStringList issueTypesOf(const QString& sampleId) const;

private:
    const ProjectStore& m_store;
};

}  // namespace lockstep
