#pragma once

// A compact audio fingerprint for near-duplicate search among short clips (1-4 s speech), robust to lossy
// re-encoding, gain changes and small trims at either end.
//
// Why not Chromaprint: libchromaprint 1.5 (Debian 12) returns no fingerprint at all for clips under ~3 s
// (measured: 0 items at 1 s and 2 s, 3 items at 3 s), so it cannot serve a dataset of 1-4 s clips.
//
// Definition (a Haitsma-Kalker style sub-fingerprint, adapted to short clips; sample-rate independent):
//   1. Mono mix; for rates >= 22050 Hz, decimated by f = rate / 11025 (integer division) to the analysis rate
//      r = rate / f after a 16f+1-tap Blackman-windowed-sinc low-pass (nothing aliases below 3.5 kHz); f = 1
//      below 22050 Hz. Frames of W = round(0.032 * r) samples every H = round(0.010 * r) samples, centred
//      (W/2 zeros before and after the signal, as librosa's center=True with constant padding), periodic Hann
//      window, zero-padded to the next FFT size with only factors 2, 3 and 5; power |X|^2.
//   2. Energy in 33 bands, logarithmically spaced from 250 Hz to 3500 Hz; each FFT bin [k-1/2, k+1/2]
//      contributes by its overlap with the band (so bands mean the same Hz at every sample rate).
//   3. Each band's energy is smoothed over time with a 15-tap triangular kernel (weights 1..8..1, about
//      +-80 ms), keeping only fully covered frames.
//   4. Item n has bit m (m = 0..31) set when D(n+2, m) - D(n, m) > 0, where D(n, m) = E(n, m) - E(n, m+1):
//      the sign of the change, over 20 ms, of the energy difference of neighbouring bands.
//   One 32-bit item per 10 ms; a clip yields frames - 16 items (none up to 160 ms). A gain change scales all
//   energies alike and leaves every bit unchanged; smoothing makes the bits stable under the half-hop
//   misalignment that an arbitrary trim causes.
//
// similarity(): for every offset of -kMaxOffset..kMaxOffset items where the overlap covers at least half of
// the shorter fingerprint (and at least kMinOverlap items), the bit error rate BER over the overlap;
// similarity = max(0, 1 - 2 * BER) at the best offset. Unrelated audio scores near 0 (BER ~ 0.5), the same
// audio after re-encoding, gain or a trim scores above ~0.85. Empty fingerprints have similarity 0.

#include "lockstep_processing_export.h"
#include "media/AudioDecoder.h"

#include <QtGlobal>
#include <vector>

namespace lockstep {

struct LOCKSTEP_PROCESSING_EXPORT AudioFingerprint {
    static constexpr double kItemSeconds = 0.010;  // time between two items
    static constexpr int kMaxOffset = 50;          // +-0.5 s of alignment search
    static constexpr int kMinOverlap = 8;

    std::vector<quint32> bits;

    // How a clip at sampleRate is analysed: decimation factor, analysis rate, window W, hop H, FFT size.
    struct Analysis {
        int factor = 1;
        double rate = 0.0;
        int window = 0;
        int hop = 0;
        int nfft = 0;
    };
    static Analysis analysisFor(int sampleRate);

    // Pure and thread-safe.
    static AudioFingerprint compute(const DecodedAudio& audio);
    // 0..1, best alignment over offsets of up to kMaxOffset items.
    static double similarity(const AudioFingerprint& a, const AudioFingerprint& b);
    // similarity(a, b) >= threshold, the same answer to the last bit, sooner: an offset is given up once the bits
    // it has compared already hold more errors than the threshold allows, and the search stops at the first
    // offset that meets it. Unrelated clips cost a tenth of similarity() (the duplicate search's verification).
    static bool isSimilar(const AudioFingerprint& a, const AudioFingerprint& b, double threshold);
};

}  // namespace lockstep
