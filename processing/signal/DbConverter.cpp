#include "signal/DbConverter.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace lockstep {

namespace {

// log10 of a positive normal float to ~1.4e-6 absolute (glibc's log10f is several times slower, does not
// vectorise, and this runs on every value of an hour-long spectrogram). As musl's logf: x = m * 2^e with m in
// [sqrt(1/2), sqrt(2)) by integer arithmetic, then ln m from the atanh series 2 (s + s^3/3 + ... + s^9/9),
// s = (m - 1) / (m + 1), |s| <= 0.172. Branch-free, so the loop vectorises.
inline float log10Positive(float x)
{
    std::uint32_t bits = std::bit_cast<std::uint32_t>(x) + (0x3f800000u - 0x3f3504f3u);
    const int exponent = int(bits >> 23) - 0x7f;
    bits = (bits & 0x007fffffu) + 0x3f3504f3u;
    const float m = std::bit_cast<float>(bits);
    const float s = (m - 1.0f) / (m + 1.0f);
    const float s2 = s * s;
    const float lnM = 2.0f * s * (1.0f + s2 * (1.0f / 3.0f + s2 * (0.2f + s2 * (1.0f / 7.0f + s2 * (1.0f / 9.0f)))));
    constexpr float kLn2 = 0.693147180559945f;
    constexpr float kInvLn10 = 0.434294481903252f;
    return (float(exponent) * kLn2 + lnM) * kInvLn10;
}

}  // namespace

DbConverter::DbConverter(const DbOptions& options) : m_options(options) {}

void DbConverter::toDb(float* values, qint64 count) const
{
    const float multiplier = float(m_options.multiplier);
    // amin keeps the argument positive; below the smallest normal float the exact log10f is used.
    const float amin = float(m_options.amin);
    if (amin < std::numeric_limits<float>::min()) {
        for (qint64 i = 0; i < count; ++i)
            values[i] = multiplier * std::log10(std::max(values[i], amin));
        return;
    }
    for (qint64 i = 0; i < count; ++i)
        values[i] = multiplier * log10Positive(std::max(values[i], amin));
}

void DbConverter::clamp(float* values, qint64 count, float maxDb) const
{
    if (!m_options.topDb)
        return;
    const float floor = maxDb - float(*m_options.topDb);
    for (qint64 i = 0; i < count; ++i)
        values[i] = std::max(values[i], floor);
}

float DbConverter::maxOf(const float* values, qint64 count)
{
    float top = -std::numeric_limits<float>::infinity();
    for (qint64 i = 0; i < count; ++i)
        top = std::max(top, values[i]);
    return top;
}

}  // namespace lockstep
