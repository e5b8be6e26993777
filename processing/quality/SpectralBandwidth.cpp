#include "quality/SpectralBandwidth.h"

#include "signal/RealFft.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lockstep {

SpectralBandwidth::SpectralBandwidth(int nfft, int sampleRate, double thresholdDb)
    : m_nfft(nfft), m_sampleRate(sampleRate), m_thresholdDb(thresholdDb), m_sum(std::size_t(nfft / 2 + 1), 0.0)
{}

namespace {

// acc[k] += power[k]: one exact conversion and one rounding per bin on any path; the AVX2 clone (chosen when the
// library loads) adds 4 doubles per instruction where the baseline SSE2 one adds 2.
#if defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
void accumulate(double* __restrict acc, const float* __restrict power, std::size_t bins)
{
    for (std::size_t k = 0; k < bins; ++k)
        acc[k] += double(power[k]);
}

}  // namespace

void SpectralBandwidth::addPower(const float* power)
{
    accumulate(m_sum.data(), power, m_sum.size());
    ++m_frames;
}

double SpectralBandwidth::result() const
{
    if (m_frames == 0)
        return 0.0;
    // librosa.power_to_db(S, ref=np.max, amin=1e-10, top_db=100) on the mean power per bin.
    constexpr double amin = 1e-10;
    constexpr double topDb = 100.0;
    std::vector<double> mean(m_sum.size());
    double maxPower = 0.0;
    for (std::size_t k = 0; k < m_sum.size(); ++k) {
        mean[k] = m_sum[k] / double(m_frames);
        maxPower = std::max(maxPower, mean[k]);
    }
    if (!(maxPower > amin))
        return 0.0;  // SDE would say Nyquist here: no bin is above its floor
    const double refDb = 10.0 * std::log10(maxPower);
    for (int k = int(mean.size()) - 1; k >= 0; --k) {
        const double db = std::max(10.0 * std::log10(std::max(amin, mean[std::size_t(k)])) - refDb, -topDb);
        if (db > m_thresholdDb)
            return double(k) / double(m_nfft) * double(m_sampleRate);
    }
    return 0.0;
}

std::vector<float> SpectralBandwidth::window(int n)
{
    std::vector<float> w(std::size_t(std::max(0, n)));
    for (int i = 0; i < n; ++i) {
        const double t = 2.0 * std::numbers::pi * i / n;
        w[std::size_t(i)] = float(kA0 - kA1 * std::cos(t) + kA2 * std::cos(2.0 * t) - kA3 * std::cos(3.0 * t));
    }
    return w;
}

double SpectralBandwidth::compute(const float* padded, qint64 frames, int sampleRate, int nfft, qint64 hop,
                                  double thresholdDb)
{
    const qint64 count = 1 + frames / hop;
    RealFft fft(nfft);
    const std::vector<float> window = SpectralBandwidth::window(nfft);
    std::vector<float> frame(static_cast<std::size_t>(nfft));
    std::vector<float> power(static_cast<std::size_t>(fft.bins()));
    SpectralBandwidth bandwidth(nfft, sampleRate, thresholdDb);
    float* __restrict windowed = frame.data();
    const float* __restrict w = window.data();
    for (qint64 t = 0; t < count; ++t) {
        const float* __restrict p = padded + t * hop;
        for (int i = 0; i < nfft; ++i)
            windowed[i] = p[i] * w[i];
        fft.power(windowed, power.data());
        bandwidth.addPower(power.data());
    }
    return bandwidth.result();
}

}  // namespace lockstep
