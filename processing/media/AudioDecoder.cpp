#include "media/AudioDecoder.h"

#include <sndfile.h>
#include <QFile>
#include <QHash>
#include <mutex>

#include <memory>

namespace lockstep {

namespace {

struct SndfileCloser {
    void operator()(SNDFILE* f) const { sf_close(f); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;

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

SndfilePtr openFile(const QString& absolutePath, SF_INFO* sfinfo, AudioInfo* info)
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

}  // namespace

AudioInfo AudioDecoder::probe(const QString& absolutePath)
{
    AudioInfo info;
    SF_INFO sfinfo{};
    if (openFile(absolutePath, &sfinfo, &info))
        info.ok = true;
    return info;
}

DecodedAudio AudioDecoder::decode(const QString& absolutePath)
{
    DecodedAudio out;
    SF_INFO sfinfo{};
    SndfilePtr file = openFile(absolutePath, &sfinfo, &out.info);
    if (!file)
        return out;
    constexpr sf_count_t kMaxSamples = sf_count_t(1) << 32;  // 16 GiB of floats: refuse, don't try
    const sf_count_t wanted = sfinfo.frames * sfinfo.channels;
    if (sfinfo.frames < 0 || wanted > kMaxSamples) {
        out.info.error =
            QStringLiteral("'%1' declares %2 frames; too large to decode at once").arg(absolutePath).arg(sfinfo.frames);
        return out;
    }
    // Read straight into the result. Some formats (MP3, damaged WAV) report an approximate frame count, so
    // keep reading past it until the end of the file.
    const sf_count_t channels = sfinfo.channels;
    out.samples.resize(static_cast<std::size_t>(std::max<sf_count_t>(wanted, 0)));
    sf_count_t framesRead = 0;
    for (;;) {
        if (std::size_t((framesRead + 65536) * channels) > out.samples.size())
            out.samples.resize(std::size_t((framesRead + 65536) * channels));
        const sf_count_t got = sf_readf_float(file.get(), out.samples.data() + framesRead * channels,
                                              sf_count_t(out.samples.size()) / channels - framesRead);
        if (got <= 0)
            break;
        framesRead += got;
    }
    out.samples.resize(std::size_t(framesRead * channels));
    if (sf_error(file.get()) != SF_ERR_NO_ERROR) {
        out.info.error = QStringLiteral("error while decoding '%1': %2")
                             .arg(absolutePath, QString::fromUtf8(sf_strerror(file.get())));
        return out;
    }
    out.info.frames = static_cast<qint64>(out.samples.size()) / sfinfo.channels;
    out.info.duration = Micros{out.info.frames * 1'000'000 / sfinfo.samplerate};
    out.info.ok = true;
    return out;
}

}  // namespace lockstep
