#include "imaging/opencv/OpenCvVideoFrameReader.h"

#include "imaging/opencv/OpenCvVideoInfo.h"

#include <QFile>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace lockstep {

namespace {

// Up to this many frames ahead, decoding on is cheaper than a seek (which decodes from the previous key frame).
constexpr qint64 kDecodeOnFrames = 24;

}  // namespace

struct OpenCvVideoFrameReader::Capture {
    cv::VideoCapture capture;
};

std::unique_ptr<OpenCvVideoFrameReader> OpenCvVideoFrameReader::open(const QString& absolutePath, QString* error)
{
    auto capture = std::make_unique<Capture>();
    VideoInfo info;
    try {
        if (!capture->capture.open(QFile::encodeName(absolutePath).toStdString())) {
            *error = QStringLiteral("cannot open video '%1' (unsupported codec or corrupt file)").arg(absolutePath);
            return nullptr;
        }
        info = videoInfoOf(capture->capture, absolutePath);
    } catch (const cv::Exception& e) {
        *error = QStringLiteral("cannot open video '%1': %2").arg(absolutePath, QString::fromStdString(e.msg));
        return nullptr;
    }
    if (!info.ok) {
        *error = info.error;
        return nullptr;
    }
    return std::unique_ptr<OpenCvVideoFrameReader>(
        new OpenCvVideoFrameReader(std::move(capture), std::move(info), absolutePath));
}

OpenCvVideoFrameReader::OpenCvVideoFrameReader(std::unique_ptr<Capture> capture, VideoInfo info, QString path)
    : m_capture(std::move(capture)), m_info(std::move(info)), m_path(std::move(path))
{}

OpenCvVideoFrameReader::~OpenCvVideoFrameReader() = default;

DecodedImage OpenCvVideoFrameReader::frameAt(Micros time, int maxWidth, int maxHeight)
{
    DecodedImage out;
    const double fps = m_info.fps > 0.0 && std::isfinite(m_info.fps) ? m_info.fps : 25.0;
    // The frame shown at `time` is the last one that started at or before it. Half a microsecond of tolerance:
    // k / fps rounded to whole microseconds (as timelines store it) still gives frame k.
    qint64 index = static_cast<qint64>(std::floor((double(time.count()) + 0.5) * fps / 1e6));
    index = std::max<qint64>(0, index);
    if (m_info.frames > 0)
        index = std::min(index, m_info.frames - 1);
    cv::Mat frame;
    try {
        cv::VideoCapture& capture = m_capture->capture;
        if (index < m_next || index - m_next > kDecodeOnFrames) {
            capture.set(cv::CAP_PROP_POS_FRAMES, double(index));
            m_next = index;
        }
        while (m_next < index && capture.grab())
            ++m_next;
        if (!capture.read(frame) || frame.empty()) {
            m_next = -kDecodeOnFrames - 1;  // unknown position: seek next time
            out.info.error = QStringLiteral("cannot read frame %1 of video '%2'").arg(index).arg(m_path);
            return out;
        }
        ++m_next;
        if (frame.depth() != CV_8U)
            frame.convertTo(frame, CV_8U);
        if (frame.channels() == 1)
            cv::cvtColor(frame, frame, cv::COLOR_GRAY2BGR);
        else if (frame.channels() == 4)
            cv::cvtColor(frame, frame, cv::COLOR_BGRA2BGR);
        double scale = 1.0;
        if (maxWidth > 0)
            scale = std::min(scale, double(maxWidth) / frame.cols);
        if (maxHeight > 0)
            scale = std::min(scale, double(maxHeight) / frame.rows);
        if (scale < 1.0) {
            const cv::Size size(std::max(1, int(std::lround(frame.cols * scale))),
                                std::max(1, int(std::lround(frame.rows * scale))));
            cv::Mat small;
            cv::resize(frame, small, size, 0, 0, cv::INTER_AREA);
            frame = small;
        }
    } catch (const cv::Exception& e) {
        m_next = -kDecodeOnFrames - 1;
        out.info.error = QStringLiteral("cannot read video '%1': %2").arg(m_path, QString::fromStdString(e.msg));
        return out;
    }
    out.info.ok = true;
    out.info.width = frame.cols;
    out.info.height = frame.rows;
    out.info.channels = 3;
    const std::size_t rowBytes = std::size_t(frame.cols) * 3;
    out.pixels.resize(rowBytes * std::size_t(frame.rows));
    for (int y = 0; y < frame.rows; ++y)
        std::memcpy(out.pixels.data() + rowBytes * std::size_t(y), frame.ptr(y), rowBytes);
    return out;
}

}  // namespace lockstep
