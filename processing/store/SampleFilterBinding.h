#pragma once

// Binds a SampleFilter's parameters to a statement that uses its whereSql: text and numbers as they are, each
// MetricCondition, StatusCondition and IssueCondition as a RowMask of the samples it passes (row_in_mask(?N,
// s.row) reads it).
//
// A mask is computed the cheaper way for this query: from metric columns in memory (MetricColumnCache; a pass
// over one array), or, when a column is not cached yet and the condition is selective, from the (name, value)
// index (a bounded count of the matches decides: up to a fiftieth of the samples, or 2,000, they are looked up
// one by one; beyond that the column is loaded and cached for the next query). Both give the same samples.
// The binding owns the masks: keep it alive until the statement is done. It also combines the masks of the
// filter's metric conjuncts into the rows a query can start from (rowsToScan): with a filter of metric terms only,
// they are its answer.

#include "lockstep_processing_export.h"
#include "store/RowMask.h"
#include "store/SampleFilter.h"

#include <memory>
#include <vector>

namespace lockstep {

class MetricColumnCache;
class ProjectStore;
class SqliteStatement;

class LOCKSTEP_PROCESSING_EXPORT SampleFilterBinding {
public:
    struct Options {
        // Matches up to which an uncached condition is answered from the value index; -1: the default above.
        // 0 always loads the columns; a huge value never does while a column is missing (tests use both).
        qint64 indexLookupLimit = -1;
        MetricColumnCache* cache = nullptr;  // null: MetricColumnCache::shared()
    };

    SampleFilterBinding(const ProjectStore& store, const SampleFilter& filter)
        : SampleFilterBinding(store, filter, Options())
    {}
    SampleFilterBinding(const ProjectStore& store, const SampleFilter& filter, const Options& options);
    ~SampleFilterBinding();
    SampleFilterBinding(const SampleFilterBinding&) = delete;
    SampleFilterBinding& operator=(const SampleFilterBinding&) = delete;

    // False on a database error while computing a mask (the statement must not run then).
    bool ok() const { return m_ok; }
    // Binds parameters 1 .. filter.bindings.size().
    void bind(SqliteStatement& st) const;
    // The rows outside which the filter passes no sample: the "and" of its metric conjuncts' masks; exactly its rows
    // when filter.metricOnly. Null when the filter has no metric conjunct (every row may pass).
    const RowMask* rowsToScan() const { return m_rowsToScan.get(); }
    // Binds a mask (owned by the caller, alive until the statement is done) to one parameter.
    static void bindMask(SqliteStatement& st, int parameter, const RowMask& mask);

private:
    bool computeMask(const MetricCondition& condition, RowMask* mask);
    bool statusMask(const StatusCondition& condition, RowMask* mask);
    bool issueMask(const IssueCondition& condition, RowMask* mask);
    RowMask evaluate(const MetricExpression& e) const;
    bool fromColumns(const MetricCondition& condition, RowMask* mask);
    // Whether the value index has fewer than limit samples in [lower, upper] of metric (the condition's bounds).
    bool fewMatches(const QString& metric, double lower, bool lowerInclusive, double upper, bool upperInclusive,
                    qint64 limit, bool* few);

    const ProjectStore& m_store;
    const SampleFilter& m_filter;
    Options m_options;
    MetricColumnCache* m_cache;
    qint64 m_rows = 0;
    std::vector<std::unique_ptr<RowMask>> m_masks;  // per binding; null for text and numbers
    std::unique_ptr<RowMask> m_rowsToScan;
    bool m_ok = true;
};

}  // namespace lockstep
