#include "quality/FftwRealFft.h"

#include <fftw3.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <mutex>
#include <new>
#include <stdexcept>

namespace lockstep {

namespace {

// One plan per size for the process; plans are immutable once made and fftwf_execute_dft_r2c on them is
// thread-safe. They live until exit (a handful of sizes at most).
fftwf_plan planFor(int n)
{
    static std::mutex mutex;
    static std::map<int, fftwf_plan> plans;
    std::lock_guard lock(mutex);
    if (const auto it = plans.find(n); it != plans.end())
        return it->second;
    // Planned on buffers from fftwf_malloc, the alignment every instance's buffers have too (new-array execute
    // requires it). FFTW_ESTIMATE does not touch the arrays and chooses the same algorithm on every run.
    float* in = fftwf_alloc_real(std::size_t(n));
    fftwf_complex* out = fftwf_alloc_complex(std::size_t(n / 2 + 1));
    const fftwf_plan plan = in && out ? fftwf_plan_dft_r2c_1d(n, in, out, FFTW_ESTIMATE) : nullptr;
    fftwf_free(in);
    fftwf_free(out);
    if (!plan)
        throw std::bad_alloc();
    plans.emplace(n, plan);
    return plan;
}

}  // namespace

FftwRealFft::FftwRealFft(int n) : m_size(n)
{
    if (n < 2 || n % 2 != 0)
        throw std::invalid_argument("FftwRealFft: the size must be even and at least 2");
    m_plan = planFor(n);
    m_in = fftwf_alloc_real(std::size_t(n));
    m_out = reinterpret_cast<std::complex<float>*>(fftwf_alloc_complex(std::size_t(bins())));
    if (!m_in || !m_out) {
        fftwf_free(m_in);
        fftwf_free(m_out);
        throw std::bad_alloc();
    }
}

FftwRealFft::~FftwRealFft()
{
    fftwf_free(m_in);
    fftwf_free(m_out);
}

void FftwRealFft::transform(const float* in, std::complex<float>* out)
{
    const auto aligned = [](const void* p) { return reinterpret_cast<std::uintptr_t>(p) % kAlignment == 0; };
    // New-array execution needs arrays aligned as the plan's were (fftwf_malloc's, at most kAlignment): 64-byte
    // aligned ones are, whatever SIMD width FFTW was built for. r2c leaves its input as it was.
    if (aligned(in) && aligned(out)) {
        fftwf_execute_dft_r2c(static_cast<fftwf_plan>(m_plan), const_cast<float*>(in),
                              reinterpret_cast<fftwf_complex*>(out));
        return;
    }
    // Otherwise through the aligned buffers: the copies in and out were ~3 % of the spectral pass's instructions,
    // and they free callers from FFTW's alignment rule.
    std::copy(in, in + m_size, m_in);
    fftwf_execute_dft_r2c(static_cast<fftwf_plan>(m_plan), m_in, reinterpret_cast<fftwf_complex*>(m_out));
    std::copy(m_out, m_out + bins(), out);
}

}  // namespace lockstep
