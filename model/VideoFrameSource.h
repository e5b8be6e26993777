#pragma once

#include "dataset/Micros.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <memory>
#include <mutex>
#include <vector>

namespace lockstep {

class VideoFrameReader;

// Pictures of one video file by time, for the frame strip and the image pane, callable from any thread. Each
// call borrows an open reader (a video decoder keeps its place, so the next frame is cheap) and gives it back;
// as many readers are opened as threads ask at once. The decoding runs in the imaging module (OpenCV), which
// the first call loads.
class VideoFrameSource {
public:
    explicit VideoFrameSource(QString absolutePath);
    ~VideoFrameSource();

    VideoFrameSource(const VideoFrameSource&) = delete;
    VideoFrameSource& operator=(const VideoFrameSource&) = delete;

    const QString& path() const { return m_path; }
    // The frame on screen at `time` from the start of the video, scaled down to fit `bound` (keeping its
    // aspect ratio), as RGB32; a null image when the video cannot be read (lastError() says why).
    QImage frameAt(Micros time, const QSize& bound);
    QString lastError() const;

private:
    std::unique_ptr<VideoFrameReader> borrow(QString* error);
    void giveBack(std::unique_ptr<VideoFrameReader> reader);

    QString m_path;
    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<VideoFrameReader>> m_idle;
    QString m_error;
};

}  // namespace lockstep
