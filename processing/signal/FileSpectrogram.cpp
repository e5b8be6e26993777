#include "signal/FileSpectrogram.h"

#include "media/AudioStreamReader.h"
#include "progress/Progress.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <thread>

namespace lockstep {

namespace {

// Frames computed per read: ~1.3 MB of samples at hop 160, so a chunk is still in cache for its FFTs.
constexpr qint64 kChunkFrames = 2048;

}  // namespace

FileSpectrogramResult FileSpectrogram::compute(const QString& absolutePath, FeatureOptions options, int threads,
                                               Progress* progress)
{
    FileSpectrogramResult result;
    AudioStreamReader probe;
    if (!probe.open(absolutePath)) {
        result.error = probe.info().error;
        return result;
    }
    result.info = probe.info();
    if (options.mel)
        options.mel->sampleRate = result.info.sampleRate;
    const SpectrogramPipeline pipeline(options);
    const qint64 length = result.info.frames;
    const qint64 frames = pipeline.frameCount(length);
    if (frames == 0) {
        result.error = QStringLiteral("'%1' is too short for one frame of %2 samples (%3 samples)")
                           .arg(absolutePath)
                           .arg(options.stft.nFft)
                           .arg(length);
        return result;
    }
    const int features = pipeline.features();
    // Not zero-filled: every value is written, by the thread that owns its frames (first touch there too).
    std::unique_ptr<float[]> values(new float[std::size_t(frames * features)]);
    std::unique_ptr<float[]> dbMels(pipeline.needsTwoPasses() ? new float[std::size_t(frames * pipeline.melBands())]
                                                              : nullptr);

    threads = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = int(std::clamp<qint64>(frames / kChunkFrames, 1, threads));
    std::vector<float> maxima(std::size_t(threads), -std::numeric_limits<float>::infinity());
    std::vector<QString> errors(static_cast<std::size_t>(threads));
    std::atomic<qint64> done{0};
    std::atomic<bool> stop{false};
    const QString message = QStringLiteral("Computing features of %1").arg(absolutePath);
    auto work = [&](int thread, qint64 first, qint64 count) {
        AudioStreamReader reader;
        if (thread == 0)
            reader = std::move(probe);
        else if (!reader.open(absolutePath)) {
            errors[std::size_t(thread)] = reader.info().error;
            stop = true;
            return;
        }
        SpectrogramPipeline::Worker worker(pipeline);
        std::vector<float> piece;  // samples [pieceBegin, pieceBegin + piece.size())
        std::vector<float> fresh;
        qint64 pieceBegin = 0;
        float top = -std::numeric_limits<float>::infinity();
        for (qint64 chunk = first; chunk < first + count && !stop; chunk += kChunkFrames) {
            const qint64 n = std::min(kChunkFrames, first + count - chunk);
            const SampleRange range = pipeline.pieceFor(chunk, n, length);
            // Consecutive chunks overlap by n_fft - hop samples: keep them and read on without seeking.
            const qint64 pieceEnd = pieceBegin + qint64(piece.size());
            qint64 readFrom = range.begin;
            if (!piece.empty() && range.begin >= pieceBegin && range.begin <= pieceEnd && range.end >= pieceEnd) {
                piece.erase(piece.begin(), piece.begin() + (range.begin - pieceBegin));
                readFrom = pieceEnd;
            } else {
                piece.clear();
            }
            pieceBegin = range.begin;
            if (reader.readMono(readFrom, range.end - readFrom, &fresh) != range.end - readFrom) {
                errors[std::size_t(thread)] = QStringLiteral("cannot read samples %1 to %2 of '%3'")
                                                  .arg(readFrom)
                                                  .arg(range.end)
                                                  .arg(absolutePath);
                stop = true;
                return;
            }
            piece.insert(piece.end(), fresh.begin(), fresh.end());
            const float chunkTop = dbMels
                                       ? worker.run(piece.data(), range.begin, qint64(piece.size()), length, chunk, n,
                                                    dbMels.get() + chunk * pipeline.melBands(), 1, pipeline.melBands())
                                       : worker.run(piece.data(), range.begin, qint64(piece.size()), length, chunk, n,
                                                    values.get() + chunk, frames, 1);
            top = std::max(top, chunkTop);
            const qint64 total = done += n;
            if (progress && thread == 0) {
                progress->report(message, total, frames);
                if (progress->isCancelled())
                    stop = true;
            }
        }
        maxima[std::size_t(thread)] = top;
    };
    const qint64 per = (frames + threads - 1) / threads;
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(work, i, std::min(frames, i * per), std::max<qint64>(0, std::min(per, frames - i * per)));
    work(0, 0, std::min(per, frames));
    for (std::thread& t : pool)
        t.join();
    for (const QString& e : errors)
        if (!e.isEmpty()) {
            result.error = e;
            return result;
        }
    if (stop) {
        result.error = QStringLiteral("cancelled while computing features of '%1'").arg(absolutePath);
        return result;
    }
    if (options.db.enabled && options.db.topDb) {
        const float maxDb = *std::max_element(maxima.begin(), maxima.end());
        if (dbMels)
            pipeline.finishMfcc(dbMels.get(), frames, maxDb, values.get(), frames, 1, threads);
        else
            pipeline.clampDb(values.get(), frames * features, maxDb, threads);
    }
    result.frames = frames;
    result.features = features;
    result.values = std::move(values);
    result.ok = true;
    return result;
}

}  // namespace lockstep
