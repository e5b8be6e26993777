#include "store/SampleFilterBinding.h"

#include "store/MetricColumnCache.h"
#include "store/ProjectStore.h"
#include "store/SqliteStatement.h"

#include <QByteArray>
#include <algorithm>
#include <cmath>

namespace lockstep {

namespace {

// "value >= ?2 AND value <= ?3" and its exclusive variants: fixed text, the bounds are parameters.
QByteArray rangeSql(const char* column, bool lowerInclusive, bool upperInclusive, int lowerParameter)
{
    return QByteArray(column) + (lowerInclusive ? " >= ?" : " > ?") + QByteArray::number(lowerParameter) + " AND " +
           column + (upperInclusive ? " <= ?" : " < ?") + QByteArray::number(lowerParameter + 1);
}

}  // namespace

SampleFilterBinding::SampleFilterBinding(const ProjectStore& store, const SampleFilter& filter, const Options& options)
    : m_store(store),
      m_filter(filter),
      m_options(options),
      m_cache(options.cache ? options.cache : &MetricColumnCache::shared())
{
    m_masks.resize(filter.bindings.size());
    bool any = false;
    for (const SampleFilter::Binding& b : filter.bindings)
        any = any || std::holds_alternative<MetricCondition>(b) || std::holds_alternative<StatusCondition>(b) ||
              std::holds_alternative<IssueCondition>(b);
    if (!any)
        return;
    m_rows = MetricColumnCache::rowCountOf(store);
    for (std::size_t i = 0; i < filter.bindings.size() && m_ok; ++i) {
        if (const auto* condition = std::get_if<MetricCondition>(&filter.bindings[i])) {
            m_masks[i] = std::make_unique<RowMask>(m_rows);
            m_ok = computeMask(*condition, m_masks[i].get());
        } else if (const auto* status = std::get_if<StatusCondition>(&filter.bindings[i])) {
            m_masks[i] = std::make_unique<RowMask>(m_rows);
            m_ok = statusMask(*status, m_masks[i].get());
        } else if (const auto* issue = std::get_if<IssueCondition>(&filter.bindings[i])) {
            m_masks[i] = std::make_unique<RowMask>(m_rows);
            m_ok = issueMask(*issue, m_masks[i].get());
        }
    }
    if (m_ok && !filter.metricConjuncts.empty()) {
        m_rowsToScan = std::make_unique<RowMask>(evaluate(filter.metricConjuncts.front()));
        for (std::size_t i = 1; i < filter.metricConjuncts.size(); ++i)
            m_rowsToScan->intersect(evaluate(filter.metricConjuncts[i]));
    }
}

bool SampleFilterBinding::statusMask(const StatusCondition& condition, RowMask* mask)
{
    // Only reviewed samples have a row in sample_statuses; every other sample is unreviewed. SQLite's NOCASE
    // folds ASCII letters only, and so does this.
    const QByteArray wanted = condition.status.toUtf8().toLower();  // QByteArray::toLower folds ASCII only
    const bool unreviewed = wanted == "unreviewed";
    SqliteStatement st(m_store.database(), "SELECT row, status FROM sample_statuses");
    if (!st.ok())
        return false;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st.raw(), 1));
        const QByteArray status = QByteArray(text ? text : "", sqlite3_column_bytes(st.raw(), 1)).toLower();
        // For "unreviewed" the rows set here are the ones that are not; inverted below.
        if (unreviewed ? status != "unreviewed" : status == wanted)
            mask->set(st.columnInt64(0));
    }
    if (rc != SQLITE_DONE)
        return false;
    if (unreviewed != condition.negated)
        mask->invert();  // rows are dense 0 .. n - 1: every row below m_rows is a sample
    return true;
}

bool SampleFilterBinding::issueMask(const IssueCondition& condition, RowMask* mask)
{
    // The issues of the type through issues_by_type, each sample's row through samples_by_id; issues of samples
    // the project no longer has find no row, as they matched no sample before.
    SqliteStatement st(m_store.database(), condition.modalityWide
                                               ? "SELECT s.row FROM issues i CROSS JOIN samples s ON s.sample_id = "
                                                 "i.sample_id WHERE i.type LIKE ?1"
                                               : "SELECT s.row FROM issues i CROSS JOIN samples s ON s.sample_id = "
                                                 "i.sample_id WHERE i.type = ?1");
    if (!st.ok())
        return false;
    st.bind(1, condition.type);
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW)
        mask->set(st.columnInt64(0));
    return rc == SQLITE_DONE;
}

RowMask SampleFilterBinding::evaluate(const MetricExpression& e) const
{
    using Op = MetricExpression::Op;
    if (e.op == Op::Condition) {
        const bool valid = e.binding >= 0 && std::size_t(e.binding) < m_masks.size() && m_masks[std::size_t(e.binding)];
        return valid ? *m_masks[std::size_t(e.binding)] : RowMask(m_rows);  // the parser never leaves one out
    }
    if (e.operands.empty())
        return RowMask(m_rows);
    RowMask out = evaluate(e.operands.front());
    if (e.op == Op::Not) {
        out.invert();  // rows are dense 0 .. n - 1: every row below m_rows is a sample
        return out;
    }
    for (std::size_t i = 1; i < e.operands.size(); ++i) {
        if (e.op == Op::And)
            out.intersect(evaluate(e.operands[i]));
        else
            out.unite(evaluate(e.operands[i]));
    }
    return out;
}

void SampleFilterBinding::bindMask(SqliteStatement& st, int parameter, const RowMask& mask)
{
    // SQLite never writes through the pointer; row_in_mask() and mask_rows() read it as const.
    sqlite3_bind_pointer(st.raw(), parameter, const_cast<RowMask*>(&mask), RowMask::kPointerType, nullptr);
}

SampleFilterBinding::~SampleFilterBinding() = default;

void SampleFilterBinding::bind(SqliteStatement& st) const
{
    for (std::size_t i = 0; i < m_filter.bindings.size(); ++i) {
        const int parameter = int(i) + 1;
        if (const auto* text = std::get_if<QString>(&m_filter.bindings[i]))
            st.bind(parameter, *text);
        else if (const auto* number = std::get_if<double>(&m_filter.bindings[i]))
            st.bind(parameter, *number);
        else if (m_masks[i])
            bindMask(st, parameter, *m_masks[i]);
    }
}

bool SampleFilterBinding::fewMatches(const QString& metric, double lower, bool lowerInclusive, double upper,
                                     bool upperInclusive, qint64 limit, bool* few)
{
    // Counting stops at the limit: a wide range costs no more than a narrow one here.
    const QByteArray sql = "SELECT count(*) FROM (SELECT 1 FROM sample_metrics WHERE name = ?1 AND " +
                           rangeSql("value", lowerInclusive, upperInclusive, 2) + " LIMIT ?4)";
    SqliteStatement st(m_store.database(), sql.constData());
    if (!st.ok())
        return false;
    st.bind(1, metric);
    st.bind(2, lower);
    st.bind(3, upper);
    st.bind(4, limit);
    if (st.step() != SQLITE_ROW)
        return false;
    *few = st.columnInt64(0) < limit;
    return true;
}

bool SampleFilterBinding::fromColumns(const MetricCondition& condition, RowMask* mask)
{
    const auto x = m_cache->column(m_store, condition.metric);
    if (!x)
        return false;
    const qint64 rows = std::min<qint64>(m_rows, qint64(x->size()));
    if (condition.kind != MetricCondition::Kind::Polygon) {
        for (qint64 row = 0; row < rows; ++row) {
            const double v = (*x)[std::size_t(row)];
            if (!std::isnan(v) && condition.matches(v))
                mask->set(row);
        }
        return true;
    }
    const auto y = m_cache->column(m_store, condition.yMetric);
    if (!y)
        return false;
    const qint64 both = std::min<qint64>(rows, qint64(y->size()));
    for (qint64 row = 0; row < both; ++row) {
        const double vx = (*x)[std::size_t(row)];
        const double vy = (*y)[std::size_t(row)];
        if (!std::isnan(vx) && !std::isnan(vy) && condition.matches(vx, vy))
            mask->set(row);
    }
    return true;
}

bool SampleFilterBinding::computeMask(const MetricCondition& condition, RowMask* mask)
{
    if (condition.matchesNothing() || m_rows == 0)
        return true;
    const bool polygon = condition.kind == MetricCondition::Kind::Polygon;
    if (m_cache->contains(m_store, condition.metric) && (!polygon || m_cache->contains(m_store, condition.yMetric)))
        return fromColumns(condition, mask);
    if (condition.kind == MetricCondition::Kind::NotEqual)
        return fromColumns(condition, mask);  // passes nearly every sample: the column is the cheap way
    const qint64 limit =
        m_options.indexLookupLimit >= 0 ? m_options.indexLookupLimit : std::max<qint64>(2000, m_rows / 50);
    sqlite3* db = m_store.database();
    if (!polygon) {
        bool few = false;
        if (!fewMatches(condition.metric, condition.lower, condition.lowerInclusive, condition.upper,
                        condition.upperInclusive, limit, &few))
            return false;
        if (!few)
            return fromColumns(condition, mask);
        // From the value index to each match's row through samples_by_id.
        const QByteArray sql =
            "SELECT s.row FROM sample_metrics m CROSS JOIN samples s ON s.sample_id = m.sample_id WHERE m.name = ?1 "
            "AND " +
            rangeSql("m.value", condition.lowerInclusive, condition.upperInclusive, 2);
        SqliteStatement st(db, sql.constData());
        if (!st.ok())
            return false;
        st.bind(1, condition.metric);
        st.bind(2, condition.lower);
        st.bind(3, condition.upper);
        int rc = SQLITE_ROW;
        while ((rc = st.step()) == SQLITE_ROW)
            mask->set(st.columnInt64(0));
        return rc == SQLITE_DONE;
    }
    // A lasso: drive from the axis whose side of the box holds few samples, if one does.
    const LassoPolygon& p = *condition.polygon;
    bool fewX = false;
    bool fewY = false;
    if (!fewMatches(condition.metric, p.xMin(), true, p.xMax(), true, limit, &fewX))
        return false;
    if (!fewX && !fewMatches(condition.yMetric, p.yMin(), true, p.yMax(), true, limit, &fewY))
        return false;
    if (!fewX && !fewY)
        return fromColumns(condition, mask);
    SqliteStatement st(db,
                       "SELECT s.row, a.value, b.value FROM sample_metrics a CROSS JOIN sample_metrics b "
                       "ON b.sample_id = a.sample_id AND b.name = ?4 CROSS JOIN samples s ON s.sample_id = a.sample_id "
                       "WHERE a.name = ?1 AND a.value BETWEEN ?2 AND ?3");
    if (!st.ok())
        return false;
    st.bind(1, fewX ? condition.metric : condition.yMetric);
    st.bind(2, fewX ? p.xMin() : p.yMin());
    st.bind(3, fewX ? p.xMax() : p.yMax());
    st.bind(4, fewX ? condition.yMetric : condition.metric);
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const double a = st.columnDouble(1);
        const double b = st.columnDouble(2);
        if (fewX ? condition.matches(a, b) : condition.matches(b, a))
            mask->set(st.columnInt64(0));
    }
    return rc == SQLITE_DONE;
}

}  // namespace lockstep
