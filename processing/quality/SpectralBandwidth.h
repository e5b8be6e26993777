#pragma once

// NeMo Speech Data Explorer's "frequency bandwidth" of a clip (see AudioMetrics.h for the exact definition):
// the mean power spectrum over a centred STFT, then the highest bin above a threshold relative to its maximum.
// Split into frames in and a result out, so that one STFT can feed this and the audio fingerprint.

#include "lockstep_processing_export.h"

#include <QtGlobal>
#include <vector>

namespace lockstep {

class LOCKSTEP_PROCESSING_EXPORT SpectralBandwidth {
public:
    // The 4-term Blackman-Harris coefficients (scipy "blackmanharris", periodic).
    static constexpr double kA0 = 0.35875, kA1 = 0.48829, kA2 = 0.14128, kA3 = 0.01168;

    SpectralBandwidth(int nfft, int sampleRate, double thresholdDb);

    // One frame's power |X[k]|^2, k = 0 .. nfft/2, of the Blackman-Harris-windowed frame.
    void addPower(const float* power);
    qint64 frames() const { return m_frames; }
    // The bandwidth in Hz; 0 when no frame was added or no bin has power above librosa's amin.
    double result() const;

    // The whole computation in the time domain. `padded` holds nfft/2 zeros, `frames` samples and nfft/2 zeros.
    static double compute(const float* padded, qint64 frames, int sampleRate, int nfft, qint64 hop, double thresholdDb);
    static std::vector<float> window(int nfft);

private:
    int m_nfft = 0;
    int m_sampleRate = 0;
    double m_thresholdDb = 0.0;
    qint64 m_frames = 0;
    std::vector<double> m_sum;
};

}  // namespace lockstep
