#include "store/MetricColumnQuery.h"

#include "progress/Progress.h"
#include "store/ProjectStore.h"
#include "store/SampleFilter.h"
#include "store/SampleFilterBinding.h"
#include "store/SqliteReadSnapshot.h"
#include "store/SqliteStatement.h"

namespace lockstep {

namespace {

// Checked every 64k rows: often enough to drop a stale request quickly, rarely enough to cost nothing.
bool cancelled(const Progress* progress, std::size_t rows)
{
    return progress && (rows & 0xffff) == 0 && progress->isCancelled();
}

// Rows of the statement's first (and second) column until done; false when cancelled or on an error.
bool readValues(SqliteStatement& st, Progress* progress, std::vector<double>* x, std::vector<double>* y)
{
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        x->push_back(st.columnDouble(0));
        if (y)
            y->push_back(st.columnDouble(1));
        if (cancelled(progress, x->size()))
            return false;
    }
    return rc == SQLITE_DONE;
}

}  // namespace

std::vector<double> MetricColumnQuery::column(const QString& metric, const SampleFilter& filter, Progress* progress,
                                              bool* ok) const
{
    if (filter.ok && filter.whereSql.isEmpty())
        return column(metric, progress, ok);
    if (ok)
        *ok = false;
    if (!filter.ok)
        return {};
    // As pairs() walks: the samples in id order, the filter on each, the metric by primary key.
    const int name = int(filter.bindings.size()) + 1;
    const QByteArray sql =
        "SELECT a.value FROM samples s INDEXED BY samples_by_id CROSS JOIN sample_metrics a ON "
        "a.sample_id = s.sample_id AND a.name = ?" +
        QByteArray::number(name) + " WHERE s.sample_id >= '' AND (" + filter.whereSql.toUtf8() + ")";
    const SqliteReadSnapshot snapshot(m_store.database());
    const SampleFilterBinding binding(m_store, filter);
    SqliteStatement st(m_store.database(), sql.constData());
    if (!binding.ok() || !st.ok())
        return {};
    binding.bind(st);
    st.bind(name, metric);
    std::vector<double> values;
    if (!readValues(st, progress, &values, nullptr))
        return {};
    if (ok)
        *ok = true;
    return values;
}

MetricColumnQuery::Pairs MetricColumnQuery::pairs(const QString& xMetric, const QString& yMetric,
                                                  const SampleFilter& filter, Progress* progress, bool* ok) const
{
    if (filter.ok && filter.whereSql.isEmpty())
        return pairs(xMetric, yMetric, progress, ok);
    if (ok)
        *ok = false;
    if (!filter.ok)
        return {};
    const int x = int(filter.bindings.size()) + 1;
    const QByteArray sql =
        "SELECT a.value, b.value FROM samples s INDEXED BY samples_by_id "
        "CROSS JOIN sample_metrics a ON a.sample_id = s.sample_id AND a.name = ?" +
        QByteArray::number(x) + " CROSS JOIN sample_metrics b ON b.sample_id = s.sample_id AND b.name = ?" +
        QByteArray::number(x + 1) + " WHERE s.sample_id >= '' AND (" + filter.whereSql.toUtf8() + ")";
    const SqliteReadSnapshot snapshot(m_store.database());
    const SampleFilterBinding binding(m_store, filter);
    SqliteStatement st(m_store.database(), sql.constData());
    if (!binding.ok() || !st.ok())
        return {};
    binding.bind(st);
    st.bind(x, xMetric);
    st.bind(x + 1, yMetric);
    Pairs out;
    if (!readValues(st, progress, &out.x, &out.y))
        return {};
    if (ok)
        *ok = true;
    return out;
}

std::vector<double> MetricColumnQuery::column(const QString& metric, Progress* progress, bool* ok) const
{
    if (ok)
        *ok = false;
    std::vector<double> values;
    // Covered by the (name, value) index: no table lookups.
    SqliteStatement st(m_store.database(), "SELECT value FROM sample_metrics WHERE name = ?");
    if (!st.ok())
        return values;
    st.bind(1, metric);
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        values.push_back(st.columnDouble(0));
        if (cancelled(progress, values.size()))
            return {};
    }
    if (rc != SQLITE_DONE)
        return {};
    if (ok)
        *ok = true;
    return values;
}

MetricColumnQuery::Pairs MetricColumnQuery::pairs(const QString& xMetric, const QString& yMetric, Progress* progress,
                                                  bool* ok) const
{
    if (ok)
        *ok = false;
    Pairs out;
    // Samples in id order, and for each the two metrics by primary key (sample_id, name): consecutive lookups
    // land in the same pages. Joining from x's (name, value) index instead looks y up in value order, all over
    // the table: 5x slower on a million samples.
    SqliteStatement st(m_store.database(),
                       "SELECT a.value, b.value FROM samples s INDEXED BY samples_by_id "
                       "CROSS JOIN sample_metrics a ON a.sample_id = s.sample_id AND a.name = ?1 "
                       "CROSS JOIN sample_metrics b ON b.sample_id = s.sample_id AND b.name = ?2 "
                       "WHERE s.sample_id >= ''");
    if (!st.ok())
        return out;
    st.bind(1, xMetric);
    st.bind(2, yMetric);
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        out.x.push_back(st.columnDouble(0));
        out.y.push_back(st.columnDouble(1));
        if (cancelled(progress, out.x.size()))
            return {};
    }
    if (rc != SQLITE_DONE)
        return {};
    if (ok)
        *ok = true;
    return out;
}

std::vector<MetricColumnQuery::IssueTypeCount> MetricColumnQuery::issueTypeCounts() const
{
    std::vector<IssueTypeCount> out;
    SqliteStatement st(m_store.database(),
                       "SELECT type, count(DISTINCT sample_id) AS n FROM issues GROUP BY type ORDER BY n DESC, type");
    while (st.step() == SQLITE_ROW)
        out.push_back({st.columnText(0), st.columnInt64(1)});
    return out;
}

QStringList MetricColumnQuery::issueTypesOf(const QString& sampleId) const
{
    QStringList out;
    SqliteStatement st(m_store.database(), "SELECT DISTINCT type FROM issues WHERE sample_id = ? ORDER BY type");
    st.bind(1, sampleId);
    while (st.step() == SQLITE_ROW)
        out << st.columnText(0);
    return out;
}

}  // namespace lockstep
