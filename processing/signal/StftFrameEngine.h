#pragma once

// Internal to processing/signal: the per-thread work of an STFT. Holds one FFT plan and one frame buffer, so
// computing frames allocates nothing; Stft and SpectrogramPipeline give each thread its own engine.

#include "signal/RealFft.h"
#include "signal/SpectrogramOptions.h"

#include <QtGlobal>
#include <vector>

namespace lockstep {

// Samples [start, start + length) of a signal of signalLength samples (reflection happens at the signal's
// ends, not the piece's).
struct SignalPiece {
    const float* data = nullptr;
    qint64 start = 0;
    qint64 length = 0;
    qint64 signalLength = 0;
};

class StftFrameEngine {
public:
    // window: options.effectiveWinLength() values, centred in the n_fft frame.
    StftFrameEngine(const StftOptions& options, const std::vector<float>& window);

    // Frames [first, first + count) into out (count * bins values, frame-major). Throws std::out_of_range when
    // the piece lacks a sample a frame needs (a programmer error of the caller).
    void compute(const SignalPiece& piece, qint64 first, qint64 count, float* out);
    qint64 frameStart(qint64 t) const;

private:
    // Fills m_frame with frame t's windowed samples.
    void window(const SignalPiece& piece, qint64 t);
    float sampleAt(const SignalPiece& piece, qint64 index) const;

    StftOptions m_options;
    std::vector<float> m_window;
    int m_offset = 0;      // first sample of the window inside the n_fft frame
    float m_scale = 1.0f;  // applied to |X|^2: 1 / sum(w^2) when normalized
    RealFft m_fft;
    std::vector<float> m_frame;
};

}  // namespace lockstep
