// ImageMetrics::toList stays in the engine: the scan stores and lists image metrics without OpenCV, while the
// measuring itself (ImageMetrics.cpp) is compiled into the imaging module.

#include "quality/ImageMetrics.h"

namespace lockstep {

QList<QPair<QString, double>> ImageMetrics::toList() const
{
    return {
        {QStringLiteral("image.width"), double(width)},
        {QStringLiteral("image.height"), double(height)},
        {QStringLiteral("image.channels"), double(channels)},
        {QStringLiteral("image.is_grayscale"), grayscale ? 1.0 : 0.0},
        {QStringLiteral("image.aspect_ratio"), aspectRatio},
        {QStringLiteral("image.brightness_mean"), brightnessMean},
        {QStringLiteral("image.brightness_p5"), brightnessP5},
        {QStringLiteral("image.brightness_p99"), brightnessP99},
        {QStringLiteral("image.contrast_rms"), contrastRms},
        {QStringLiteral("image.sharpness_laplacian"), sharpnessLaplacian},
        {QStringLiteral("image.blur_score"), blurScore},
        {QStringLiteral("image.entropy"), entropy},
    };
}

}  // namespace lockstep
