#pragma once

// The forward real FFT of the quality scan's spectral pass, through FFTW3's single-precision r2c (SIMD codelets:
// about six times KissFFT's speed at 512 points here, where the FFT was most of an audio clip's measurement).
// Same contract as signal/RealFft, which stays on KissFFT for the signal and spectrogram code: unnormalised, bin
// k of a size-n transform is sum_t x[t] * exp(-2*pi*i*k*t/n), k = 0 .. n/2; the two agree to float rounding.
//
// Plans are made once per size for the whole process (FFTW's planner is not thread-safe; a mutex guards it, and
// FFTW_ESTIMATE keeps the plan, hence every result, the same from run to run). An instance owns SIMD-aligned
// buffers and must not be used by two threads at once; transform() never allocates.

#include "lockstep_processing_export.h"

#include <complex>
#include <cstddef>

namespace lockstep {

class LOCKSTEP_PROCESSING_EXPORT FftwRealFft {
public:
    // n must be even and >= 2; anything else throws std::invalid_argument.
    explicit FftwRealFft(int n);
    ~FftwRealFft();
    FftwRealFft(const FftwRealFft&) = delete;
    FftwRealFft& operator=(const FftwRealFft&) = delete;

    int size() const { return m_size; }
    int bins() const { return m_size / 2 + 1; }

    // in: size() samples; out: bins() complex values. Any alignment; when both are kAlignment-aligned the
    // transform reads and writes them in place (the same plan, so the same bits), otherwise it goes through the
    // instance's own aligned buffers.
    void transform(const float* in, std::complex<float>* out);

    // The spectra of two frames at once: a as the real part and b as the imaginary part of one complex transform
    // of size(), split apart by its symmetry (A[k] = (Z[k] + conj Z[n-k]) / 2, B[k] = (Z[k] - conj Z[n-k]) / 2i).
    // At 512 points that is ~0.45 us a frame against transform()'s ~0.8 us. The results equal transform()'s to
    // float rounding, not bit for bit. Inputs at kAlignment are read in place when n is a multiple of 16, others
    // are copied; outputs may have any alignment.
    void transformTwo(const float* a, const float* b, std::complex<float>* outA, std::complex<float>* outB);

    // An alignment at which every SIMD path of FFTW accepts an array for this size's plan.
    static constexpr std::size_t kAlignment = 64;

private:
    void* m_plan = nullptr;  // fftwf_plan, shared by every instance of this size; FFTW's header stays out of here
    float* m_in = nullptr;
    std::complex<float>* m_out = nullptr;
    void* m_pairPlan = nullptr;  // fftwf_plan of the size-n complex transform on split arrays, made on first use
    float* m_pair = nullptr;     // 4 x n floats: the two inputs when unaligned, then the real and imaginary outputs
    int m_size = 0;
};

}  // namespace lockstep
