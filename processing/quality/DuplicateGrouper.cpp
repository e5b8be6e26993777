#include "quality/DuplicateGrouper.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace lockstep {

namespace {

class UnionFind {
public:
    explicit UnionFind(std::size_t n) : m_parent(n), m_size(n, 1) { std::iota(m_parent.begin(), m_parent.end(), 0u); }

    quint32 find(quint32 x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];  // path halving
            x = m_parent[x];
        }
        return x;
    }

    void unite(quint32 a, quint32 b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size[a] < m_size[b])
            std::swap(a, b);
        m_parent[b] = a;
        m_size[a] += m_size[b];
    }

    quint32 sizeOf(quint32 x) { return m_size[find(x)]; }

private:
    std::vector<quint32> m_parent;
    std::vector<quint32> m_size;
};

}  // namespace

quint32 DuplicateGrouper::chooseKeeper(const std::vector<quint32>& members, const BetterKeeper& betterKeeper)
{
    if (members.empty())
        return 0;
    quint32 keeper = members.front();
    if (!betterKeeper)
        return keeper;
    for (std::size_t i = 1; i < members.size(); ++i) {
        if (betterKeeper(members[i], keeper))
            keeper = members[i];
    }
    return keeper;
}

std::vector<DuplicateGroup> DuplicateGrouper::group(std::size_t n,
                                                    const std::vector<std::pair<quint32, quint32>>& pairs,
                                                    const BetterKeeper& betterKeeper)
{
    UnionFind uf(n);
    for (const auto& [a, b] : pairs) {
        if (a >= n || b >= n)
            throw std::out_of_range("DuplicateGrouper::group: pair id out of range");
        uf.unite(a, b);
    }

    std::vector<DuplicateGroup> groups;
    std::vector<qint64> groupOfRoot(n, -1);
    // Ascending ids: a group is created at its smallest member and filled in ascending order.
    for (quint32 i = 0; i < n; ++i) {
        if (uf.sizeOf(i) < 2)
            continue;
        const quint32 root = uf.find(i);
        if (groupOfRoot[root] < 0) {
            groupOfRoot[root] = qint64(groups.size());
            groups.emplace_back();
            groups.back().members.reserve(uf.sizeOf(root));
        }
        groups[std::size_t(groupOfRoot[root])].members.push_back(i);
    }
    for (auto& g : groups)
        g.keeper = chooseKeeper(g.members, betterKeeper);
    return groups;
}

std::vector<DuplicateGroup> DuplicateGrouper::groupEqualKeys(const std::vector<QByteArray>& keys,
                                                             const BetterKeeper& betterKeeper)
{
    std::vector<quint32> order;
    order.reserve(keys.size());
    for (quint32 i = 0; i < keys.size(); ++i) {
        if (!keys[i].isEmpty())
            order.push_back(i);
    }
    // Stable: equal keys stay in ascending id order.
    std::stable_sort(order.begin(), order.end(), [&keys](quint32 a, quint32 b) { return keys[a] < keys[b]; });

    std::vector<DuplicateGroup> groups;
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i + 1;
        while (j < order.size() && keys[order[j]] == keys[order[i]])
            ++j;
        if (j - i >= 2) {
            DuplicateGroup g;
            g.members.assign(order.begin() + std::ptrdiff_t(i), order.begin() + std::ptrdiff_t(j));
            groups.push_back(std::move(g));
        }
        i = j;
    }
    std::sort(groups.begin(), groups.end(),
              [](const DuplicateGroup& a, const DuplicateGroup& b) { return a.members.front() < b.members.front(); });
    for (auto& g : groups)
        g.keeper = chooseKeeper(g.members, betterKeeper);
    return groups;
}

}  // namespace lockstep
