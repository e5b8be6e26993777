#pragma once

// Features of a whole audio file, for the CLI and export: each thread reads its own part of the file (its
// own AudioStreamReader, in chunks) and computes its frames from it, so decoding runs on all cores alongside
// the FFTs and the samples are used while they are in cache. Several channels are mixed to mono first. The
// result is feature-major (features, frames), as numpy and torchaudio order a mono waveform's features.

#include "lockstep_processing_export.h"
#include "media/AudioDecoder.h"
#include "signal/SpectrogramPipeline.h"

#include <QString>
#include <memory>

namespace lockstep {

class Progress;

struct FileSpectrogramResult {
    bool ok = false;
    QString error;  // names the file
    AudioInfo info;
    qint64 frames = 0;
    int features = 0;
    std::unique_ptr<float[]> values;  // features * frames, feature-major
};

class LOCKSTEP_PROCESSING_EXPORT FileSpectrogram {
public:
    // options.mel's sample rate is taken from the file. threads 0 = all cores. Cancelling progress stops the
    // work and returns an error.
    static FileSpectrogramResult compute(const QString& absolutePath, FeatureOptions options, int threads = 0,
                                         Progress* progress = nullptr);
};

}  // namespace lockstep
