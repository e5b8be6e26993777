#include "quality/FingerprintBands.h"

#include <algorithm>
#include <cmath>

namespace lockstep {

namespace {

constexpr double kLowHz = 250.0;
constexpr double kHighHz = 3500.0;
constexpr int kSmoothHalf = 7;  // kernel taps: 2 * kSmoothHalf + 1
constexpr int kDiffStep = 2;

// Triangular smoothing over time (weights 1, 2, .., 8, .., 2, 1) of `frames` rows of kBands energies, "valid" rows
// only. Each output takes the same products and sums in the same order on any path, so the same bits; the AVX2
// clone (chosen when the library loads) does 8 bands per instruction where the baseline SSE2 one does 4.
#if defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
void smoothOverTime(const float* __restrict energy, qint64 smoothed, float* __restrict smooth)
{
    constexpr int kB = FingerprintBands::kBands;
    for (qint64 t = 0; t < smoothed; ++t) {
        float* s = smooth + t * kB;
        for (int j = -kSmoothHalf; j <= kSmoothHalf; ++j) {
            const float weight = float(kSmoothHalf + 1 - std::abs(j));
            const float* e = energy + (t + kSmoothHalf + j) * kB;
            for (int b = 0; b < kB; ++b)
                s[b] += weight * e[b];
        }
    }
}

}  // namespace

FingerprintBands::FingerprintBands(int nfft, double analysisRate)
{
    // Bands logarithmically spaced in Hz; each FFT bin [k-1/2, k+1/2] contributes by its overlap with the band.
    constexpr int kB = kBands;
    m_bands.resize(kB);
    const int lastBin = nfft / 2;
    for (int b = 0; b < kB; ++b) {
        const double lo = kLowHz * std::pow(kHighHz / kLowHz, double(b) / kB) * nfft / analysisRate;
        const double hi = kLowHz * std::pow(kHighHz / kLowHz, double(b + 1) / kB) * nfft / analysisRate;
        const int first = std::max(0, int(std::floor(lo + 0.5)));
        const int last = std::min(lastBin, int(std::ceil(hi - 0.5)));
        Band& band = m_bands[std::size_t(b)];
        band.first = first;
        for (int k = first; k <= last; ++k) {
            const double overlap = std::min(hi, k + 0.5) - std::max(lo, k - 0.5);
            band.weights.push_back(float(std::max(0.0, overlap)));
        }
    }
}

FingerprintBands::~FingerprintBands() = default;

void FingerprintBands::addPower(const float* power)
{
    const std::size_t at = m_energy.size();
    m_energy.resize(at + kBands);
    float* e = m_energy.data() + at;
    for (int b = 0; b < kBands; ++b) {
        const Band& band = m_bands[std::size_t(b)];
        const float* p = power + band.first;
        float sum = 0.0f;
        for (std::size_t j = 0; j < band.weights.size(); ++j)
            sum += band.weights[j] * p[j];
        e[b] = sum;
    }
    ++m_frames;
}

AudioFingerprint FingerprintBands::finish() const
{
    AudioFingerprint out;
    const qint64 smoothed = m_frames - 2 * kSmoothHalf;
    const qint64 items = smoothed - kDiffStep;
    if (items <= 0)
        return out;

    // Triangular smoothing over time (weights 1, 2, .., 8, .., 2, 1), "valid" frames only.
    std::vector<float> smooth(std::size_t(smoothed * kBands), 0.0f);
    smoothOverTime(m_energy.data(), smoothed, smooth.data());

    // Bits: sign of the change over kDiffStep frames of neighbouring-band differences.
    out.bits.resize(std::size_t(items));
    for (qint64 n = 0; n < items; ++n) {
        const float* s0 = smooth.data() + n * kBands;
        const float* s1 = smooth.data() + (n + kDiffStep) * kBands;
        quint32 item = 0;
        for (int m = 0; m < kBands - 1; ++m) {
            if ((s1[m] - s1[m + 1]) - (s0[m] - s0[m + 1]) > 0.0f)
                item |= quint32(1) << m;
        }
        out.bits[std::size_t(n)] = item;
    }
    return out;
}

}  // namespace lockstep
