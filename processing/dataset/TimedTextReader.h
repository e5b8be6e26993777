#pragma once

#include "dataset/TimedTextDocument.h"
#include "lockstep_processing_export.h"

#include <QString>
#include <optional>

namespace lockstep {

// Reads a subtitle/transcript file and hands it to the parser its extension names. Every parser returns
// integer-microsecond times, each tier's segments sorted by start (stable; out-of-order cues are reported
// as an Info diagnostic), end >= start (a reversed cue is clamped and warned about), and never throws.
class LOCKSTEP_PROCESSING_EXPORT TimedTextReader {
public:
    enum class Format { Srt, WebVtt, TextGrid, Eaf, JsonSegments };

    // Larger files are refused: no transcript is that big, and reading one whole would only exhaust memory.
    static constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

    // By extension, case-insensitive: .srt .vtt .textgrid .eaf .json; nullopt for anything else.
    static std::optional<Format> formatForPath(const QString& path);

    // Reads absolutePath and parses it; displayName (e.g. the path relative to the dataset root) is what
    // errors and diagnostics name. Unreadable, too large or unknown-extension files give ok = false.
    static TimedTextDocument readFile(const QString& absolutePath, const QString& displayName);

    // Human-readable name: "SubRip", "WebVTT", "Praat TextGrid", "ELAN EAF", "JSON segments".
    static QString formatName(Format format);

    // Parses bytes already in memory with the parser for format.
    static TimedTextDocument parse(Format format, const QByteArray& bytes, const QString& displayName);
};

}  // namespace lockstep
