#pragma once

#include "media/VideoProbe.h"

namespace cv {
class VideoCapture;
}

namespace lockstep {

// What an opened capture says about its video (size, rate, frame count, length, backend); ok only when it has
// a frame size.
VideoInfo videoInfoOf(cv::VideoCapture& capture, const QString& absolutePath);

}  // namespace lockstep
