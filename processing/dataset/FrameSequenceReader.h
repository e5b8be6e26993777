#pragma once

#include "dataset/Diagnostic.h"
#include "dataset/Stream.h"
#include "lockstep_processing_export.h"

#include <QString>
#include <vector>

namespace lockstep {

struct FrameSequence {
    bool ok = false;
    QString error;
    std::vector<Frame> frames;  // sorted by time; paths relative to the dataset root
    QString timeSource;         // "frames.csv", "file names" or "assumed 25 fps"
    Diagnostics diagnostics;
};

// A folder of images that form a frame stream. Times come from, in order of preference:
//   1. frames.csv in the folder (columns file + time/time_s/time_ms/time_us/timestamp...),
//   2. the file names: a number with a unit at the end of the stem ("frame_0001500000us", "t_12.5s", "40ms"),
//   3. otherwise the sorted file order at 25 frames per second (reported, since that is a guess).
class LOCKSTEP_PROCESSING_EXPORT FrameSequenceReader {
public:
    static constexpr double kAssumedFps = 25.0;
    // folderRelative is the folder's path relative to the dataset root (used for frame paths and messages).
    static FrameSequence read(const QString& absoluteFolder, const QString& folderRelative);
    // Parses a time from a file stem; false when the stem carries none.
    static bool timeFromStem(const QString& stem, Micros* out);
};

}  // namespace lockstep
