#pragma once

// Which code path the image metrics' hot loops take. Auto takes AVX2 where the CPU has it (checked once at run
// time; the module itself is built for baseline x86-64 and only the AVX2 functions carry a target attribute).
// Both paths give the same results to the last bit; Baseline (SSE2 and scalar) is there for the tests that say
// so, for the benchmark, and for CPUs without AVX2.
namespace lockstep {

enum class SimdPath { Auto, Baseline, Avx2 };

inline bool cpuHasAvx2()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    static const bool has = __builtin_cpu_supports("avx2");
    return has;
#else
    return false;
#endif
}

// Whether `path` runs the AVX2 code here (Avx2 on a CPU without it runs the baseline path).
inline bool runsAvx2(SimdPath path)
{
    return path != SimdPath::Baseline && cpuHasAvx2();
}

}  // namespace lockstep
