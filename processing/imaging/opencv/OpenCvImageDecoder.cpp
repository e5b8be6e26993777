#include "imaging/opencv/OpenCvImageDecoder.h"

#include <QFile>
#include <opencv2/imgcodecs.hpp>

namespace lockstep {

DecodedImage OpenCvImageDecoder::decode(const QString& absolutePath, const QString& format)
{
    DecodedImage out;
    cv::Mat mat;
    try {
        mat = cv::imread(QFile::encodeName(absolutePath).toStdString(), cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        out.info.error = QStringLiteral("cannot decode '%1': %2").arg(absolutePath, QString::fromStdString(e.msg));
        return out;
    }
    if (mat.empty()) {
        out.info.error =
            QStringLiteral("cannot decode '%1': unsupported, truncated or corrupt image").arg(absolutePath);
        return out;
    }
    if (mat.depth() != CV_8U) {
        cv::Mat converted;
        const double scale = mat.depth() == CV_16U ? 1.0 / 257.0 : (mat.depth() == CV_32F ? 255.0 : 1.0);
        mat.convertTo(converted, CV_8U, scale);
        mat = converted;
    }
    out.info.ok = true;
    out.info.width = mat.cols;
    out.info.height = mat.rows;
    out.info.channels = mat.channels();
    out.info.format = format;
    const std::size_t rowBytes = std::size_t(mat.cols) * std::size_t(mat.channels());
    // Copied in without zero-filling the buffer first (resize + memcpy wrote every byte twice).
    out.pixels.reserve(rowBytes * std::size_t(mat.rows));
    if (mat.isContinuous())
        out.pixels.assign(mat.data, mat.data + rowBytes * std::size_t(mat.rows));
    else
        for (int y = 0; y < mat.rows; ++y)
            out.pixels.insert(out.pixels.end(), mat.ptr(y), mat.ptr(y) + rowBytes);
    return out;
}

}  // namespace lockstep
