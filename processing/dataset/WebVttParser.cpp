#include "dataset/WebVttParser.h"

#include "dataset/TimedTextSupport.h"

#include <algorithm>

namespace lockstep {

using namespace timedtext;

namespace {

// "WEBVTT", "NOTE", "STYLE", "REGION" count only as a whole word: alone, or followed by a space or tab.
bool startsWithKeyword(QStringView line, QLatin1String keyword)
{
    if (!line.startsWith(keyword))
        return false;
    return line.size() == keyword.size() || line.at(keyword.size()) == QLatin1Char(' ') ||
           line.at(keyword.size()) == QLatin1Char('\t');
}

bool containsArrow(const QString& line)
{
    return line.contains(QLatin1String("-->"));
}

}  // namespace

TimedTextDocument WebVttParser::parse(const QByteArray& bytes, const QString& fileName)
{
    TimedTextDocument doc;
    const QStringList lines = decodeLines(bytes, fileName, doc.diagnostics).lines;
    const qsizetype n = lines.size();

    if (n == 0 || !startsWithKeyword(lines.at(0), QLatin1String("WEBVTT"))) {
        doc.error = fileName + QStringLiteral(": not a WebVTT file (the first line must be \"WEBVTT\")");
        return doc;
    }
    doc.ok = true;

    TimedTextTier tier;
    tier.name = QStringLiteral("subtitles");
    const auto blank = [&](qsizetype i) { return lines.at(i).trimmed().isEmpty(); };
    const auto skipToBlank = [&](qsizetype i) {
        while (i < n && !blank(i))
            ++i;
        return i;
    };

    // The header runs to the first blank line. A timing line inside it means the blank line was forgotten.
    qsizetype i = 1;
    while (i < n && !blank(i) && !containsArrow(lines.at(i)))
        ++i;
    if (i < n && !blank(i)) {
        warn(doc.diagnostics, fileName, int(i + 1),
             QStringLiteral("missing blank line between the WEBVTT header and the first cue"));
    }

    while (i < n) {
        if (blank(i)) {
            ++i;
            continue;
        }
        const QString first = lines.at(i).trimmed();
        if (!containsArrow(first) &&
            (startsWithKeyword(first, QLatin1String("NOTE")) || startsWithKeyword(first, QLatin1String("STYLE")) ||
             startsWithKeyword(first, QLatin1String("REGION")))) {
            i = skipToBlank(i + 1);
            continue;
        }
        qsizetype timingLine = i;
        if (!containsArrow(first)) {
            // The first line is a cue identifier; the timing line must follow it.
            if (i + 1 < n && containsArrow(lines.at(i + 1))) {
                timingLine = i + 1;
            } else {
                warn(doc.diagnostics, fileName, int(i + 1),
                     QStringLiteral("expected a cue timing line like 00:01.000 --> 00:02.500; block skipped"));
                i = skipToBlank(i + 1);
                continue;
            }
        }

        QString why;
        const auto timing = parseCueTiming(lines.at(timingLine), &why);
        // Cue text ends at a blank line or at a line containing "-->" (which starts the next cue).
        qsizetype k = timingLine + 1;
        QStringList text;
        while (k < n && !blank(k) && !containsArrow(lines.at(k))) {
            text.append(lines.at(k).trimmed());
            ++k;
        }
        i = k;
        if (!timing) {
            warn(doc.diagnostics, fileName, int(timingLine + 1),
                 QStringLiteral("malformed cue timing: %1 (expected [HH:]MM:SS.mmm --> [HH:]MM:SS.mmm); cue skipped")
                     .arg(why));
            continue;
        }
        Segment cue{timing->start, timing->end, stripWebVttMarkup(text.join(QLatin1Char('\n'))).trimmed()};
        clampEnd(cue, doc.diagnostics, fileName, int(timingLine + 1), QStringLiteral("cue"));
        doc.duration = std::max(doc.duration, cue.end);
        tier.segments.push_back(std::move(cue));
    }

    sortByStart(tier, doc.diagnostics, fileName, true);
    doc.tiers.append(std::move(tier));
    return doc;
}

}  // namespace lockstep
