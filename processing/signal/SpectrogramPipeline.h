#pragma once

// STFT -> mel -> dB -> MFCC in one pass over the frames, for long recordings: each thread takes a range of
// frames and runs every stage on a small block of them while it is in cache, writing the features straight
// into the caller's layout (frame-major, or feature-major as numpy/torchaudio order them). Nothing is
// allocated per frame, the full linear spectrogram never exists, and the mel product is sparse. Results equal
// Stft + MelFilterbank + amplitudeToDb + mfccFromDb (the same code on the same blocks).

#include "lockstep_processing_export.h"
#include "signal/SpectrogramOptions.h"
#include "signal/Stft.h"

#include <QtGlobal>
#include <memory>
#include <optional>

namespace lockstep {

struct FeatureOptions {
    StftOptions stft;
    std::optional<MelOptions> mel;  // unset: the linear spectrogram
    DbOptions db;                   // top_db applies over the whole output, as torchaudio's AmplitudeToDB
    int nMfcc = 0;                  // > 0: MFCC (DCT-II ortho) of the dB mel spectrogram; needs mel and db
};

class LOCKSTEP_PROCESSING_EXPORT SpectrogramPipeline {
public:
    // Throws std::invalid_argument for inconsistent options (programmer errors; the CLI validates first).
    explicit SpectrogramPipeline(const FeatureOptions& options);
    ~SpectrogramPipeline();

    const FeatureOptions& options() const { return m_options; }
    int features() const;  // bins, mels or MFCCs per frame
    qint64 frameCount(qint64 signalLength) const;

    // Feature f of frame t goes to out[f * featureStride + t * frameStride]. threads 0 = all cores.
    void compute(const float* signal, qint64 length, float* out, qint64 featureStride, qint64 frameStride,
                 int threads = 0) const;
    // Frame-major convenience form.
    Spectrogram compute(const float* signal, qint64 length, int threads = 0) const;

private:
    struct Impl;
    FeatureOptions m_options;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace lockstep
