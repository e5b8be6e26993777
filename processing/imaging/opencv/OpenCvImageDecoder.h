#pragma once

#include "media/ImageDecoder.h"

#include <QString>

namespace lockstep {

// Inside the imaging module: an image file's pixels through cv::imread, converted to 8 bits per channel.
// ImageDecoder (in the engine) checks the size in the header first and calls this through ImagingBackend.
class OpenCvImageDecoder {
public:
    static DecodedImage decode(const QString& absolutePath, const QString& format);
};

}  // namespace lockstep
