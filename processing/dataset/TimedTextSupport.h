#pragma once

// Internal helpers shared by the timed-text parsers (SRT, WebVTT, TextGrid, EAF, JSON segments).
// Not exported: the parsers are the public surface.

#include "dataset/Diagnostic.h"
#include "dataset/Micros.h"
#include "dataset/Stream.h"
#include "dataset/TimedTextDocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <cstdint>
#include <optional>

namespace lockstep::timedtext {

// Times beyond ±10^15 µs (about 31 years) are refused: no recording is that long, and the bound keeps every
// sum and interpolation far away from int64 overflow.
inline constexpr std::int64_t kMaxMicros = 1'000'000'000'000'000;

// A fuzzed or badly broken file could produce one diagnostic per line; past this many only a summary is kept.
inline constexpr qsizetype kMaxDiagnostics = 200;

// Appends a diagnostic unless the cap is reached; at the cap, appends one note saying the rest were dropped.
void addDiagnostic(Diagnostics& diagnostics, Diagnostic::Severity severity, const QString& file, int line,
                   const QString& message);
inline void warn(Diagnostics& diagnostics, const QString& file, int line, const QString& message)
{
    addDiagnostic(diagnostics, Diagnostic::Severity::Warning, file, line, message);
}

struct DecodedText {
    QStringList lines;          // without line terminators; lines[0] is line 1
    bool invalidBytes = false;  // some bytes were not valid in the detected encoding (replaced by U+FFFD)
    bool utf16 = false;
};

// Decodes a text file: UTF-8 (with or without BOM) or UTF-16 LE/BE (with BOM, or without BOM when the zero
// bytes make it obvious). Lines end at CRLF, LF or a lone CR. Each line with invalid bytes gets a diagnostic
// and is decoded with replacement characters.
DecodedText decodeLines(const QByteArray& bytes, const QString& file, Diagnostics& diagnostics);

// Exact decimal parsing without going through double: "12.5", "-0.25", "1e-05", "7." ... The value is
// multiplied by 10^scale and rounded half away from zero. nullopt for anything that is not a plain decimal
// number or whose magnitude exceeds kMaxMicros after scaling.
std::optional<std::int64_t> parseScaledDecimal(QStringView text, int scale);
inline std::optional<Micros> parseSeconds(QStringView text)
{
    const auto v = parseScaledDecimal(text, 6);
    return v ? std::optional<Micros>(Micros{*v}) : std::nullopt;
}
inline std::optional<Micros> parseMilliseconds(QStringView text)
{
    const auto v = parseScaledDecimal(text, 3);
    return v ? std::optional<Micros>(Micros{*v}) : std::nullopt;
}

// A number parsed elsewhere as double (JSON) times 10^scale, rounded like parseScaledDecimal: the shortest
// decimal that round-trips is rounded exactly, so 2.9999995 s gives 3000000 us (value * 1e6 would give
// 2999999.4999... and round down). nullopt for NaN, infinities and out-of-range values.
std::optional<std::int64_t> scaledFromDouble(double value, int scale);

// Clock time "HH:MM:SS,mmm", "HH:MM:SS.mmm", "MM:SS.mmm" (fraction optional, 1-9 digits) starting at pos,
// which is advanced past it. On failure returns nullopt and sets *error to a reason.
std::optional<Micros> parseClock(QStringView text, qsizetype& pos, QString* error);

// "HH:MM:SS,mmm" for messages.
QString formatClock(Micros t);

// A cue timing line "start --> end [settings]"; settings after the end time are ignored.
struct CueTiming {
    Micros start{0};
    Micros end{0};
};
std::optional<CueTiming> parseCueTiming(QStringView line, QString* error);

// SubRip tags: <i>, </b>, <font color="...">, and ASS overrides {\an8}; "<3" and "a < b" stay.
QString stripSubRipTags(QStringView text);
// WebVTT: every "<...>" is markup (a literal "<" must be written &lt;), then character references decoded.
QString stripWebVttMarkup(QStringView text);

// Every parser returns each tier's segments in start order (stable: equal starts keep file order), so
// that views can binary-search a time window. A file whose cues were out of order gets an Info diagnostic
// when file is given.
void sortByStart(TimedTextTier& tier, Diagnostics& diagnostics, const QString& file, bool report);

// end < start: warn, keep the segment with end = start.
void clampEnd(Segment& segment, Diagnostics& diagnostics, const QString& file, int line, const QString& what);

// True for a line made only of ASCII digits (a cue number).
bool isCueNumber(QStringView line);

}  // namespace lockstep::timedtext
