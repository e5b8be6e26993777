#pragma once

// Triangular mel filterbank (torchaudio.functional.melscale_fbanks / librosa.filters.mel), HTK or Slaney
// scale, optional Slaney area normalisation; applied sparsely (each filter touches a few bins), plus log-mel in
// dB and MFCC (DCT-II, ortho), matching torchaudio.transforms.MelSpectrogram / AmplitudeToDB / MFCC.

#include "lockstep_processing_export.h"
#include "signal/SpectrogramOptions.h"
#include "signal/Stft.h"

#include <vector>

namespace lockstep {

class LOCKSTEP_PROCESSING_EXPORT MelFilterbank {
public:
    MelFilterbank(int nFft, const MelOptions& options);

    int mels() const { return m_mels; }
    int bins() const { return m_bins; }
    // Weight of bin k in filter m (dense, for tests: torchaudio's fbanks matrix is its transpose).
    double weight(int mel, int bin) const;

    // Mel energies for every frame of a power (or magnitude) spectrogram: frames * mels, frame-major.
    Spectrogram apply(const Spectrogram& spectrum) const;
    // The same on raw rows: spectrum holds frames * bins() values, out receives frames * mels(). No allocation.
    void applyFrames(const float* spectrum, qint64 frames, float* out) const;

    static double hzToMel(double hz, MelScale scale);
    static double melToHz(double mel, MelScale scale);

private:
    int m_mels = 0;
    int m_bins = 0;
    std::vector<int> m_first;                   // per filter: first bin with a non-zero weight
    std::vector<std::vector<float>> m_weights;  // per filter: weights from m_first on
};

// AmplitudeToDB: multiplier * log10(max(x, amin)), then (when topDb is set) clamped to max - topDb, the max
// taken over the whole spectrogram as torchaudio does for a 2-D input.
LOCKSTEP_PROCESSING_EXPORT void amplitudeToDb(Spectrogram* spectrum, const DbOptions& options);

// MFCC from a dB mel spectrogram: DCT-II with ortho normalisation, first nMfcc coefficients per frame.
LOCKSTEP_PROCESSING_EXPORT Spectrogram mfccFromDb(const Spectrogram& dbMel, int nMfcc);

}  // namespace lockstep
