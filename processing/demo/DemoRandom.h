#pragma once

// Private to the demo generator: a seeded random source whose output is the same on every platform and
// standard library. std::mt19937's raw output is fixed by the standard; the std::*_distribution classes
// are not, so every float, integer and Gaussian value is derived here from the raw 32-bit words.

#include <cmath>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace lockstep::demo {

class Rng {
public:
    // One independent stream per (seed, purpose, index): the content of a sample never depends on how many
    // numbers another sample consumed, so planting a problem on one sample leaves the others unchanged.
    Rng(std::uint32_t seed, std::uint64_t purpose, std::uint64_t index)
        : m_engine(static_cast<std::uint32_t>(
              mix(mix(mix(seed) ^ (purpose * 0x9E3779B97F4A7C15ull)) ^ (index * 0xD1B54A32D192ED03ull)) >> 32))
    {}

    std::uint32_t bits() { return static_cast<std::uint32_t>(m_engine()); }

    // Uniform in [0, 1) with 53 random bits.
    double uniform()
    {
        const std::uint64_t a = bits() >> 5;  // 27 bits
        const std::uint64_t b = bits() >> 6;  // 26 bits
        return (static_cast<double>(a) * 67108864.0 + static_cast<double>(b)) * (1.0 / 9007199254740992.0);
    }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

    // Uniform integer in [lo, hi] (multiply-shift; the bias is far below anything visible).
    int range(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        const std::uint64_t span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo) + 1;
        return lo + static_cast<int>((static_cast<std::uint64_t>(bits()) * span) >> 32);
    }

    bool chance(double p) { return uniform() < p; }

    // Standard normal (Box-Muller, one value per call).
    double gauss()
    {
        double u1 = uniform();
        if (u1 < 1e-300)
            u1 = 1e-300;
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

    // Cheap symmetric noise in [-1, 1] (triangular), for per-pixel and per-sample texture.
    double tri()
    {
        const std::uint32_t w = bits();
        return (static_cast<double>(w & 0xFFFFu) + static_cast<double>(w >> 16)) / 65535.0 - 1.0;
    }

    template <typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(range(0, static_cast<int>(items.size()) - 1))];
    }

    // Fisher-Yates with our own integers.
    template <typename Container>
    void shuffle(Container& items)
    {
        for (int i = static_cast<int>(items.size()) - 1; i > 0; --i) {
            const int j = range(0, i);
            using std::swap;
            swap(items[i], items[j]);
        }
    }

private:
    static std::uint64_t mix(std::uint64_t z)  // splitmix64 finaliser
    {
        z += 0x9E3779B97F4A7C15ull;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::mt19937 m_engine;
};

// Purposes of the independent streams.
enum Purpose : std::uint64_t {
    kPlan = 1,
    kImage = 2,
    kAudio = 3,
    kText = 4,
    kRecording = 5,
    kRecordingAudio = 6,
    kRecordingFrames = 7,
    kRecordingSensor = 8,
    kSampleSpec = 9,
};

}  // namespace lockstep::demo
