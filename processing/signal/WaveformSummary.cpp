#include "signal/WaveformSummary.h"

#include "media/AudioStreamReader.h"
#include "progress/Progress.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lockstep {

namespace {

// Blocks are merged with double sums of squares, so every level's RMS is exact over its raw samples (not an
// RMS of RMS values rounded to float).
struct Accumulator {
    float min = std::numeric_limits<float>::max();
    float max = std::numeric_limits<float>::lowest();
    double sumSquares = 0.0;
    qint64 count = 0;

    void add(float v)
    {
        min = std::min(min, v);
        max = std::max(max, v);
        sumSquares += double(v) * double(v);
        ++count;
    }
    void merge(const Accumulator& o)
    {
        min = std::min(min, o.min);
        max = std::max(max, o.max);
        sumSquares += o.sumSquares;
        count += o.count;
    }
    WaveformBlock block() const { return {min, max, float(std::sqrt(sumSquares / double(count)))}; }
};

// Levels beyond this would need more than 2^52 frames: never reached.
constexpr int kMaxLevels = 24;
// The coarsest level kept is the first one with at most this many blocks.
constexpr qint64 kFewBlocks = 4;

// Consumes interleaved frames in any chunking and builds all levels at once: a block of level L is finished
// when kLevelFactor blocks of level L - 1 are, so one pass over the samples suffices.
class WaveformSummaryBuilder {
public:
    explicit WaveformSummaryBuilder(int channels)
        : m_channels(channels),
          m_open(std::size_t(kMaxLevels), std::vector<Accumulator>(std::size_t(channels))),
          m_children(std::size_t(kMaxLevels), 0),
          m_levels(std::size_t(kMaxLevels), std::vector<std::vector<WaveformBlock>>(std::size_t(channels)))
    {}

    void add(const float* interleaved, qint64 frames)
    {
        for (qint64 t = 0; t < frames; ++t) {
            const float* frame = interleaved + t * m_channels;
            for (int c = 0; c < m_channels; ++c)
                m_open[0][std::size_t(c)].add(frame[c]);
            if (++m_inBlock == WaveformSummary::kFinestBlock) {
                closeBlock(0);
                m_inBlock = 0;
            }
        }
        m_frames += frames;
    }

    // Closes the partial blocks and drops the levels above the first one with few blocks.
    std::vector<std::vector<std::vector<WaveformBlock>>> finish()
    {
        if (m_inBlock > 0)
            closeBlock(0);
        for (int level = 1; level < kMaxLevels; ++level)
            if (m_children[std::size_t(level)] > 0)
                closeBlock(level);
        int keep = 1;
        while (keep < kMaxLevels && m_levels[std::size_t(keep - 1)][0].size() > std::size_t(kFewBlocks))
            ++keep;
        m_levels.resize(std::size_t(keep));
        return std::move(m_levels);
    }
    qint64 frames() const { return m_frames; }

private:
    void closeBlock(int level)
    {
        auto& open = m_open[std::size_t(level)];
        for (int c = 0; c < m_channels; ++c) {
            m_levels[std::size_t(level)][std::size_t(c)].push_back(open[std::size_t(c)].block());
            if (level + 1 < kMaxLevels)
                m_open[std::size_t(level + 1)][std::size_t(c)].merge(open[std::size_t(c)]);
            open[std::size_t(c)] = Accumulator{};
        }
        if (level + 1 < kMaxLevels && ++m_children[std::size_t(level + 1)] == WaveformSummary::kLevelFactor) {
            m_children[std::size_t(level + 1)] = 0;
            closeBlock(level + 1);
        }
    }

    int m_channels;
    int m_inBlock = 0;
    qint64 m_frames = 0;
    std::vector<std::vector<Accumulator>> m_open;  // [level][channel]: the block being filled
    std::vector<int> m_children;                   // [level]: finished child blocks in the open block
    std::vector<std::vector<std::vector<WaveformBlock>>> m_levels;
};

}  // namespace

WaveformSummary WaveformSummary::fromSamples(const float* interleaved, qint64 frames, int channels, int sampleRate)
{
    WaveformSummary summary;
    if (channels <= 0 || sampleRate <= 0 || frames < 0) {
        summary.m_error = QStringLiteral("invalid audio shape (%1 channels, %2 Hz)").arg(channels).arg(sampleRate);
        return summary;
    }
    WaveformSummaryBuilder builder(channels);
    builder.add(interleaved, frames);
    summary.m_levels = builder.finish();
    summary.m_channels = channels;
    summary.m_frames = frames;
    summary.m_sampleRate = sampleRate;
    return summary;
}

WaveformSummary WaveformSummary::fromFile(const QString& absolutePath, Progress* progress)
{
    WaveformSummary summary;
    AudioStreamReader reader;
    if (!reader.open(absolutePath)) {
        summary.m_error = reader.info().error;
        return summary;
    }
    const AudioInfo& info = reader.info();
    WaveformSummaryBuilder builder(info.channels);
    constexpr qint64 kChunkFrames = 1 << 16;
    std::vector<float> chunk;
    const QString message = QStringLiteral("Summarising the waveform of %1").arg(absolutePath);
    for (qint64 first = 0; first < info.frames; first += kChunkFrames) {
        if (progress && progress->isCancelled()) {
            summary.m_error = QStringLiteral("cancelled");
            return summary;
        }
        const qint64 got = reader.readInterleaved(first, kChunkFrames, &chunk);
        if (got <= 0)
            break;
        builder.add(chunk.data(), got);
        if (progress)
            progress->report(message, first + got, info.frames);
        if (got < kChunkFrames)
            break;
    }
    if (builder.frames() < info.frames) {
        summary.m_error =
            QStringLiteral("'%1' ends after %2 of %3 frames").arg(absolutePath).arg(builder.frames()).arg(info.frames);
        return summary;
    }
    summary.m_levels = builder.finish();
    summary.m_channels = info.channels;
    summary.m_frames = builder.frames();
    summary.m_sampleRate = info.sampleRate;
    return summary;
}

int WaveformSummary::levelCount() const
{
    return int(m_levels.size());
}

qint64 WaveformSummary::blockFrames(int level) const
{
    qint64 frames = kFinestBlock;
    for (int i = 0; i < level; ++i)
        frames *= kLevelFactor;
    return frames;
}

const std::vector<WaveformBlock>& WaveformSummary::blocks(int level, int channel) const
{
    return m_levels.at(std::size_t(level)).at(std::size_t(channel));
}

int WaveformSummary::levelFor(double framesPerPixel) const
{
    int level = 0;
    while (level + 1 < levelCount() && double(blockFrames(level + 1)) <= framesPerPixel)
        ++level;
    return level;
}

WaveformBlock WaveformSummary::range(int channel, qint64 first, qint64 last, int level) const
{
    if (m_levels.empty() || channel < 0 || channel >= m_channels)
        return {};
    level = std::clamp(level, 0, levelCount() - 1);
    first = std::max<qint64>(first, 0);
    last = std::min(last, m_frames);
    if (last <= first)
        return {};
    const qint64 size = blockFrames(level);
    const std::vector<WaveformBlock>& levelBlocks = blocks(level, channel);
    Accumulator total;
    for (qint64 b = first / size; b <= (last - 1) / size; ++b) {
        const WaveformBlock& block = levelBlocks[std::size_t(b)];
        const qint64 frames = std::min(size, m_frames - b * size);
        Accumulator part;
        part.min = block.min;
        part.max = block.max;
        part.sumSquares = double(block.rms) * double(block.rms) * double(frames);
        part.count = frames;
        total.merge(part);
    }
    return total.block();
}

}  // namespace lockstep
