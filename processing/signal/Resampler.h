#pragma once

// Sample-rate conversion with libsoxr (its "high quality" preset: 20-bit precision, linear phase, 91 % pass
// band), for analysis at a model's rate (16 kHz) and, later, export. Whole buffers or a stream in pieces; the
// stream's output concatenated equals the whole buffer's. Interleaved float samples, any channel count.

#include "lockstep_processing_export.h"

#include <QString>
#include <QtGlobal>
#include <memory>
#include <vector>

namespace lockstep {

struct ResampleResult {
    bool ok = false;
    QString error;
    std::vector<float> samples;  // interleaved; frames = round(input frames * outRate / inRate)
};

class LOCKSTEP_PROCESSING_EXPORT Resampler {
public:
    // Rates must be positive and channels at least 1 (std::invalid_argument otherwise: programmer errors).
    Resampler(double inRate, double outRate, int channels);
    ~Resampler();
    Resampler(Resampler&&) noexcept;
    Resampler& operator=(Resampler&&) noexcept;

    // The whole signal at once.
    static ResampleResult resample(const float* interleaved, qint64 frames, double inRate, double outRate,
                                   int channels);

    // Streaming: feed pieces in order, appending output to *out; then finish() once for the tail. Returns false
    // (error() set) if libsoxr fails.
    bool process(const float* interleaved, qint64 frames, std::vector<float>* out);
    bool finish(std::vector<float>* out);
    QString error() const { return m_error; }
    // Output frames a stream of `frames` input frames produces in total.
    qint64 outputFrames(qint64 frames) const;

private:
    bool run(const float* in, qint64 frames, std::vector<float>* out);

    struct State;
    std::unique_ptr<State> m_state;
    double m_inRate = 0;
    double m_outRate = 0;
    int m_channels = 0;
    qint64 m_inputFrames = 0;
    qint64 m_outputFrames = 0;
    QString m_error;
};

}  // namespace lockstep
