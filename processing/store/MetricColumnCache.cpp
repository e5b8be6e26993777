#include "store/MetricColumnCache.h"

#include "store/MetricColumnStore.h"
#include "store/ProjectStore.h"
#include "store/SqliteReadSnapshot.h"
#include "store/SqliteStatement.h"

#include <sys/mman.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <string>
#include <string_view>
#include <utility>

namespace lockstep {

namespace {

std::string_view textOf(const SqliteStatement& st, int column)
{
    const auto* text = static_cast<const char*>(static_cast<const void*>(sqlite3_column_text(st.raw(), column)));
    return {text ? text : "", std::size_t(sqlite3_column_bytes(st.raw(), column))};
}

// A zeroed array of trivial elements in 2 MB pages where the kernel gives them (Linux: transparent huge pages on
// request): lookups at random over tens of megabytes then miss the TLB far less often.
template <typename T>
class HugePageArray {
public:
    void assign(std::size_t n)
    {
        constexpr std::size_t kHuge = std::size_t(2) << 20;
        const std::size_t bytes = std::max<std::size_t>(kHuge, (n * sizeof(T) + kHuge - 1) / kHuge * kHuge);
        m_data.reset(static_cast<T*>(std::aligned_alloc(kHuge, bytes)));
        if (!m_data)
            throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
        madvise(m_data.get(), bytes, MADV_HUGEPAGE);
#endif
        std::memset(static_cast<void*>(m_data.get()), 0, bytes);
        m_size = n;
        m_bytes = bytes;
    }
    T& operator[](std::size_t i)
    {
        return m_data.get()[i];
    }
    const T& operator[](std::size_t i) const
    {
        return m_data.get()[i];
    }
    std::size_t bytes() const
    {
        return m_bytes;
    }

private:
    struct Free {
        void operator()(T* p) const { std::free(p); }
    };
    std::unique_ptr<T, Free> m_data;
    std::size_t m_size = 0;
    std::size_t m_bytes = 0;
};

}  // namespace

// Sample id -> row, open addressing. A column load looks up a million ids in value order, that is at random, so
// the table is laid out for one cache miss per lookup: an id of up to 8 bytes (the common case) lives in its
// slot, packed into the key, with its row beside it; a longer one keeps its hash there and its bytes in a pool.
// Lookups come in batches whose buckets are prefetched first, so the misses overlap. A million ids take 32 MB.
struct MetricColumnCache::IdIndex {
    static constexpr std::uint32_t kLongTag = 10;  // tags 1..9: a short id of tag - 1 bytes; 0: empty slot
    struct Slot {
        std::uint64_t key = 0;  // short: the id's bytes; long: its hash
        std::uint32_t tag = 0;
        std::uint32_t value = 0;  // short: the row; long: the index into longIds
    };
    struct LongId {
        std::uint64_t offset = 0;
        std::uint32_t length = 0;
        std::uint32_t row = 0;
    };
    struct Key {
        std::uint64_t key = 0;
        std::uint64_t home = 0;
        std::uint32_t tag = 0;
    };
    HugePageArray<Slot> buckets;  // all zero: every slot empty
    std::vector<LongId> longIds;
    std::vector<char> bytes;  // the long ids, one after the other
    std::size_t mask = 0;

    static std::uint64_t mix(std::uint64_t x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdULL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53ULL;
        return x ^ (x >> 33);
    }
    static Key keyOf(std::string_view id)
    {
        if (id.size() <= 8) {
            std::uint64_t k = 0;
            std::memcpy(&k, id.data(), id.size());
            return {k, mix(k ^ (std::uint64_t(id.size()) << 60)), std::uint32_t(id.size() + 1)};
        }
        const std::uint64_t h = std::hash<std::string_view>{}(id);
        return {h, mix(h), kLongTag};
    }
    void reserve(std::size_t n)
    {
        std::size_t size = 16;
        while (size < n * 2)
            size <<= 1;
        buckets.assign(size);
        mask = size - 1;
    }
    // Ids are unique (samples_by_id), so an insert needs no lookup.
    void insert(std::string_view id, const Key& k, std::uint32_t row)
    {
        std::size_t i = k.home & mask;
        while (buckets[i].tag != 0)
            i = (i + 1) & mask;
        std::uint32_t value = row;
        if (k.tag == kLongTag) {
            value = std::uint32_t(longIds.size());
            longIds.push_back({bytes.size(), std::uint32_t(id.size()), row});
            bytes.insert(bytes.end(), id.begin(), id.end());
        }
        buckets[i] = {k.key, k.tag, value};
    }
    void prefetch(const Key& k) const { __builtin_prefetch(&buckets[k.home & mask]); }
    qint64 rowOf(std::string_view id, const Key& k) const
    {
        for (std::size_t i = k.home & mask; buckets[i].tag != 0; i = (i + 1) & mask) {
            const Slot& s = buckets[i];
            if (s.tag != k.tag || s.key != k.key)
                continue;
            if (k.tag != kLongTag)
                return s.value;
            const LongId& l = longIds[s.value];
            if (std::string_view(bytes.data() + l.offset, l.length) == id)
                return l.row;
        }
        return -1;
    }
    std::size_t memory() const { return buckets.bytes() + longIds.capacity() * sizeof(LongId) + bytes.capacity(); }
};

struct MetricColumnCache::Project {
    QString stamp;
    QString generation;  // meta "metrics.generation": what a stored column must have been written for
    qint64 rows = 0;
    std::shared_ptr<const IdIndex> ids;
    struct Entry {
        std::shared_ptr<const Column> column;
        std::shared_ptr<const Order> order;  // made on the first sort by the metric
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
        project->generation = store.meta(QStringLiteral("metrics.generation"));
        project->rows = rowCountOf(store);
    }
    return project.get();
}

bool MetricColumnCache::contains(const ProjectStore& store, const QString& metric)
{
    std::lock_guard lock(m_mutex);
    return projectFor(store)->columns.contains(metric);
}

void MetricColumnCache::load(const ProjectStore& store, const QStringList& metrics)
{
    const SqliteReadSnapshot snapshot(store.database());
    for (const QString& metric : metrics)
        column(store, metric);
}

void MetricColumnCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_projects.clear();
}

MetricColumnCache::LoadCounts MetricColumnCache::loadCounts()
{
    std::lock_guard lock(m_mutex);
    return m_loads;
}

std::shared_ptr<const MetricColumnCache::Column> MetricColumnCache::column(const ProjectStore& store,
                                                                           const QString& metric)
{
    // One lock for loading too: two threads asking for the same column (the table and the status bar after one
    // filter change) load it once.
    std::lock_guard lock(m_mutex);
    return columnLocked(projectFor(store), store, metric);
}

namespace {

// A double's bits as an unsigned integer in the same order (negative values flipped whole, positive ones with
// the sign bit set); -0 counts as 0, as it compares.
std::uint64_t orderedKey(double v)
{
    if (v == 0)
        v = 0;
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    return (bits >> 63) != 0 ? ~bits : bits | (std::uint64_t(1) << 63);
}

// The rows with a value by (value, row), those without one after them in row order: a stable LSD radix sort
// of the keys, one byte a pass, skipping the bytes all keys share (for values of one sign and scale, the top ones).
MetricColumnCache::Order orderOf(const MetricColumnCache::Column& column)
{
    struct Keyed {
        std::uint64_t key;
        std::uint32_t row;
    };
    MetricColumnCache::Order order;
    std::vector<Keyed> a;
    a.reserve(column.size());
    std::vector<std::uint32_t> missing;
    for (std::size_t row = 0; row < column.size(); ++row) {
        if (std::isnan(column[row]))
            missing.push_back(std::uint32_t(row));
        else
            a.push_back({orderedKey(column[row]), std::uint32_t(row)});
    }
    std::vector<std::size_t> counts(8 * 256, 0);
    for (const Keyed& k : a)
        for (int d = 0; d < 8; ++d)
            ++counts[std::size_t(d) * 256 + ((k.key >> (8 * d)) & 0xff)];
    std::vector<Keyed> b(a.size());
    for (int d = 0; d < 8; ++d) {
        std::size_t* count = &counts[std::size_t(d) * 256];
        if (a.empty() || count[(a.front().key >> (8 * d)) & 0xff] == a.size())
            continue;  // every key has this byte: the pass would move nothing
        std::size_t offset = 0;
        for (int v = 0; v < 256; ++v)
            offset += std::exchange(count[v], offset);
        for (const Keyed& k : a)
            b[count[(k.key >> (8 * d)) & 0xff]++] = k;
        a.swap(b);
    }
    order.valued = a.size();
    order.rows.reserve(column.size());
    order.runStarts.assign((a.size() + 63) / 64, 0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        order.rows.push_back(a[i].row);
        if (i == 0 || a[i].key != a[i - 1].key)
            order.runStarts[i >> 6] |= std::uint64_t(1) << (i & 63);
    }
    order.rows.insert(order.rows.end(), missing.begin(), missing.end());
    return order;
}

}  // namespace

std::shared_ptr<const MetricColumnCache::Order> MetricColumnCache::order(const ProjectStore& store,
                                                                         const QString& metric)
{
    std::lock_guard lock(m_mutex);
    Project* project = projectFor(store);
    if (!columnLocked(project, store, metric))
        return nullptr;
    Project::Entry& entry = project->columns[metric];
    if (!entry.order) {
        entry.order = std::make_shared<const Order>(orderOf(*entry.column));
        evict(project, metric);
    }
    return entry.order;
}

std::shared_ptr<const MetricColumnCache::Column> MetricColumnCache::columnLocked(Project* project,
                                                                                 const ProjectStore& store,
                                                                                 const QString& metric)
{
    if (auto it = project->columns.find(metric); it != project->columns.end()) {
        it->lastUse = ++m_clock;
        return it->column;
    }
    sqlite3* db = store.database();
    if (project->rows > qint64(std::numeric_limits<std::uint32_t>::max()))
        return nullptr;  // rows are kept in 32 bits
    if (!project->generation.isEmpty()) {
        auto stored = std::make_shared<Column>();
        if (MetricColumnStore::read(db, metric, project->generation, project->rows, stored.get())) {
            ++m_loads.stored;
            project->columns.insert(metric, {stored, nullptr, ++m_clock});
            evict(project, metric);
            return stored;
        }
    }
    if (!project->ids) {
        auto ids = std::make_shared<IdIndex>();
        ids->reserve(std::size_t(project->rows));
        // Covered by samples_by_id (the id and the rowid, which is row): no table pages.
        SqliteStatement st(db, "SELECT sample_id, row FROM samples");
        if (!st.ok())
            return nullptr;
        // In batches, as the lookups below: the slots an id lands in are at random.
        constexpr std::size_t kBatch = 32;
        IdIndex::Key keys[kBatch];
        std::uint32_t batchRows[kBatch];
        std::string longText[kBatch];
        std::size_t pending = 0;
        const auto insertPending = [&] {
            for (std::size_t b = 0; b < pending; ++b)
                ids->insert(keys[b].tag == IdIndex::kLongTag ? std::string_view(longText[b]) : std::string_view(),
                            keys[b], batchRows[b]);
            pending = 0;
        };
        int rc = SQLITE_ROW;
        while ((rc = st.step()) == SQLITE_ROW) {
            const qint64 row = st.columnInt64(1);
            if (row < 0 || row >= project->rows)
                continue;
            const std::string_view id = textOf(st, 0);
            keys[pending] = IdIndex::keyOf(id);
            if (keys[pending].tag == IdIndex::kLongTag)
                longText[pending].assign(id);
            batchRows[pending] = std::uint32_t(row);
            ids->prefetch(keys[pending]);
            if (++pending == kBatch)
                insertPending();
        }
        insertPending();
        if (rc != SQLITE_DONE)
            return nullptr;
        project->ids = std::move(ids);
    }
    auto values = std::make_shared<Column>(std::size_t(project->rows), std::numeric_limits<double>::quiet_NaN());
    // Covered by the (name, value) index, which holds the sample id too: no table lookups.
    SqliteStatement st(db, "SELECT sample_id, value FROM sample_metrics WHERE name = ?");
    if (!st.ok())
        return nullptr;
    st.bind(1, metric);
    // In batches: read a few ids, prefetch their buckets, then resolve them (the misses overlap).
    constexpr std::size_t kBatch = 32;
    const IdIndex& ids = *project->ids;
    IdIndex::Key keys[kBatch];
    double batchValues[kBatch];
    std::string longText[kBatch];  // a long id's bytes; SQLite's pointer dies at the next step
    Column& out = *values;
    const auto resolve = [&](std::size_t n) {
        for (std::size_t b = 0; b < n; ++b) {
            const qint64 row = ids.rowOf(
                keys[b].tag == IdIndex::kLongTag ? std::string_view(longText[b]) : std::string_view(), keys[b]);
            if (row >= 0 && row < project->rows)
                out[std::size_t(row)] = batchValues[b];
        }
    };
    std::size_t pending = 0;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const std::string_view id = textOf(st, 0);
        keys[pending] = IdIndex::keyOf(id);
        if (keys[pending].tag == IdIndex::kLongTag)
            longText[pending].assign(id);
        batchValues[pending] = st.columnDouble(1);
        ids.prefetch(keys[pending]);
        if (++pending == kBatch) {
            resolve(pending);
            pending = 0;
        }
    }
    resolve(pending);
    if (rc != SQLITE_DONE)
        return nullptr;
    ++m_loads.walked;
    project->columns.insert(metric, {values, nullptr, ++m_clock});
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
                if (it->order)
                    used += it->order->rows.size() * sizeof(std::uint32_t) + it->order->runStarts.size() * 8;
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
