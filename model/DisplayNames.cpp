#include "DisplayNames.h"

#include <QLocale>

namespace lockstep {

QString DisplayNames::modality(Modality modality)
{
    switch (modality) {
    case Modality::Image: return tr("image");
    case Modality::Text: return tr("text");
    case Modality::Audio: return tr("audio");
    case Modality::Video: return tr("video");
    }
    return {};
}

QString DisplayNames::streamKind(StreamKind kind)
{
    switch (kind) {
    case StreamKind::Audio: return tr("Audio");
    case StreamKind::Frames: return tr("Frames");
    case StreamKind::TextSegments: return tr("Text segments");
    case StreamKind::Sensor: return tr("Sensor");
    }
    return {};
}

QString DisplayNames::reviewStatus(const QString& stored)
{
    if (stored.isEmpty() || stored == QLatin1String("unreviewed"))
        return tr("unreviewed");
    if (stored == QLatin1String("accepted"))
        return tr("accepted");
    if (stored == QLatin1String("rejected"))
        return tr("rejected");
    if (stored == QLatin1String("needs-fix"))
        return tr("needs fix");
    return stored;
}

QString DisplayNames::severity(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Info: return tr("Info");
    case Diagnostic::Severity::Warning: return tr("Warning");
    case Diagnostic::Severity::Error: return tr("Error");
    }
    return {};
}

QString DisplayNames::duration(Micros duration)
{
    const bool negative = duration.count() < 0;
    const qint64 totalMs = (negative ? -duration.count() : duration.count()) / 1000;
    const qint64 ms = totalMs % 1000;
    const qint64 totalSeconds = totalMs / 1000;
    const qint64 seconds = totalSeconds % 60;
    const qint64 minutes = (totalSeconds / 60) % 60;
    const qint64 hours = totalSeconds / 3600;
    QString text = hours > 0 ? QStringLiteral("%1:%2:%3.%4")
                                   .arg(hours)
                                   .arg(minutes, 2, 10, QLatin1Char('0'))
                                   .arg(seconds, 2, 10, QLatin1Char('0'))
                                   .arg(ms, 3, 10, QLatin1Char('0'))
                             : QStringLiteral("%1:%2.%3")
                                   .arg(minutes)
                                   .arg(seconds, 2, 10, QLatin1Char('0'))
                                   .arg(ms, 3, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString DisplayNames::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

}  // namespace lockstep
