#include "quality/AudioMetrics.h"

#include "quality/ContentDigest.h"

#include "quality/SpectralBandwidth.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <numbers>
#include <vector>

namespace lockstep {

namespace {

constexpr double kToleranceBelowFullScale = 1e-6;

QByteArray pcmHash(int sampleRate, int channels, const float* samples, std::size_t count)
{
    return ContentDigest::of({sampleRate, channels}, samples, count * sizeof(float));
}

// ---- levels ------------------------------------------------------------------------------------------------

double toDb(double amplitude)
{
    if (!(amplitude > 0.0))
        return amplitude == 0.0 ? AudioMetrics::kFloorDb : amplitude;  // NaN stays NaN
    return std::max(AudioMetrics::kFloorDb, 20.0 * std::log10(amplitude));
}

// Float partial sums over at most kChunk samples (four independent lanes), added into doubles by the caller:
// exact enough for 1e-5 dB and several times faster than a serial double accumulation.
constexpr qint64 kChunk = 256;

struct Sums {
    float peak = 0.0f;
    double sum = 0.0;
    double sumSq = 0.0;

    void add(const float* p, qint64 n)
    {
        while (n > 0) {
            const qint64 m = std::min(n, kChunk);
            float mx[4] = {0.f, 0.f, 0.f, 0.f}, s[4] = {0.f, 0.f, 0.f, 0.f}, q[4] = {0.f, 0.f, 0.f, 0.f};
            qint64 i = 0;
            for (; i + 4 <= m; i += 4) {
                for (int j = 0; j < 4; ++j) {
                    const float v = p[i + j];
                    mx[j] = std::max(mx[j], std::fabs(v));
                    s[j] += v;
                    q[j] += v * v;
                }
            }
            for (; i < m; ++i) {
                mx[0] = std::max(mx[0], std::fabs(p[i]));
                s[0] += p[i];
                q[0] += p[i] * p[i];
            }
            peak = std::max({peak, mx[0], mx[1], mx[2], mx[3]});
            sum += double(s[0] + s[1]) + double(s[2] + s[3]);
            sumSq += double(q[0] + q[1]) + double(q[2] + q[3]);
            p += m;
            n -= m;
        }
    }
};

// Multichannel audio: peak and sum of squares over all samples, and the mono mix written to `mono`.
Sums interleavedPass(const float* x, qint64 frames, int channels, float* mono)
{
    Sums all;
    const float scale = 1.0f / float(channels);
    for (qint64 start = 0; start < frames; start += kChunk) {
        const qint64 end = std::min(frames, start + kChunk);
        float peak = 0.0f, sumSq = 0.0f;
        for (qint64 i = start; i < end; ++i) {
            const float* f = x + i * channels;
            float sum = 0.0f;
            for (int c = 0; c < channels; ++c) {
                peak = std::max(peak, std::fabs(f[c]));
                sumSq += f[c] * f[c];
                sum += f[c];
            }
            mono[i] = sum * scale;
        }
        all.peak = std::max(all.peak, peak);
        all.sumSq += sumSq;
    }
    return all;
}

// Samples in runs of >= minRun consecutive full-scale samples, per channel.
qint64 countClipped(const float* x, qint64 frames, int channels, float threshold, int minRun)
{
    qint64 clipped = 0;
    for (int c = 0; c < channels; ++c) {
        int run = 0;
        const float* p = x + c;
        for (qint64 i = 0; i < frames; ++i, p += channels) {
            if (std::fabs(*p) >= threshold) {
                ++run;
                if (run == minRun)
                    clipped += minRun;
                else if (run > minRun)
                    ++clipped;
            } else {
                run = 0;
            }
        }
    }
    return clipped;
}

// Over the mono mix: the silence ratio (per frame) and the sums over the whole clip.
Sums monoPass(const float* mono, qint64 frames, int sampleRate, const AudioMetricOptions& options, double* silenceRatio)
{
    Sums total;
    const qint64 frameLength = std::max<qint64>(1, std::llround(sampleRate * options.silenceFrameMs / 1000.0));
    qint64 count = frames / frameLength;
    qint64 length = frameLength;
    if (count == 0) {
        count = 1;
        length = frames;
    }
    const double threshold = std::pow(10.0, options.silenceThresholdDb / 20.0);
    qint64 silent = 0;
    for (qint64 f = 0; f < count; ++f) {
        Sums frame;
        frame.add(mono + f * length, length);
        if (std::sqrt(frame.sumSq / double(length)) < threshold)
            ++silent;
        total.peak = std::max(total.peak, frame.peak);
        total.sum += frame.sum;
        total.sumSq += frame.sumSq;
    }
    total.add(mono + count * length, frames - count * length);  // the trailing partial frame
    *silenceRatio = double(silent) / double(count);
    return total;
}

}  // namespace

qint64 AudioMetricsCalculator::bandwidthHop(int sampleRate, const AudioMetricOptions& options)
{
    return std::max<qint64>(1, qint64(double(sampleRate) * (options.bandwidthHopMs / 1000.0)));
}

double AudioMetricsCalculator::fullScaleThreshold(const QString& encoding)
{
    double fullScale = 32767.0 / 32768.0;
    if (encoding.contains(QLatin1String("8 bit PCM")))
        fullScale = 127.0 / 128.0;
    else if (encoding == QLatin1String("U-Law"))
        fullScale = 32124.0 / 32768.0;
    else if (encoding == QLatin1String("A-Law"))
        fullScale = 32256.0 / 32768.0;
    return fullScale - kToleranceBelowFullScale;
}

AudioMetrics AudioMetricsCalculator::compute(const DecodedAudio& audio, const AudioMetricOptions& options)
{
    AudioMetrics m;
    const int rate = audio.info.sampleRate;
    const int channels = audio.info.channels;
    if (rate <= 0 || channels <= 0)
        return m;
    m.sampleRate = rate;
    m.channels = channels;
    const qint64 frames = qint64(audio.samples.size()) / channels;
    const qint64 total = frames * channels;
    m.frames = frames;
    m.durationSeconds = double(frames) / double(rate);
    const float* x = audio.samples.data();
    m.pcmHash = pcmHash(rate, channels, x, std::size_t(total));
    if (frames == 0)
        return m;

    const bool wantBandwidth = options.computeBandwidth && options.bandwidthNfft >= 2 && options.bandwidthNfft % 2 == 0;
    const qint64 pad = wantBandwidth ? options.bandwidthNfft / 2 : 0;
    // The mono mix, with n_fft/2 zeros on both sides for the centred STFT (one allocation per clip).
    std::unique_ptr<float[]> padded;
    const float* mono = x;
    if (wantBandwidth || channels > 1) {
        padded = std::make_unique_for_overwrite<float[]>(std::size_t(frames + 2 * pad));
        std::fill_n(padded.get(), pad, 0.0f);
        std::fill_n(padded.get() + pad + frames, pad, 0.0f);
        mono = padded.get() + pad;
        if (channels == 1)
            std::memcpy(padded.get() + pad, x, std::size_t(frames) * sizeof(float));
    }

    Sums all;
    if (channels > 1)
        all = interleavedPass(x, frames, channels, padded.get() + pad);
    const Sums monoSums = monoPass(mono, frames, rate, options, &m.silenceRatio);
    if (channels == 1)
        all = monoSums;
    m.peakDbfs = toDb(double(all.peak));
    m.rmsDbfs = toDb(std::sqrt(all.sumSq / double(total)));
    m.dcOffset = monoSums.sum / double(frames);

    const float threshold = float(fullScaleThreshold(audio.info.encoding));
    if (all.peak >= threshold)
        m.clippedSamples = countClipped(x, frames, channels, threshold, std::max(1, options.minClipRun));
    m.clippingRatio = double(m.clippedSamples) / double(total);

    if (wantBandwidth)
        m.bandwidthHz = SpectralBandwidth::compute(padded.get(), frames, rate, options.bandwidthNfft,
                                                   bandwidthHop(rate, options), options.bandwidthThresholdDb);
    return m;
}

QList<QPair<QString, double>> AudioMetrics::toList() const
{
    return {
        {QStringLiteral("audio.sample_rate"), double(sampleRate)},
        {QStringLiteral("audio.channels"), double(channels)},
        {QStringLiteral("audio.duration_s"), durationSeconds},
        {QStringLiteral("audio.peak_dbfs"), peakDbfs},
        {QStringLiteral("audio.rms_dbfs"), rmsDbfs},
        {QStringLiteral("audio.clipped_samples"), double(clippedSamples)},
        {QStringLiteral("audio.clipping_ratio"), clippingRatio},
        {QStringLiteral("audio.silence_ratio"), silenceRatio},
        {QStringLiteral("audio.dc_offset"), dcOffset},
        {QStringLiteral("audio.bandwidth_hz"), bandwidthHz},
    };
}

}  // namespace lockstep
