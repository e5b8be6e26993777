#include "quality/MinHashSignature.h"
#include "quality/HashMix.h"

#include "quality/TextMetricsCalculator.h"

#include <QChar>
#include <QtEndian>
#include <algorithm>
#include <limits>

namespace lockstep {

namespace {

// Permutation i maps a (well-mixed) 64-bit shingle hash h to the upper 32 bits of a_i h + b_i (mod 2^64), a_i odd:
// a bijection of the 64-bit space per permutation (multiply-add-shift, as datasketch's (a h + b) mod p). Fixed
// seeds, so signatures are comparable across runs and machines.
struct PermutationSeeds {
    std::array<quint64, MinHashSignature::kPermutations> a{};
    std::array<quint64, MinHashSignature::kPermutations> b{};
};

constexpr PermutationSeeds makeSeeds()
{
    PermutationSeeds seeds;
    quint64 state = 0x4C6F636B73746570ULL;  // "Lockstep"
    for (int i = 0; i < MinHashSignature::kPermutations; ++i) {
        state += 0x9E3779B97F4A7C15ULL;
        seeds.a[std::size_t(i)] = mix64(state) | 1u;
        state += 0x9E3779B97F4A7C15ULL;
        seeds.b[std::size_t(i)] = mix64(state);
    }
    return seeds;
}

constexpr PermutationSeeds kSeeds = makeSeeds();
constexpr quint64 kWordShingleSeed = 0x5750524453484E47ULL;
constexpr quint64 kCharShingleSeed = 0x4348415253484E47ULL;
constexpr int kWordGram = 3;
constexpr int kCharGram = 5;

bool isTokenChar(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9') || (cp >= U'A' && cp <= U'Z');
    switch (QChar::category(cp)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing: return true;
    default: return false;
    }
}

std::vector<char32_t> codePoints(const QString& text)
{
    std::vector<char32_t> out;
    out.reserve(std::size_t(text.size()));
    const QChar* p = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = p[i].unicode();
        if (p[i].isHighSurrogate() && i + 1 < n && p[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(p[i], p[i + 1]);
            ++i;
        }
        out.push_back(cp);
    }
    return out;
}

std::vector<quint64> shingleHashes(const QString& normalisedText)
{
    const std::vector<char32_t> cps = codePoints(normalisedText);

    // Tokens as 64-bit hashes (FNV-1a over code points, then mixed).
    std::vector<quint64> tokens;
    quint64 h = 0;
    bool inToken = false;
    auto endToken = [&] {
        if (inToken)
            tokens.push_back(mix64(h));
        inToken = false;
    };
    for (const char32_t cp : cps) {
        if (TextMetricsCalculator::isCjkWordChar(cp)) {
            endToken();
            tokens.push_back(mix64((0xCBF29CE484222325ULL ^ cp) * 0x100000001B3ULL));
        } else if (isTokenChar(cp)) {
            if (!inToken) {
                h = 0xCBF29CE484222325ULL;
                inToken = true;
            }
            h = (h ^ cp) * 0x100000001B3ULL;
        } else {
            endToken();
        }
    }
    endToken();

    std::vector<quint64> out;
    if (tokens.size() >= std::size_t(kWordGram)) {
        out.reserve(tokens.size() - kWordGram + 1);
        for (std::size_t i = 0; i + kWordGram <= tokens.size(); ++i) {
            quint64 s = mix64(kWordShingleSeed ^ tokens[i]);
            s = mix64(s ^ tokens[i + 1]);
            s = mix64(s ^ tokens[i + 2]);
            out.push_back(s);
        }
    } else if (!cps.empty()) {
        const std::size_t gram = std::min<std::size_t>(kCharGram, cps.size());
        out.reserve(cps.size() - gram + 1);
        for (std::size_t i = 0; i + gram <= cps.size(); ++i) {
            quint64 s = kCharShingleSeed;
            for (std::size_t k = 0; k < gram; ++k)
                s = mix64(s ^ cps[i + k]);
            out.push_back(s);
        }
    }
    return out;
}

// The hot loop (128 multiply-adds per shingle), cloned for AVX2 (4 lanes) where the CPU has it.
__attribute__((target_clones("avx2", "default"))) void minimise(const quint64* shingles, std::size_t count,
                                                                quint32* values)
{
    for (std::size_t k = 0; k < count; ++k) {
        const quint64 s = shingles[k];
        for (int i = 0; i < MinHashSignature::kPermutations; ++i) {
            const auto v = quint32((kSeeds.a[std::size_t(i)] * s + kSeeds.b[std::size_t(i)]) >> 32);
            values[i] = std::min(values[i], v);
        }
    }
}

}  // namespace

MinHashSignature::MinHashSignature()
{
    m_values.fill(std::numeric_limits<quint32>::max());
}

std::vector<quint64> MinHashSignature::shingles(const QString& normalisedText)
{
    std::vector<quint64> out = shingleHashes(normalisedText);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

MinHashSignature MinHashSignature::fromShingles(const std::vector<quint64>& hashes)
{
    MinHashSignature sig;
    if (hashes.empty())
        return sig;
    sig.m_empty = false;
    minimise(hashes.data(), hashes.size(), sig.m_values.data());
    return sig;
}

MinHashSignature MinHashSignature::compute(const QString& normalisedText)
{
    // Repeated shingles do not change a minimum: no need to sort them out.
    return fromShingles(shingleHashes(normalisedText));
}

double MinHashSignature::estimatedJaccard(const MinHashSignature& a, const MinHashSignature& b)
{
    if (a.m_empty || b.m_empty)
        return 0.0;
    int equal = 0;
    for (int i = 0; i < kPermutations; ++i)
        equal += a.m_values[std::size_t(i)] == b.m_values[std::size_t(i)] ? 1 : 0;
    return double(equal) / kPermutations;
}

QByteArray MinHashSignature::toBytes() const
{
    if (m_empty)
        return {};
    QByteArray out(kPermutations * 4, Qt::Uninitialized);
    for (int i = 0; i < kPermutations; ++i)
        qToLittleEndian(m_values[std::size_t(i)], out.data() + 4 * i);
    return out;
}

MinHashSignature MinHashSignature::fromBytes(const QByteArray& bytes)
{
    MinHashSignature sig;
    if (bytes.size() != kPermutations * 4)
        return sig;
    sig.m_empty = false;
    for (int i = 0; i < kPermutations; ++i)
        sig.m_values[std::size_t(i)] = qFromLittleEndian<quint32>(bytes.constData() + 4 * i);
    return sig;
}

}  // namespace lockstep
