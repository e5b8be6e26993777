#include "store/SampleTableQuery.h"

#include "progress/Progress.h"
#include "store/MetricColumnCache.h"
#include "store/ProjectStore.h"
#include "store/SampleFilterBinding.h"
#include "store/SampleRowColumns.h"
#include "store/SqliteReadSnapshot.h"
#include "store/SqliteStatement.h"
#include "store/ValueOrder.h"

#include <QByteArray>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace lockstep {

namespace {

// The SQL expression a field sorts by. A fixed list: the only way a field reaches the query.
const char* fieldExpression(SampleSortKey::Field field)
{
    using F = SampleSortKey::Field;
    switch (field) {
    case F::Position: return "s.row";
    case F::Id: return "s.sample_id";
    case F::Label: return "s.dataset_label";  // edited labels and statuses override these (sortByColumn)
    case F::Split: return "s.split";
    case F::Status: return "'unreviewed'";
    case F::ImagePresence: return "(s.modalities & 1) + 2 * (s.missing_files & 1)";
    case F::TextPresence: return "((s.modalities >> 1) & 1) + 2 * ((s.missing_files >> 1) & 1)";
    case F::AudioPresence: return "((s.modalities >> 2) & 1) + 2 * ((s.missing_files >> 2) & 1)";
    case F::VideoPresence: return "((s.modalities >> 3) & 1) + 2 * ((s.missing_files >> 3) & 1)";
    case F::Streams: return "s.stream_count";
    case F::Warnings: return "s.warning_count";
    case F::Issues: return "s.issue_count";
    case F::Metric: return "m.value";
    case F::IssueSeverity:
    case F::IssueValue: break;  // sortByIssue
    }
    return "s.row";
}

// A mask that passes at most this share of the rows drives the query from its rows (a rowid lookup each);
// past it a pass over the whole table costs less.
constexpr qint64 kDriveFromMaskDivisor = 4;

// Rows in increasing order, in a vector.
std::vector<qint64> rowsOf(const RowMask& mask)
{
    std::vector<qint64> rows;
    rows.reserve(std::size_t(mask.count()));
    mask.forEach([&rows](qint64 row) { rows.push_back(row); });
    return rows;
}

// The rows of the order that pass keep (all when null): ascending, or descending with ties (runs of equal
// values) still in row order; rows without a value last in row order either way, as "ORDER BY m.value IS NULL,
// m.value [DESC], s.row" gives.
std::vector<qint64> walk(const MetricColumnCache::Order& order, const RowMask* keep, bool descending,
                         std::size_t expected)
{
    std::vector<qint64> out;
    out.reserve(expected);
    const auto take = [&](std::size_t i) {
        const std::uint32_t row = order.rows[i];
        if (!keep || keep->test(row))
            out.push_back(row);
    };
    if (!descending) {
        for (std::size_t i = 0; i < order.rows.size(); ++i)
            take(i);
        return out;
    }
    for (std::size_t end = order.valued; end > 0;) {
        std::size_t start = end - 1;
        while (!order.startsRun(start))
            --start;
        for (std::size_t i = start; i < end; ++i)
            take(i);
        end = start;
    }
    for (std::size_t i = order.valued; i < order.rows.size(); ++i)
        take(i);
    return out;
}

// Orders a few rows (in import order) by values looked up one by one, with the same rules.
void sortByValues(std::vector<qint64>* rows, const std::vector<double>& values, bool descending)
{
    std::vector<std::pair<double, qint64>> keyed(rows->size());
    for (std::size_t i = 0; i < rows->size(); ++i)
        keyed[i] = {values[i], (*rows)[i]};
    std::sort(keyed.begin(), keyed.end(), [descending](const auto& a, const auto& b) {
        const bool aMissing = std::isnan(a.first);
        const bool bMissing = std::isnan(b.first);
        if (aMissing != bMissing)
            return bMissing;
        if (!aMissing && a.first != b.first)
            return descending ? a.first > b.first : a.first < b.first;
        return a.second < b.second;
    });
    for (std::size_t i = 0; i < rows->size(); ++i)
        (*rows)[i] = keyed[i].second;
}

// Steps the statement to its end, collecting its first column; false on a database error or when cancelled.
bool readRows(SqliteStatement& st, std::vector<qint64>* rows, Progress* progress)
{
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        rows->push_back(st.columnInt64(0));
        if (progress && (rows->size() & 0xffff) == 0 && progress->isCancelled())
            return false;
    }
    return rc == SQLITE_DONE;
}

}  // namespace

std::vector<qint64> SampleTableQuery::orderedRows(const SampleSortKey& key, const SampleFilter& filter,
                                                  Progress* progress, bool* ok) const
{
    if (ok)
        *ok = false;
    if (!filter.ok)
        return {};
    const SqliteReadSnapshot snapshot(m_store.database());
    const SampleFilterBinding binding(m_store, filter);
    if (!binding.ok())
        return {};
    const bool byMetric = key.field == SampleSortKey::Field::Metric;
    const RowMask* toScan = binding.rowsToScan();
    std::vector<qint64> rows;
    // A filter of metric terms alone: its rows are its masks' bits, no SQL needed.
    if (filter.metricOnly && toScan && (byMetric || key.field == SampleSortKey::Field::Position)) {
        if (byMetric) {
            if (!sortByMetric(&rows, toScan, key.metric, key.descending))
                return {};
        } else {
            rows = rowsOf(*toScan);
            if (key.descending)
                std::reverse(rows.begin(), rows.end());
        }
        if (ok)
            *ok = true;
        return rows;
    }
    if (byMetric && filter.isEmpty()) {
        if (!sortByMetric(&rows, nullptr, key.metric, key.descending))
            return {};
        if (ok)
            *ok = true;
        return rows;
    }
    if (key.isIssueOrder()) {
        if (!sortByIssue(&rows, key, filter, binding, progress))
            return {};
        if (ok)
            *ok = true;
        return rows;
    }
    const bool byPosition = key.field == SampleSortKey::Field::Position;
    if (!byPosition && !byMetric) {
        if (!sortByColumn(&rows, key, filter, binding, progress))
            return {};
        if (ok)
            *ok = true;
        return rows;
    }
    // By a metric: the filtered rows in import order here, sorted by the metric below in memory (a join per sample
    // and SQLite's sorter took 4 s at a million samples).
    if (!passingRows(&rows, filter, binding, byPosition && key.descending, progress))
        return {};
    if (byMetric) {
        // The SQL's rows as a mask, for the walk of the metric's order.
        RowMask passed(m_store.sampleCount());
        for (const qint64 row : rows)
            passed.set(row);
        if (!sortByMetric(&rows, &passed, key.metric, key.descending))
            return {};
    }
    if (ok)
        *ok = true;
    return rows;
}

std::unique_ptr<SqliteStatement> SampleTableQuery::passingStatement(const SampleFilter& filter,
                                                                    const SampleFilterBinding& binding,
                                                                    const QByteArray& columns, RowOrder order,
                                                                    bool* driven) const
{
    const QByteArray where = filter.whereSql.isEmpty() ? QByteArray() : " WHERE " + filter.whereSql.toUtf8();
    const RowMask* toScan = binding.rowsToScan();
    const int scanParameter = int(filter.bindings.size()) + 1;  // after the filter's own parameters
    // Few rows can pass: start from them (rowid lookups) instead of scanning the table.
    *driven = toScan && toScan->count() <= toScan->rows() / kDriveFromMaskDivisor;
    const QByteArray from =
        *driven ? " FROM mask_rows(?" + QByteArray::number(scanParameter) + ") r CROSS JOIN samples s ON s.row = r.row"
                : QByteArray(" FROM samples s");
    // r.row is s.row; mask_rows() gives it in increasing order, which spares SQLite's sorter for import order.
    const QByteArray rowColumn = *driven ? "r.row" : "s.row";
    QByteArray orderBy;
    if (order != RowOrder::None)
        orderBy = " ORDER BY " + rowColumn + (order == RowOrder::Descending ? " DESC" : "");
    const QByteArray sql = "SELECT " + columns + from + where + orderBy;
    auto st = std::make_unique<SqliteStatement>(m_store.database(), sql.constData());
    if (!st->ok())
        return nullptr;
    binding.bind(*st);
    if (*driven)
        SampleFilterBinding::bindMask(*st, scanParameter, *toScan);
    return st;
}

bool SampleTableQuery::passingRows(std::vector<qint64>* rows, const SampleFilter& filter,
                                   const SampleFilterBinding& binding, bool rowsDescending, Progress* progress) const
{
    rows->clear();
    bool driven = false;
    const std::unique_ptr<SqliteStatement> st = passingStatement(
        filter, binding, "s.row", rowsDescending ? RowOrder::Descending : RowOrder::Ascending, &driven);
    if (!st)
        return false;
    if (filter.isEmpty())
        rows->reserve(std::size_t(m_store.sampleCount()));
    return readRows(*st, rows, progress);
}

bool SampleTableQuery::passingMask(RowMask* passes, const SampleFilter& filter, const SampleFilterBinding& binding,
                                   Progress* progress) const
{
    const RowMask* toScan = binding.rowsToScan();
    if (filter.isEmpty()) {
        passes->setAll();  // rows are dense 0 .. n - 1
    } else if (filter.metricOnly && toScan) {
        *passes = *toScan;  // a filter of metric terms alone: its rows are its masks' bits
    } else {
        std::vector<qint64> passing;
        if (!passingRows(&passing, filter, binding, false, progress))
            return false;
        for (const qint64 row : passing)
            passes->set(row);
    }
    return true;
}

bool SampleTableQuery::sortByColumn(std::vector<qint64>* rows, const SampleSortKey& key, const SampleFilter& filter,
                                    const SampleFilterBinding& binding, Progress* progress) const
{
    rows->clear();
    if (key.field == SampleSortKey::Field::Id) {
        // Ids are unique: the id index is the order; the filter's rows are picked out of it.
        RowMask passes(m_store.sampleCount());
        if (!passingMask(&passes, filter, binding, progress))
            return false;
        SqliteStatement st(m_store.database(),
                           key.descending ? "SELECT row FROM samples INDEXED BY samples_by_id ORDER BY sample_id DESC"
                                          : "SELECT row FROM samples INDEXED BY samples_by_id ORDER BY sample_id");
        if (!st.ok())
            return false;
        rows->reserve(std::size_t(passes.count()));
        int rc = SQLITE_ROW;
        qint64 seen = 0;
        while ((rc = st.step()) == SQLITE_ROW) {
            const qint64 row = st.columnInt64(0);
            if (passes.test(row))
                rows->push_back(row);
            if (progress && (++seen & 0xffff) == 0 && progress->isCancelled())
                return false;
        }
        return rc == SQLITE_DONE;
    }
    // Every other column has few distinct values: read each passing row's value in import order, sort in memory.
    // A label or status a person edited comes from its own table, read first: the pass reads the plain column.
    const bool byLabel = key.field == SampleSortKey::Field::Label;
    const bool byStatus = key.field == SampleSortKey::Field::Status;
    ValueOverrides edits;
    if (byLabel || byStatus) {
        SqliteStatement read(m_store.database(), byLabel ? "SELECT row, label FROM sample_labels"
                                                         : "SELECT row, status FROM sample_statuses");
        if (!read.ok() || !readValueOverrides(read, m_store.sampleCount(), &edits))
            return false;
    }
    bool driven = false;
    const std::unique_ptr<SqliteStatement> st = passingStatement(
        filter, binding, QByteArray("s.row, ") + fieldExpression(key.field), RowOrder::Ascending, &driven);
    if (!st)
        return false;
    const std::size_t expected = filter.isEmpty() ? std::size_t(m_store.sampleCount())
                                 : driven         ? std::size_t(binding.rowsToScan()->count())
                                                  : 0;
    return readRowsInValueOrder(*st, key.descending, expected, byLabel || byStatus ? &edits : nullptr, rows, progress);
}

bool SampleTableQuery::sortByIssue(std::vector<qint64>* rows, const SampleSortKey& key, const SampleFilter& filter,
                                   const SampleFilterBinding& binding, Progress* progress) const
{
    // The rows that pass, as a mask: the filter is evaluated once, for the issues below and the rest after them.
    const qint64 sampleCount = m_store.sampleCount();
    RowMask passes(sampleCount);
    if (!passingMask(&passes, filter, binding, progress))
        return false;
    // The issues of the type (every issue when none is given) with their samples' rows: through issues_by_type and
    // samples_by_id, a few lookups per issue. Grouped and sorted here rather than by SQLite's GROUP BY and sorter,
    // which took longer than the lookups, with the same aggregates: per sample the worst severity, the largest
    // excess |value - threshold| and the largest value, each over the issues that have it (SQL's MAX skips NULL).
    const bool byType = !key.issueType.isEmpty();
    SqliteStatement st(m_store.database(),
                       byType ? "SELECT s.row, i.severity, i.value, i.threshold FROM issues i CROSS JOIN samples s ON "
                                "s.sample_id = i.sample_id WHERE i.type = ?1"
                              : "SELECT s.row, i.severity, i.value, i.threshold FROM issues i CROSS JOIN samples s ON "
                                "s.sample_id = i.sample_id");
    if (!st.ok())
        return false;
    if (byType)
        st.bind(1, key.issueType);
    constexpr double kNone = std::numeric_limits<double>::quiet_NaN();  // SQLite stores no NaN: it means NULL here
    struct Issue {
        qint64 row;
        qint64 severity;
        double excess;
        double value;
    };
    std::vector<Issue> issues;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const qint64 row = st.columnInt64(0);
        if (!passes.test(row))
            continue;
        const double value = st.columnIsNull(2) ? kNone : st.columnDouble(2);
        const double threshold = st.columnIsNull(3) ? kNone : st.columnDouble(3);
        issues.push_back({row, st.columnInt64(1), std::fabs(value - threshold), value});
        if (progress && (issues.size() & 0xffff) == 0 && progress->isCancelled())
            return false;
    }
    if (rc != SQLITE_DONE)
        return false;
    std::sort(issues.begin(), issues.end(), [](const Issue& a, const Issue& b) { return a.row < b.row; });
    const auto larger = [](double a, double b) { return std::isnan(a) || (!std::isnan(b) && b > a) ? b : a; };
    std::size_t samples = 0;  // one entry per sample, in place
    for (std::size_t i = 0; i < issues.size(); ++i) {
        if (samples > 0 && issues[samples - 1].row == issues[i].row) {
            Issue& worst = issues[samples - 1];
            worst.severity = std::max(worst.severity, issues[i].severity);
            worst.excess = larger(worst.excess, issues[i].excess);
            worst.value = larger(worst.value, issues[i].value);
        } else {
            issues[samples++] = issues[i];
        }
    }
    issues.resize(samples);
    // As "ORDER BY i.severity [DESC], i.excess IS NULL, i.excess [DESC], s.row" or "ORDER BY i.value IS NULL,
    // i.value [DESC], s.row" ordered them: unmeasured last in either direction, ties in import order.
    const bool descending = key.descending;
    // < 0 when a goes first, > 0 when b does, 0 on a tie; kNone after every measured value.
    const auto compare = [descending](double a, double b) {
        if (std::isnan(a) || std::isnan(b))
            return int(std::isnan(a)) - int(std::isnan(b));
        if (a == b)
            return 0;
        return (a < b) != descending ? -1 : 1;
    };
    const bool bySeverity = key.field == SampleSortKey::Field::IssueSeverity;
    std::sort(issues.begin(), issues.end(), [&](const Issue& a, const Issue& b) {
        int order = 0;
        if (bySeverity) {
            order = compare(double(a.severity), double(b.severity));
            if (order == 0)
                order = compare(a.excess, b.excess);
        } else {
            order = compare(a.value, b.value);
        }
        return order != 0 ? order < 0 : a.row < b.row;
    });
    // Then every other sample that passes, in import order: last in both directions.
    rows->clear();
    rows->reserve(std::size_t(passes.count()));
    RowMask withIssue(sampleCount);
    for (const Issue& issue : issues) {
        rows->push_back(issue.row);
        withIssue.set(issue.row);
    }
    const auto appendRest = [&](qint64 row) {
        if (!withIssue.test(row))
            rows->push_back(row);
    };
    passes.forEach(appendRest);
    return !(progress && progress->isCancelled());
}

bool SampleTableQuery::sortByMetric(std::vector<qint64>* rows, const RowMask* members, const QString& metric,
                                    bool descending) const
{
    MetricColumnCache& cache = MetricColumnCache::shared();
    const qint64 count = members ? members->count() : m_store.sampleCount();
    const qint64 fewRows = std::max<qint64>(2000, m_store.sampleCount() / 50);
    if (count > fewRows || cache.contains(m_store, metric)) {
        // The metric's rows in value order, kept with its column: one walk, keeping the members.
        const auto order = cache.order(m_store, metric);
        if (!order)
            return false;
        *rows = walk(*order, members, descending, std::size_t(count));
        return true;
    }
    // A few rows: their values one by one (row -> id -> metric by primary key) cost less than a column.
    rows->clear();
    if (members) {
        *rows = rowsOf(*members);
    } else {
        for (qint64 row = 0; row < count; ++row)
            rows->push_back(row);
    }
    std::vector<double> values(rows->size(), std::numeric_limits<double>::quiet_NaN());
    SqliteStatement st(m_store.database(),
                       "SELECT m.value FROM samples s JOIN sample_metrics m ON m.sample_id = s.sample_id AND "
                       "m.name = ?2 WHERE s.row = ?1");
    if (!st.ok())
        return false;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        st.bind(1, (*rows)[i]);
        st.bind(2, metric);
        const int rc = st.step();
        if (rc == SQLITE_ROW)
            values[i] = st.columnDouble(0);
        else if (rc != SQLITE_DONE)
            return false;
        st.reset();
    }
    sortByValues(rows, values, descending);
    return true;
}

qint64 SampleTableQuery::issueCount(const SampleFilter& filter) const
{
    if (!filter.ok)
        return -1;
    const SqliteReadSnapshot snapshot(m_store.database());
    const SampleFilterBinding binding(m_store, filter);
    if (!binding.ok())
        return -1;
    bool driven = false;
    const std::unique_ptr<SqliteStatement> st =
        passingStatement(filter, binding, "coalesce(sum(s.issue_count), 0)", RowOrder::None, &driven);
    return st && st->step() == SQLITE_ROW ? st->columnInt64(0) : -1;
}

std::vector<SampleRow> SampleTableQuery::rowsAt(const qint64* rows, int count) const
{
    std::vector<SampleRow> out;
    if (count <= 0)
        return out;
    out.reserve(std::size_t(count));
    SqliteStatement st(m_store.database(), "SELECT " LOCKSTEP_SAMPLE_ROW_COLUMNS " FROM samples s WHERE s.row = ?");
    for (int i = 0; i < count; ++i) {
        st.bind(1, rows[i]);
        if (st.step() == SQLITE_ROW)
            out.push_back(readSampleRow(st));
        st.reset();
    }
    return out;
}

std::vector<qint64> SampleTableQuery::rowsWithIssue(const QString& type, bool* ok) const
{
    if (ok)
        *ok = false;
    std::vector<qint64> rows;
    // issues_by_type finds the type's issues, samples_by_id their rows: cost grows with the matches only.
    SqliteStatement st(m_store.database(),
                       "SELECT DISTINCT s.row FROM issues i JOIN samples s ON s.sample_id = i.sample_id "
                       "WHERE i.type = ?1");
    if (!st.ok())
        return rows;
    st.bind(1, type);
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW)
        rows.push_back(st.columnInt64(0));
    if (rc != SQLITE_DONE)
        return {};
    if (ok)
        *ok = true;
    return rows;
}

QStringList SampleTableQuery::issueTypes() const
{
    QStringList types;
    SqliteStatement first(m_store.database(), "SELECT min(type) FROM issues");
    SqliteStatement next(m_store.database(), "SELECT min(type) FROM issues WHERE type > ?");
    if (!first.ok() || !next.ok() || first.step() != SQLITE_ROW || first.columnIsNull(0))
        return types;
    types.append(first.columnText(0));
    for (;;) {
        next.bind(1, types.back());
        if (next.step() != SQLITE_ROW || next.columnIsNull(0))
            break;
        types.append(next.columnText(0));
        next.reset();
    }
    return types;
}

QStringList SampleTableQuery::metricNames() const
{
    QStringList names;
    SqliteStatement first(m_store.database(), "SELECT min(name) FROM sample_metrics");
    SqliteStatement next(m_store.database(), "SELECT min(name) FROM sample_metrics WHERE name > ?");
    if (!first.ok() || !next.ok() || first.step() != SQLITE_ROW || first.columnIsNull(0))
        return names;
    names.append(first.columnText(0));
    for (;;) {
        next.bind(1, names.back());
        if (next.step() != SQLITE_ROW || next.columnIsNull(0))
            break;
        names.append(next.columnText(0));
        next.reset();
    }
    return names;
}

std::vector<QHash<QString, double>> SampleTableQuery::metricsFor(const std::vector<QString>& sampleIds,
                                                                 const QStringList& names) const
{
    std::vector<QHash<QString, double>> out(sampleIds.size());
    if (names.isEmpty())
        return out;
    const QSet<QString> wanted(names.cbegin(), names.cend());
    SqliteStatement st(m_store.database(), "SELECT name, value FROM sample_metrics WHERE sample_id = ?");
    for (std::size_t i = 0; i < sampleIds.size(); ++i) {
        st.bind(1, sampleIds[i]);
        while (st.step() == SQLITE_ROW) {
            const QString name = st.columnText(0);
            if (wanted.contains(name))
                out[i].insert(name, st.columnDouble(1));
        }
        st.reset();
    }
    return out;
}

}  // namespace lockstep
