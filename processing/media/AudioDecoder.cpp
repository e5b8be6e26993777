#include "media/AudioDecoder.h"

#include "media/SndfileOpen.h"

#include <algorithm>
#include <array>

namespace lockstep {

AudioInfo AudioDecoder::probe(const QString& absolutePath)
{
    AudioInfo info;
    SF_INFO sfinfo{};
    if (openSndfile(absolutePath, &sfinfo, &info))
        info.ok = true;
    return info;
}

DecodedAudio AudioDecoder::decode(const QString& absolutePath)
{
    DecodedAudio out;
    SF_INFO sfinfo{};
    SndfilePtr file = openSndfile(absolutePath, &sfinfo, &out.info);
    if (!file)
        return out;
    constexpr sf_count_t kMaxSamples = sf_count_t(1) << 32;  // 16 GiB of floats: refuse, don't try
    const sf_count_t wanted = sfinfo.frames * sfinfo.channels;
    if (sfinfo.frames < 0 || wanted > kMaxSamples) {
        out.info.error =
            QStringLiteral("'%1' declares %2 frames; too large to decode at once").arg(absolutePath).arg(sfinfo.frames);
        return out;
    }
    // Read straight into a buffer of the declared size. Some formats (MP3, damaged WAV) report an approximate
    // frame count, so keep reading past it until the end of the file, through a small scratch buffer: growing
    // the result ahead of each read zero-filled twice the clip's size for nothing (a third of decoding a WAV).
    const sf_count_t channels = sfinfo.channels;
    out.samples.resize(static_cast<std::size_t>(std::max<sf_count_t>(wanted, 0)));
    sf_count_t framesRead = 0;
    while (framesRead < sfinfo.frames) {
        const sf_count_t got =
            sf_readf_float(file.get(), out.samples.data() + framesRead * channels, sfinfo.frames - framesRead);
        if (got <= 0)
            break;
        framesRead += got;
    }
    out.samples.resize(std::size_t(framesRead * channels));
    if (framesRead == sfinfo.frames) {
        constexpr sf_count_t kScratchSamples = 1024;  // libsndfile zero-fills what a read does not fill
        std::array<float, kScratchSamples> small;
        std::vector<float> large;  // only for files of more than 1,024 channels
        float* scratch = small.data();
        sf_count_t scratchFrames = kScratchSamples / channels;
        if (scratchFrames == 0) {
            large.resize(std::size_t(channels));
            scratch = large.data();
            scratchFrames = 1;
        }
        for (;;) {
            const sf_count_t got = sf_readf_float(file.get(), scratch, scratchFrames);
            if (got <= 0)
                break;
            out.samples.insert(out.samples.end(), scratch, scratch + got * channels);
            framesRead += got;
        }
    }
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
