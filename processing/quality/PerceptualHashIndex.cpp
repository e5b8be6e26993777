#include "quality/PerceptualHashIndex.h"

#include <algorithm>
#include <array>
#include <bit>
#include <span>

namespace lockstep {

namespace {

constexpr int kChunks = 4;
constexpr int kChunkBits = 16;
constexpr quint32 kBuckets = 1u << kChunkBits;
constexpr int kMaxRadius = 64;

using ChunkRadii = std::array<int, kChunks>;
using ClassPair = std::pair<quint32, quint32>;

inline quint32 chunkKey(quint64 hash, int chunk)
{
    return quint32(hash >> (kChunkBits * chunk)) & (kBuckets - 1);
}

// Per-chunk search radii from the generalised pigeonhole principle (see the header); -1 = chunk not searched.
ChunkRadii chunkRadii(int radius)
{
    const int a = radius / kChunks;
    const int b = radius % kChunks;
    ChunkRadii rho{};
    for (int i = 0; i < kChunks; ++i)
        rho[std::size_t(i)] = std::min(i <= b ? a : a - 1, kChunkBits);
    return rho;
}

// Non-zero 16-bit masks with popcount <= r, by increasing popcount (the table is built once, thread-safely).
std::span<const quint16> flipMasks(int r)
{
    struct Table {
        std::vector<quint16> masks;                      // all non-zero masks by popcount
        std::array<std::size_t, kChunkBits + 1> upTo{};  // masks with popcount <= r: the first upTo[r]
    };
    static const Table table = [] {
        // One pass over the masks into a list per popcount (each in increasing order), then the lists in turn.
        std::array<std::vector<quint16>, kChunkBits + 1> byBits;
        for (quint32 m = 1; m < kBuckets; ++m)
            byBits[std::size_t(std::popcount(m))].push_back(quint16(m));
        Table t;
        t.masks.reserve(kBuckets - 1);
        for (int bits = 1; bits <= kChunkBits; ++bits) {
            const std::vector<quint16>& masks = byBits[std::size_t(bits)];
            t.masks.insert(t.masks.end(), masks.begin(), masks.end());
            t.upTo[std::size_t(bits)] = t.masks.size();
        }
        return t;
    }();
    return {table.masks.data(), table.upTo[std::size_t(std::clamp(r, 0, kChunkBits))]};
}

// Unique hashes ordered by one chunk's key, with bucket offsets.
struct ChunkTable {
    std::vector<quint32> offsets;  // kBuckets + 1
    std::vector<quint64> hashes;
    std::vector<quint32> classes;  // index into the unique-hash list
};

// True when a pair whose hashes differ by x would already be found by a chunk before `chunk`.
inline bool foundByEarlierChunk(quint64 x, int chunk, const ChunkRadii& rho)
{
    for (int j = 0; j < chunk; ++j) {
        if (std::popcount(chunkKey(x, j)) <= rho[std::size_t(j)])
            return true;
    }
    return false;
}

// The hot loop: every pair of unique hashes whose chunk keys differ by <= rho[chunk] bits, checked in full.
// Cloned for CPUs with POPCNT (the default x86-64 target has none and would call a software popcount).
__attribute__((target_clones("popcnt", "default"))) void joinChunk(const ChunkTable& t, int chunk,
                                                                   const ChunkRadii& rho, int radius,
                                                                   std::span<const quint16> masks,
                                                                   std::vector<ClassPair>& out)
{
    const quint32* off = t.offsets.data();
    const quint64* h = t.hashes.data();
    auto report = [&](quint32 i, quint32 j) {
        const quint64 x = h[i] ^ h[j];
        if (chunk > 0 && foundByEarlierChunk(x, chunk, rho))
            return;
        const quint32 a = t.classes[i];
        const quint32 b = t.classes[j];
        out.emplace_back(std::min(a, b), std::max(a, b));
    };
    for (quint32 k = 0; k < kBuckets; ++k) {
        const quint32 b0 = off[k];
        const quint32 e0 = off[k + 1];
        if (b0 == e0)
            continue;
        for (quint32 i = b0; i < e0; ++i) {
            const quint64 hi = h[i];
            for (quint32 j = i + 1; j < e0; ++j) {
                if (std::popcount(hi ^ h[j]) <= radius)
                    report(i, j);
            }
        }
        for (const quint16 mask : masks) {
            const quint32 k2 = k ^ mask;
            if (k2 < k)
                continue;
            const quint32 b1 = off[k2];
            const quint32 e1 = off[k2 + 1];
            if (b1 == e1)
                continue;
            for (quint32 i = b0; i < e0; ++i) {
                const quint64 hi = h[i];
                for (quint32 j = b1; j < e1; ++j) {
                    if (std::popcount(hi ^ h[j]) <= radius)
                        report(i, j);
                }
            }
        }
    }
}

}  // namespace

struct PerceptualHashIndex::Tables {
    std::vector<quint64> hashes;      // unique hashes, ascending ("classes")
    std::vector<quint32> classStart;  // classes + 1 offsets into classIds
    std::vector<quint32> classIds;    // ids of each class, ascending
    std::array<ChunkTable, kChunks> chunks;
    std::vector<std::pair<quint32, quint64>> byId;  // (id, hash), ascending by id
};

PerceptualHashIndex::PerceptualHashIndex() = default;
PerceptualHashIndex::~PerceptualHashIndex() = default;

PerceptualHashIndex::PerceptualHashIndex(const PerceptualHashIndex& other) : m_items(other.m_items) {}

PerceptualHashIndex& PerceptualHashIndex::operator=(const PerceptualHashIndex& other)
{
    if (this != &other) {
        m_items = other.m_items;
        m_tables.reset();
    }
    return *this;
}

void PerceptualHashIndex::reserve(std::size_t n)
{
    m_items.reserve(n);
}

void PerceptualHashIndex::add(quint32 id, quint64 hash)
{
    m_items.emplace_back(hash, id);
    m_tables.reset();
}

int PerceptualHashIndex::hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

std::shared_ptr<const PerceptualHashIndex::Tables> PerceptualHashIndex::tables() const
{
    std::lock_guard lock(m_mutex);
    if (m_tables)
        return m_tables;

    auto t = std::make_shared<Tables>();
    std::vector<std::pair<quint64, quint32>> items = m_items;
    std::sort(items.begin(), items.end());
    t->classStart.reserve(items.size() + 1);
    t->classIds.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i == 0 || items[i].first != items[i - 1].first) {
            t->hashes.push_back(items[i].first);
            t->classStart.push_back(quint32(i));
        }
        t->classIds.push_back(items[i].second);
    }
    t->classStart.push_back(quint32(items.size()));

    const auto classes = quint32(t->hashes.size());
    for (int c = 0; c < kChunks; ++c) {
        ChunkTable& ct = t->chunks[std::size_t(c)];
        ct.offsets.assign(kBuckets + 1, 0);
        for (const quint64 h : t->hashes)
            ++ct.offsets[chunkKey(h, c) + 1];
        for (quint32 k = 0; k < kBuckets; ++k)
            ct.offsets[k + 1] += ct.offsets[k];
        ct.hashes.resize(classes);
        ct.classes.resize(classes);
        std::vector<quint32> fill(ct.offsets.begin(), ct.offsets.end() - 1);
        for (quint32 u = 0; u < classes; ++u) {
            const quint32 pos = fill[chunkKey(t->hashes[u], c)]++;
            ct.hashes[pos] = t->hashes[u];
            ct.classes[pos] = u;
        }
    }

    t->byId.reserve(m_items.size());
    for (const auto& [hash, id] : m_items)
        t->byId.emplace_back(id, hash);
    std::sort(t->byId.begin(), t->byId.end());

    m_tables = std::move(t);
    return m_tables;
}

std::vector<std::pair<quint32, quint32>> PerceptualHashIndex::classPairsWithin(const Tables& t, int radius) const
{
    std::vector<ClassPair> out;
    if (radius < 0)
        return out;
    radius = std::min(radius, kMaxRadius);
    const ChunkRadii rho = chunkRadii(radius);
    for (int c = 0; c < kChunks; ++c) {
        if (rho[std::size_t(c)] < 0)
            continue;
        joinChunk(t.chunks[std::size_t(c)], c, rho, radius, flipMasks(rho[std::size_t(c)]), out);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::pair<quint32, quint32>> PerceptualHashIndex::pairsWithin(int radius) const
{
    std::vector<std::pair<quint32, quint32>> out;
    if (radius < 0)
        return out;
    const auto t = tables();
    auto idsOf = [&t](quint32 cls) {
        return std::pair{t->classIds.begin() + t->classStart[cls], t->classIds.begin() + t->classStart[cls + 1]};
    };
    // Identical hashes: every pair inside a class.
    for (quint32 cls = 0; cls + 1 < t->classStart.size(); ++cls) {
        const auto [b, e] = idsOf(cls);
        for (auto i = b; i != e; ++i) {
            for (auto j = i + 1; j != e; ++j)
                out.emplace_back(std::min(*i, *j), std::max(*i, *j));
        }
    }
    for (const auto& [u, v] : classPairsWithin(*t, radius)) {
        const auto [bu, eu] = idsOf(u);
        const auto [bv, ev] = idsOf(v);
        for (auto i = bu; i != eu; ++i) {
            for (auto j = bv; j != ev; ++j)
                out.emplace_back(std::min(*i, *j), std::max(*i, *j));
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::pair<quint32, quint32>> PerceptualHashIndex::connectingPairsWithin(int radius) const
{
    std::vector<std::pair<quint32, quint32>> out;
    if (radius < 0)
        return out;
    const auto t = tables();
    for (quint32 cls = 0; cls + 1 < t->classStart.size(); ++cls) {
        const quint32 first = t->classIds[t->classStart[cls]];
        for (quint32 k = t->classStart[cls] + 1; k < t->classStart[cls + 1]; ++k)
            out.emplace_back(std::min(first, t->classIds[k]), std::max(first, t->classIds[k]));
    }
    for (const auto& [u, v] : classPairsWithin(*t, radius)) {
        const quint32 a = t->classIds[t->classStart[u]];
        const quint32 b = t->classIds[t->classStart[v]];
        out.emplace_back(std::min(a, b), std::max(a, b));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<quint32> PerceptualHashIndex::within(quint64 hash, int radius) const
{
    std::vector<quint32> out;
    if (radius < 0)
        return out;
    radius = std::min(radius, kMaxRadius);
    const auto t = tables();
    const ChunkRadii rho = chunkRadii(radius);
    for (int c = 0; c < kChunks; ++c) {
        const int r = rho[std::size_t(c)];
        if (r < 0)
            continue;
        const ChunkTable& ct = t->chunks[std::size_t(c)];
        const quint32 q = chunkKey(hash, c);
        auto scan = [&](quint32 key) {
            for (quint32 i = ct.offsets[key]; i < ct.offsets[key + 1]; ++i) {
                const quint64 x = hash ^ ct.hashes[i];
                if (std::popcount(x) > radius || foundByEarlierChunk(x, c, rho))
                    continue;
                const quint32 cls = ct.classes[i];
                out.insert(out.end(), t->classIds.begin() + t->classStart[cls],
                           t->classIds.begin() + t->classStart[cls + 1]);
            }
        };
        scan(q);
        for (const quint16 mask : flipMasks(r))
            scan(q ^ mask);
    }
    std::sort(out.begin(), out.end());
    return out;
}

int PerceptualHashIndex::distance(quint32 a, quint32 b) const
{
    const auto t = tables();
    auto find = [&t](quint32 id) -> const std::pair<quint32, quint64>* {
        const auto it = std::lower_bound(t->byId.begin(), t->byId.end(), std::pair<quint32, quint64>{id, 0});
        return it != t->byId.end() && it->first == id ? &*it : nullptr;
    };
    const auto* pa = find(a);
    const auto* pb = find(b);
    if (!pa || !pb)
        return -1;
    return hammingDistance(pa->second, pb->second);
}

}  // namespace lockstep
