#pragma once

#include "dataset/TimedTextDocument.h"
#include "lockstep_processing_export.h"

#include <QByteArray>
#include <QString>

namespace lockstep {

// SubRip (.srt): blocks of "index / HH:MM:SS,mmm --> HH:MM:SS,mmm / text lines", separated by blank lines.
// Tolerant of what real files contain: missing index numbers, '.' instead of ',', CRLF, BOM, extra blank
// lines, trailing spaces, missing blank lines between cues. A malformed cue becomes a diagnostic (file, line,
// reason) and parsing goes on. Formatting tags (<i>, <b>, <font ...>, {\an8}) are stripped from the text.
// The result has one tier named "subtitles"; ok is false when non-blank input holds not a single readable
// cue (then the diagnostics say why).
class LOCKSTEP_PROCESSING_EXPORT SrtParser {
public:
    static TimedTextDocument parse(const QByteArray& bytes, const QString& fileName);
};

}  // namespace lockstep
