#include "quality/DuplicateGrouper.h"
#include "quality/PerceptualHashIndex.h"

#include <QElapsedTimer>
#include <QtTest>
#include <bit>
#include <numeric>
#include <random>

using lockstep::DuplicateGrouper;
using lockstep::PerceptualHashIndex;
using Pairs = std::vector<std::pair<quint32, quint32>>;

namespace {

// A copy of h with exactly `distance` distinct bits flipped.
quint64 atDistance(quint64 h, int distance, std::mt19937_64& rng)
{
    std::vector<int> bits(64);
    std::iota(bits.begin(), bits.end(), 0);
    std::shuffle(bits.begin(), bits.end(), rng);
    for (int i = 0; i < distance; ++i)
        h ^= quint64(1) << bits[std::size_t(i)];
    return h;
}

// Random hashes with planted near pairs (distance 0..14), chains and exact-duplicate triples.
std::vector<quint64> plantedHashes(std::size_t n, std::size_t planted, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::vector<quint64> hashes(n);
    for (auto& h : hashes)
        h = rng();
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    std::uniform_int_distribution<int> distance(0, 14);
    for (std::size_t p = 0; p < planted; ++p) {
        const std::size_t from = pick(rng);
        const std::size_t to = pick(rng);
        if (from != to)
            hashes[to] = atDistance(hashes[from], p % 50 == 0 ? 0 : distance(rng), rng);
    }
    return hashes;
}

Pairs bruteForce(const std::vector<quint64>& hashes, int radius)
{
    Pairs out;
    for (std::size_t i = 0; i < hashes.size(); ++i) {
        for (std::size_t j = i + 1; j < hashes.size(); ++j) {
            if (std::popcount(hashes[i] ^ hashes[j]) <= radius)
                out.emplace_back(quint32(i), quint32(j));
        }
    }
    return out;
}

PerceptualHashIndex indexOf(const std::vector<quint64>& hashes)
{
    PerceptualHashIndex index;
    index.reserve(hashes.size());
    for (std::size_t i = 0; i < hashes.size(); ++i)
        index.add(quint32(i), hashes[i]);
    return index;
}

}  // namespace

class TestPhashIndex : public QObject {
    Q_OBJECT

private:
    std::vector<quint64> m_hashes;
    Pairs m_bruteMax;  // brute-force pairs at radius 12
    static constexpr int kMaxRadius = 12;

private slots:
    void initTestCase()
    {
        m_hashes = plantedHashes(20000, 3000, 1);
        QElapsedTimer t;
        t.start();
        m_bruteMax = bruteForce(m_hashes, kMaxRadius);
        qInfo("brute force O(n^2) over %zu hashes: %lld ms, %zu pairs within %d", m_hashes.size(), t.elapsed(),
              m_bruteMax.size(), kMaxRadius);
    }

    void smallKnownAnswers()
    {
        PerceptualHashIndex index;
        index.add(10, 0x0);
        index.add(11, 0x1);
        index.add(12, 0x3);
        index.add(13, ~quint64(0));
        index.add(14, 0x8000000000000001ULL);
        QCOMPARE(index.pairsWithin(0), Pairs{});
        QCOMPARE(index.pairsWithin(1), (Pairs{{10, 11}, {11, 12}, {11, 14}}));
        QCOMPARE(index.pairsWithin(2), (Pairs{{10, 11}, {10, 12}, {10, 14}, {11, 12}, {11, 14}, {12, 14}}));
        QCOMPARE(index.pairsWithin(-1), Pairs{});
        QCOMPARE(index.pairsWithin(64).size(), std::size_t(10));
        QCOMPARE(index.within(0x0, 1), (std::vector<quint32>{10, 11}));
        QCOMPARE(index.within(~quint64(0), 0), (std::vector<quint32>{13}));
        QCOMPARE(index.distance(10, 13), 64);
        QCOMPARE(index.distance(12, 14), 2);
        QCOMPARE(index.distance(10, 99), -1);
        QCOMPARE(PerceptualHashIndex::hammingDistance(0xF0, 0x0F), 8);
        // Adding after a query rebuilds the index.
        index.add(15, 0x2);
        QCOMPARE(index.within(0x0, 1), (std::vector<quint32>{10, 11, 15}));
        // A copy answers the same.
        const PerceptualHashIndex copy = index;
        QCOMPARE(copy.pairsWithin(3), index.pairsWithin(3));
        QCOMPARE(PerceptualHashIndex().pairsWithin(10), Pairs{});
    }

    void sameAsBruteForce_data()
    {
        QTest::addColumn<int>("radius");
        for (const int r : {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
            QTest::addRow("r=%d", r) << r;
    }

    void sameAsBruteForce()
    {
        QFETCH(int, radius);
        Pairs expected;
        for (const auto& [a, b] : m_bruteMax) {
            if (std::popcount(m_hashes[a] ^ m_hashes[b]) <= radius)
                expected.push_back({a, b});
        }
        const PerceptualHashIndex index = indexOf(m_hashes);
        QElapsedTimer t;
        t.start();
        const Pairs found = index.pairsWithin(radius);
        const qint64 ms = t.elapsed();
        QVERIFY(expected.size() > 50);  // the planted pairs are there
        QCOMPARE(found.size(), expected.size());
        QCOMPARE(found, expected);
        for (const auto& [a, b] : found)
            QVERIFY(index.distance(a, b) <= radius);
        if (radius == 4 || radius == 8 || radius == 10)
            qInfo("r=%d: %zu pairs in %lld ms", radius, found.size(), ms);

        // within() against a linear scan, for planted and random queries.
        std::mt19937_64 rng{quint64(radius)};
        for (int q = 0; q < 100; ++q) {
            const quint64 query = q % 2 ? rng() : atDistance(m_hashes[std::size_t(q) * 97], radius / 2, rng);
            std::vector<quint32> linear;
            for (std::size_t i = 0; i < m_hashes.size(); ++i) {
                if (std::popcount(query ^ m_hashes[i]) <= radius)
                    linear.push_back(quint32(i));
            }
            QCOMPARE(index.within(query, radius), linear);
        }

        // The connecting subset has the same components.
        const Pairs links = index.connectingPairsWithin(radius);
        QVERIFY(std::includes(found.begin(), found.end(), links.begin(), links.end()));
        const auto groups = DuplicateGrouper::group(m_hashes.size(), found);
        const auto linkGroups = DuplicateGrouper::group(m_hashes.size(), links);
        QCOMPARE(linkGroups.size(), groups.size());
        for (std::size_t g = 0; g < groups.size(); ++g)
            QCOMPARE(linkGroups[g].members, groups[g].members);
    }

    void massDuplicates()
    {
        PerceptualHashIndex index;
        const int copies = 2000;
        for (int i = 0; i < copies; ++i)
            index.add(quint32(i), 0x0);  // all-black images
        index.add(5000, 0x7);            // distance 3
        index.add(5001, 0xFFFF);         // distance 16
        QCOMPARE(index.pairsWithin(3).size(), std::size_t(copies * (copies - 1) / 2 + copies));
        const Pairs links = index.connectingPairsWithin(3);
        QCOMPARE(links.size(), std::size_t(copies - 1 + 1));
        QCOMPARE(links.back(), (std::pair<quint32, quint32>{0, 5000}));
        QCOMPARE(index.within(0x1, 2).size(), std::size_t(copies + 1));
    }

    // One million hashes: 999,000 random ones plus 1,000 planted near pairs. Timings are printed, not asserted.
    void oneMillion()
    {
        const std::size_t n = 1000000;
        std::mt19937_64 rng(2024);
        std::vector<quint64> hashes(n);
        for (auto& h : hashes)
            h = rng();
        std::vector<std::pair<quint32, quint32>> planted;
        std::uniform_int_distribution<int> distance(0, 10);
        for (quint32 p = 0; p < 1000; ++p) {
            const quint32 a = p * 997;
            const quint32 b = p * 997 + 500;
            hashes[b] = atDistance(hashes[a], distance(rng), rng);
            planted.emplace_back(a, b);
        }

        QElapsedTimer t;
        t.start();
        PerceptualHashIndex index = indexOf(hashes);
        QCOMPARE(index.within(hashes[0], 0).front(), 0u);  // forces the build
        const qint64 buildMs = t.elapsed();
        for (const int radius : {4, 10}) {
            t.restart();
            const Pairs found = index.pairsWithin(radius);
            qInfo("1M hashes, r=%d: build %lld ms, pairsWithin %lld ms, %zu pairs", radius, buildMs, t.elapsed(),
                  found.size());
            for (const auto& p : planted) {
                if (std::popcount(hashes[p.first] ^ hashes[p.second]) <= radius)
                    QVERIFY(std::binary_search(found.begin(), found.end(), p));
            }
            for (const auto& [a, b] : found)
                QVERIFY(std::popcount(hashes[a] ^ hashes[b]) <= radius);
            if (radius != 10)
                continue;
            // Exactness on a sample: each sampled item's partners equal a linear scan of all 1M.
            t.restart();
            for (quint32 q = 0; q < 30; ++q) {
                const quint32 id = q * 33331 + (q % 2 ? 0 : 500);
                std::vector<quint32> linear;
                for (std::size_t i = 0; i < n; ++i) {
                    if (i != id && std::popcount(hashes[id] ^ hashes[i]) <= radius)
                        linear.push_back(quint32(i));
                }
                std::vector<quint32> fromPairs;
                for (const auto& [a, b] : found) {
                    if (a == id)
                        fromPairs.push_back(b);
                    else if (b == id)
                        fromPairs.push_back(a);
                }
                std::sort(fromPairs.begin(), fromPairs.end());
                QCOMPARE(fromPairs, linear);
            }
            t.restart();
            std::size_t hits = 0;
            for (quint32 q = 0; q < 1000; ++q)
                hits += index.within(hashes[q * 991], radius).size();
            qInfo("1M hashes, r=%d: within() %.1f us per query (%zu hits)", radius, double(t.nsecsElapsed()) / 1e6,
                  hits);
        }
    }
};

QTEST_GUILESS_MAIN(TestPhashIndex)
#include "test_phash_index.moc"
