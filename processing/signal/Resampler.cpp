#include "signal/Resampler.h"

#include <soxr.h>

#include <cmath>
#include <stdexcept>

namespace lockstep {

struct Resampler::State {
    soxr_t soxr = nullptr;
    ~State() { soxr_delete(soxr); }
};

Resampler::Resampler(double inRate, double outRate, int channels)
    : m_state(std::make_unique<State>()), m_inRate(inRate), m_outRate(outRate), m_channels(channels)
{
    if (!(inRate > 0.0) || !(outRate > 0.0) || channels < 1)
        throw std::invalid_argument("Resampler: rates must be positive and channels at least 1");
    soxr_error_t error = nullptr;
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    m_state->soxr = soxr_create(inRate, outRate, unsigned(channels), &error, nullptr, &quality, nullptr);
    if (error)
        m_error = QStringLiteral("libsoxr: %1").arg(QString::fromUtf8(error));
}

Resampler::~Resampler() = default;
Resampler::Resampler(Resampler&&) noexcept = default;
Resampler& Resampler::operator=(Resampler&&) noexcept = default;

qint64 Resampler::outputFrames(qint64 frames) const
{
    return std::llround(double(frames) * m_outRate / m_inRate);
}

bool Resampler::run(const float* in, qint64 frames, std::vector<float>* out)
{
    if (!m_state->soxr)
        return false;
    // in == nullptr flushes: soxr then returns what it still holds, in as many calls as it needs. The total is
    // capped at round(n * ratio) so that every stream ends at the same length as the whole buffer.
    qint64 consumed = 0;
    for (;;) {
        const qint64 room = in ? outputFrames(m_inputFrames + frames) - m_outputFrames + 64
                               : outputFrames(m_inputFrames) - m_outputFrames;
        if (room <= 0)
            break;
        const std::size_t start = out->size();
        out->resize(start + std::size_t(room * m_channels));
        std::size_t inDone = 0;
        std::size_t outDone = 0;
        const soxr_error_t error =
            soxr_process(m_state->soxr, in ? in + consumed * m_channels : nullptr, in ? std::size_t(frames - consumed) : 0,
                         &inDone, out->data() + start, std::size_t(room), &outDone);
        out->resize(start + outDone * std::size_t(m_channels));
        if (error) {
            m_error = QStringLiteral("libsoxr: %1").arg(QString::fromUtf8(error));
            return false;
        }
        consumed += qint64(inDone);
        m_outputFrames += qint64(outDone);
        if (in ? consumed >= frames : outDone == 0)
            break;
    }
    if (in)
        m_inputFrames += frames;
    return true;
}

bool Resampler::process(const float* interleaved, qint64 frames, std::vector<float>* out)
{
    if (frames <= 0)
        return m_error.isEmpty();
    return run(interleaved, frames, out);
}

bool Resampler::finish(std::vector<float>* out)
{
    return run(nullptr, 0, out);
}

ResampleResult Resampler::resample(const float* interleaved, qint64 frames, double inRate, double outRate,
                                   int channels)
{
    ResampleResult result;
    Resampler resampler(inRate, outRate, channels);
    result.samples.reserve(std::size_t(resampler.outputFrames(frames) * channels));
    if (!resampler.process(interleaved, frames, &result.samples) || !resampler.finish(&result.samples)) {
        result.error = resampler.error();
        result.samples.clear();
        return result;
    }
    result.ok = true;
    return result;
}

}  // namespace lockstep
