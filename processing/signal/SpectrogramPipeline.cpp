#include "signal/SpectrogramPipeline.h"

#include "signal/DbConverter.h"
#include "signal/Dct.h"
#include "signal/MelFilterbank.h"
#include "signal/StftFrameEngine.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <thread>

namespace lockstep {

namespace {

// Frames per block: the block's spectrum (64 x 257 floats for n_fft 512) stays in L1/L2 across the stages.
constexpr qint64 kBlockFrames = 64;

// Runs f(threadIndex, first, count) over [0, total) split into one contiguous range per thread.
template <typename F>
void parallelRanges(qint64 total, int threads, F&& f)
{
    threads = int(std::clamp<qint64>(total / 256, 1, threads));
    const qint64 per = (total + threads - 1) / threads;
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        if (i * per < total)
            pool.emplace_back([&f, i, per, total] { f(i, i * per, std::min(per, total - i * per)); });
    f(0, 0, std::min(per, total));
    for (std::thread& t : pool)
        t.join();
}

void scatter(const float* block, qint64 frames, int features, float* out, qint64 first, qint64 featureStride,
             qint64 frameStride)
{
    for (int f = 0; f < features; ++f) {
        float* column = out + f * featureStride + first * frameStride;
        for (qint64 t = 0; t < frames; ++t)
            column[t * frameStride] = block[t * features + f];
    }
}

}  // namespace

struct SpectrogramPipeline::Impl {
    std::vector<float> window;
    std::optional<MelFilterbank> mel;
    std::optional<DbConverter> db;
    std::optional<Dct> dct;
};

SpectrogramPipeline::SpectrogramPipeline(const FeatureOptions& options)
    : m_options(options), m_impl(std::make_unique<Impl>())
{
    const Stft check(options.stft);  // validates the STFT options
    m_impl->window = Stft::window(options.stft.window, options.stft.effectiveWinLength());
    if (options.mel)
        m_impl->mel.emplace(options.stft.nFft, *options.mel);
    if (options.db.enabled)
        m_impl->db.emplace(options.db);
    if (options.nMfcc > 0) {
        if (!options.mel || !options.db.enabled)
            throw std::invalid_argument("SpectrogramPipeline: MFCC needs the mel filterbank and dB");
        m_impl->dct.emplace(options.nMfcc, options.mel->nMels);
    }
}

SpectrogramPipeline::~SpectrogramPipeline() = default;

int SpectrogramPipeline::features() const
{
    if (m_impl->dct)
        return m_impl->dct->coefficients();
    if (m_impl->mel)
        return m_impl->mel->mels();
    return m_options.stft.bins();
}

qint64 SpectrogramPipeline::frameCount(qint64 signalLength) const
{
    return Stft(m_options.stft).frameCount(signalLength);
}

void SpectrogramPipeline::compute(const float* signal, qint64 length, float* out, qint64 featureStride,
                                  qint64 frameStride, int threads) const
{
    const qint64 frames = frameCount(length);
    if (frames == 0)
        return;
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    const Impl& impl = *m_impl;
    const SignalPiece piece{signal, 0, length, length};
    const int bins = m_options.stft.bins();
    const int mels = impl.mel ? impl.mel->mels() : bins;  // the dB stage's width
    const bool topDb = impl.db && m_options.db.topDb;
    // With top_db, the clamp needs the maximum over all frames first; MFCC then needs the clamped dB mels, so
    // they wait in a frame-major buffer between the two passes.
    std::vector<float> dbMels;
    if (topDb && impl.dct)
        dbMels.resize(std::size_t(frames * mels));
    std::vector<float> maxima(std::size_t(threads), -std::numeric_limits<float>::infinity());

    parallelRanges(frames, threads, [&](int thread, qint64 first, qint64 count) {
        StftFrameEngine engine(m_options.stft, impl.window);
        std::vector<float> spectrum(std::size_t(kBlockFrames * bins));
        std::vector<float> melBlock(impl.mel ? std::size_t(kBlockFrames * mels) : 0);
        std::vector<float> mfccBlock(impl.dct ? std::size_t(kBlockFrames * impl.dct->coefficients()) : 0);
        float top = -std::numeric_limits<float>::infinity();
        for (qint64 b = first; b < first + count; b += kBlockFrames) {
            const qint64 n = std::min(kBlockFrames, first + count - b);
            engine.compute(piece, b, n, spectrum.data());
            float* stage = spectrum.data();
            if (impl.mel) {
                impl.mel->applyFrames(stage, n, melBlock.data());
                stage = melBlock.data();
            }
            if (impl.db) {
                impl.db->toDb(stage, n * mels);
                if (topDb)
                    top = std::max(top, DbConverter::maxOf(stage, n * mels));
            }
            if (topDb && impl.dct) {
                std::copy(stage, stage + n * mels, dbMels.begin() + b * mels);
                continue;
            }
            if (impl.dct) {
                impl.dct->applyFrames(stage, n, mfccBlock.data());
                stage = mfccBlock.data();
            }
            scatter(stage, n, features(), out, b, featureStride, frameStride);
        }
        maxima[std::size_t(thread)] = top;
    });
    if (!topDb)
        return;

    const float maxDb = *std::max_element(maxima.begin(), maxima.end());
    parallelRanges(frames, threads, [&](int, qint64 first, qint64 count) {
        std::vector<float> block(std::size_t(kBlockFrames * mels));
        std::vector<float> mfccBlock(impl.dct ? std::size_t(kBlockFrames * impl.dct->coefficients()) : 0);
        for (qint64 b = first; b < first + count; b += kBlockFrames) {
            const qint64 n = std::min(kBlockFrames, first + count - b);
            if (impl.dct) {
                float* db = dbMels.data() + b * mels;
                impl.db->clamp(db, n * mels, maxDb);
                impl.dct->applyFrames(db, n, mfccBlock.data());
                scatter(mfccBlock.data(), n, features(), out, b, featureStride, frameStride);
                continue;
            }
            // Clamp in place in the caller's layout.
            const float floor = maxDb - float(*m_options.db.topDb);
            for (int f = 0; f < mels; ++f) {
                float* column = out + f * featureStride + b * frameStride;
                for (qint64 t = 0; t < n; ++t)
                    column[t * frameStride] = std::max(column[t * frameStride], floor);
            }
        }
    });
}

Spectrogram SpectrogramPipeline::compute(const float* signal, qint64 length, int threads) const
{
    Spectrogram result;
    result.frames = frameCount(length);
    result.bins = features();
    result.values.resize(std::size_t(result.frames * result.bins));
    compute(signal, length, result.values.data(), 1, result.bins, threads);
    return result;
}

}  // namespace lockstep
