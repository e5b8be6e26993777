#include "store/MetricColumnQuery.h"

#include "progress/Progress.h"
#include "store/ProjectStore.h"
#include "store/SampleFilter.h"
#include "store/SampleFilterBinding.h"
#include "store/SqliteReadSnapshot.h"
#include "store/SqliteStatement.h"

#include <optional>

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

// One metric (y null) or two of the samples the filter passes (null: every sample), in the samples' id order:
// the samples by their id index and each metric by primary key (sample_id, name), so consecutive lookups land in
// the same pages. Joining from x's (name, value) index instead looks y up in value order, all over the table: 5x
// slower on a million samples.
bool readJoined(const ProjectStore& store, const QString& xMetric, const QString* yMetric, const SampleFilter* filter,
                Progress* progress, std::vector<double>* x, std::vector<double>* y)
{
    const int first = filter ? int(filter->bindings.size()) + 1 : 1;  // after the filter's own parameters
    QByteArray sql = yMetric ? "SELECT a.value, b.value" : "SELECT a.value";
    sql +=
        " FROM samples s INDEXED BY samples_by_id CROSS JOIN sample_metrics a ON a.sample_id = s.sample_id AND "
        "a.name = ?" +
        QByteArray::number(first);
    if (yMetric)
        sql +=
            " CROSS JOIN sample_metrics b ON b.sample_id = s.sample_id AND b.name = ?" + QByteArray::number(first + 1);
    sql += " WHERE s.sample_id >= ''";
    if (filter)
        sql += " AND (" + filter->whereSql.toUtf8() + ")";
    const SqliteReadSnapshot snapshot(store.database());
    std::optional<SampleFilterBinding> binding;
    if (filter) {
        binding.emplace(store, *filter);
        if (!binding->ok())
            return false;
    }
    SqliteStatement st(store.database(), sql.constData());
    if (!st.ok())
        return false;
    if (binding)
        binding->bind(st);
    st.bind(first, xMetric);
    if (yMetric)
        st.bind(first + 1, *yMetric);
    return readValues(st, progress, x, yMetric ? y : nullptr);
}

}  // namespace

std::vector<double> MetricColumnQuery::column(const QString& metric, const SampleFilter& filter, Progress* progress,
                                              bool* ok) const
{
    if (filter.ok && filter.whereSql.isEmpty())
        return column(metric, progress, ok);
    std::vector<double> values;
    const bool read = filter.ok && readJoined(m_store, metric, nullptr, &filter, progress, &values, nullptr);
    if (ok)
        *ok = read;
    return read ? values : std::vector<double>();
}

MetricColumnQuery::Pairs MetricColumnQuery::pairs(const QString& xMetric, const QString& yMetric,
                                                  const SampleFilter& filter, Progress* progress, bool* ok) const
{
    if (filter.ok && filter.whereSql.isEmpty())
        return pairs(xMetric, yMetric, progress, ok);
    Pairs out;
    const bool read = filter.ok && readJoined(m_store, xMetric, &yMetric, &filter, progress, &out.x, &out.y);
    if (ok)
        *ok = read;
    return read ? out : Pairs();
}

std::vector<double> MetricColumnQuery::column(const QString& metric, Progress* progress, bool* ok) const
{
    std::vector<double> values;
    // Covered by the (name, value) index: no table lookups.
    SqliteStatement st(m_store.database(), "SELECT value FROM sample_metrics WHERE name = ?");
    bool read = st.ok();
    if (read) {
        st.bind(1, metric);
        read = readValues(st, progress, &values, nullptr);
    }
    if (ok)
        *ok = read;
    return read ? values : std::vector<double>();
}

MetricColumnQuery::Pairs MetricColumnQuery::pairs(const QString& xMetric, const QString& yMetric, Progress* progress,
                                                  bool* ok) const
{
    Pairs out;
    const bool read = readJoined(m_store, xMetric, &yMetric, nullptr, progress, &out.x, &out.y);
    if (ok)
        *ok = read;
    return read ? out : Pairs();
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
