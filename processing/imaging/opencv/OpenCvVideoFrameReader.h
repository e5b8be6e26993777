#pragma once

#include "imaging/ImagingBackend.h"

#include <memory>

namespace lockstep {

// Inside the imaging module: frames of one video file by time through cv::VideoCapture. Keeps the capture open
// between calls, so a strip of thumbnails read left to right decodes forward instead of seeking for each.
class OpenCvVideoFrameReader final : public VideoFrameReader {
public:
    // Null with *error when the file does not open as a video with a frame size.
    static std::unique_ptr<OpenCvVideoFrameReader> open(const QString& absolutePath, QString* error);
    ~OpenCvVideoFrameReader() override;

    const VideoInfo& info() const override { return m_info; }
    DecodedImage frameAt(Micros time, int maxWidth, int maxHeight) override;

private:
    struct Capture;
    OpenCvVideoFrameReader(std::unique_ptr<Capture> capture, VideoInfo info, QString path);

    std::unique_ptr<Capture> m_capture;
    VideoInfo m_info;
    QString m_path;
    qint64 m_next = 0;  // the frame the next read() returns
};

}  // namespace lockstep
