#pragma once

#include <QtGlobal>

namespace lockstep {

// SplitMix64's finaliser: spreads every input bit over the whole 64-bit result. Used to derive MinHash
// permutations and LSH band keys from already-hashed values.
constexpr quint64 mix64(quint64 x)
{
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return x;
}

}  // namespace lockstep
