#include "TimelineSpectrogramTiles.h"
#include "QueuedContinuation.h"

#include "media/AudioStreamReader.h"
#include "signal/MelFilterbank.h"
#include "signal/Stft.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <exception>

namespace lockstep {

namespace {

// About 32 ms windows: a good time/frequency balance for speech and most sounds.
int nFftFor(int sampleRate)
{
    int n = 256;
    while (n < sampleRate / 32)
        n *= 2;
    return n;
}

}  // namespace

TimelineSpectrogramTiles::TimelineSpectrogramTiles(QObject* parent) : QObject(parent), m_pool(new QThreadPool(this))
{
    m_workers = std::max(1, QThread::idealThreadCount());
    m_pool->setMaxThreadCount(m_workers);
    m_cache.setMaxCost(kBudgetBytes);
    m_colors = TimelineColormap::table(m_colormap, m_floorDb, m_ceilDb, kQuantFloorDb, kQuantCeilDb);
}

TimelineSpectrogramTiles::~TimelineSpectrogramTiles()
{
    m_generation.retire();
    m_pool->waitForDone();
}

void TimelineSpectrogramTiles::waitForAll()
{
    m_pool->waitForDone();
}

void TimelineSpectrogramTiles::invalidate()
{
    m_generation.advance();
    m_cache.clear();
    m_failed.clear();
    m_requested.clear();
    m_queue.clear();
    m_running = 0;
}

void TimelineSpectrogramTiles::clear()
{
    invalidate();
    m_path.clear();
    m_sampleRate = 0;
    m_frames = 0;
}

void TimelineSpectrogramTiles::setSource(const QString& absolutePath, int sampleRate, qint64 frames)
{
    invalidate();
    m_path = absolutePath;
    m_sampleRate = std::max(0, sampleRate);
    m_frames = std::max<qint64>(0, frames);
    m_nFft = nFftFor(std::max(8000, m_sampleRate));
}

void TimelineSpectrogramTiles::setMel(bool mel, int nMels)
{
    if (mel == m_mel && nMels == m_nMels)
        return;
    m_mel = mel;
    m_nMels = std::max(8, nMels);
    const QString path = m_path;
    const int rate = m_sampleRate;
    const qint64 frames = m_frames;
    setSource(path, rate, frames);
}

double TimelineSpectrogramTiles::frequencyOfRow(double row) const
{
    const double nyquist = m_sampleRate / 2.0;
    if (!m_mel)
        return row * m_sampleRate / static_cast<double>(m_nFft);
    // HTK mel rows: centre of filter m is at mel fraction (m + 1) / (nMels + 1).
    const double melMax = MelFilterbank::hzToMel(nyquist, MelScale::Htk);
    return MelFilterbank::melToHz(melMax * (row + 1.0) / (m_nMels + 1.0), MelScale::Htk);
}

double TimelineSpectrogramTiles::rowOfFrequency(double hz) const
{
    if (!m_mel)
        return hz * m_nFft / static_cast<double>(std::max(1, m_sampleRate));
    const double melMax = MelFilterbank::hzToMel(m_sampleRate / 2.0, MelScale::Htk);
    return MelFilterbank::hzToMel(hz, MelScale::Htk) / melMax * (m_nMels + 1.0) - 1.0;
}

void TimelineSpectrogramTiles::setRange(double floorDb, double ceilDb)
{
    m_floorDb = std::min(floorDb, ceilDb - 1.0);
    m_ceilDb = ceilDb;
    m_colors = TimelineColormap::table(m_colormap, m_floorDb, m_ceilDb, kQuantFloorDb, kQuantCeilDb);
}

void TimelineSpectrogramTiles::setColormap(TimelineColormap::Kind kind)
{
    m_colormap = kind;
    m_colors = TimelineColormap::table(m_colormap, m_floorDb, m_ceilDb, kQuantFloorDb, kQuantCeilDb);
}

int TimelineSpectrogramTiles::levelFor(double framesPerPixel) const
{
    int level = 0;
    while (level < kMaxLevel && static_cast<double>(hop(level + 1)) <= framesPerPixel)
        ++level;
    return level;
}

qint64 TimelineSpectrogramTiles::columnCount(int level) const
{
    // torch.stft with centre padding: 1 + n / hop frames.
    return m_frames > 0 ? 1 + m_frames / hop(level) : 0;
}

qint64 TimelineSpectrogramTiles::tileCount(int level) const
{
    return (columnCount(level) + kTileColumns - 1) / kTileColumns;
}

QImage TimelineSpectrogramTiles::cachedTile(int level, qint64 index) const
{
    const QImage* image = m_cache.object(key(level, index));
    return image ? *image : QImage();
}

QImage TimelineSpectrogramTiles::tile(int level, qint64 index)
{
    if (!hasSource() || index < 0 || index >= tileCount(level))
        return {};
    const quint64 k = key(level, index);
    if (const QImage* image = m_cache.object(k))
        return *image;
    if (m_failed.contains(k))
        return {};
    if (!m_requested.contains(k)) {
        m_requested.insert(k);
        m_queue.append(k);
    } else {
        const qsizetype at = m_queue.indexOf(k);
        if (at >= 0 && at != m_queue.size() - 1) {
            m_queue.removeAt(at);
            m_queue.append(k);
        }
    }
    pump();
    return {};
}

void TimelineSpectrogramTiles::keepOnly(int level, qint64 firstTile, qint64 lastTile)
{
    m_queue.removeIf([&](quint64 k) {
        const int l = static_cast<int>(k >> 48);
        const qint64 i = static_cast<qint64>(k & ((quint64(1) << 48) - 1));
        const bool drop = l != level || i < firstTile || i > lastTile;
        if (drop)
            m_requested.remove(k);
        return drop;
    });
}

void TimelineSpectrogramTiles::pump()
{
    while (m_running < m_workers && !m_queue.isEmpty()) {
        const quint64 k = m_queue.takeLast();
        const int level = static_cast<int>(k >> 48);
        const qint64 index = static_cast<qint64>(k & ((quint64(1) << 48) - 1));
        const qint64 first = index * kTileColumns;
        const int count = static_cast<int>(std::min<qint64>(kTileColumns, columnCount(level) - first));
        ++m_running;
        const RequestGeneration::Ticket ticket = m_generation.ticket();
        const QFuture<QImage> future =
            QtConcurrent::run(m_pool, [path = m_path, nFft = m_nFft, h = hop(level), mel = m_mel, nMels = m_nMels,
                                       rate = m_sampleRate, first, count, ticket] {
                if (ticket.isStale())
                    return QImage();
                // An exception must not escape: the continuation would never run and the tile would stay
                // pending for ever.
                try {
                    return computeTile(path, nFft, h, mel, nMels, rate, first, count);
                } catch (const std::exception&) {
                    return QImage();
                }
            });
        continueQueued(future, this, ticket, [this, k, level, index](const QImage& image) {
            --m_running;
            m_requested.remove(k);
            if (image.isNull()) {
                m_failed.insert(k);  // unreadable audio: asked again, it would fail again
            } else {
                m_cache.insert(k, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes()));
                emit tileReady(level, index);
            }
            pump();
        });
    }
}

QImage TimelineSpectrogramTiles::computeTile(const QString& absolutePath, int nFft, qint64 hop, bool mel, int nMels,
                                             int sampleRate, qint64 first, int count)
{
    if (count <= 0)
        return {};
    AudioStreamReader reader;
    if (!reader.open(absolutePath))
        return {};
    const qint64 length = reader.info().frames;
    StftOptions options;
    options.nFft = nFft;
    options.winLength = nFft;
    options.hopLength = static_cast<int>(std::min<qint64>(hop, 1 << 30));
    options.power = 2.0;
    const Stft stft(options);

    Spectrogram spectrum;
    std::vector<float> piece;
    if (hop <= nFft) {
        // Neighbouring columns overlap: one contiguous read for the whole tile.
        // Exactly what the frames read, reflection at the file's ends included.
        const SampleRange range = stft.pieceFor(first, count, length);
        const qint64 from = range.begin;
        const qint64 to = range.end;
        const qint64 got = reader.readMono(from, to - from, &piece);
        spectrum = stft.computeFrames(piece.data(), from, got, length, first, count);
    } else {
        // Zoomed out: one window per column, read on its own (the rest of the audio is never touched).
        spectrum.frames = count;
        spectrum.bins = options.bins();
        spectrum.values.assign(static_cast<std::size_t>(count) * static_cast<std::size_t>(spectrum.bins), 0.0f);
        for (int c = 0; c < count; ++c) {
            const qint64 t = first + c;
            const SampleRange range = stft.pieceFor(t, 1, length);
            const qint64 from = range.begin;
            const qint64 to = range.end;
            const qint64 got = reader.readMono(from, std::max<qint64>(0, to - from), &piece);
            const Spectrogram one = stft.computeFrames(piece.data(), from, got, length, t, 1);
            if (one.frames == 1)
                std::copy(one.values.begin(), one.values.end(),
                          spectrum.values.begin() + static_cast<std::ptrdiff_t>(c) * spectrum.bins);
        }
    }
    if (spectrum.frames <= 0)
        return {};
    if (mel) {
        MelOptions melOptions;
        melOptions.sampleRate = sampleRate;
        melOptions.nMels = nMels;
        spectrum = MelFilterbank(nFft, melOptions).apply(spectrum);
    }

    // 0 dB = the peak of a full-scale sine: a periodic Hann window sums to n/2, the sine's bin to a quarter.
    const double reference = (nFft / 4.0) * (nFft / 4.0);
    const int rows = spectrum.bins;
    QImage image(static_cast<int>(spectrum.frames), rows, QImage::Format_Indexed8);
    image.setColorCount(256);
    const double scale = 255.0 / (kQuantCeilDb - kQuantFloorDb);
    for (qint64 t = 0; t < spectrum.frames; ++t) {
        const float* column = spectrum.frame(t);
        for (int r = 0; r < rows; ++r) {
            const double db = 10.0 * std::log10(std::max(1e-20, static_cast<double>(column[r]) / reference));
            const int index = static_cast<int>(std::lround((db - kQuantFloorDb) * scale));
            // Row 0 of the image is the top: the highest frequency.
            image.scanLine(rows - 1 - r)[t] = static_cast<uchar>(std::clamp(index, 0, 255));
        }
    }
    return image;
}

}  // namespace lockstep
