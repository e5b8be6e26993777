#pragma once

#include "lockstep_imaging_export.h"
#include "quality/SimdPath.h"

#include <cstdint>
#include <vector>

namespace lockstep {

// cleanvision's blurry score (cleanvision/issue_managers/image_property.py, BlurrinessProperty, defaults
// threshold 0.29, normalizing_factor 0.01, color_threshold 0.18), reproduced bit for bit where PIL is involved:
//
//   1. ratio = max(w, h) / 64; if ratio > 1 the image is resized with PIL's default filter (BICUBIC, a = -0.5,
//      antialiased: support 2 * scale, 22-bit fixed-point coefficients, horizontal pass then vertical pass, each
//      rounded to 8 bits) to (max(floor(w / ratio), 1), max(floor(h / ratio), 1)). RGBA is resized premultiplied
//      ("RGBa") and un-premultiplied afterwards, as PIL does.
//   2. convert("L"): L = (19595 R + 38470 G + 7471 B + 32768) >> 16 (alpha ignored).
//   3. edges = ImageFilter.FIND_EDGES: 3x3 kernel [-1 -1 -1; -1 8 -1; -1 -1 -1], clipped to 0..255; the border
//      rows and columns keep the input value; an image under 3 px in either direction is copied unchanged.
//   4. edgeStd = sqrt(population variance of edges)              (ImageStat.Stat(edges).var[0], square-rooted)
//      histogramStd = population std of the 256 bin counts of L (np.std(gray.histogram()))
//   5. score = min(1, (1 - exp(-0.01 edgeStd)) + s), s = 1 - exp(-0.01 histogramStd) if that exceeds 0.18, else 0.
//      The histogram term keeps images made of few grey levels (flat, graphics) from being called blurry.
//
// Caveats. FIND_EDGES keeps the raw border pixels, and on a 64 px thumbnail they dominate edgeStd, so the score reacts
// only weakly to blur (cleanvision's own behaviour, reproduced; ImageMetrics::sharpnessLaplacian ranks blur
// better). A palette ("P") file cannot match: PIL resizes it NEAREST, OpenCV hands us BGR.
class LOCKSTEP_IMAGING_EXPORT CleanvisionBlur {
public:
    static constexpr int kMaxResolution = 64;
    static constexpr double kNormalizingFactor = 0.01;
    static constexpr double kColorThreshold = 0.18;

    struct Result {
        double edgeStd = 0.0;
        double histogramStd = 0.0;
        double score = 0.0;
        // The 8-bit "L" image measured (at most 64 px on its long side), row-major; reused for the perceptual hash.
        std::vector<std::uint8_t> luma;
        int lumaWidth = 0;
        int lumaHeight = 0;
    };

    // pixels: rows of width * channels bytes, B G R (A) interleaved or gray; channels 1, 3 or 4. `path` picks the
    // resample's multiply-accumulate: AVX2's 32-bit products or SSE2's 16-bit halves of each weight, the same
    // integer sums either way (SimdPath.h).
    static Result compute(const std::uint8_t* pixels, int width, int height, int channels,
                          SimdPath path = SimdPath::Auto);
};

}  // namespace lockstep
