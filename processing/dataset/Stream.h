#pragma once

#include "dataset/ClockTransform.h"
#include "dataset/Micros.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace lockstep {

// A timed piece of text: a subtitle cue, a TextGrid interval or point (start == end), an ELAN annotation.
struct Segment {
    Micros start{0};
    Micros end{0};
    QString text;
    bool operator==(const Segment&) const = default;
};

// One image of a frame sequence, at its time on the stream's own clock.
struct Frame {
    Micros time{0};
    QString path;  // relative to the dataset root; empty for frames inside a video file
    bool operator==(const Frame&) const = default;
};

enum class StreamKind { Audio = 0, Frames = 1, TextSegments = 2, Sensor = 3 };

inline QString streamKindName(StreamKind k)
{
    switch (k) {
    case StreamKind::Audio: return QStringLiteral("audio");
    case StreamKind::Frames: return QStringLiteral("frames");
    case StreamKind::TextSegments: return QStringLiteral("text");
    case StreamKind::Sensor: return QStringLiteral("sensor");
    }
    return {};
}

// Something that lives on a sample's timeline. Bulk data stays in the source file (audio samples, sensor
// values, video frames); the stream records where it is, its extent and how its clock maps to the
// sample's reference clock. Text segments and image-sequence frames are small and kept here.
struct Stream {
    StreamKind kind = StreamKind::Audio;
    QString name;        // unique within the sample, e.g. "audio", "subtitles/words", "imu"
    QString sourcePath;  // relative to the dataset root
    ClockTransform clock;
    Micros start{0};  // extent on the stream's own clock
    Micros duration{0};

    std::vector<Segment> segments;  // TextSegments
    QString tier;                   // TextSegments: tier name from the source file
    std::vector<Frame> frames;      // Frames from an image sequence (empty for a video file)
    QStringList channels;           // Sensor: value column names; Audio: empty
    qint64 pointCount = 0;          // Sensor rows, audio frames, video frames
    double rate = 0.0;              // audio sample rate, video fps, nominal sensor rate (0 if unknown)

    bool operator==(const Stream&) const = default;
};

}  // namespace lockstep
