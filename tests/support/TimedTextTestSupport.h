#pragma once

// Shared helpers for the subtitle/transcript parser tests.

#include "dataset/TimedTextDocument.h"

#include <QFile>
#include <QStringList>
#include <QtGlobal>
#include <algorithm>

namespace lockstep::test {

inline QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(LOCKSTEP_TEST_DATA_DIR "/timedtext/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

// "start|end|text" per segment: failures then show exactly which cue differs.
inline QStringList describe(const TimedTextTier& tier)
{
    QStringList out;
    for (const Segment& s : tier.segments)
        out << QStringLiteral("%1|%2|%3").arg(s.start.count()).arg(s.end.count()).arg(s.text);
    return out;
}

inline QList<int> diagnosticLines(const TimedTextDocument& doc)
{
    QList<int> lines;
    for (const Diagnostic& d : doc.diagnostics)
        lines << d.line;
    std::sort(lines.begin(), lines.end());
    return lines;
}

}  // namespace lockstep::test
