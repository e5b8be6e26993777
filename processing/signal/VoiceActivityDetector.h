#pragma once

// Finds speech in a recording: the basis of subtitle/transcript alignment (voice activity against segment
// times, as ffsubsync and alass do). Per 10 ms frame (20 ms Hann window): energy against an adaptive noise
// floor, and spectral flatness over 100 Hz - 4 kHz (voiced speech is harmonic, so its spectrum is far from
// flat; stationary noise is flat and sits at the floor). A hangover bridges short pauses without extending
// the segment, then too-short segments are dropped.

#include "dataset/Micros.h"
#include "lockstep_processing_export.h"

#include <QtGlobal>
#include <vector>

namespace lockstep {

struct SpeechInterval {
    Micros start{0};
    Micros end{0};
};

struct VadOptions {
    double thresholdDb = 9.0;           // frame energy above the noise floor
    double absoluteFloorDb = -55.0;     // never speech below this (dBFS of the frame's mean square): silence
    double maxFlatness = 0.3;           // spectral flatness (geometric / arithmetic mean of the power), 0..1
    double noiseRiseDbPerSecond = 3.0;  // how fast the floor follows a louder background
    Micros hangover{200'000};           // pauses up to this long stay inside one segment
    Micros minSpeech{80'000};           // shorter segments are dropped
};

class LOCKSTEP_PROCESSING_EXPORT VoiceActivityDetector {
public:
    explicit VoiceActivityDetector(const VadOptions& options = {});

    // Speech intervals of a mono signal, in order, not overlapping. sampleRate must be at least 8000
    // (std::invalid_argument otherwise: the caller resamples).
    std::vector<SpeechInterval> detect(const float* mono, qint64 length, int sampleRate) const;

private:
    VadOptions m_options;
};

}  // namespace lockstep
