#pragma once

#include <chrono>
#include <cmath>
#include <cstdint>

namespace lockstep {

// Time on every timeline is an integer count of microseconds. One strong type, one conversion helper:
// doubles appear only at the edges (parsing "12.5" seconds, showing a value), never in stored data.
using Micros = std::chrono::microseconds;

inline Micros microsFromSeconds(double seconds)
{
    return Micros{static_cast<std::int64_t>(std::llround(seconds * 1e6))};
}

inline double secondsFromMicros(Micros t)
{
    return static_cast<double>(t.count()) / 1e6;
}

}  // namespace lockstep
