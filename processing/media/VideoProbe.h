#pragma once

#include "dataset/Micros.h"
#include "lockstep_processing_export.h"

#include <QString>

namespace lockstep {

struct VideoInfo {
    bool ok = false;
    QString error;
    int width = 0;
    int height = 0;
    double fps = 0.0;
    qint64 frames = 0;
    Micros duration{0};
    QString backend;  // OpenCV's capture backend that opened it
};

// Video files through OpenCV's videoio (FFmpeg/GStreamer backends, no Qt), inside the imaging module.
class LOCKSTEP_PROCESSING_EXPORT VideoProbe {
public:
    static VideoInfo probe(const QString& absolutePath);
};

}  // namespace lockstep
