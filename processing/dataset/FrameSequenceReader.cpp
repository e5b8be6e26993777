#include "dataset/FrameSequenceReader.h"

#include "dataset/CsvReader.h"
#include "dataset/MediaKind.h"
#include "dataset/SensorCsvReader.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace lockstep {

bool FrameSequenceReader::timeFromStem(const QString& stem, Micros* out)
{
    static const QRegularExpression pattern(QStringLiteral("(\\d+(?:\\.\\d+)?)(us|ms|s)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(stem);
    if (!m.hasMatch())
        return false;
    const double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    const double scale = unit == QLatin1String("us") ? 1.0 : unit == QLatin1String("ms") ? 1e3 : 1e6;
    *out = Micros{static_cast<std::int64_t>(std::llround(value * scale))};
    return true;
}

namespace {

// frames.csv: a file column and a time column (any unit SensorCsvReader understands).
bool readFramesCsv(const QString& csvPath, const QString& folderRelative, FrameSequence* seq)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    const QString display = folderRelative + QStringLiteral("/frames.csv");
    CsvReader csv(bytes, CsvReader::sniffDelimiter(bytes));
    QStringList header;
    if (!csv.readRecord(&header))
        return false;
    int fileColumn = -1;
    int timeColumn = -1;
    double scale = 0.0;
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header[i].trimmed().toLower();
        if (fileColumn < 0 &&
            (h == QLatin1String("file") || h == QLatin1String("filename") || h == QLatin1String("file_name") ||
             h == QLatin1String("path") || h == QLatin1String("frame") || h == QLatin1String("image")))
            fileColumn = i;
        else if (timeColumn < 0 && SensorCsvReader::microsPerUnit(h) > 0.0) {
            timeColumn = i;
            scale = SensorCsvReader::microsPerUnit(h);
        }
    }
    if (fileColumn < 0 || timeColumn < 0) {
        seq->diagnostics.append({Diagnostic::Severity::Warning,
                                 display,
                                 1,
                                 {},
                                 QStringLiteral("needs a file column (file, filename, path, frame or image) and a "
                                                "time column (time_s, time_ms, time_us, timestamp...); ignored")});
        return false;
    }
    QStringList fields;
    while (csv.readRecord(&fields)) {
        auto skip = [&](const QString& why) {
            seq->diagnostics.append(
                {Diagnostic::Severity::Warning, display, csv.recordLine(), {}, why + QStringLiteral("; row skipped")});
        };
        if (fields.size() != header.size()) {
            skip(QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(header.size()));
            continue;
        }
        bool ok = false;
        const double t = fields[timeColumn].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(t)) {
            skip(QStringLiteral("time '%1' is not a number").arg(fields[timeColumn]));
            continue;
        }
        const QString name = fields[fileColumn].trimmed();
        const QString rel = QDir::cleanPath(folderRelative + QLatin1Char('/') + name);
        if (QDir::isAbsolutePath(name) || !rel.startsWith(folderRelative + QLatin1Char('/'))) {
            seq->diagnostics.append({Diagnostic::Severity::Error,
                                     display,
                                     csv.recordLine(),
                                     {},
                                     QStringLiteral("frame '%1' leaves the frames folder; not followed").arg(name)});
            continue;
        }
        seq->frames.push_back({Micros{static_cast<std::int64_t>(std::llround(t * scale))}, rel});
    }
    seq->timeSource = QStringLiteral("frames.csv");
    return true;
}

}  // namespace

FrameSequence FrameSequenceReader::read(const QString& absoluteFolder, const QString& folderRelative)
{
    FrameSequence seq;
    const QDir dir(absoluteFolder);
    if (!dir.exists()) {
        seq.error = QStringLiteral("frames folder '%1' does not exist").arg(folderRelative);
        return seq;
    }
    if (QFile::exists(dir.filePath(QStringLiteral("frames.csv"))) &&
        readFramesCsv(dir.filePath(QStringLiteral("frames.csv")), folderRelative, &seq)) {
        std::stable_sort(seq.frames.begin(), seq.frames.end(),
                         [](const Frame& a, const Frame& b) { return a.time < b.time; });
        seq.ok = true;
        return seq;
    }
    QStringList images;
    const QStringList entries = dir.entryList(QDir::Files, QDir::NoSort);
    for (const QString& name : entries)
        if (mediaKindForPath(name) == MediaKind::Image)
            images << name;
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(images.begin(), images.end(),
              [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });

    bool allTimed = !images.isEmpty();
    std::vector<Frame> timed;
    for (const QString& name : images) {
        Micros t{0};
        if (!timeFromStem(QFileInfo(name).completeBaseName(), &t)) {
            allTimed = false;
            break;
        }
        timed.push_back({t, folderRelative + QLatin1Char('/') + name});
    }
    if (allTimed) {
        std::stable_sort(timed.begin(), timed.end(), [](const Frame& a, const Frame& b) { return a.time < b.time; });
        seq.frames = std::move(timed);
        seq.timeSource = QStringLiteral("file names");
    } else {
        for (qsizetype i = 0; i < images.size(); ++i)
            seq.frames.push_back({Micros{static_cast<std::int64_t>(std::llround(double(i) * 1e6 / kAssumedFps))},
                                  folderRelative + QLatin1Char('/') + images[i]});
        seq.timeSource = QStringLiteral("assumed 25 fps");
        if (!images.isEmpty())
            seq.diagnostics.append({Diagnostic::Severity::Warning,
                                    folderRelative,
                                    0,
                                    {},
                                    QStringLiteral("frame file names carry no times and there is no frames.csv; "
                                                   "frames are placed at %1 fps in name order")
                                        .arg(kAssumedFps)});
    }
    seq.ok = true;
    return seq;
}

}  // namespace lockstep
