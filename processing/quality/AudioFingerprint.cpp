#include "quality/AudioFingerprint.h"

#include "signal/RealFft.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace lockstep {

namespace {

constexpr double kWindowSeconds = 0.032;
constexpr double kLowHz = 250.0;
constexpr double kHighHz = 3500.0;
constexpr int kBands = 33;
constexpr int kSmoothHalf = 7;  // kernel taps: 2 * kSmoothHalf + 1
constexpr int kDiffStep = 2;
constexpr int kMinAnalysisRate = 11025;

// Smallest even n' >= n whose only prime factors are 2, 3 and 5 (fast sizes for KissFFT).
int fastEvenSize(int n)
{
    for (int candidate = std::max(2, n + (n & 1));; candidate += 2) {
        int rest = candidate;
        for (int p : {2, 3, 5}) {
            while (rest % p == 0)
                rest /= p;
        }
        if (rest == 1)
            return candidate;
    }
}

struct BandBins {
    int first = 0;
    std::vector<float> weights;  // for bins first, first + 1, ...
};

std::array<BandBins, kBands> bandLayout(int nfft, double sampleRate)
{
    std::array<BandBins, kBands> bands;
    const int lastBin = nfft / 2;
    for (int b = 0; b < kBands; ++b) {
        const double lo = kLowHz * std::pow(kHighHz / kLowHz, double(b) / kBands) * nfft / sampleRate;
        const double hi = kLowHz * std::pow(kHighHz / kLowHz, double(b + 1) / kBands) * nfft / sampleRate;
        const int first = std::max(0, int(std::floor(lo + 0.5)));
        const int last = std::min(lastBin, int(std::ceil(hi - 0.5)));
        bands[std::size_t(b)].first = first;
        for (int k = first; k <= last; ++k) {
            const double overlap = std::min(hi, k + 0.5) - std::max(lo, k - 0.5);
            bands[std::size_t(b)].weights.push_back(float(std::max(0.0, overlap)));
        }
    }
    return bands;
}

// Anti-aliased decimation by an integer factor: windowed-sinc (Blackman) low-pass, 16 * factor + 1 taps, cut-off at
// half the new rate (flat to ~0.33 of the new rate, stop band from ~0.67: no alias lands below 3.5 kHz when the new
// rate is >= 11025 Hz). "Valid" outputs only; output j is centred on input j * factor + 8 * factor.
std::vector<float> decimate(const float* x, qint64 frames, int factor)
{
    const int taps = 16 * factor + 1;
    if (frames < taps)
        return {};
    std::vector<float> h(static_cast<std::size_t>(taps));
    const int mid = taps / 2;
    double gain = 0.0;
    for (int i = 0; i < taps; ++i) {
        const int n = i - mid;
        const double sinc = n == 0 ? 1.0 : std::sin(std::numbers::pi * n / factor) / (std::numbers::pi * n / factor);
        const double phase = 2.0 * std::numbers::pi * i / (taps - 1);
        const double w = 0.42 - 0.5 * std::cos(phase) + 0.08 * std::cos(2.0 * phase);
        h[std::size_t(i)] = float(sinc * w);
        gain += sinc * w;
    }
    for (float& v : h)
        v = float(v / gain);
    const qint64 count = (frames - taps) / factor + 1;
    std::vector<float> out(static_cast<std::size_t>(count));
    const float* __restrict coefficients = h.data();
    for (qint64 j = 0; j < count; ++j) {
        const float* __restrict p = x + j * factor;
        float acc[4] = {0.f, 0.f, 0.f, 0.f};
        int i = 0;
        for (; i + 4 <= taps; i += 4) {
            acc[0] += coefficients[i] * p[i];
            acc[1] += coefficients[i + 1] * p[i + 1];
            acc[2] += coefficients[i + 2] * p[i + 2];
            acc[3] += coefficients[i + 3] * p[i + 3];
        }
        for (; i < taps; ++i)
            acc[0] += coefficients[i] * p[i];
        out[std::size_t(j)] = (acc[0] + acc[1]) + (acc[2] + acc[3]);
    }
    return out;
}

// Bits set in v (SWAR: the baseline x86-64 target has no popcnt instruction, std::popcount calls libgcc).
inline int popcount32(quint32 v)
{
    v = v - ((v >> 1) & 0x55555555u);
    v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
    v = (v + (v >> 4)) & 0x0f0f0f0fu;
    return int((v * 0x01010101u) >> 24);
}

}  // namespace

AudioFingerprint AudioFingerprint::compute(const DecodedAudio& audio)
{
    AudioFingerprint out;
    const int rate = audio.info.sampleRate;
    const int channels = audio.info.channels;
    if (rate <= 0 || channels <= 0)
        return out;
    qint64 frames = qint64(audio.samples.size()) / channels;

    // Mono mix.
    std::vector<float> monoBuffer;
    const float* mono = audio.samples.data();
    if (channels > 1) {
        monoBuffer.resize(std::size_t(frames));
        const float* x = audio.samples.data();
        for (qint64 i = 0; i < frames; ++i) {
            float sum = 0.0f;
            for (int c = 0; c < channels; ++c)
                sum += x[i * channels + c];
            monoBuffer[std::size_t(i)] = sum / float(channels);
        }
        mono = monoBuffer.data();
    }

    // Only 250-3500 Hz matters: analyse at rate / factor, between 11025 and 22050 Hz for rates from 22050 Hz.
    const int factor = std::max(1, rate / kMinAnalysisRate);
    const double analysisRate = double(rate) / factor;
    std::vector<float> decimated;
    if (factor > 1) {
        decimated = decimate(mono, frames, factor);
        mono = decimated.data();
        frames = qint64(decimated.size());
    }

    const int window = std::max(2, int(std::lround(analysisRate * kWindowSeconds)));
    const int hop = std::max(1, int(std::lround(analysisRate * kItemSeconds)));
    if (frames < window)
        return out;
    const qint64 count = 1 + (frames - window) / hop;
    const qint64 smoothed = count - 2 * kSmoothHalf;
    const qint64 items = smoothed - kDiffStep;
    if (items <= 0)
        return out;

    // Band energies per frame.
    const int nfft = fastEvenSize(window);
    RealFft fft(nfft);
    const auto bands = bandLayout(nfft, analysisRate);
    std::vector<float> hann(static_cast<std::size_t>(window));
    for (int i = 0; i < window; ++i)
        hann[std::size_t(i)] = float(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * i / window));
    std::vector<float> frame(std::size_t(nfft), 0.0f);
    std::vector<float> power(std::size_t(fft.bins()));
    std::vector<float> energy(std::size_t(count * kBands));
    float* __restrict windowed = frame.data();
    const float* __restrict w = hann.data();
    for (qint64 t = 0; t < count; ++t) {
        const float* __restrict p = mono + t * hop;
        for (int i = 0; i < window; ++i)
            windowed[i] = p[i] * w[i];
        fft.power(windowed, power.data());
        float* e = energy.data() + t * kBands;
        for (int b = 0; b < kBands; ++b) {
            const BandBins& band = bands[std::size_t(b)];
            float sum = 0.0f;
            for (std::size_t j = 0; j < band.weights.size(); ++j)
                sum += band.weights[j] * power[std::size_t(band.first) + j];
            e[b] = sum;
        }
    }

    // Triangular smoothing over time (weights 1, 2, .., 8, .., 2, 1), "valid" frames only.
    std::vector<float> smooth(std::size_t(smoothed * kBands), 0.0f);
    for (qint64 t = 0; t < smoothed; ++t) {
        float* s = smooth.data() + t * kBands;
        for (int j = -kSmoothHalf; j <= kSmoothHalf; ++j) {
            const float weight = float(kSmoothHalf + 1 - std::abs(j));
            const float* e = energy.data() + (t + kSmoothHalf + j) * kBands;
            for (int b = 0; b < kBands; ++b)
                s[b] += weight * e[b];
        }
    }

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

double AudioFingerprint::similarity(const AudioFingerprint& a, const AudioFingerprint& b)
{
    const qint64 na = qint64(a.bits.size());
    const qint64 nb = qint64(b.bits.size());
    if (na == 0 || nb == 0)
        return 0.0;
    const qint64 minOverlap = std::max<qint64>(kMinOverlap, (std::min(na, nb) + 1) / 2);
    double best = 0.0;
    for (int d = -kMaxOffset; d <= kMaxOffset; ++d) {
        // a[i] against b[i + d]
        const qint64 first = std::max<qint64>(0, -d);
        const qint64 last = std::min(na, nb - d);  // exclusive
        const qint64 overlap = last - first;
        if (overlap < minOverlap)
            continue;
        const quint32* pa = a.bits.data() + first;
        const quint32* pb = b.bits.data() + first + d;
        qint64 errors = 0;
        for (qint64 i = 0; i < overlap; ++i)
            errors += popcount32(pa[i] ^ pb[i]);
        const double ber = double(errors) / (32.0 * double(overlap));
        best = std::max(best, 1.0 - 2.0 * ber);
    }
    return std::clamp(best, 0.0, 1.0);
}

}  // namespace lockstep
