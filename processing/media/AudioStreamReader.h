#pragma once

// Random access to an audio file's frames without decoding all of it: the timeline reads a two-hour recording
// in pieces (waveform summary in one streaming pass, spectrogram tiles on demand, playback regions).
// libsndfile underneath (WAV, FLAC, OGG/Vorbis, Opus, MP3). One instance per thread; instances are cheap.

#include "lockstep_processing_export.h"
#include "media/AudioDecoder.h"

#include <QString>
#include <memory>
#include <vector>

namespace lockstep {

class LOCKSTEP_PROCESSING_EXPORT AudioStreamReader {
public:
    AudioStreamReader();
    ~AudioStreamReader();
    AudioStreamReader(AudioStreamReader&&) noexcept;
    AudioStreamReader& operator=(AudioStreamReader&&) noexcept;

    // Opens the file; on failure info().ok is false and info().error names the file.
    bool open(const QString& absolutePath);
    const AudioInfo& info() const { return m_info; }

    // Reads frames [first, first + count) clipped to the file, interleaved, full scale 1.0. Returns the number
    // of frames read (0 past the end or on error). The data starts at frame max(first, 0). Consecutive reads
    // continue without a seek.
    qint64 readInterleaved(qint64 first, qint64 count, std::vector<float>* out);
    // The same range mixed to mono (mean of the channels).
    qint64 readMono(qint64 first, qint64 count, std::vector<float>* out);

private:
    struct File;
    std::unique_ptr<File> m_file;
    AudioInfo m_info;
};

}  // namespace lockstep
