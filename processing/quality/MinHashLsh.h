#pragma once

#include "lockstep_processing_export.h"
#include "quality/MinHashSignature.h"

#include <QtGlobal>
#include <cstddef>
#include <utility>
#include <vector>

namespace lockstep {

// Locality-sensitive hashing over MinHash signatures: finds text near duplicates (Jaccard >= 0.85) without
// comparing all pairs.
//
// Banding: 16 bands x 8 rows (all 128 values). Two texts become candidates when all 8 values of at least one
// band agree, which happens with probability P(J) = 1 - (1 - J^8)^16 (the S-curve, threshold ~ (1/16)^(1/8)
// = 0.71):
//     J = 0.50: 6.1%   0.70: 61%   0.80: 94.7%   0.85: 99.38%   0.90: 99.988%   0.95: ~100%
// so a pair at the target 0.85 is missed by banding 0.6% of the time, while unrelated text rarely collides.
// Candidates are then kept when their signature-estimated Jaccard (equal values / 128) is >= threshold. That
// estimate has a standard deviation of sqrt(J(1-J)/128) (0.032 at J = 0.85), so pairs whose true J is right at
// the threshold pass about half the time; pairs at J >= 0.9 pass ~98% at worst (J = 0.9) and more above.
//
// Memory: the low 16 bits of each value are kept (256 bytes per text; an unequal value pair collides with
// probability 2^-16, biasing the estimate by at most (1-J)/65536). Identical signatures are collapsed first, so
// thousands of copies of one text cost O(copies), not O(copies^2). Empty signatures are ignored by add().
// add() must not run concurrently with the const members; the const members are thread-safe.
class LOCKSTEP_PROCESSING_EXPORT MinHashLsh {
public:
    static constexpr int kBands = 16;
    static constexpr int kRows = 8;
    static_assert(kBands * kRows == MinHashSignature::kPermutations);

    void reserve(std::size_t n);
    void add(quint32 id, const MinHashSignature& signature);
    std::size_t size() const { return m_ids.size(); }

    // Pairs {a, b} (a < b), sorted, that share a band and whose estimated Jaccard is >= threshold
    // (threshold <= 0: every banding candidate).
    std::vector<std::pair<quint32, quint32>> candidatePairs(double threshold = 0.85) const;
    // A subset of candidatePairs with the same connected components (identical signatures linked as a star
    // to their smallest id, one link per pair of distinct signatures): feed this to DuplicateGrouper::group.
    std::vector<std::pair<quint32, quint32>> connectingPairs(double threshold = 0.85) const;

    // P(J) above: the probability that a pair with Jaccard J shares at least one band.
    static double collisionProbability(double jaccard);

private:
    struct Classes;
    Classes classes() const;
    std::vector<std::pair<quint32, quint32>> classPairs(const Classes& c, double threshold) const;
    const quint16* valuesOf(std::size_t item) const { return m_values.data() + item * MinHashSignature::kPermutations; }

    std::vector<quint32> m_ids;
    std::vector<quint16> m_values;  // kPermutations per item
};

}  // namespace lockstep
