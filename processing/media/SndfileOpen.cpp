#include "media/SndfileOpen.h"

#include <QFile>
#include <QHash>
#include <mutex>

namespace lockstep {

namespace {

// Container names users know (libsndfile's own names are long, its extensions odd: "oga", "m1a").
QString containerName(int format)
{
    switch (format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX: return QStringLiteral("WAV");
    case SF_FORMAT_RF64: return QStringLiteral("RF64");
    case SF_FORMAT_W64: return QStringLiteral("W64");
    case SF_FORMAT_FLAC: return QStringLiteral("FLAC");
    case SF_FORMAT_OGG: return QStringLiteral("OGG");
    case SF_FORMAT_MPEG: return QStringLiteral("MP3");
    case SF_FORMAT_AIFF: return QStringLiteral("AIFF");
    case SF_FORMAT_AU: return QStringLiteral("AU");
    case SF_FORMAT_CAF: return QStringLiteral("CAF");
    default: return QStringLiteral("0x%1").arg(format & SF_FORMAT_TYPEMASK, 0, 16);
    }
}

// Encoding names as libsndfile lists them ("Signed 16 bit PCM", "Vorbis", "Opus", "MPEG Layer III").
QString encodingNameUncached(int format)
{
    int count = 0;
    sf_command(nullptr, SFC_GET_FORMAT_SUBTYPE_COUNT, &count, sizeof(int));
    for (int i = 0; i < count; ++i) {
        SF_FORMAT_INFO candidate{};
        candidate.format = i;
        if (sf_command(nullptr, SFC_GET_FORMAT_SUBTYPE, &candidate, sizeof(candidate)) == 0 &&
            candidate.format == (format & SF_FORMAT_SUBMASK))
            return QString::fromUtf8(candidate.name);
    }
    return QStringLiteral("0x%1").arg(format & SF_FORMAT_SUBMASK, 0, 16);
}

// Looked up once per encoding: the scan decodes thousands of files with the same few encodings.
QString encodingName(int format)
{
    static std::mutex mutex;
    static QHash<int, QString> names;
    std::lock_guard lock(mutex);
    const int key = format & SF_FORMAT_SUBMASK;
    auto it = names.find(key);
    if (it == names.end())
        it = names.insert(key, encodingNameUncached(format));
    return *it;
}

}  // namespace

SndfilePtr openSndfile(const QString& absolutePath, SF_INFO* sfinfo, AudioInfo* info)
{
    if (!QFile::exists(absolutePath)) {
        info->error = QStringLiteral("'%1' does not exist").arg(absolutePath);
        return nullptr;
    }
    SndfilePtr file(sf_open(QFile::encodeName(absolutePath).constData(), SFM_READ, sfinfo));
    if (!file) {
        info->error =
            QStringLiteral("cannot read audio '%1': %2").arg(absolutePath, QString::fromUtf8(sf_strerror(nullptr)));
        return nullptr;
    }
    if (sfinfo->samplerate <= 0 || sfinfo->channels <= 0) {
        info->error = QStringLiteral("'%1' has an invalid header (rate %2, channels %3)")
                          .arg(absolutePath)
                          .arg(sfinfo->samplerate)
                          .arg(sfinfo->channels);
        return nullptr;
    }
    info->sampleRate = sfinfo->samplerate;
    info->channels = sfinfo->channels;
    info->frames = sfinfo->frames;
    info->duration = Micros{sfinfo->frames * 1'000'000 / sfinfo->samplerate};
    info->container = containerName(sfinfo->format);
    info->encoding = encodingName(sfinfo->format);
    return file;
}

}  // namespace lockstep
