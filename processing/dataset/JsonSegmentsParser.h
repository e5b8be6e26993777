#pragma once

#include "dataset/TimedTextDocument.h"
#include "lockstep_processing_export.h"

#include <QByteArray>
#include <QString>

namespace lockstep {

// JSON segment lists, as speech tools write them:
//   [ {"start": 0.0, "end": 1.5, "text": "..."}, ... ]                    (seconds)
//   {"segments": [ {"start": ..., "end": ..., "text": ..., "words": [...]} ], ...}   (Whisper, WhisperX)
// "start_ms"/"end_ms" (milliseconds) are accepted instead of "start"/"end"; numeric strings are accepted too.
// A "speaker" or "tier" key groups segments into tiers of that name (others go to the tier "segments");
// nested "words" ({"word" or "text", "start", "end"}) form a last tier named "words". Text is trimmed
// (Whisper puts a space before each segment). A bad segment is a diagnostic naming its index; the rest is
// kept. JSON syntax errors -> ok = false with the line number.
class LOCKSTEP_PROCESSING_EXPORT JsonSegmentsParser {
public:
    static TimedTextDocument parse(const QByteArray& bytes, const QString& fileName);
};

}  // namespace lockstep
