#pragma once

#include "lockstep_processing_export.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <array>
#include <vector>

namespace lockstep {

// A 128-value MinHash signature of a text's shingle set, for near-duplicate search at Jaccard >= 0.85
// (Lilac's definition: n-gram MinHash + LSH).
//
// Shingles are taken from the *normalised* text (TextMetricsCalculator::normalise: NFKC, case-folded,
// whitespace collapsed). Tokens are runs of letters, digits and marks; punctuation, symbols and whitespace
// separate them, and every Han / Hiragana / Katakana code point is a token of its own (so CJK text without
// spaces is shingled by characters, and mixed texts shingle consistently). Texts with >= 3 tokens use token
// 3-grams; shorter texts fall back to character 5-grams of the whole normalised string (a text shorter than
// 5 code points is one shingle). An empty text has no shingles and an empty signature.
//
// Each shingle is hashed once to 64 bits (FNV-1a per token, splitmix64-mixed); permutation i maps that hash to
// the upper 32 bits of (a_i h + b_i) mod 2^64 with fixed odd a_i (a bijection per permutation, as datasketch's
// (a h + b) mod p). Signature value i is the minimum over all shingles. About 25 us for a 200-word text
// (AVX2 clone of the hot loop; ~2x that without AVX2). Pure and thread-safe.
class LOCKSTEP_PROCESSING_EXPORT MinHashSignature {
public:
    static constexpr int kPermutations = 128;
    using Values = std::array<quint32, kPermutations>;

    MinHashSignature();

    static MinHashSignature compute(const QString& normalisedText);
    static MinHashSignature fromShingles(const std::vector<quint64>& shingleHashes);
    // The 64-bit shingle hashes of a normalised text, sorted and unique (exposed for tests and exact Jaccard).
    static std::vector<quint64> shingles(const QString& normalisedText);
    // Fraction of equal values: an unbiased estimate of the Jaccard similarity of the shingle sets
    // (standard deviation sqrt(J(1-J)/128), 0.044 at worst). 0 when either signature is empty.
    static double estimatedJaccard(const MinHashSignature& a, const MinHashSignature& b);

    bool isEmpty() const { return m_empty; }
    const Values& values() const { return m_values; }

    // 512 bytes, little-endian (empty for an empty signature), for the metric cache.
    QByteArray toBytes() const;
    static MinHashSignature fromBytes(const QByteArray& bytes);

    friend bool operator==(const MinHashSignature& a, const MinHashSignature& b)
    {
        return a.m_empty == b.m_empty && a.m_values == b.m_values;
    }

private:
    Values m_values;
    bool m_empty = true;
};

}  // namespace lockstep
