#include "media/AudioStreamReader.h"

#include "media/SndfileOpen.h"

#include <algorithm>

namespace lockstep {

struct AudioStreamReader::File {
    SndfilePtr handle;
    qint64 position = 0;  // where the next sf_readf_float reads, so sequential reads skip the seek
    std::vector<float> scratch;
};

AudioStreamReader::AudioStreamReader() = default;
AudioStreamReader::~AudioStreamReader() = default;
AudioStreamReader::AudioStreamReader(AudioStreamReader&&) noexcept = default;
AudioStreamReader& AudioStreamReader::operator=(AudioStreamReader&&) noexcept = default;

bool AudioStreamReader::open(const QString& absolutePath)
{
    m_file.reset();
    m_info = AudioInfo{};
    SF_INFO sfinfo{};
    SndfilePtr handle = openSndfile(absolutePath, &sfinfo, &m_info);
    if (!handle)
        return false;
    if (!sfinfo.seekable || sfinfo.frames < 0) {
        m_info.error = QStringLiteral("'%1' cannot be read at random positions (not seekable)").arg(absolutePath);
        return false;
    }
    m_file = std::make_unique<File>();
    m_file->handle = std::move(handle);
    m_info.ok = true;
    return true;
}

qint64 AudioStreamReader::readInterleaved(qint64 first, qint64 count, std::vector<float>* out)
{
    out->clear();
    if (!m_file)
        return 0;
    const qint64 begin = std::max<qint64>(first, 0);
    const qint64 end = std::min(first + count, m_info.frames);
    if (end <= begin)
        return 0;
    if (begin != m_file->position) {
        if (sf_seek(m_file->handle.get(), begin, SEEK_SET) < 0) {
            m_file->position = -1;
            return 0;
        }
        m_file->position = begin;
    }
    const int channels = m_info.channels;
    out->resize(std::size_t((end - begin) * channels));
    qint64 done = 0;
    while (done < end - begin) {
        const sf_count_t got =
            sf_readf_float(m_file->handle.get(), out->data() + done * channels, sf_count_t(end - begin - done));
        if (got <= 0)
            break;
        done += got;
    }
    m_file->position = begin + done;
    out->resize(std::size_t(done * channels));
    return done;
}

qint64 AudioStreamReader::readMono(qint64 first, qint64 count, std::vector<float>* out)
{
    if (!m_file) {
        out->clear();
        return 0;
    }
    if (m_info.channels == 1)
        return readInterleaved(first, count, out);
    std::vector<float>& interleaved = m_file->scratch;
    const qint64 frames = readInterleaved(first, count, &interleaved);
    const int channels = m_info.channels;
    out->resize(std::size_t(frames));
    const float scale = 1.0f / float(channels);
    for (qint64 t = 0; t < frames; ++t) {
        const float* frame = interleaved.data() + t * channels;
        float sum = 0.0f;
        for (int c = 0; c < channels; ++c)
            sum += frame[c];
        (*out)[std::size_t(t)] = sum * scale;
    }
    return frames;
}

}  // namespace lockstep
