#include "SummaryPrinter.h"

#include <QJsonArray>

namespace lockstep::cli {

namespace {

QString row(const QString& name, const QString& value)
{
    return name.leftJustified(14) + value + QLatin1Char('\n');
}

}  // namespace

QJsonObject SummaryPrinter::diagnosticJson(const Diagnostic& d)
{
    QJsonObject o;
    o[QStringLiteral("severity")] = severityName(d.severity);
    o[QStringLiteral("file")] = d.file;
    o[QStringLiteral("line")] = d.line;
    o[QStringLiteral("sample")] = d.sampleId;
    o[QStringLiteral("message")] = d.message;
    return o;
}

QString SummaryPrinter::text(const DatasetSummary& s, const Diagnostics& diagnostics, qint64 listed)
{
    QString out;
    out += row(QStringLiteral("Dataset"), s.datasetRoot);
    out += row(QStringLiteral("Layout"), s.layout);
    out += row(QStringLiteral("Samples"), QString::number(s.samples));
    out += QStringLiteral("Modalities\n");
    for (Modality m : kAllModalities) {
        if (!s.withModality.contains(m))
            continue;
        QString line = QStringLiteral("%1 present in %2, absent from %3")
                           .arg(modalityName(m).leftJustified(6))
                           .arg(s.withModality.value(m))
                           .arg(s.withoutModality.value(m));
        if (s.missingFiles.value(m) > 0)
            line += s.missingFiles.value(m) == 1 ? QStringLiteral("; 1 file missing")
                                                 : QStringLiteral("; %1 files missing").arg(s.missingFiles.value(m));
        out += QStringLiteral("  ") + line + QLatin1Char('\n');
    }
    if (!s.streams.isEmpty()) {
        QStringList parts;
        for (auto it = s.streams.cbegin(); it != s.streams.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(streamKindName(it.key()));
        out += row(QStringLiteral("Streams"),
                   parts.join(QStringLiteral(", ")) +
                       QStringLiteral(" (%1 text segments, %2 frames)").arg(s.segments).arg(s.frames));
    }
    if (!s.labels.isEmpty() && !(s.labels.size() == 1 && s.labels.firstKey().isEmpty())) {
        QStringList parts;
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
            parts << QStringLiteral("%1 %2")
                         .arg(it.key().isEmpty() ? QStringLiteral("(none)") : it.key())
                         .arg(it.value());
        out += row(QStringLiteral("Labels"), parts.join(QStringLiteral(", ")));
    }
    if (!s.splits.isEmpty() && !(s.splits.size() == 1 && s.splits.firstKey().isEmpty())) {
        QStringList parts;
        for (auto it = s.splits.cbegin(); it != s.splits.cend(); ++it)
            parts << QStringLiteral("%1 %2")
                         .arg(it.key().isEmpty() ? QStringLiteral("(none)") : it.key())
                         .arg(it.value());
        out += row(QStringLiteral("Splits"), parts.join(QStringLiteral(", ")));
    }
    out += row(QStringLiteral("Problems"), QStringLiteral("%1 errors, %2 warnings").arg(s.errors).arg(s.warnings));
    for (const Diagnostic& d : diagnostics)
        out += QStringLiteral("  %1: %2\n").arg(severityName(d.severity), d.toString());
    const qint64 total = s.errors + s.warnings;
    if (total > listed && listed >= 0)
        out += QStringLiteral("  ... %1 more (use --max-problems N, or --json)\n").arg(total - listed);
    return out;
}

QJsonObject SummaryPrinter::json(const DatasetSummary& s, const Diagnostics& diagnostics)
{
    QJsonObject o;
    o[QStringLiteral("dataset")] = s.datasetRoot;
    o[QStringLiteral("layout")] = s.layout;
    o[QStringLiteral("samples")] = s.samples;
    QJsonObject modalities;
    for (Modality m : kAllModalities) {
        QJsonObject entry;
        entry[QStringLiteral("present")] = s.withModality.value(m);
        entry[QStringLiteral("absent")] = s.samples - s.withModality.value(m);
        entry[QStringLiteral("missing_files")] = s.missingFiles.value(m);
        modalities[modalityName(m)] = entry;
    }
    o[QStringLiteral("modalities")] = modalities;
    QJsonObject streams;
    for (StreamKind k : {StreamKind::Audio, StreamKind::Frames, StreamKind::TextSegments, StreamKind::Sensor})
        streams[streamKindName(k)] = s.streams.value(k);
    o[QStringLiteral("streams")] = streams;
    o[QStringLiteral("segments")] = s.segments;
    o[QStringLiteral("frames")] = s.frames;
    QJsonObject labels;
    for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it)
        labels[it.key()] = it.value();
    o[QStringLiteral("labels")] = labels;
    QJsonObject splits;
    for (auto it = s.splits.cbegin(); it != s.splits.cend(); ++it)
        splits[it.key()] = it.value();
    o[QStringLiteral("splits")] = splits;
    o[QStringLiteral("errors")] = s.errors;
    o[QStringLiteral("warnings")] = s.warnings;
    QJsonArray list;
    for (const Diagnostic& d : diagnostics)
        list.append(diagnosticJson(d));
    o[QStringLiteral("problems")] = list;
    return o;
}

}  // namespace lockstep::cli
