#pragma once

// Decoded audio made in memory, for the metric and fingerprint tests (header only).

#include "media/AudioDecoder.h"

#include <QString>
#include <vector>

namespace fixture {

inline lockstep::DecodedAudio makeAudio(std::vector<float> samples, int rate, int channels = 1,
                                        const QString& encoding = QStringLiteral("32 bit float"))
{
    lockstep::DecodedAudio a;
    a.info.ok = true;
    a.info.sampleRate = rate;
    a.info.channels = channels;
    a.info.frames = qint64(samples.size()) / channels;
    a.info.encoding = encoding;
    a.samples = std::move(samples);
    return a;
}

}  // namespace fixture
