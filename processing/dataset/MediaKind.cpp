#include "dataset/MediaKind.h"

#include <QHash>

namespace lockstep {

MediaKind mediaKindForPath(const QString& path)
{
    static const QHash<QString, MediaKind> byExtension = [] {
        QHash<QString, MediaKind> h;
        for (const char* e : {"jpg", "jpeg", "png", "bmp", "gif", "webp", "tif", "tiff", "ppm", "pgm"})
            h.insert(QString::fromLatin1(e), MediaKind::Image);
        for (const char* e : {"txt", "lab", "md"})
            h.insert(QString::fromLatin1(e), MediaKind::Text);
        for (const char* e : {"wav", "flac", "ogg", "oga", "opus", "mp3", "aiff", "aif", "au"})
            h.insert(QString::fromLatin1(e), MediaKind::Audio);
        for (const char* e : {"mp4", "mkv", "avi", "mov", "webm", "m4v", "mpg", "mpeg"})
            h.insert(QString::fromLatin1(e), MediaKind::Video);
        for (const char* e : {"srt", "vtt", "textgrid", "eaf", "json"})
            h.insert(QString::fromLatin1(e), MediaKind::TimedText);
        h.insert(QStringLiteral("csv"), MediaKind::SensorCsv);
        return h;
    }();
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || dot < slash)
        return MediaKind::Other;
    return byExtension.value(path.mid(dot + 1).toLower(), MediaKind::Other);
}

std::optional<Modality> modalityForMediaKind(MediaKind kind)
{
    switch (kind) {
    case MediaKind::Image: return Modality::Image;
    case MediaKind::Text: return Modality::Text;
    case MediaKind::Audio: return Modality::Audio;
    case MediaKind::Video: return Modality::Video;
    default: return std::nullopt;
    }
}

}  // namespace lockstep
