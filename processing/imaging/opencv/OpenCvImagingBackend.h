#pragma once

#include "imaging/ImagingBackend.h"

namespace lockstep {

// The imaging module's implementation of ImagingBackend: each call goes to the OpenCV-based code that lives in
// the module (OpenCvImageDecoder, ImageMetricsCalculator, OpenCvVideoProbe, OpenCvVideoFrameReader, the demo
// generator).
class OpenCvImagingBackend final : public ImagingBackend {
public:
    QString libraryVersion() const override;
    void setLibraryThreads(int threads) const override;
    DecodedImage decodePixels(const QString& absolutePath, const QString& format) const override;
    ImageMetrics measureImage(const DecodedImage& image) const override;
    VideoInfo probeVideo(const QString& absolutePath) const override;
    std::unique_ptr<VideoFrameReader> openVideo(const QString& absolutePath, QString* error) const override;
    DemoDataset::Result generateDemo(const QString& outDir, const DemoDataset::Options& options,
                                     Progress& progress) const override;
};

}  // namespace lockstep
