#include "quality/DuplicateGrouper.h"

#include <QtTest>
#include <random>
#include <stdexcept>

using lockstep::DuplicateGroup;
using lockstep::DuplicateGrouper;
using Members = std::vector<quint32>;

class TestDuplicateGrouper : public QObject {
    Q_OBJECT

private slots:
    void transitivity()
    {
        // 1~2, 2~3 -> {1,2,3}; 7~5 -> {5,7}; 0, 4, 6, 8, 9 alone.
        const auto groups = DuplicateGrouper::group(10, {{2, 3}, {7, 5}, {1, 2}});
        QCOMPARE(groups.size(), std::size_t(2));
        QCOMPARE(groups[0].members, (Members{1, 2, 3}));
        QCOMPARE(groups[1].members, (Members{5, 7}));
        QCOMPARE(groups[0].keeper, 1u);  // no callback: the first (smallest) id
        QCOMPARE(groups[1].keeper, 5u);
    }

    void longChainIsOneGroup()
    {
        std::vector<std::pair<quint32, quint32>> pairs;
        for (quint32 i = 0; i + 1 < 1000; ++i)
            pairs.emplace_back(999 - i, 998 - i);
        const auto groups = DuplicateGrouper::group(1000, pairs);
        QCOMPARE(groups.size(), std::size_t(1));
        QCOMPARE(groups[0].members.size(), std::size_t(1000));
        QVERIFY(std::is_sorted(groups[0].members.begin(), groups[0].members.end()));
    }

    void groupsSortedBySmallestMember()
    {
        const auto groups = DuplicateGrouper::group(20, {{19, 4}, {0, 15}, {8, 9}, {15, 16}, {2, 19}});
        QCOMPARE(groups.size(), std::size_t(3));
        QCOMPARE(groups[0].members, (Members{0, 15, 16}));
        QCOMPARE(groups[1].members, (Members{2, 4, 19}));
        QCOMPARE(groups[2].members, (Members{8, 9}));
    }

    void repeatedAndSelfPairs()
    {
        const auto groups = DuplicateGrouper::group(5, {{1, 1}, {3, 4}, {4, 3}, {3, 4}});
        QCOMPARE(groups.size(), std::size_t(1));
        QCOMPARE(groups[0].members, (Members{3, 4}));
        QVERIFY(DuplicateGrouper::group(0, {}).empty());
    }

    void outOfRangeThrows() { QVERIFY_THROWS_EXCEPTION(std::out_of_range, DuplicateGrouper::group(3, {{0, 3}})); }

    void keeperChoice()
    {
        // "Prefer highest resolution", ties: first.
        const std::vector<int> pixels = {100, 400, 400, 50, 900, 10};
        const auto higherResolution = [&pixels](quint32 a, quint32 b) { return pixels[a] > pixels[b]; };
        auto groups = DuplicateGrouper::group(6, {{0, 1}, {1, 2}, {3, 4}, {4, 5}}, higherResolution);
        QCOMPARE(groups.size(), std::size_t(2));
        QCOMPARE(groups[0].keeper, 1u);  // 400 at 1 and 2: the first wins the tie
        QCOMPARE(groups[1].keeper, 4u);
        // "Prefer longest" with a different measure picks differently.
        const std::vector<int> length = {5, 1, 7, 3, 3, 3};
        groups = DuplicateGrouper::group(6, {{0, 1}, {1, 2}, {3, 4}, {4, 5}},
                                         [&length](quint32 a, quint32 b) { return length[a] > length[b]; });
        QCOMPARE(groups[0].keeper, 2u);
        QCOMPARE(groups[1].keeper, 3u);  // all equal: first
    }

    void equalKeys()
    {
        const std::vector<QByteArray> keys = {"a", "b", "a", "", "", "b", "c", "b", QByteArray()};
        const auto groups = DuplicateGrouper::groupEqualKeys(keys);
        QCOMPARE(groups.size(), std::size_t(2));  // empty keys are not duplicates of each other
        QCOMPARE(groups[0].members, (Members{0, 2}));
        QCOMPARE(groups[1].members, (Members{1, 5, 7}));
        QCOMPARE(groups[1].keeper, 1u);
        const auto preferLast = DuplicateGrouper::groupEqualKeys(keys, [](quint32 a, quint32 b) { return a > b; });
        QCOMPARE(preferLast[0].keeper, 2u);
        QCOMPARE(preferLast[1].keeper, 7u);
        QVERIFY(DuplicateGrouper::groupEqualKeys({}).empty());
        // Binary keys with embedded zero bytes compare in full.
        const std::vector<QByteArray> binary = {QByteArray("\0a", 2), QByteArray("\0b", 2), QByteArray("\0a", 2)};
        QCOMPARE(DuplicateGrouper::groupEqualKeys(binary).size(), std::size_t(1));
    }

    // Union-find against a breadth-first search on a random sparse graph.
    void matchesBreadthFirstComponents()
    {
        const std::size_t n = 3000;
        std::mt19937 rng(42);
        std::uniform_int_distribution<quint32> pick(0, quint32(n) - 1);
        std::vector<std::pair<quint32, quint32>> pairs;
        std::vector<std::vector<quint32>> adjacency(n);
        for (int e = 0; e < 1800; ++e) {
            const quint32 a = pick(rng), b = pick(rng);
            pairs.emplace_back(a, b);
            adjacency[a].push_back(b);
            adjacency[b].push_back(a);
        }
        std::vector<Members> expected;
        std::vector<bool> seen(n, false);
        for (quint32 s = 0; s < n; ++s) {
            if (seen[s])
                continue;
            Members component{s};
            seen[s] = true;
            for (std::size_t k = 0; k < component.size(); ++k) {
                for (const quint32 t : adjacency[component[k]]) {
                    if (!seen[t]) {
                        seen[t] = true;
                        component.push_back(t);
                    }
                }
            }
            std::sort(component.begin(), component.end());
            if (component.size() >= 2)
                expected.push_back(component);
        }
        const auto groups = DuplicateGrouper::group(n, pairs);
        QCOMPARE(groups.size(), expected.size());
        for (std::size_t g = 0; g < groups.size(); ++g)
            QCOMPARE(groups[g].members, expected[g]);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateGrouper)
#include "test_duplicate_grouper.moc"
