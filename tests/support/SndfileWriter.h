#pragma once

// Writes test audio with libsndfile itself, in any format it supports, so decoders are checked against the
// library's own encoder. Processing tests link libsndfile for this.

#include <sndfile.h>
#include <QFile>
#include <QString>
#include <vector>

namespace lockstep::test {

template <typename Sample>
bool writeSndfile(const QString& path, int format, int rate, int channels, const std::vector<Sample>& samples)
{
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = channels;
    info.format = format;
    if (!sf_format_check(&info))
        return false;
    SNDFILE* f = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!f)
        return false;
    const sf_count_t frames = sf_count_t(samples.size()) / channels;
    sf_count_t written = 0;
    if constexpr (std::is_same_v<Sample, float>)
        written = sf_writef_float(f, samples.data(), frames);
    else
        written = sf_writef_short(f, samples.data(), frames);
    sf_close(f);
    return written == frames;
}

}  // namespace lockstep::test
