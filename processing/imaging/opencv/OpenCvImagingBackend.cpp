#include "imaging/opencv/OpenCvImagingBackend.h"

#include "demo/DemoGenerator.h"
#include "imaging/opencv/OpenCvImageDecoder.h"
#include "imaging/opencv/OpenCvVideoFrameReader.h"
#include "imaging/opencv/OpenCvVideoProbe.h"
#include "lockstep_imaging_export.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/core/version.hpp>

namespace lockstep {

QString OpenCvImagingBackend::libraryVersion() const
{
    return QStringLiteral("OpenCV %1").arg(QString::fromStdString(cv::getVersionString()));
}

void OpenCvImagingBackend::setLibraryThreads(int threads) const
{
    cv::setNumThreads(threads);
}

DecodedImage OpenCvImagingBackend::decodePixels(const QString& absolutePath, const QString& format) const
{
    return OpenCvImageDecoder::decode(absolutePath, format);
}

ImageMetrics OpenCvImagingBackend::measureImage(const DecodedImage& image) const
{
    return ImageMetricsCalculator::compute(image);
}

VideoInfo OpenCvImagingBackend::probeVideo(const QString& absolutePath) const
{
    return OpenCvVideoProbe::probe(absolutePath);
}

std::unique_ptr<VideoFrameReader> OpenCvImagingBackend::openVideo(const QString& absolutePath, QString* error) const
{
    return OpenCvVideoFrameReader::open(absolutePath, error);
}

DemoDataset::Result OpenCvImagingBackend::generateDemo(const QString& outDir, const DemoDataset::Options& options,
                                                       Progress& progress) const
{
    return demo::generateDataset(outDir, options, progress);
}

}  // namespace lockstep

extern "C" LOCKSTEP_IMAGING_EXPORT const lockstep::ImagingBackend* lockstep_imaging_backend(int interfaceVersion)
{
    static const lockstep::OpenCvImagingBackend backend;
    return interfaceVersion == lockstep::ImagingBackend::kInterfaceVersion ? &backend : nullptr;
}
