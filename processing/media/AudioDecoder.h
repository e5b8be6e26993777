#pragma once

#include "dataset/Micros.h"
#include "lockstep_processing_export.h"

#include <QString>
#include <vector>

namespace lockstep {

struct AudioInfo {
    bool ok = false;
    QString error;
    int sampleRate = 0;
    int channels = 0;
    qint64 frames = 0;
    Micros duration{0};
    QString container;  // "WAV", "FLAC", "OGG", "MP3", "AIFF" ...
    QString encoding;   // as libsndfile names it: "Signed 16 bit PCM", "Vorbis", "Opus", "MPEG Layer III" ...
};

struct DecodedAudio {
    AudioInfo info;
    std::vector<float> samples;  // interleaved, full scale = 1.0
};

// Audio through libsndfile: WAV (all PCM/float variants), FLAC, OGG/Vorbis, Opus, MP3.
class LOCKSTEP_PROCESSING_EXPORT AudioDecoder {
public:
    static AudioInfo probe(const QString& absolutePath);
    static DecodedAudio decode(const QString& absolutePath);
};

}  // namespace lockstep
