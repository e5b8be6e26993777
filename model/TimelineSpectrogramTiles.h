#pragma once

#include "RequestGeneration.h"
#include "TimelineColormap.h"

#include <QCache>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSet>
#include <memory>

class QThreadPool;

namespace lockstep {

// Spectrogram tiles of one audio file for the timeline, computed lazily on a thread pool: a tile is
// kTileColumns STFT columns at one level (level L uses hop = baseHop * 2^L, so a zoomed-out view needs few
// columns), read in pieces with AudioStreamReader, transformed with Stft::computeFrames (and MelFilterbank),
// converted to dB and quantised into an 8-bit indexed image. The display range and colormap are the tiles'
// colour table, so changing them repaints at once without recomputing. Tiles live in a memory budget
// (least recently used out). tile() never blocks: it returns what is ready and queues the rest, newest
// request first; tileReady() says when to repaint.
class TimelineSpectrogramTiles final : public QObject {
    Q_OBJECT
public:
    static constexpr int kTileColumns = 256;
    static constexpr qint64 kBudgetBytes = 96LL * 1024 * 1024;
    // The dB levels the 256 indices stand for (0 dB: a full-scale sine's peak).
    static constexpr double kQuantFloorDb = -130.0;
    static constexpr double kQuantCeilDb = 10.0;
    static constexpr int kMaxLevel = 16;

    explicit TimelineSpectrogramTiles(QObject* parent = nullptr);
    ~TimelineSpectrogramTiles() override;

    void setSource(const QString& absolutePath, int sampleRate, qint64 frames);
    void clear();
    bool hasSource() const { return m_sampleRate > 0 && m_frames > 0; }
    int sampleRate() const { return m_sampleRate; }
    qint64 frames() const { return m_frames; }

    // Linear (n_fft / 2 + 1 bins) or mel (nMels rows) spectrogram; recomputes tiles.
    void setMel(bool mel, int nMels = 80);
    bool isMel() const { return m_mel; }
    int nFft() const { return m_nFft; }
    int baseHop() const { return m_nFft / 4; }
    int rows() const { return m_mel ? m_nMels : m_nFft / 2 + 1; }
    // Centre frequency of a row (row 0 = lowest), in Hz; and the row of a frequency.
    double frequencyOfRow(double row) const;
    double rowOfFrequency(double hz) const;

    void setRange(double floorDb, double ceilDb);
    double floorDb() const { return m_floorDb; }
    double ceilDb() const { return m_ceilDb; }
    void setColormap(TimelineColormap::Kind kind);
    TimelineColormap::Kind colormap() const { return m_colormap; }
    const QList<QRgb>& colorTable() const { return m_colors; }

    qint64 hop(int level) const { return static_cast<qint64>(baseHop()) << level; }
    // The coarsest level whose columns are at most framesPerPixel audio frames apart.
    int levelFor(double framesPerPixel) const;
    qint64 columnCount(int level) const;
    qint64 tileCount(int level) const;
    // Audio frame at the centre of column c of a level (centred STFT: column c is centred on c * hop).
    qint64 frameOfColumn(int level, qint64 column) const { return column * hop(level); }

    // The tile, or a null image (then queued for computing).
    QImage tile(int level, qint64 index);
    // The tile if it is cached, without asking for it (for coarser stand-ins while a tile computes).
    QImage cachedTile(int level, qint64 index) const;
    // Forgets queued requests outside these tiles: the view has moved on.
    void keepOnly(int level, qint64 firstTile, qint64 lastTile);
    int pendingCount() const { return static_cast<int>(m_queue.size()) + m_running; }
    void waitForAll();

    // The dB image of one tile computed on the calling thread (the workers' function; tests use it).
    static QImage computeTile(const QString& absolutePath, int nFft, qint64 hop, bool mel, int nMels, int sampleRate,
                              qint64 first, int count);

signals:
    void tileReady(int level, qint64 index);

private:
    static quint64 key(int level, qint64 index) { return (static_cast<quint64>(level) << 48) | quint64(index); }
    void pump();
    void invalidate();

    QThreadPool* m_pool = nullptr;
    RequestGeneration m_generation;
    QString m_path;
    int m_sampleRate = 0;
    qint64 m_frames = 0;
    int m_nFft = 512;
    bool m_mel = true;
    int m_nMels = 80;
    double m_floorDb = -90.0;
    double m_ceilDb = -10.0;
    TimelineColormap::Kind m_colormap = TimelineColormap::Kind::Magma;
    QList<QRgb> m_colors;
    QCache<quint64, QImage> m_cache;
    QSet<quint64> m_requested;
    QSet<quint64> m_failed;
    QList<quint64> m_queue;  // back = newest
    int m_running = 0;
    int m_workers = 2;
};

}  // namespace lockstep
