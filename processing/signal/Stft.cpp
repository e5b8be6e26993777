#include "signal/Stft.h"

#include "signal/StftFrameEngine.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>
#include <thread>

namespace lockstep {

struct Stft::Impl {
    std::vector<float> window;
};

Stft::Stft(const StftOptions& options) : m_options(options), m_impl(std::make_unique<Impl>())
{
    if (options.nFft < 2 || options.nFft % 2 != 0)
        throw std::invalid_argument("Stft: n_fft must be even and at least 2 (KissFFT's real transform)");
    if (options.effectiveWinLength() > options.nFft)
        throw std::invalid_argument("Stft: win_length must not exceed n_fft");
    if (options.effectiveHop() <= 0)
        throw std::invalid_argument("Stft: hop_length must be positive");
    if (!(options.power > 0.0))
        throw std::invalid_argument("Stft: power must be positive");
    m_impl->window = window(options.window, options.effectiveWinLength());
}

Stft::~Stft() = default;
Stft::Stft(Stft&&) noexcept = default;
Stft& Stft::operator=(Stft&&) noexcept = default;

std::vector<float> Stft::window(WindowKind kind, int length)
{
    std::vector<float> w(std::size_t(std::max(length, 0)), 1.0f);
    // Periodic windows: the symmetric window of length + 1 without its last sample.
    const double n = double(length);
    for (int i = 0; i < length; ++i) {
        const double phase = 2.0 * std::numbers::pi * double(i) / n;
        switch (kind) {
        case WindowKind::Hann: w[std::size_t(i)] = float(0.5 - 0.5 * std::cos(phase)); break;
        case WindowKind::Hamming: w[std::size_t(i)] = float(0.54 - 0.46 * std::cos(phase)); break;
        case WindowKind::Blackman:
            w[std::size_t(i)] = float(0.42 - 0.5 * std::cos(phase) + 0.08 * std::cos(2.0 * phase));
            break;
        case WindowKind::Rectangular: break;
        }
    }
    return w;
}

qint64 Stft::frameCount(qint64 signalLength) const
{
    const qint64 padded = signalLength + (m_options.center ? 2 * (m_options.nFft / 2) : 0);
    if (signalLength <= 0 || padded < m_options.nFft)
        return 0;
    return 1 + (padded - m_options.nFft) / m_options.effectiveHop();
}

qint64 Stft::frameStart(qint64 t) const
{
    return t * m_options.effectiveHop() - (m_options.center ? m_options.nFft / 2 : 0);
}

SampleRange Stft::pieceFor(qint64 first, qint64 count, qint64 signalLength) const
{
    const qint64 n = signalLength;
    if (count <= 0 || n <= 0)
        return {};
    const int offset = (m_options.nFft - m_options.effectiveWinLength()) / 2;
    const qint64 a = frameStart(first) + offset;                                               // first index read
    const qint64 b = frameStart(first + count - 1) + offset + m_options.effectiveWinLength();  // one past the last
    SampleRange range{std::clamp<qint64>(a, 0, n), std::clamp<qint64>(b, 0, n)};
    if (!m_options.center || !m_options.reflectPad)
        return range;
    if (a < -(n - 1) || b > 2 * n - 1)
        return {0, n};  // reflected more than once: short signal
    if (a < 0)          // -1 .. a reflect to 1 .. -a
        range = {0, std::max(range.end, std::min(n, -a + 1))};
    if (b > n)  // n .. b - 1 reflect to 2n - 1 - b .. n - 2
        range = {std::min(range.begin, std::max<qint64>(0, 2 * n - 1 - b)), n};
    return range;
}

Spectrogram Stft::compute(const float* signal, qint64 length, int threads) const
{
    Spectrogram result;
    result.bins = m_options.bins();
    result.frames = frameCount(length);
    result.values.resize(std::size_t(result.frames * result.bins));
    if (result.frames == 0)
        return result;
    const SignalPiece piece{signal, 0, length, length};
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    // Below a few hundred frames a thread costs more than it saves.
    threads = int(std::clamp<qint64>(result.frames / 256, 1, threads));
    auto work = [&](qint64 first, qint64 count) {
        StftFrameEngine engine(m_options, m_impl->window);
        engine.compute(piece, first, count, result.values.data() + first * result.bins);
    };
    std::vector<std::thread> pool;
    const qint64 per = (result.frames + threads - 1) / threads;
    for (int i = 1; i < threads; ++i) {
        const qint64 first = i * per;
        if (first < result.frames)
            pool.emplace_back(work, first, std::min(per, result.frames - first));
    }
    work(0, std::min(per, result.frames));
    for (std::thread& t : pool)
        t.join();
    return result;
}

Spectrogram Stft::computeFrames(const float* piece, qint64 pieceStart, qint64 pieceLength, qint64 signalLength,
                                qint64 first, qint64 count) const
{
    Spectrogram result;
    result.bins = m_options.bins();
    const qint64 total = frameCount(signalLength);
    first = std::clamp<qint64>(first, 0, total);
    result.frames = std::clamp<qint64>(count, 0, total - first);
    result.values.resize(std::size_t(result.frames * result.bins));
    StftFrameEngine engine(m_options, m_impl->window);
    engine.compute(SignalPiece{piece, pieceStart, pieceLength, signalLength}, first, result.frames,
                   result.values.data());
    return result;
}

}  // namespace lockstep
