#pragma once

#include "dataset/Diagnostic.h"
#include "dataset/Micros.h"
#include "dataset/Stream.h"

#include <QList>
#include <QString>
#include <vector>

namespace lockstep {

// One tier of timed text: all SRT/VTT cues form one tier; a TextGrid or EAF file has one per tier.
struct TimedTextTier {
    QString name;
    bool isPointTier = false;  // TextGrid TextTier: segments have start == end
    std::vector<Segment> segments;
};

// What a subtitle/transcript parser returns. ok == false only when nothing usable was read (wrong format,
// unreadable file); a bad cue in an otherwise good file is a diagnostic and the rest is kept.
struct TimedTextDocument {
    bool ok = false;
    QString error;
    QList<TimedTextTier> tiers;
    Micros duration{0};  // xmax of a TextGrid, last cue end otherwise
    Diagnostics diagnostics;
};

}  // namespace lockstep
