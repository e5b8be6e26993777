#pragma once

// Short-time Fourier transform on KissFFT (RealFft), torch.stft's definition: frame t starts at t * hop in the
// (centre-padded) signal, the window (win_length long, zero-padded to n_fft and centred) multiplies it, then a
// real FFT. Output: |X|^power per frame and bin, frames-major (frame t's bins are contiguous).
//
// computeFrames() computes any range of frames without the rest, so the timeline can fill spectrogram tiles of
// a long recording lazily from a piece of the signal; its result equals the same rows of compute().

#include "lockstep_processing_export.h"
#include "signal/SpectrogramOptions.h"

#include <QtGlobal>
#include <memory>
#include <vector>

namespace lockstep {

// Samples [begin, end) of a signal.
struct SampleRange {
    qint64 begin = 0;
    qint64 end = 0;
};

struct Spectrogram {
    qint64 frames = 0;
    int bins = 0;
    std::vector<float> values;  // frames * bins, frame-major
    const float* frame(qint64 t) const { return values.data() + t * bins; }
};

class LOCKSTEP_PROCESSING_EXPORT Stft {
public:
    explicit Stft(const StftOptions& options);
    ~Stft();
    Stft(Stft&&) noexcept;
    Stft& operator=(Stft&&) noexcept;

    const StftOptions& options() const { return m_options; }
    // torch.stft's frame count: 1 + (n + 2 * pad - n_fft) / hop with pad = n_fft / 2 when centred, else 0.
    qint64 frameCount(qint64 signalLength) const;
    // The first signal sample frame t depends on (may be negative when centred) and how many it reads (n_fft).
    qint64 frameStart(qint64 t) const;

    // Whole signal; uses up to `threads` threads (0 = all cores).
    Spectrogram compute(const float* signal, qint64 length, int threads = 0) const;
    // Frames [first, first + count) of the full signal's STFT. `piece` holds signal samples
    // [pieceStart, pieceStart + pieceLength) — at least frameStart(first) .. frameStart(first + count - 1) + n_fft
    // clipped to the signal; `signalLength` is the whole signal's length (for reflection at its ends).
    Spectrogram computeFrames(const float* piece, qint64 pieceStart, qint64 pieceLength, qint64 signalLength,
                              qint64 first, qint64 count) const;

    // Exactly the samples frames [first, first + count) read, reflection at the signal's ends included: the
    // piece computeFrames() needs. (Note: at the end of a signal whose length is a multiple of hop, reflection
    // reaches one sample before frameStart(first), so use this rather than the rule of thumb above.)
    SampleRange pieceFor(qint64 first, qint64 count, qint64 signalLength) const;

    // The window as torch builds it (periodic), win_length long.
    static std::vector<float> window(WindowKind kind, int length);

private:
    struct Impl;
    StftOptions m_options;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace lockstep
