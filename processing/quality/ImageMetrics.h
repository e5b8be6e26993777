#pragma once

#include "lockstep_processing_export.h"
#include "quality/SimdPath.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QtGlobal>

namespace lockstep {

struct DecodedImage;

// Per-image quality measures, all computed from one decode. Where cleanvision defines a measure, the number is
// cleanvision's, so that its thresholds (ANCHORS.md) apply unchanged:
//   dark            brightnessP99 < 0.32
//   light           1 - brightnessP5 < 0.05
//   low_information entropy * 0.1 < 0.3
//   blurry          blurScore < 0.29
//   odd_aspect      min(aspectRatio, 1 / aspectRatio) < 0.35
// Colour images are interpreted as the decoder delivers them: B, G, R (and A) interleaved.
struct LOCKSTEP_PROCESSING_EXPORT ImageMetrics {
    int width = 0;
    int height = 0;
    int channels = 0;
    // One channel, or colour whose channels agree everywhere within 2 levels (max |B-G|, |G-R| <= 2; JPEG
    // chroma noise). cleanvision only calls a file grayscale when PIL opens it in mode "L" (a one-channel file).
    bool grayscale = false;
    double aspectRatio = 0.0;  // width / height
    // cleanvision's "brightness" statistic: sqrt(0.241 R^2 + 0.691 G^2 + 0.068 B^2) / 255 of the image's MEAN
    // colour (cleanvision applies the formula to the channel means, not to each pixel). 0..1.
    double brightnessMean = 0.0;
    // 5th and 99th percentile of the per-pixel brightness sqrt(0.241 R^2 + 0.691 G^2 + 0.068 B^2) / 255 at full
    // resolution, linearly interpolated like numpy.percentile (cleanvision's brightness_perc_5 / _99). One channel:
    // exact. Colour: from a histogram of brightness in steps of 1/2048, so within 1/2048 of numpy's value.
    double brightnessP5 = 0.0;
    double brightnessP99 = 0.0;
    // Population standard deviation of the full-resolution grayscale image (OpenCV BGR2GRAY, 8-bit) / 255.
    double contrastRms = 0.0;
    // Variance of the 3x3 Laplacian (OpenCV ksize 1: 4-neighbour, reflect-101 border) of the grayscale image
    // (cvtColor's BGR2GRAY) at its own size, times max(width, height) / 512. The factor makes sharp pictures of
    // any size comparable: a sharp edge gives the same Laplacian per pixel along it at any resolution, and the
    // share of pixels on edges falls as 1 / size, so a sharp 4000 px photo and its sharp 400 px thumbnail score
    // alike; at 512 px the value is the plain variance. Blur at the picture's own resolution (a soft lens, an
    // enlarged thumbnail) scores low at any size. Higher is sharper. In Python:
    //   cv2.Laplacian(gray, cv2.CV_64F).var() * max(h, w) / 512
    // (FileMeasurer version 2 and before resized the picture to a 512 px long side first, bilinear when enlarging.)
    double sharpnessLaplacian = 0.0;
    // cleanvision's blurry score, 0..1, lower is blurrier (flagged under 0.29); see CleanvisionBlur.h.
    double blurScore = 0.0;
    // cleanvision's "entropy": PIL Image.entropy() of the image in the mode PIL opens it in, i.e. the Shannon
    // entropy (bits) of the histogram of ALL bands concatenated (256 bins per band, normalised by pixels x bands).
    // One channel: the grayscale histogram's entropy (0..8). Colour: log2(3) + the mean of the per-channel
    // entropies (a flat colour image scores 1.585, not 0); with alpha the alpha band counts too (log2(4) + ...).
    // Files PIL opens as palette ("P") or grey+alpha ("LA") differ: OpenCV decodes them to BGR / BGRA.
    double entropy = 0.0;
    // 64-bit DCT perceptual hash: OpenCV img_hash PHash of the antialiased grey thumbnail (<= 64 px, the one the
    // blur score measures) area-resized to 32x32; PHash's first output byte in the most significant bits.
    // Compare with hammingDistance().
    quint64 pHash = 0;
    // 16 bytes: BLAKE2b-160, truncated, of width, height, channels (3 x little-endian int32) and the decoded
    // pixels: equal for the same pixels whatever the file bytes (re-saved PNG, other compression level, metadata).
    QByteArray pixelHash;

    // Stable metric names with values (booleans as 0/1), for the metric cache and the table:
    // image.width image.height image.channels image.is_grayscale image.aspect_ratio image.brightness_mean
    // image.brightness_p5 image.brightness_p99 image.contrast_rms image.sharpness_laplacian image.blur_score
    // image.entropy
    QList<QPair<QString, double>> toList() const;
};

// Compiled into the imaging module (liblockstep-imaging.so: it needs OpenCV), not into the engine: engine code
// measures through ImagingModule::backend()->measureImage(), tests link the module. toList() is the engine's.
class LOCKSTEP_PROCESSING_EXPORT ImageMetricsCalculator {
public:
    // Pure and thread-safe. An image that did not decode, or has no pixels, or a channel count other than 1, 3 or
    // 4, gives zeroed measures (width/height/channels as far as known).
    // `path` picks the SIMD code (SimdPath.h): the results are the same on every path.
    static ImageMetrics compute(const DecodedImage& image, SimdPath path = SimdPath::Auto);
};

LOCKSTEP_PROCESSING_EXPORT int hammingDistance(quint64 a, quint64 b);

}  // namespace lockstep
