#pragma once

// The band-energy stage of AudioFingerprint: 33 log-spaced bands (250-3500 Hz) per frame's power spectrum, then
// smoothing and the sign bits. Fed frame by frame, so one STFT can serve the fingerprint and the bandwidth metric.

#include "lockstep_processing_export.h"
#include "quality/AudioFingerprint.h"

#include <algorithm>
#include <vector>

namespace lockstep {

class LOCKSTEP_PROCESSING_EXPORT FingerprintBands {
public:
    static constexpr int kBands = 33;

    // Power spectra of nfft-point transforms of a signal at analysisRate.
    FingerprintBands(int nfft, double analysisRate);
    ~FingerprintBands();

    // Room for that many frames' band energies (addPower would otherwise grow and copy them as it goes).
    void reserve(qint64 frames) { m_energy.reserve(std::size_t(std::max<qint64>(frames, 0)) * kBands); }
    // One frame's power |X[k]|^2, k = 0 .. nfft/2, of the Hann-windowed frame.
    void addPower(const float* power);
    qint64 frames() const { return m_frames; }
    // Smooths the band energies over time and takes the bits (see AudioFingerprint.h).
    AudioFingerprint finish() const;

private:
    struct Band {
        int first = 0;
        std::vector<float> weights;  // for bins first, first + 1, ...
    };
    std::vector<Band> m_bands;
    std::vector<float> m_energy;  // frames * kBands
    qint64 m_frames = 0;
};

}  // namespace lockstep
