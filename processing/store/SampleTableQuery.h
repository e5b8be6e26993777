#pragma once

// The sample table's queries beyond import-order paging: the order of all samples by any column or metric
// (answered by SQLite's indexes and in-memory sorts of the passing rows, never by loading the table), rows at given
// positions, and metric values for the rows on screen. Read-only; works on a read-only connection.

#include "lockstep_processing_export.h"
#include "store/SampleFilter.h"
#include "store/SampleRow.h"
#include "store/SampleSortKey.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace lockstep {

class Progress;
class ProjectStore;
class RowMask;
class SampleFilterBinding;
class SqliteStatement;

class LOCKSTEP_PROCESSING_EXPORT SampleTableQuery {
public:
    explicit SampleTableQuery(const ProjectStore& store) : m_store(store) {}

    // The rows (positions in import order) of the samples that pass the filter (all when it is empty), sorted by
    // key. Ties keep import order; samples without the metric come last in either direction. *ok (when given)
    // is false when cancelled or on a database error; an empty result with *ok true means nothing matched.
    std::vector<qint64> orderedRows(const SampleSortKey& key, const SampleFilter& filter = {},
                                    Progress* progress = nullptr, bool* ok = nullptr) const;

    // The number of quality issues (the sum of the samples' issue counts) among the samples that pass the filter:
    // one aggregate query, for the status bar after a filter change. -1 on a database error.
    qint64 issueCount(const SampleFilter& filter = {}) const;
    // The rows (positions in import order, in no particular order) of the samples with an issue of this type
    // ("audio.clipping"): what "next issue of this type" searches. *ok as for orderedRows.
    std::vector<qint64> rowsWithIssue(const QString& type, bool* ok = nullptr) const;

    // The issue types of the last quality scan, sorted (a few index lookups per type, like metricNames).
    QStringList issueTypes() const;

    // The table rows stored at these positions, in the same order (missing positions are skipped).
    std::vector<SampleRow> rowsAt(const qint64* rows, int count) const;

    // Names of the per-sample metrics of the last quality scan, sorted. Walks the (name, value) index one
    // name at a time, so it costs a few lookups per name however many samples there are.
    QStringList metricNames() const;

    // For each id, the values of the requested metrics it has.
    std::vector<QHash<QString, double>> metricsFor(const std::vector<QString>& sampleIds,
                                                   const QStringList& names) const;

private:
    // *rows = the rows of members (every sample when null) sorted by the metric: a walk of the metric's cached
    // order or, for a few rows whose column is not loaded, by lookups.
    bool sortByMetric(std::vector<qint64>* rows, const RowMask* members, const QString& metric, bool descending) const;
    enum class RowOrder { None, Ascending, Descending };
    // "SELECT columns" over the samples that pass, prepared and bound, in row order (or none, for an aggregate);
    // *driven when it starts from the binding's mask rather than a scan of every sample. Null on a database error.
    std::unique_ptr<SqliteStatement> passingStatement(const SampleFilter& filter, const SampleFilterBinding& binding,
                                                      const QByteArray& columns, RowOrder order, bool* driven) const;
    // *passes (sized to the samples, empty) = the rows that pass the filter. False on a database error or when
    // cancelled.
    bool passingMask(RowMask* passes, const SampleFilter& filter, const SampleFilterBinding& binding,
                     Progress* progress) const;
    // *rows = the rows that pass the filter by a column of the table (not a metric, an issue or import order):
    // through the id index for ids, by their values sorted in memory for the rest, ties in import order.
    bool sortByColumn(std::vector<qint64>* rows, const SampleSortKey& key, const SampleFilter& filter,
                      const SampleFilterBinding& binding, Progress* progress) const;
    // *rows = the rows that pass the filter in import order (descending when rowsDescending). False on a
    // database error or when cancelled.
    bool passingRows(std::vector<qint64>* rows, const SampleFilter& filter, const SampleFilterBinding& binding,
                     bool rowsDescending, Progress* progress) const;
    // *rows = the rows that pass the filter by the issue key: the samples with such an issue sorted (their issues
    // read through the type index, grouped and sorted in memory, ties in import order), then every other passing
    // sample in import order. The same order as one LEFT JOIN of every sample with the grouped issues, sorted whole.
    bool sortByIssue(std::vector<qint64>* rows, const SampleSortKey& key, const SampleFilter& filter,
                     const SampleFilterBinding& binding, Progress* progress) const;

    const ProjectStore& m_store;
};

}  // namespace lockstep
