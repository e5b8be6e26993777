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

int threadCount(int threads)
{
    return threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
}

// Runs f(threadIndex, first, count) over [0, total) split into one contiguous range per thread.
template <typename F>
void parallelRanges(qint64 total, int threads, F&& f)
{
    threads = int(std::clamp<qint64>(total / 256, 1, threadCount(threads)));
    const qint64 per = (total + threads - 1) / threads;
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        if (i * per < total)
            pool.emplace_back([&f, i, per, total] { f(i, i * per, std::min(per, total - i * per)); });
    f(0, 0, std::min(per, total));
    for (std::thread& t : pool)
        t.join();
}

// Block (frame-major, `features` per frame) into the caller's layout; out points at the block's first frame.
void scatter(const float* block, qint64 frames, int features, float* out, qint64 featureStride, qint64 frameStride)
{
    if (frameStride == features && featureStride == 1) {
        std::copy(block, block + frames * features, out);
        return;
    }
    for (int f = 0; f < features; ++f) {
        float* column = out + f * featureStride;
        for (qint64 t = 0; t < frames; ++t)
            column[t * frameStride] = block[t * features + f];
    }
}

}  // namespace

struct SpectrogramPipeline::Impl {
    std::vector<float> window;
    std::optional<Stft> stft;
    std::optional<MelFilterbank> mel;
    std::optional<DbConverter> db;
    std::optional<Dct> dct;
};

SpectrogramPipeline::SpectrogramPipeline(const FeatureOptions& options)
    : m_options(options), m_impl(std::make_unique<Impl>())
{
    m_impl->stft.emplace(options.stft);  // validates the STFT options
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
    return m_impl->dct ? m_impl->dct->coefficients() : melBands();
}

int SpectrogramPipeline::melBands() const
{
    return m_impl->mel ? m_impl->mel->mels() : m_options.stft.bins();
}

qint64 SpectrogramPipeline::frameCount(qint64 signalLength) const
{
    return m_impl->stft->frameCount(signalLength);
}

SampleRange SpectrogramPipeline::pieceFor(qint64 first, qint64 count, qint64 signalLength) const
{
    return m_impl->stft->pieceFor(first, count, signalLength);
}

bool SpectrogramPipeline::needsTwoPasses() const
{
    return m_impl->dct && m_options.db.topDb;
}

struct SpectrogramPipeline::Worker::Buffers {
    StftFrameEngine engine;
    std::vector<float> spectrum;
    std::vector<float> mels;
    std::vector<float> mfcc;
};

SpectrogramPipeline::Worker::Worker(const SpectrogramPipeline& pipeline) : m_pipeline(pipeline)
{
    const Impl& impl = *pipeline.m_impl;
    const FeatureOptions& o = pipeline.m_options;
    m_buffers = std::make_unique<Buffers>(Buffers{StftFrameEngine(o.stft, impl.window),
                                                  std::vector<float>(std::size_t(kBlockFrames * o.stft.bins())),
                                                  std::vector<float>(std::size_t(kBlockFrames * pipeline.melBands())),
                                                  std::vector<float>(std::size_t(kBlockFrames * pipeline.features()))});
}

SpectrogramPipeline::Worker::~Worker() = default;

float SpectrogramPipeline::Worker::run(const float* piece, qint64 pieceStart, qint64 pieceLength, qint64 signalLength,
                                       qint64 first, qint64 count, float* out, qint64 featureStride, qint64 frameStride)
{
    const Impl& impl = *m_pipeline.m_impl;
    Buffers& b = *m_buffers;
    const SignalPiece signal{piece, pieceStart, pieceLength, signalLength};
    const int mels = m_pipeline.melBands();
    const bool deferMfcc = m_pipeline.needsTwoPasses();
    float top = -std::numeric_limits<float>::infinity();
    for (qint64 block = first; block < first + count; block += kBlockFrames) {
        const qint64 n = std::min(kBlockFrames, first + count - block);
        b.engine.compute(signal, block, n, b.spectrum.data());
        float* stage = b.spectrum.data();
        if (impl.mel) {
            impl.mel->applyFrames(stage, n, b.mels.data());
            stage = b.mels.data();
        }
        if (impl.db) {
            impl.db->toDb(stage, n * mels);
            if (m_pipeline.m_options.db.topDb)
                top = std::max(top, DbConverter::maxOf(stage, n * mels));
        }
        int width = mels;
        if (impl.dct && !deferMfcc) {
            impl.dct->applyFrames(stage, n, b.mfcc.data());
            stage = b.mfcc.data();
            width = impl.dct->coefficients();
        }
        scatter(stage, n, width, out + (block - first) * frameStride, featureStride, frameStride);
    }
    return top;
}

void SpectrogramPipeline::clampDb(float* values, qint64 count, float maxDb, int threads) const
{
    if (!m_impl->db || !m_options.db.topDb)
        return;
    parallelRanges(count, threads, [&](int, qint64 first, qint64 n) { m_impl->db->clamp(values + first, n, maxDb); });
}

void SpectrogramPipeline::finishMfcc(float* dbMels, qint64 frames, float maxDb, float* out, qint64 featureStride,
                                     qint64 frameStride, int threads) const
{
    const int mels = melBands();
    parallelRanges(frames, threads, [&](int, qint64 first, qint64 count) {
        std::vector<float> block(std::size_t(kBlockFrames * features()));
        for (qint64 b = first; b < first + count; b += kBlockFrames) {
            const qint64 n = std::min(kBlockFrames, first + count - b);
            float* db = dbMels + b * mels;
            m_impl->db->clamp(db, n * mels, maxDb);
            m_impl->dct->applyFrames(db, n, block.data());
            scatter(block.data(), n, features(), out + b * frameStride, featureStride, frameStride);
        }
    });
}

void SpectrogramPipeline::compute(const float* signal, qint64 length, float* out, qint64 featureStride,
                                  qint64 frameStride, int threads) const
{
    const qint64 frames = frameCount(length);
    if (frames == 0)
        return;
    threads = threadCount(threads);
    // MFCC with top_db: the dB mels wait in a frame-major buffer for the overall maximum.
    std::vector<float> dbMels(needsTwoPasses() ? std::size_t(frames * melBands()) : 0);
    std::vector<float> maxima(std::size_t(threads), -std::numeric_limits<float>::infinity());
    parallelRanges(frames, threads, [&](int thread, qint64 first, qint64 count) {
        Worker worker(*this);
        maxima[std::size_t(thread)] =
            needsTwoPasses()
                ? worker.run(signal, 0, length, length, first, count, dbMels.data() + first * melBands(), 1, melBands())
                : worker.run(signal, 0, length, length, first, count, out + first * frameStride, featureStride,
                             frameStride);
    });
    if (!m_options.db.enabled || !m_options.db.topDb)
        return;
    const float maxDb = *std::max_element(maxima.begin(), maxima.end());
    if (needsTwoPasses()) {
        finishMfcc(dbMels.data(), frames, maxDb, out, featureStride, frameStride, threads);
        return;
    }
    const qint64 n = frames * features();
    if ((featureStride == 1 && frameStride == features()) || (frameStride == 1 && featureStride == frames)) {
        clampDb(out, n, maxDb, threads);  // dense: the layout does not matter
        return;
    }
    const float floor = maxDb - float(*m_options.db.topDb);
    for (int f = 0; f < features(); ++f)
        for (qint64 t = 0; t < frames; ++t) {
            float& v = out[f * featureStride + t * frameStride];
            v = std::max(v, floor);
        }
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
