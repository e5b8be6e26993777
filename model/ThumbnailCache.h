#pragma once

#include "RequestGeneration.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QStringList>

class QThreadPool;

namespace lockstep {

// Thumbnails of image files for the sample grid: decoded off the GUI thread (QImageReader at the reduced
// size, so a 24-megapixel photo never lands in memory whole), kept in memory within a budget (least recently
// used out) and on disk in the project's cache folder, keyed by path, file size, modification time and
// thumbnail size: a second open of the project reads the small files and decodes no original again; a changed
// file gets a new key. thumbnail() never blocks: it answers what is ready and queues the rest, newest first
// (the tiles on screen come before those scrolled past), dropping the oldest queued requests beyond a limit.
class ThumbnailCache final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kDefaultBudgetBytes = 64LL * 1024 * 1024;
    static constexpr int kMaxQueued = 512;
    enum class State { Ready, Pending, Failed };

    explicit ThumbnailCache(QObject* parent = nullptr);
    ~ThumbnailCache() override;

    // Where a project keeps regenerable files: "<project file>.cache/" beside it. Thumbnails go in
    // "thumbnails/" inside.
    static QString projectCacheFolder(const QString& projectPath);
    static QString thumbnailFolder(const QString& projectPath);

    // An empty folder keeps thumbnails in memory only. A new folder or size drops what is in memory.
    void setCacheFolder(const QString& folder);
    QString cacheFolder() const { return m_folder; }
    void setThumbnailSize(const QSize& bound);  // device pixels
    QSize thumbnailSize() const { return m_size; }
    void setBudget(qint64 bytes);
    void clear();

    // The thumbnail of the file at absolutePath, or a null image (state Pending: queued, thumbnailReady follows;
    // Failed: not an image we can read).
    QImage thumbnail(const QString& absolutePath, State* state = nullptr);

    int pendingCount() const { return int(m_queue.size()) + m_running; }
    void waitForAll();
    // Counters since construction: originals decoded, thumbnails read back from the disk cache.
    qint64 decodedCount() const { return m_decoded; }
    qint64 diskHitCount() const { return m_diskHits; }
    qint64 memoryBytes() const { return m_memory.totalCost(); }
    // Files queued since construction (a file asked for again while queued counts once).
    qint64 requestCount() const { return m_requests; }

    // The file name a thumbnail is stored under (relative to the folder), or "" when the file is not there.
    static QString cacheKey(const QString& absolutePath, const QSize& bound);

signals:
    void thumbnailReady(const QString& absolutePath);

private:
    struct Result {
        QImage image;
        bool fromDisk = false;
        bool decoded = false;
    };
    static Result produce(const QString& path, const QSize& bound, const QString& folder);
    void pump();

    QThreadPool* m_pool = nullptr;
    RequestGeneration m_generation;
    QString m_folder;
    QSize m_size{160, 120};
    QCache<QString, QImage> m_memory;
    QSet<QString> m_failed;
    QSet<QString> m_queued;
    QStringList m_queue;  // back = newest
    int m_running = 0;
    qint64 m_decoded = 0;
    qint64 m_diskHits = 0;
    qint64 m_requests = 0;
};

}  // namespace lockstep
