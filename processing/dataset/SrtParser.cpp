#include "dataset/SrtParser.h"

#include "dataset/TimedTextSupport.h"

#include <algorithm>

namespace lockstep {

using namespace timedtext;

namespace {

QString quoted(const QString& line)
{
    constexpr qsizetype kShown = 60;
    const QString t = line.trimmed();
    return QLatin1Char('"') + (t.size() > kShown ? t.left(kShown) + QStringLiteral("...") : t) + QLatin1Char('"');
}

}  // namespace

TimedTextDocument SrtParser::parse(const QByteArray& bytes, const QString& fileName)
{
    TimedTextDocument doc;
    const QStringList lines = decodeLines(bytes, fileName, doc.diagnostics).lines;
    const qsizetype n = lines.size();

    TimedTextTier tier;
    tier.name = QStringLiteral("subtitles");

    const auto blank = [&](qsizetype i) { return lines.at(i).trimmed().isEmpty(); };
    const auto validTiming = [&](qsizetype i) { return parseCueTiming(lines.at(i), nullptr).has_value(); };
    // Where a new cue begins even without the blank line that should precede it: a valid timing line, or a
    // cue number directly followed by one.
    const auto startsCue = [&](qsizetype i) {
        return validTiming(i) || (isCueNumber(lines.at(i).trimmed()) && i + 1 < n && validTiming(i + 1));
    };
    const auto skipBlock = [&](qsizetype i) {
        while (i < n && !blank(i) && !startsCue(i))
            ++i;
        return i;
    };

    qsizetype i = 0;
    bool anyContent = false;
    while (i < n) {
        if (blank(i)) {
            ++i;
            continue;
        }
        anyContent = true;
        qsizetype timingLine = i;
        if (isCueNumber(lines.at(i).trimmed())) {
            if (i + 1 >= n || blank(i + 1)) {
                warn(doc.diagnostics, fileName, int(i + 1),
                     QStringLiteral("cue number %1 has no timing line; skipped").arg(lines.at(i).trimmed()));
                ++i;
                continue;
            }
            timingLine = i + 1;
        }
        const QString& timingText = lines.at(timingLine);
        if (!timingText.contains(QLatin1String("-->"))) {
            warn(doc.diagnostics, fileName, int(timingLine + 1),
                 QStringLiteral("expected a timing line like 00:00:01,000 --> 00:00:02,500, found %1; "
                                "skipped up to the next blank line")
                     .arg(quoted(timingText)));
            i = skipBlock(timingLine + 1);
            continue;
        }
        QString why;
        const auto timing = parseCueTiming(timingText, &why);
        if (!timing) {
            warn(doc.diagnostics, fileName, int(timingLine + 1),
                 QStringLiteral("malformed timing line %1: %2 (expected HH:MM:SS,mmm --> HH:MM:SS,mmm); cue skipped")
                     .arg(quoted(timingText), why));
            i = skipBlock(timingLine + 1);
            continue;
        }

        QStringList text;
        qsizetype k = timingLine + 1;
        while (k < n && !blank(k) && !startsCue(k)) {
            text.append(lines.at(k).trimmed());
            ++k;
        }
        Segment cue{timing->start, timing->end, stripSubRipTags(text.join(QLatin1Char('\n'))).trimmed()};
        clampEnd(cue, doc.diagnostics, fileName, int(timingLine + 1), QStringLiteral("cue"));
        doc.duration = std::max(doc.duration, cue.end);
        tier.segments.push_back(std::move(cue));
        i = k;
    }

    // A blank file is a valid file without cues; text without a single readable cue is not SubRip.
    if (tier.segments.empty() && anyContent) {
        doc.ok = false;
        doc.error = fileName + QStringLiteral(
                                   ": no subtitle cues found (expected SubRip blocks with timing lines "
                                   "like 00:00:01,000 --> 00:00:02,500)");
        return doc;
    }
    doc.ok = true;
    sortByStart(tier, doc.diagnostics, fileName, true);
    doc.tiers.append(std::move(tier));
    return doc;
}

}  // namespace lockstep
