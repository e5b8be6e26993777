#pragma once

#include "lockstep_processing_export.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace lockstep {

struct ImageInfo {
    bool ok = false;
    QString error;
    int width = 0;
    int height = 0;
    int channels = 0;  // 1 gray, 3 colour, 4 with alpha (0 when only the header was read and it did not say)
    QString format;    // "png", "jpeg", "bmp", "webp", "gif", "tiff" or "" when unknown
};

// Decoded 8-bit pixels, row-major, interleaved (BGR or BGRA as OpenCV delivers them, or gray).
struct DecodedImage {
    ImageInfo info;
    std::vector<std::uint8_t> pixels;
};

// Image access through OpenCV, with one guard OpenCV lacks: the header is read first and an image with
// more pixels than maxPixels is refused before any pixel memory is allocated (a 50,000 x 50,000 PNG is a
// clear error, not an out-of-memory). probe() reads headers itself; decode() runs OpenCV inside the imaging
// module (ImagingModule), loaded on the first decode.
class LOCKSTEP_PROCESSING_EXPORT ImageDecoder {
public:
    static constexpr std::int64_t kDefaultMaxPixels = 100'000'000;

    // Dimensions from the file header only (PNG, JPEG, BMP, GIF, WebP); no decoding.
    static ImageInfo probe(const QString& absolutePath);
    static DecodedImage decode(const QString& absolutePath, std::int64_t maxPixels = kDefaultMaxPixels);
};

}  // namespace lockstep
