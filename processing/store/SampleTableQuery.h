#pragma once

// The sample table's queries beyond import-order paging: the order of all samples by any column or metric
// (answered by SQLite's indexes and sorter, never by loading the table), rows at given positions, and metric
// values for the rows on screen. Read-only; works on a read-only connection.

#include "lockstep_processing_export.h"
#include "store/SampleRow.h"
#include "store/SampleSortKey.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace lockstep {

class Progress;
class ProjectStore;

class LOCKSTEP_PROCESSING_EXPORT SampleTableQuery {
public:
    explicit SampleTableQuery(const ProjectStore& store) : m_store(store) {}

    // Every sample's row (its position in import order), sorted by key. Ties keep import order; samples
    // without the metric come last in either direction. Empty when cancelled or on a database error.
    std::vector<qint64> orderedRows(const SampleSortKey& key, Progress* progress = nullptr) const;

    // The table rows stored at these positions, in the same order (missing positions are skipped).
    std::vector<SampleRow> rowsAt(const qint64* rows, int count) const;

    // Names of the per-sample metrics of the last quality scan, sorted. Walks the (name, value) index one
    // name at a time, so it costs a few lookups per name however many samples there are.
    QStringList metricNames() const;

    // For each id, the values of the requested metrics it has.
    std::vector<QHash<QString, double>> metricsFor(const std::vector<QString>& sampleIds,
                                                   const QStringList& names) const;

private:
    const ProjectStore& m_store;
};

}  // namespace lockstep
