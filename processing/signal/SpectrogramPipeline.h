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
    int melBands() const;  // the dB stage's width: mels, or bins without a filterbank
    qint64 frameCount(qint64 signalLength) const;
    // The samples frames [first, first + count) read, as Stft::pieceFor.
    SampleRange pieceFor(qint64 first, qint64 count, qint64 signalLength) const;
    // MFCC with top_db needs the maximum dB over all frames before the DCT: then the first pass stops at the
    // dB mel spectrogram and finishMfcc() completes it.
    bool needsTwoPasses() const;

    // Feature f of frame t goes to out[f * featureStride + t * frameStride]. threads 0 = all cores.
    void compute(const float* signal, qint64 length, float* out, qint64 featureStride, qint64 frameStride,
                 int threads = 0) const;
    // Frame-major convenience form.
    Spectrogram compute(const float* signal, qint64 length, int threads = 0) const;

    // One thread's share of the work, for callers that bring their own pieces of the signal (a file read in
    // parallel). Holds its FFT plan and block buffers.
    class LOCKSTEP_PROCESSING_EXPORT Worker {
    public:
        explicit Worker(const SpectrogramPipeline& pipeline);
        ~Worker();
        // Frames [first, first + count) from a piece (as Stft::computeFrames); feature f of frame t goes to
        // out[f * featureStride + (t - first) * frameStride]. Without top_db the features are final. With
        // top_db the values are unclamped (clampDb() finishes them), and when needsTwoPasses() they are the dB
        // mels (melBands() per frame, to finishMfcc()). Returns the largest dB value written (-inf without dB).
        float run(const float* piece, qint64 pieceStart, qint64 pieceLength, qint64 signalLength, qint64 first,
                  qint64 count, float* out, qint64 featureStride, qint64 frameStride);

    private:
        struct Buffers;
        const SpectrogramPipeline& m_pipeline;
        std::unique_ptr<Buffers> m_buffers;
    };

    // values[i] = max(values[i], maxDb - top_db) on any layout (no-op without top_db). threads 0 = all cores.
    void clampDb(float* values, qint64 count, float maxDb, int threads = 0) const;
    // Second pass of needsTwoPasses(): dbMels (frames * melBands(), frame-major) clamped, then the DCT into out.
    void finishMfcc(float* dbMels, qint64 frames, float maxDb, float* out, qint64 featureStride, qint64 frameStride,
                    int threads = 0) const;

private:
    struct Impl;
    FeatureOptions m_options;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace lockstep
