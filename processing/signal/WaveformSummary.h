#pragma once

// Min/max/RMS per block of frames at several block sizes, so that a view of any zoom draws a waveform from the
// level whose blocks are no wider than a pixel (then reduces blocks to pixels) instead of touching raw samples.
// Computed once per recording in one streaming pass (AudioStreamReader), in the background, then cached.

#include "lockstep_processing_export.h"

#include <QString>
#include <vector>

namespace lockstep {

class Progress;

struct WaveformBlock {
    float min = 0.0f;
    float max = 0.0f;
    float rms = 0.0f;
};

class LOCKSTEP_PROCESSING_EXPORT WaveformSummary {
public:
    // Block sizes of the levels: kFinestBlock * kLevelFactor^level frames, level 0 .. levelCount() - 1, up to the
    // first level with at most a few blocks.
    static constexpr int kFinestBlock = 64;
    static constexpr int kLevelFactor = 4;

    // From interleaved samples in memory; one summary per channel.
    static WaveformSummary fromSamples(const float* interleaved, qint64 frames, int channels, int sampleRate);
    // Streams the file once; empty summary (ok() false, error() set) when it cannot be read; stops early,
    // returning an empty summary, when progress is cancelled.
    static WaveformSummary fromFile(const QString& absolutePath, Progress* progress = nullptr);

    bool ok() const { return m_sampleRate > 0; }
    QString error() const { return m_error; }
    int sampleRate() const { return m_sampleRate; }
    int channels() const { return m_channels; }
    qint64 frames() const { return m_frames; }

    int levelCount() const;
    qint64 blockFrames(int level) const;
    // Blocks of one channel at one level; the last block may cover fewer frames.
    const std::vector<WaveformBlock>& blocks(int level, int channel) const;
    // The coarsest level whose block is at most `framesPerPixel` frames (level 0 when zoomed in further).
    int levelFor(double framesPerPixel) const;
    // min/max/RMS of one channel over frames [first, last) from the finest level that fits, merging blocks.
    WaveformBlock range(int channel, qint64 first, qint64 last, int level) const;

private:
    int m_sampleRate = 0;
    int m_channels = 0;
    qint64 m_frames = 0;
    QString m_error;
    std::vector<std::vector<std::vector<WaveformBlock>>> m_levels;  // [level][channel][block]
};

}  // namespace lockstep
