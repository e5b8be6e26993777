#pragma once

// Metric columns in memory: for one project, one metric's value for every sample row (position in import
// order; NaN where the sample has no such metric), loaded once and shared by every connection of the process.
// Wide metric filters and metric sorts are a pass over such a column instead of a subquery per bound over the
// (name, value) index: at a million samples, milliseconds instead of seconds.
//
// Loading a column reads the metric's blob stored by row in the project file (MetricColumnStore: 8 MB at a million
// samples, a few milliseconds) when there is one for the project's metrics generation. Without one (a stale or
// missing blob) it is one walk of the metric's (name, value) index, each sample id turned into its row through
// an id -> row table built once per import (one walk of samples_by_id), laid out for one cache miss per lookup.
// The dashboard loads its scatter's columns here before anyone can brush on it (DashboardLoader::warmColumns). A column
// stays valid while the project's stamp does: the import time, the scan time and meta "metrics.generation", which every
// import and every scan rewrites (ProjectStore::commitImport, QualityRepository::replaceResults) in the same
// transaction as their data. Least recently used columns go first once the memory budget is spent. Thread-safe.

#include "lockstep_processing_export.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace lockstep {

class ProjectStore;

class LOCKSTEP_PROCESSING_EXPORT MetricColumnCache {
public:
    using Column = std::vector<double>;
    // A column's rows sorted by value: what a metric sort of any subset of the samples walks, keeping the rows the
    // subset has, instead of sorting them again.
    struct Order {
        // Every row: those with a value ascending (ties in row order), then those without one in row order.
        std::vector<std::uint32_t> rows;
        std::size_t valued = 0;  // how many rows have a value (the first valued entries of rows)
        // Bit i: rows[i] starts a run of equal values (its value differs from rows[i - 1]'s), for i < valued.
        std::vector<std::uint64_t> runStarts;
        bool startsRun(std::size_t i) const { return (runStarts[i >> 6] >> (i & 63)) & 1; }
    };

    // The process's cache (what SampleTableQuery and MetricColumnQuery use).
    static MetricColumnCache& shared();

    explicit MetricColumnCache(std::size_t budgetBytes = std::size_t(384) << 20);
    ~MetricColumnCache();
    MetricColumnCache(const MetricColumnCache&) = delete;
    MetricColumnCache& operator=(const MetricColumnCache&) = delete;

    // The metric's column over all rows of the project (rows = max(row) + 1), loaded when it is not cached for
    // the project's current stamp. Null on a database error. Call inside a read transaction for a consistent
    // snapshot.
    std::shared_ptr<const Column> column(const ProjectStore& store, const QString& metric);
    // The metric's rows in value order, from its column (loaded first when needed), computed once per column.
    std::shared_ptr<const Order> order(const ProjectStore& store, const QString& metric);
    // Loads the metrics' columns that are not cached, in one read transaction (a warm-up ahead of the filters
    // that will need them).
    void load(const ProjectStore& store, const QStringList& metrics);
    // Whether the column is cached for the project's current stamp (no loading).
    bool contains(const ProjectStore& store, const QString& metric);
    void clear();

    // How many columns were loaded from a stored blob and how many by walking the value index, since the start.
    struct LoadCounts {
        quint64 stored = 0;
        quint64 walked = 0;
    };
    LoadCounts loadCounts();

    // The stamp a cached column is checked against (a few meta lookups).
    static QString stampOf(const ProjectStore& store);
    // The number of row positions: max(row) + 1, or 0 for an empty project.
    static qint64 rowCountOf(const ProjectStore& store);

private:
    struct IdIndex;
    struct Project;
    Project* projectFor(const ProjectStore& store);  // with m_mutex held
    std::shared_ptr<const Column> columnLocked(Project* project, const ProjectStore& store, const QString& metric);
    void evict(const Project* keep, const QString& keepMetric);

    std::mutex m_mutex;
    std::size_t m_budget;
    quint64 m_clock = 0;
    LoadCounts m_loads;
    QHash<QString, std::shared_ptr<Project>> m_projects;
};

}  // namespace lockstep
