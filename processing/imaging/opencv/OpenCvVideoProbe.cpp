#include "imaging/opencv/OpenCvVideoProbe.h"

#include "imaging/opencv/OpenCvVideoInfo.h"

#include <QFile>
#include <opencv2/videoio.hpp>

namespace lockstep {

VideoInfo OpenCvVideoProbe::probe(const QString& absolutePath)
{
    VideoInfo info;
    try {
        cv::VideoCapture capture(QFile::encodeName(absolutePath).toStdString());
        if (!capture.isOpened()) {
            info.error = QStringLiteral("cannot open video '%1' (unsupported codec or corrupt file)").arg(absolutePath);
            return info;
        }
        info = videoInfoOf(capture, absolutePath);
    } catch (const cv::Exception& e) {
        info.error = QStringLiteral("cannot open video '%1': %2").arg(absolutePath, QString::fromStdString(e.msg));
    }
    return info;
}

}  // namespace lockstep
