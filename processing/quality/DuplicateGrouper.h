#pragma once

#include "lockstep_processing_export.h"

#include <QByteArray>
#include <QtGlobal>
#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace lockstep {

struct DuplicateGroup {
    std::vector<quint32> members;  // ascending, at least two
    quint32 keeper = 0;            // the member to keep; the others are the duplicates
};

// Turns duplicate pairs (or equal keys) into groups. Items are the ids 0..n-1. Pure and thread-safe.
class LOCKSTEP_PROCESSING_EXPORT DuplicateGrouper {
public:
    // True when a is a better keeper than b (e.g. higher resolution, longer text). The keeper is the member
    // that no other member beats, scanning members in ascending id order: ties keep the smallest id, and an
    // empty callback keeps the smallest id ("first").
    using BetterKeeper = std::function<bool(quint32 a, quint32 b)>;

    // Connected components of the pair graph (union-find, so a~b and b~c give {a,b,c}), singletons left out.
    // Groups are sorted by their smallest member. Throws std::out_of_range for an id >= n (a programmer error).
    static std::vector<DuplicateGroup> group(std::size_t n, const std::vector<std::pair<quint32, quint32>>& pairs,
                                             const BetterKeeper& betterKeeper = {});

    // Items with equal, non-empty keys (content hashes; keys[i] belongs to id i). Same ordering rules.
    static std::vector<DuplicateGroup> groupEqualKeys(const std::vector<QByteArray>& keys,
                                                      const BetterKeeper& betterKeeper = {});

    static quint32 chooseKeeper(const std::vector<quint32>& members, const BetterKeeper& betterKeeper);
};

}  // namespace lockstep
