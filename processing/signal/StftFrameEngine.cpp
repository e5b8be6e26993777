#include "signal/StftFrameEngine.h"

#include <cmath>
#include <stdexcept>

namespace lockstep {

namespace {

// torch's "reflect" padding (the edge sample is not repeated), repeated for signals shorter than the padding.
qint64 reflectIndex(qint64 i, qint64 n)
{
    if (n == 1)
        return 0;
    const qint64 period = 2 * (n - 1);
    i %= period;
    if (i < 0)
        i += period;
    return i < n ? i : period - i;
}

}  // namespace

StftFrameEngine::StftFrameEngine(const StftOptions& options, const std::vector<float>& window)
    : m_options(options),
      m_window(window),
      m_offset((options.nFft - options.effectiveWinLength()) / 2),
      m_fft(options.nFft),
      m_frame(std::size_t(options.nFft), 0.0f)
{
    if (options.normalized) {
        double sum = 0.0;
        for (float w : window)
            sum += double(w) * double(w);
        m_scale = float(1.0 / sum);
    }
}

qint64 StftFrameEngine::frameStart(qint64 t) const
{
    return t * m_options.effectiveHop() - (m_options.center ? m_options.nFft / 2 : 0);
}

float StftFrameEngine::sampleAt(const SignalPiece& piece, qint64 index) const
{
    if (index < 0 || index >= piece.signalLength) {
        if (!m_options.center || !m_options.reflectPad)
            return 0.0f;
        index = reflectIndex(index, piece.signalLength);
    }
    if (index < piece.start || index >= piece.start + piece.length)
        throw std::out_of_range("Stft: the signal piece does not hold the samples a frame needs");
    return piece.data[index - piece.start];
}

void StftFrameEngine::window(const SignalPiece& piece, qint64 t)
{
    const qint64 begin = frameStart(t) + m_offset;
    const int length = int(m_window.size());
    float* __restrict frame = m_frame.data() + m_offset;
    const float* __restrict w = m_window.data();
    if (begin >= piece.start && begin + length <= piece.start + piece.length && begin + length <= piece.signalLength &&
        begin >= 0) {
        const float* __restrict x = piece.data + (begin - piece.start);
        for (int i = 0; i < length; ++i)
            frame[i] = x[i] * w[i];
        return;
    }
    for (int i = 0; i < length; ++i)
        frame[i] = sampleAt(piece, begin + i) * w[i];
}

void StftFrameEngine::compute(const SignalPiece& piece, qint64 first, qint64 count, float* out)
{
    const int bins = m_options.bins();
    const double power = m_options.power;
    for (qint64 t = 0; t < count; ++t) {
        window(piece, first + t);
        float* row = out + t * bins;
        m_fft.power(m_frame.data(), row);
        if (m_scale != 1.0f)
            for (int k = 0; k < bins; ++k)
                row[k] *= m_scale;
        if (power == 1.0) {
            for (int k = 0; k < bins; ++k)
                row[k] = std::sqrt(row[k]);
        } else if (power != 2.0) {
            const float exponent = float(power / 2.0);
            for (int k = 0; k < bins; ++k)
                row[k] = std::pow(row[k], exponent);
        }
    }
}

}  // namespace lockstep
