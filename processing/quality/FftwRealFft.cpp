#include "quality/FftwRealFft.h"

#include <fftw3.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <mutex>
#include <new>
#include <stdexcept>
#include <utility>

namespace lockstep {

namespace {

enum class PlanKind { RealToComplex, SplitComplex };

// A plan made on buffers from fftwf_malloc, the alignment every instance's buffers have too (new-array execute
// requires it). FFTW_ESTIMATE does not touch the arrays and chooses the same algorithm on every run.
fftwf_plan makePlan(PlanKind kind, int n)
{
    if (kind == PlanKind::RealToComplex) {
        float* in = fftwf_alloc_real(std::size_t(n));
        fftwf_complex* out = fftwf_alloc_complex(std::size_t(n / 2 + 1));
        const fftwf_plan plan = in && out ? fftwf_plan_dft_r2c_1d(n, in, out, FFTW_ESTIMATE) : nullptr;
        fftwf_free(in);
        fftwf_free(out);
        return plan;
    }
    // The complex transform of size n on split arrays (real and imaginary parts apart), laid out as an instance's
    // m_pair block is. Out of place, it leaves its input as it was (FFTW's default for it).
    float* block = fftwf_alloc_real(std::size_t(4) * std::size_t(n));
    fftw_iodim dim{n, 1, 1};
    const fftwf_plan plan = block ? fftwf_plan_guru_split_dft(1, &dim, 0, nullptr, block, block + n, block + 2 * n,
                                                              block + 3 * n, FFTW_ESTIMATE)
                                  : nullptr;
    fftwf_free(block);
    return plan;
}

// One plan per kind and size for the process; plans are immutable once made and executing them on new arrays is
// thread-safe. They live until exit (a handful of sizes at most). FFTW's planner is not thread-safe: one mutex
// guards every kind.
fftwf_plan planFor(PlanKind kind, int n)
{
    static std::mutex mutex;
    static std::map<std::pair<PlanKind, int>, fftwf_plan> plans;
    std::lock_guard lock(mutex);
    if (const auto it = plans.find({kind, n}); it != plans.end())
        return it->second;
    const fftwf_plan plan = makePlan(kind, n);
    if (!plan)
        throw std::bad_alloc();
    plans.emplace(std::pair{kind, n}, plan);
    return plan;
}

}  // namespace

FftwRealFft::FftwRealFft(int n) : m_size(n)
{
    if (n < 2 || n % 2 != 0)
        throw std::invalid_argument("FftwRealFft: the size must be even and at least 2");
    m_plan = planFor(PlanKind::RealToComplex, n);
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
    fftwf_free(m_pair);
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

void FftwRealFft::transformTwo(const float* a, const float* b, std::complex<float>* outA, std::complex<float>* outB)
{
    const int n = m_size;
    if (!m_pairPlan) {
        m_pairPlan = planFor(PlanKind::SplitComplex, n);
        // Each quarter starts on a kAlignment boundary when n floats are a multiple of it; otherwise the plan was
        // made on arrays offset alike from one fftwf_malloc block, and these are too.
        m_pair = fftwf_alloc_real(std::size_t(4) * std::size_t(n));
        if (!m_pair)
            throw std::bad_alloc();
    }
    const auto aligned = [](const void* p) { return reinterpret_cast<std::uintptr_t>(p) % kAlignment == 0; };
    const bool inPlace = aligned(a) && aligned(b) && (std::size_t(n) * sizeof(float)) % kAlignment == 0;
    float* const re = m_pair + 2 * n;
    float* const im = m_pair + 3 * n;
    if (inPlace) {
        fftwf_execute_split_dft(static_cast<fftwf_plan>(m_pairPlan), const_cast<float*>(a), const_cast<float*>(b), re,
                                im);
    } else {
        std::copy(a, a + n, m_pair);
        std::copy(b, b + n, m_pair + n);
        fftwf_execute_split_dft(static_cast<fftwf_plan>(m_pairPlan), m_pair, m_pair + n, re, im);
    }
    const int half = n / 2;
    outA[0] = {re[0], 0.0f};
    outB[0] = {im[0], 0.0f};
    for (int k = 1; k < half; ++k) {
        const int m = n - k;
        outA[k] = {0.5f * (re[k] + re[m]), 0.5f * (im[k] - im[m])};
        outB[k] = {0.5f * (im[k] + im[m]), 0.5f * (re[m] - re[k])};
    }
    outA[half] = {re[half], 0.0f};
    outB[half] = {im[half], 0.0f};
}

}  // namespace lockstep
