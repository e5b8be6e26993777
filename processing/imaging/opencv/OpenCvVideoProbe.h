#pragma once

#include "media/VideoProbe.h"

namespace lockstep {

// Inside the imaging module: a video's size, rate and length through OpenCV's videoio.
class OpenCvVideoProbe {
public:
    static VideoInfo probe(const QString& absolutePath);
};

}  // namespace lockstep
