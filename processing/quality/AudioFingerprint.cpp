#include "quality/AudioFingerprint.h"

#include "quality/FingerprintBands.h"
#include "signal/RealFft.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace lockstep {

namespace {

constexpr double kWindowSeconds = 0.032;
constexpr int kSmoothHalf = 7;  // kernel taps: 2 * kSmoothHalf + 1 (FingerprintBands)
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

// Bits that differ between two runs of n fingerprint words. Integer sums, so the same count on any path; the AVX2
// clone (chosen when the library loads) counts 8 words per step where the baseline SSE2 one counts 4.
#if defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
qint64
differingBits(const quint32* a, const quint32* b, qint64 n)
{
    qint64 errors = 0;
    for (qint64 i = 0; i < n; ++i)
        errors += popcount32(a[i] ^ b[i]);
    return errors;
}

}  // namespace

AudioFingerprint::Analysis AudioFingerprint::analysisFor(int sampleRate)
{
    Analysis a;
    // Only 250-3500 Hz matters: analyse at rate / factor, between 11025 and 22050 Hz for rates from 22050 Hz.
    a.factor = std::max(1, sampleRate / kMinAnalysisRate);
    a.rate = double(sampleRate) / a.factor;
    a.window = std::max(2, int(std::lround(a.rate * kWindowSeconds)));
    a.hop = std::max(1, int(std::lround(a.rate * kItemSeconds)));
    a.nfft = fastEvenSize(a.window);
    return a;
}

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

    const Analysis analysis = analysisFor(rate);
    const int factor = analysis.factor;
    const double analysisRate = analysis.rate;
    std::vector<float> decimated;
    if (factor > 1) {
        decimated = decimate(mono, frames, factor);
        mono = decimated.data();
        frames = qint64(decimated.size());
    }

    const int window = analysis.window;
    const int hop = analysis.hop;
    // Centred frames (W/2 zeros before and after, as librosa's center=True): at 16 kHz they are exactly the
    // frames of the bandwidth metric's STFT, which AudioSpectralPass exploits.
    const int half = window / 2;
    const qint64 count = frames + 2 * half >= window ? 1 + (frames + 2 * half - window) / hop : 0;
    if (count - 2 * kSmoothHalf - kDiffStep <= 0)
        return out;
    std::vector<float> padded(std::size_t(frames + 2 * half), 0.0f);
    std::copy(mono, mono + frames, padded.begin() + half);

    const int nfft = analysis.nfft;
    RealFft fft(nfft);
    FingerprintBands bands(nfft, analysisRate);
    std::vector<float> hann(static_cast<std::size_t>(window));
    for (int i = 0; i < window; ++i)
        hann[std::size_t(i)] = float(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * i / window));
    std::vector<float> frame(std::size_t(nfft), 0.0f);
    std::vector<float> power(std::size_t(fft.bins()));
    float* __restrict windowed = frame.data();
    const float* __restrict w = hann.data();
    for (qint64 t = 0; t < count; ++t) {
        const float* __restrict p = padded.data() + t * hop;
        for (int i = 0; i < window; ++i)
            windowed[i] = p[i] * w[i];
        fft.power(windowed, power.data());
        bands.addPower(power.data());
    }
    return bands.finish();
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
        const qint64 errors = differingBits(pa, pb, overlap);
        const double ber = double(errors) / (32.0 * double(overlap));
        best = std::max(best, 1.0 - 2.0 * ber);
    }
    return std::clamp(best, 0.0, 1.0);
}

bool AudioFingerprint::isSimilar(const AudioFingerprint& a, const AudioFingerprint& b, double threshold)
{
    const qint64 na = qint64(a.bits.size());
    const qint64 nb = qint64(b.bits.size());
    // At or below 0 every pair qualifies, the clamp included: similarity() answers that.
    if (!(threshold > 0.0) || na == 0 || nb == 0)
        return similarity(a, b) >= threshold;
    const qint64 minOverlap = std::max<qint64>(kMinOverlap, (std::min(na, nb) + 1) / 2);
    constexpr qint64 kBlock = 16;  // words between two checks of the running count
    for (int d = -kMaxOffset; d <= kMaxOffset; ++d) {
        const qint64 first = std::max<qint64>(0, -d);
        const qint64 last = std::min(na, nb - d);
        const qint64 overlap = last - first;
        if (overlap < minOverlap)
            continue;
        const quint32* pa = a.bits.data() + first;
        const quint32* pb = b.bits.data() + first + d;
        // similarity()'s expression, non-increasing in the error count (so in every prefix of the overlap):
        // once a prefix fails, the whole overlap does.
        const auto meets = [&](qint64 errors) {
            return 1.0 - 2.0 * (double(errors) / (32.0 * double(overlap))) >= threshold;
        };
        qint64 errors = 0;
        qint64 i = 0;
        for (; i < overlap; i += kBlock) {
            errors += differingBits(pa + i, pb + i, std::min(kBlock, overlap - i));
            if (!meets(errors))
                break;
        }
        if (i >= overlap && meets(errors))
            return true;
    }
    return false;
}

}  // namespace lockstep
