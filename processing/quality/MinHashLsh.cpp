#include "quality/MinHashLsh.h"
#include "quality/HashMix.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace lockstep {

namespace {

constexpr int kPerm = MinHashSignature::kPermutations;

quint64 hashValues(const quint16* v, int count, quint64 seed)
{
    quint64 h = mix64(seed);
    for (int i = 0; i < count; i += 4) {
        quint64 word = 0;
        for (int k = 0; k < 4 && i + k < count; ++k)
            word |= quint64(v[i + k]) << (16 * k);
        h = mix64(h ^ word);
    }
    return h;
}

int equalValues(const quint16* a, const quint16* b)
{
    int equal = 0;
    for (int i = 0; i < kPerm; ++i)
        equal += a[i] == b[i] ? 1 : 0;
    return equal;
}

}  // namespace

// Items grouped by identical (truncated) signature.
struct MinHashLsh::Classes {
    std::vector<quint32> rep;    // one item index per class
    std::vector<quint32> start;  // classes + 1 offsets into ids
    std::vector<quint32> ids;    // ids per class, ascending
};

void MinHashLsh::reserve(std::size_t n)
{
    m_ids.reserve(n);
    m_values.reserve(n * kPerm);
}

void MinHashLsh::add(quint32 id, const MinHashSignature& signature)
{
    if (signature.isEmpty())
        return;
    m_ids.push_back(id);
    for (const quint32 v : signature.values())
        m_values.push_back(quint16(v));
}

double MinHashLsh::collisionProbability(double jaccard)
{
    return 1.0 - std::pow(1.0 - std::pow(jaccard, kRows), kBands);
}

MinHashLsh::Classes MinHashLsh::classes() const
{
    const std::size_t n = m_ids.size();
    std::vector<quint64> key(n);
    for (std::size_t i = 0; i < n; ++i)
        key[i] = hashValues(valuesOf(i), kPerm, 0x434C415353ULL);
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    auto sameSignature = [this](quint32 a, quint32 b) {
        return std::memcmp(valuesOf(a), valuesOf(b), kPerm * sizeof(quint16)) == 0;
    };
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        if (key[a] != key[b])
            return key[a] < key[b];
        const int c = std::memcmp(valuesOf(a), valuesOf(b), kPerm * sizeof(quint16));
        return c != 0 ? c < 0 : m_ids[a] < m_ids[b];
    });

    Classes c;
    c.ids.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (i == 0 || key[order[i]] != key[order[i - 1]] || !sameSignature(order[i], order[i - 1])) {
            c.rep.push_back(order[i]);
            c.start.push_back(quint32(i));
        }
        c.ids.push_back(m_ids[order[i]]);
    }
    c.start.push_back(quint32(n));
    return c;
}

std::vector<std::pair<quint32, quint32>> MinHashLsh::classPairs(const Classes& c, double threshold) const
{
    const auto classCount = quint32(c.rep.size());
    std::vector<quint64> candidates;
    std::vector<std::pair<quint64, quint32>> bandKeys(classCount);
    for (int band = 0; band < kBands; ++band) {
        for (quint32 k = 0; k < classCount; ++k)
            bandKeys[k] = {hashValues(valuesOf(c.rep[k]) + band * kRows, kRows, quint64(band)), k};
        std::sort(bandKeys.begin(), bandKeys.end());
        for (std::size_t i = 0; i < bandKeys.size();) {
            std::size_t j = i + 1;
            while (j < bandKeys.size() && bandKeys[j].first == bandKeys[i].first)
                ++j;
            for (std::size_t x = i; x < j; ++x) {
                for (std::size_t y = x + 1; y < j; ++y) {
                    const quint32 a = std::min(bandKeys[x].second, bandKeys[y].second);
                    const quint32 b = std::max(bandKeys[x].second, bandKeys[y].second);
                    candidates.push_back(quint64(a) << 32 | b);
                }
            }
            i = j;
        }
        // Keep the candidate list small when buckets are crowded.
        if (candidates.size() > 4 * std::size_t(classCount) + 1024) {
            std::sort(candidates.begin(), candidates.end());
            candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    std::vector<std::pair<quint32, quint32>> out;
    for (const quint64 packed : candidates) {
        const auto a = quint32(packed >> 32);
        const auto b = quint32(packed);
        if (threshold <= 0.0 || double(equalValues(valuesOf(c.rep[a]), valuesOf(c.rep[b]))) / kPerm >= threshold)
            out.emplace_back(a, b);
    }
    return out;
}

std::vector<std::pair<quint32, quint32>> MinHashLsh::candidatePairs(double threshold) const
{
    std::vector<std::pair<quint32, quint32>> out;
    if (threshold > 1.0)
        return out;
    const Classes c = classes();
    for (std::size_t k = 0; k + 1 < c.start.size(); ++k) {
        for (quint32 x = c.start[k]; x < c.start[k + 1]; ++x) {
            for (quint32 y = x + 1; y < c.start[k + 1]; ++y)
                out.emplace_back(std::min(c.ids[x], c.ids[y]), std::max(c.ids[x], c.ids[y]));
        }
    }
    for (const auto& [u, v] : classPairs(c, threshold)) {
        for (quint32 x = c.start[u]; x < c.start[u + 1]; ++x) {
            for (quint32 y = c.start[v]; y < c.start[v + 1]; ++y)
                out.emplace_back(std::min(c.ids[x], c.ids[y]), std::max(c.ids[x], c.ids[y]));
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::pair<quint32, quint32>> MinHashLsh::connectingPairs(double threshold) const
{
    std::vector<std::pair<quint32, quint32>> out;
    if (threshold > 1.0)
        return out;
    const Classes c = classes();
    for (std::size_t k = 0; k + 1 < c.start.size(); ++k) {
        const quint32 first = c.ids[c.start[k]];
        for (quint32 x = c.start[k] + 1; x < c.start[k + 1]; ++x)
            out.emplace_back(std::min(first, c.ids[x]), std::max(first, c.ids[x]));
    }
    for (const auto& [u, v] : classPairs(c, threshold)) {
        const quint32 a = c.ids[c.start[u]];
        const quint32 b = c.ids[c.start[v]];
        out.emplace_back(std::min(a, b), std::max(a, b));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace lockstep
