#include "store/MetricColumnCache.h"

#include "store/ProjectStore.h"
#include "store/SqliteStatement.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>

namespace lockstep {

// Sample id -> row, open addressing over the ids' UTF-8 bytes (what SQLite hands out without a copy):
// a million ids take about 20 MB and a tenth of a second to build.
struct MetricColumnCache::IdIndex {
    std::vector<char> bytes;            // every id, one after the other
    std::vector<std::uint64_t> spans;   // offset << 16 | length, per entry
    std::vector<qint64> rows;           // per entry
    std::vector<std::int32_t> buckets;  // entry + 1, 0 = empty
    std::size_t mask = 0;

    static std::size_t hash(std::string_view s) { return std::hash<std::string_view>{}(s); }
    std::string_view idAt(std::size_t entry) const
    {
        return {bytes.data() + (spans[entry] >> 16), std::size_t(spans[entry] & 0xffff)};
    }
    void build()
    {
        std::size_t size = 16;
        while (size < rows.size() * 2)
            size <<= 1;
        buckets.assign(size, 0);
        mask = size - 1;
        for (std::size_t e = 0; e < rows.size(); ++e) {
            std::size_t i = hash(idAt(e)) & mask;
            while (buckets[i] != 0)
                i = (i + 1) & mask;
            buckets[i] = std::int32_t(e + 1);
        }
    }
    qint64 rowOf(std::string_view id) const
    {
        for (std::size_t i = hash(id) & mask; buckets[i] != 0; i = (i + 1) & mask)
            if (idAt(std::size_t(buckets[i] - 1)) == id)
                return rows[std::size_t(buckets[i] - 1)];
        return -1;
    }
    std::size_t memory() const
    {
        return bytes.capacity() + spans.capacity() * 8 + rows.capacity() * 8 + buckets.capacity() * 4;
    }
};

struct MetricColumnCache::Project {
    QString stamp;
    qint64 rows = 0;
    std::shared_ptr<const IdIndex> ids;
    struct Entry {
        std::shared_ptr<const Column> column;
        quint64 lastUse = 0;
    };
    QHash<QString, Entry> columns;
};

MetricColumnCache& MetricColumnCache::shared()
{
    static MetricColumnCache cache;
    return cache;
}

MetricColumnCache::MetricColumnCache(std::size_t budgetBytes) : m_budget(budgetBytes) {}
MetricColumnCache::~MetricColumnCache() = default;

QString MetricColumnCache::stampOf(const ProjectStore& store)
{
    return store.meta(QStringLiteral("imported_at")) + QLatin1Char('|') + store.meta(QStringLiteral("sample_count")) +
           QLatin1Char('|') + store.meta(QStringLiteral("quality.scanned_at")) + QLatin1Char('|') +
           store.meta(QStringLiteral("metrics.generation"));
}

qint64 MetricColumnCache::rowCountOf(const ProjectStore& store)
{
    SqliteStatement st(store.database(), "SELECT max(row) FROM samples");
    if (st.step() != SQLITE_ROW || st.columnIsNull(0))
        return 0;
    return st.columnInt64(0) + 1;
}

MetricColumnCache::Project* MetricColumnCache::projectFor(const ProjectStore& store)
{
    // Private in-memory projects share the name ":memory:": their connection tells them apart.
    const QString key = store.path() == QLatin1String(":memory:")
                            ? QStringLiteral(":memory:%1").arg(quintptr(store.database()))
                            : store.path();
    const QString stamp = stampOf(store);
    std::shared_ptr<Project>& project = m_projects[key];
    if (!project || project->stamp != stamp) {
        project = std::make_shared<Project>();
        project->stamp = stamp;
        project->rows = rowCountOf(store);
    }
    return project.get();
}

bool MetricColumnCache::contains(const ProjectStore& store, const QString& metric)
{
    std::lock_guard lock(m_mutex);
    return projectFor(store)->columns.contains(metric);
}

void MetricColumnCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_projects.clear();
}

std::shared_ptr<const MetricColumnCache::Column> MetricColumnCache::column(const ProjectStore& store,
                                                                           const QString& metric)
{
    // One lock for loading too: two threads asking for the same column (the table and the status bar after one
    // filter change) load it once.
    std::lock_guard lock(m_mutex);
    Project* project = projectFor(store);
    if (auto it = project->columns.find(metric); it != project->columns.end()) {
        it->lastUse = ++m_clock;
        return it->column;
    }
    sqlite3* db = store.database();
    if (!project->ids) {
        auto ids = std::make_shared<IdIndex>();
        SqliteStatement st(db, "SELECT sample_id, row FROM samples");
        if (!st.ok())
            return nullptr;
        ids->rows.reserve(std::size_t(project->rows));
        ids->spans.reserve(std::size_t(project->rows));
        int rc = SQLITE_ROW;
        while ((rc = st.step()) == SQLITE_ROW) {
            const auto* text = static_cast<const char*>(static_cast<const void*>(sqlite3_column_text(st.raw(), 0)));
            const int bytes = sqlite3_column_bytes(st.raw(), 0);
            if (bytes > 0xffff)
                return nullptr;  // no id is that long; refuse rather than truncate
            ids->spans.push_back(std::uint64_t(ids->bytes.size()) << 16 | std::uint64_t(bytes));
            ids->bytes.insert(ids->bytes.end(), text, text + bytes);
            ids->rows.push_back(st.columnInt64(1));
        }
        if (rc != SQLITE_DONE)
            return nullptr;
        ids->build();
        project->ids = std::move(ids);
    }
    auto values = std::make_shared<Column>(std::size_t(project->rows), std::numeric_limits<double>::quiet_NaN());
    // Covered by the (name, value) index, which holds the sample id too: no table lookups.
    SqliteStatement st(db, "SELECT sample_id, value FROM sample_metrics WHERE name = ?");
    if (!st.ok())
        return nullptr;
    st.bind(1, metric);
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const auto* text = static_cast<const char*>(static_cast<const void*>(sqlite3_column_text(st.raw(), 0)));
        const qint64 row = project->ids->rowOf({text, std::size_t(sqlite3_column_bytes(st.raw(), 0))});
        if (row >= 0 && row < project->rows)
            (*values)[std::size_t(row)] = st.columnDouble(1);
    }
    if (rc != SQLITE_DONE)
        return nullptr;
    project->columns.insert(metric, {values, ++m_clock});
    evict(project, metric);
    return values;
}

void MetricColumnCache::evict(const Project* keep, const QString& keepMetric)
{
    for (;;) {
        std::size_t used = 0;
        Project* oldestProject = nullptr;
        QString oldestMetric;
        quint64 oldestUse = std::numeric_limits<quint64>::max();
        for (const std::shared_ptr<Project>& p : std::as_const(m_projects)) {
            if (!p)
                continue;
            if (p->ids)
                used += p->ids->memory();
            for (auto it = p->columns.cbegin(); it != p->columns.cend(); ++it) {
                used += it->column->size() * sizeof(double);
                if (it->lastUse < oldestUse && !(p.get() == keep && it.key() == keepMetric)) {
                    oldestUse = it->lastUse;
                    oldestProject = p.get();
                    oldestMetric = it.key();
                }
            }
        }
        if (used <= m_budget || !oldestProject)
            return;
        oldestProject->columns.remove(oldestMetric);
    }
}

}  // namespace lockstep
