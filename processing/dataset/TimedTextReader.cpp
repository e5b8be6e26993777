#include "dataset/TimedTextReader.h"

#include "dataset/EafParser.h"
#include "dataset/JsonSegmentsParser.h"
#include "dataset/SrtParser.h"
#include "dataset/TextGridParser.h"
#include "dataset/WebVttParser.h"

#include <QFile>
#include <QFileInfo>

namespace lockstep {

std::optional<TimedTextReader::Format> TimedTextReader::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("srt"))
        return Format::Srt;
    if (suffix == QLatin1String("vtt"))
        return Format::WebVtt;
    if (suffix == QLatin1String("textgrid"))
        return Format::TextGrid;
    if (suffix == QLatin1String("eaf"))
        return Format::Eaf;
    if (suffix == QLatin1String("json"))
        return Format::JsonSegments;
    return std::nullopt;
}

QString TimedTextReader::formatName(Format format)
{
    switch (format) {
    case Format::Srt: return QStringLiteral("SubRip");
    case Format::WebVtt: return QStringLiteral("WebVTT");
    case Format::TextGrid: return QStringLiteral("Praat TextGrid");
    case Format::Eaf: return QStringLiteral("ELAN EAF");
    case Format::JsonSegments: return QStringLiteral("JSON segments");
    }
    return {};
}

TimedTextDocument TimedTextReader::parse(Format format, const QByteArray& bytes, const QString& displayName)
{
    switch (format) {
    case Format::Srt: return SrtParser::parse(bytes, displayName);
    case Format::WebVtt: return WebVttParser::parse(bytes, displayName);
    case Format::TextGrid: return TextGridParser::parse(bytes, displayName);
    case Format::Eaf: return EafParser::parse(bytes, displayName);
    case Format::JsonSegments: return JsonSegmentsParser::parse(bytes, displayName);
    }
    return {};
}

TimedTextDocument TimedTextReader::readFile(const QString& absolutePath, const QString& displayName)
{
    TimedTextDocument doc;
    const auto format = formatForPath(absolutePath);
    if (!format) {
        doc.error = displayName + QStringLiteral(
                                      ": unknown timed-text format (expected .srt, .vtt, .TextGrid, "
                                      ".eaf or .json)");
        return doc;
    }
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        doc.error = displayName + QStringLiteral(": cannot read the file: ") + file.errorString();
        return doc;
    }
    if (file.size() > kMaxFileSize) {
        doc.error = displayName + QStringLiteral(": file is too large for a %1 file (%2 MiB; the limit is %3 MiB)")
                                      .arg(formatName(*format))
                                      .arg(file.size() / (1024 * 1024))
                                      .arg(kMaxFileSize / (1024 * 1024));
        return doc;
    }
    // Read in chunks rather than with one read(limit), which would allocate the whole limit up front; a
    // pipe or special file reports size 0, so the limit is checked again while reading.
    QByteArray bytes;
    bytes.reserve(qsizetype(file.size()));
    constexpr qint64 kChunk = qint64(1) << 20;
    while (bytes.size() <= kMaxFileSize) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError) {
        doc.error = displayName + QStringLiteral(": cannot read the file: ") + file.errorString();
        return doc;
    }
    if (bytes.size() > kMaxFileSize) {
        doc.error =
            displayName + QStringLiteral(": file is too large (the limit is %1 MiB)").arg(kMaxFileSize / (1024 * 1024));
        return doc;
    }
    return parse(*format, bytes, displayName);
}

}  // namespace lockstep
