#pragma once

#include "dataset/TimedTextDocument.h"
#include "lockstep_processing_export.h"

#include <QByteArray>
#include <QString>

namespace lockstep {

// WebVTT (.vtt). The "WEBVTT" signature on the first line is required (ok = false otherwise). Cue identifiers
// are optional; times are "MM:SS.mmm" or "HH:MM:SS.mmm"; cue settings after the end time are ignored; NOTE,
// STYLE and REGION blocks are skipped. Markup (<v Speaker>, <c.class>, <i>, timestamps) is removed, the text
// kept, and character references (&amp; ...) decoded. One tier named "subtitles". Malformed cues become
// diagnostics and parsing goes on.
class LOCKSTEP_PROCESSING_EXPORT WebVttParser {
public:
    static TimedTextDocument parse(const QByteArray& bytes, const QString& fileName);
};

}  // namespace lockstep
