#pragma once

#include "RequestGeneration.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

#include "dataset/Micros.h"

class QThreadPool;

namespace lockstep {

class VideoFrameSource;

// Small pictures of a frame sequence (image files, or times in one video file) for the frame strip, decoded
// on demand off the GUI thread and kept
// within a memory budget (least recently used first out). thumbnail() never blocks: it returns what is
// ready and queues the rest; thumbnailReady() says when to repaint. Newest requests are decoded first, so
// the frames on screen come before those scrolled past.
class TimelineThumbnails final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kBudgetBytes = 48LL * 1024 * 1024;

    explicit TimelineThumbnails(QObject* parent = nullptr);
    ~TimelineThumbnails() override;

    // Absolute paths of the frames, in order; height of a thumbnail in device pixels.
    void setFrames(const QStringList& absolutePaths, int height);
    // Frames inside a video file, at these times from its start (VideoFrameSource decodes them).
    void setVideo(const QString& absolutePath, std::vector<Micros> times, int height);
    void clear();
    // A new size (the lane was resized): the cached thumbnails are dropped, the frames kept.
    void setThumbnailHeight(int height);
    int height() const { return m_height; }
    int count() const { return m_video ? static_cast<int>(m_videoTimes.size()) : static_cast<int>(m_paths.size()); }

    // The thumbnail of frame i, or a null image (then queued). Aspect ratio from the first decoded frame.
    QImage thumbnail(int index);
    // Decodes a frame at a larger size (the image pane) on the same workers; result via frameReady().
    void requestLarge(int index, const QSize& size);
    // Width of a thumbnail once the first is known (height * 4 / 3 before).
    int thumbnailWidth() const { return m_width; }
    int pendingCount() const { return static_cast<int>(m_queue.size()) + m_running; }
    void waitForAll();

signals:
    void thumbnailReady(int index);
    void frameReady(int index, const QImage& image);

private:
    // What decodes frame `index` at most `bound` large, on a worker thread.
    std::function<QImage(const QSize& bound)> decoderOf(int index) const;
    void pump();

    QThreadPool* m_pool = nullptr;
    RequestGeneration m_generation;
    QStringList m_paths;
    std::shared_ptr<VideoFrameSource> m_video;  // set: the frames are m_videoTimes in this video
    std::vector<Micros> m_videoTimes;
    int m_height = 48;
    int m_width = 64;
    bool m_widthKnown = false;
    QCache<int, QImage> m_cache;
    QSet<int> m_requested;
    QList<int> m_queue;  // back = newest
    int m_running = 0;
    quint64 m_largeRequest = 0;
};

}  // namespace lockstep
