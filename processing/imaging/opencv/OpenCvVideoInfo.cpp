#include "imaging/opencv/OpenCvVideoInfo.h"

#include <opencv2/videoio.hpp>

#include <cmath>

namespace lockstep {

VideoInfo videoInfoOf(cv::VideoCapture& capture, const QString& absolutePath)
{
    VideoInfo info;
    info.width = static_cast<int>(capture.get(cv::CAP_PROP_FRAME_WIDTH));
    info.height = static_cast<int>(capture.get(cv::CAP_PROP_FRAME_HEIGHT));
    info.fps = capture.get(cv::CAP_PROP_FPS);
    info.frames = static_cast<qint64>(capture.get(cv::CAP_PROP_FRAME_COUNT));
    info.backend = QString::fromStdString(capture.getBackendName());
    if (info.fps > 0.0 && std::isfinite(info.fps) && info.frames > 0)
        info.duration = Micros{static_cast<std::int64_t>(std::llround(double(info.frames) * 1e6 / info.fps))};
    if (info.width <= 0 || info.height <= 0) {
        info.error = QStringLiteral("video '%1' has no readable frames").arg(absolutePath);
        return info;
    }
    info.ok = true;
    return info;
}

}  // namespace lockstep
