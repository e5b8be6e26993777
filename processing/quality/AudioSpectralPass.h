#pragma once

// The two spectral measurements of a clip — NeMo SDE's bandwidth and the near-duplicate fingerprint — from one
// STFT when their frames coincide. That is the case at 16 kHz (most speech datasets) with the default options:
// both analyse centred 512-sample frames every 10 ms. Each frame is then transformed once, unwindowed, and
// both windows are applied in the frequency domain, exactly: a periodic cosine-sum window of the FFT's length
// is a short convolution of the spectrum (Hann: 3 taps, 4-term Blackman-Harris: 7 taps). At other rates the two
// are computed separately, with the same results as AudioMetricsCalculator and AudioFingerprint. The shared
// transform is FFTW's (FftwRealFft, about six times KissFFT's speed here), two frames per complex transform
// (transformTwo: ~0.45 against ~0.8 us a frame at 512 points); the separate paths keep KissFFT.

#include "lockstep_processing_export.h"
#include "media/AudioDecoder.h"
#include "quality/AudioFingerprint.h"
#include "quality/AudioMetrics.h"

namespace lockstep {

struct AudioSpectralResult {
    double bandwidthHz = 0.0;
    AudioFingerprint fingerprint;
    bool sharedTransform = false;  // one FFT per frame served both
};

class LOCKSTEP_PROCESSING_EXPORT AudioSpectralPass {
public:
    // Pure and thread-safe.
    static AudioSpectralResult compute(const DecodedAudio& audio, const AudioMetricOptions& options = {});
    static bool canShare(int sampleRate, const AudioMetricOptions& options);
};

}  // namespace lockstep
