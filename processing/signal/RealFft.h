#pragma once

// A forward real-input FFT of one fixed, even size: a thin wrapper around KissFFT's kiss_fftr that keeps the
// KissFFT headers out of Lockstep's headers. Unnormalised (like numpy.fft.rfft and librosa.stft): bin k of a
// size-n transform is sum_t x[t] * exp(-2*pi*i*k*t/n), for k = 0 .. n/2.
//
// An instance owns its plan and scratch buffers, so one instance must not be used by two threads at once;
// create one per thread or per call (a plan for n = 512 costs a few microseconds). transform() and power()
// never allocate.

#include "lockstep_processing_export.h"

#include <complex>
#include <memory>

namespace lockstep {

class LOCKSTEP_PROCESSING_EXPORT RealFft {
public:
    // n must be even and >= 2 (kiss_fftr's requirement); anything else throws std::invalid_argument.
    explicit RealFft(int n);
    ~RealFft();
    RealFft(RealFft&&) noexcept;
    RealFft& operator=(RealFft&&) noexcept;
    RealFft(const RealFft&) = delete;
    RealFft& operator=(const RealFft&) = delete;

    int size() const { return m_size; }
    int bins() const { return m_size / 2 + 1; }

    // in: size() samples; out: bins() complex values.
    void transform(const float* in, std::complex<float>* out);
    // in: size() samples; power: bins() values |X[k]|^2.
    void power(const float* in, float* power);

private:
    struct Plan;
    std::unique_ptr<Plan> m_plan;
    int m_size = 0;
};

}  // namespace lockstep
