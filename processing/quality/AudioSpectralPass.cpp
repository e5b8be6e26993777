#include "quality/AudioSpectralPass.h"

#include "quality/FftwRealFft.h"
#include "quality/FingerprintBands.h"
#include "quality/SpectralBandwidth.h"

#include <algorithm>
#include <complex>
#include <cstdint>
#include <new>
#include <vector>

namespace lockstep {

namespace {

constexpr int kGuard = 3;  // bins of mirrored spectrum on each side: the widest window has 3 taps per side

// Buffers at FftwRealFft::kAlignment, so that the transform reads its frames and writes its spectrum in place.
template <typename T>
struct AlignedAllocator {
    using value_type = T;
    AlignedAllocator() = default;
    template <typename U>
    AlignedAllocator(const AlignedAllocator<U>&) noexcept
    {}
    T* allocate(std::size_t n)
    {
        return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t(FftwRealFft::kAlignment)));
    }
    void deallocate(T* p, std::size_t) noexcept { ::operator delete(p, std::align_val_t(FftwRealFft::kAlignment)); }
    template <typename U>
    bool operator==(const AlignedAllocator<U>&) const noexcept
    {
        return true;
    }
};
using AlignedFloats = std::vector<float, AlignedAllocator<float>>;

// The mono mix as AudioMetricsCalculator forms it. A mono clip's samples are the mix: they are used in place when
// they are aligned (an empty result), else copied once into an aligned buffer, which costs less than copying
// every frame into the transform's own buffer.
AlignedFloats monoMix(const DecodedAudio& audio, qint64 frames)
{
    const int channels = audio.info.channels;
    const float* x = audio.samples.data();
    if (channels == 1) {
        if (reinterpret_cast<std::uintptr_t>(x) % FftwRealFft::kAlignment == 0)
            return {};
        return AlignedFloats(x, x + frames);
    }
    AlignedFloats mono(std::size_t(frames), 0.0f);
    const float scale = 1.0f / float(channels);
    for (qint64 i = 0; i < frames; ++i) {
        float sum = 0.0f;
        for (int c = 0; c < channels; ++c)
            sum += x[i * channels + c];
        mono[std::size_t(i)] = sum * scale;
    }
    return mono;
}

// The n samples of `mono` (`frames` long) from `start` on, zeros outside it: the centred STFT's frame. Inside the
// clip the frame is read in place; only the frames over its ends are put together in `edge`.
const float* frameAt(const float* mono, qint64 frames, qint64 start, int n, AlignedFloats& edge)
{
    if (start >= 0 && start + n <= frames)
        return mono + start;
    std::fill(edge.begin(), edge.end(), 0.0f);
    const qint64 from = std::max<qint64>(start, 0);
    const qint64 to = std::min<qint64>(start + n, frames);
    if (from < to)
        std::copy(mono + from, mono + to, edge.begin() + (from - start));
    return edge.data();
}

// One frame's two windowed power spectra from its unwindowed spectrum c (interleaved re, im, with kGuard mirrored
// bins on each side): the window convolutions, then |X|^2 per bin. Every bin takes the same IEEE operations in the
// same order on any path, so the same bits; the AVX2 clone (chosen when the library loads) does 8 floats per
// instruction where the baseline SSE2 one does 4.
#if defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
void windowedPowers(const float* __restrict c, int bins, float* __restrict bh, float* __restrict hn,
                    float* __restrict harrisPower, float* __restrict hannPower)
{
    constexpr float b0 = float(SpectralBandwidth::kA0), b1 = float(SpectralBandwidth::kA1 / 2),
                    b2 = float(SpectralBandwidth::kA2 / 2), b3 = float(SpectralBandwidth::kA3 / 2);
    // Neighbouring bins are 2 floats apart; real coefficients act on re and im alike.
    for (int i = 0; i < 2 * bins; ++i) {
        bh[i] = b0 * c[i] - b1 * (c[i - 2] + c[i + 2]) + b2 * (c[i - 4] + c[i + 4]) - b3 * (c[i - 6] + c[i + 6]);
        hn[i] = 0.5f * c[i] - 0.25f * (c[i - 2] + c[i + 2]);
    }
    for (int k = 0; k < bins; ++k) {
        harrisPower[k] = bh[2 * k] * bh[2 * k] + bh[2 * k + 1] * bh[2 * k + 1];
        hannPower[k] = hn[2 * k] * hn[2 * k] + hn[2 * k + 1] * hn[2 * k + 1];
    }
}

}  // namespace

bool AudioSpectralPass::canShare(int sampleRate, const AudioMetricOptions& options)
{
    const int nfft = options.bandwidthNfft;
    if (sampleRate <= 0 || nfft < 2 || nfft % 2 != 0 || !options.computeBandwidth)
        return false;
    const AudioFingerprint::Analysis a = AudioFingerprint::analysisFor(sampleRate);
    return a.factor == 1 && a.window == nfft && a.nfft == nfft &&
           a.hop == AudioMetricsCalculator::bandwidthHop(sampleRate, options);
}

AudioSpectralResult AudioSpectralPass::compute(const DecodedAudio& audio, const AudioMetricOptions& options)
{
    AudioSpectralResult result;
    const int rate = audio.info.sampleRate;
    const int channels = audio.info.channels;
    if (rate <= 0 || channels <= 0)
        return result;
    const qint64 frames = qint64(audio.samples.size()) / channels;
    if (frames == 0)
        return result;
    if (!canShare(rate, options)) {
        result.bandwidthHz = AudioMetricsCalculator::compute(audio, options).bandwidthHz;
        result.fingerprint = AudioFingerprint::compute(audio);
        return result;
    }

    const int nfft = options.bandwidthNfft;
    const int bins = nfft / 2 + 1;
    const qint64 hop = AudioMetricsCalculator::bandwidthHop(rate, options);
    const AlignedFloats mix = monoMix(audio, frames);
    const float* mono = mix.empty() ? audio.samples.data() : mix.data();
    AlignedFloats edgeA(static_cast<std::size_t>(nfft));
    AlignedFloats edgeB(static_cast<std::size_t>(nfft));
    const qint64 count = 1 + frames / hop;

    FftwRealFft fft(nfft);
    SpectralBandwidth bandwidth(nfft, rate, options.bandwidthThresholdDb);
    FingerprintBands bands(nfft, double(rate));
    bands.reserve(count);
    // Each frame's unwindowed spectrum as interleaved (re, im), with kGuard mirrored bins before bin 0 and after
    // bin nfft/2 (X[-j] = conj X[j], X[n/2 + j] = conj X[n/2 - j]), so the window convolutions need no edge cases
    // and run over plain float arrays. Two buffers: frames are transformed two at a time (transformTwo).
    const std::size_t stride = std::size_t(2 * (bins + 2 * kGuard));
    AlignedFloats buffer(2 * stride, 0.0f);
    float* const spectra[2] = {buffer.data(), buffer.data() + stride};
    std::vector<float> harris(static_cast<std::size_t>(2 * bins));
    std::vector<float> hann(static_cast<std::size_t>(2 * bins));
    std::vector<float> harrisPower(static_cast<std::size_t>(bins));
    std::vector<float> hannPower(static_cast<std::size_t>(bins));
    const auto binsOf = [](float* spectrum) { return reinterpret_cast<std::complex<float>*>(spectrum + 2 * kGuard); };
    const auto measure = [&](float* e) {
        for (int j = 1; j <= kGuard; ++j) {
            e[2 * (kGuard - j)] = e[2 * (kGuard + j)];
            e[2 * (kGuard - j) + 1] = -e[2 * (kGuard + j) + 1];
            e[2 * (kGuard + bins - 1 + j)] = e[2 * (kGuard + bins - 1 - j)];
            e[2 * (kGuard + bins - 1 + j) + 1] = -e[2 * (kGuard + bins - 1 - j) + 1];
        }
        windowedPowers(e + 2 * kGuard, bins, harris.data(), hann.data(), harrisPower.data(), hannPower.data());
        bandwidth.addPower(harrisPower.data());
        bands.addPower(hannPower.data());
    };
    for (qint64 t = 0; t < count; t += 2) {
        const float* a = frameAt(mono, frames, t * hop - nfft / 2, nfft, edgeA);
        const bool pair = t + 1 < count;
        if (!pair)
            std::fill(edgeB.begin(), edgeB.end(), 0.0f);  // silence: the partner of an odd last frame
        const float* b = pair ? frameAt(mono, frames, (t + 1) * hop - nfft / 2, nfft, edgeB) : edgeB.data();
        fft.transformTwo(a, b, binsOf(spectra[0]), binsOf(spectra[1]));
        measure(spectra[0]);
        if (pair)
            measure(spectra[1]);
    }
    result.bandwidthHz = bandwidth.result();
    result.fingerprint = bands.finish();
    result.sharedTransform = true;
    return result;
}

}  // namespace lockstep
