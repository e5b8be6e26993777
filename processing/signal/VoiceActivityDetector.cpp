#include "signal/VoiceActivityDetector.h"

#include "signal/Stft.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lockstep {

namespace {

struct FrameFeatures {
    double energyDb = 0.0;
    double flatness = 1.0;
};

}  // namespace

VoiceActivityDetector::VoiceActivityDetector(const VadOptions& options) : m_options(options) {}

std::vector<SpeechInterval> VoiceActivityDetector::detect(const float* mono, qint64 length, int sampleRate) const
{
    if (sampleRate < 8000)
        throw std::invalid_argument("VoiceActivityDetector: the sample rate must be at least 8000 Hz");
    StftOptions o;
    o.hopLength = sampleRate / 100;                 // 10 ms
    o.winLength = 2 * ((sampleRate / 50 + 1) / 2);  // 20 ms, even
    o.nFft = o.winLength;
    o.center = false;  // frame t covers [t * hop, t * hop + window): its centre is known exactly
    const Stft stft(o);
    const Spectrogram power = stft.compute(mono, length);
    if (power.frames == 0)
        return {};

    // Energy: mean square of the windowed frame (Parseval: sum of the one-sided power / (N * sum w^2 / N)).
    double windowEnergy = 0.0;
    for (float w : Stft::window(WindowKind::Hann, o.winLength))
        windowEnergy += double(w) * w;
    const double binHz = double(sampleRate) / o.nFft;
    const int lo = std::max(1, int(std::ceil(100.0 / binHz)));
    const int hi = std::min(power.bins - 1, int(4000.0 / binHz));
    std::vector<FrameFeatures> frames(std::size_t(power.frames));
    for (qint64 t = 0; t < power.frames; ++t) {
        const float* p = power.frame(t);
        double total = p[0] + p[power.bins - 1];
        for (int k = 1; k < power.bins - 1; ++k)
            total += 2.0 * p[k];
        const double meanSquare = total / (double(o.nFft) * windowEnergy);
        double logSum = 0.0;
        double sum = 0.0;
        for (int k = lo; k <= hi; ++k) {
            const double v = double(p[k]) + 1e-12;
            logSum += std::log(v);
            sum += v;
        }
        const int n = hi - lo + 1;
        frames[std::size_t(t)] = {10.0 * std::log10(meanSquare + 1e-12), std::exp(logSum / n) / (sum / n)};
    }

    // The noise floor starts at the quietest tenth of the recording, falls at once to anything quieter and
    // rises slowly towards louder backgrounds (speech never lasts long enough to pull it up).
    std::vector<double> energies(frames.size());
    std::transform(frames.begin(), frames.end(), energies.begin(), [](const FrameFeatures& f) { return f.energyDb; });
    std::nth_element(energies.begin(), energies.begin() + qsizetype(energies.size() / 10), energies.end());
    double floorDb = energies[energies.size() / 10];
    const double rise = m_options.noiseRiseDbPerSecond / 100.0;
    std::vector<bool> speech(frames.size());
    for (std::size_t t = 0; t < frames.size(); ++t) {
        const FrameFeatures& f = frames[t];
        speech[t] = f.energyDb > floorDb + m_options.thresholdDb && f.energyDb > m_options.absoluteFloorDb &&
                    f.flatness < m_options.maxFlatness;
        if (f.energyDb < floorDb)
            floorDb = f.energyDb;
        else if (!speech[t])
            floorDb += std::min(rise, f.energyDb - floorDb);
    }

    // Frames to intervals: a frame stands for hop-wide time around its centre. Pauses up to the hangover are
    // bridged; the segment still ends at its last speech frame.
    const double hopUs = 1e6 * double(o.hopLength) / sampleRate;
    const double centreUs = 1e6 * double(o.winLength / 2) / sampleRate;
    const auto frameStart = [&](std::size_t t) { return Micros{qint64(centreUs + hopUs * (double(t) - 0.5))}; };
    const auto frameEnd = [&](std::size_t t) { return Micros{qint64(centreUs + hopUs * (double(t) + 0.5))}; };
    std::vector<SpeechInterval> out;
    std::size_t t = 0;
    while (t < speech.size()) {
        if (!speech[t]) {
            ++t;
            continue;
        }
        const std::size_t first = t;
        std::size_t last = t;
        for (++t; t < speech.size(); ++t) {
            if (speech[t])
                last = t;
            else if (frameStart(t) - frameEnd(last) >= m_options.hangover)
                break;
        }
        SpeechInterval s{std::max(Micros{0}, frameStart(first)), frameEnd(last)};
        if (s.end - s.start >= m_options.minSpeech)
            out.push_back(s);
    }
    return out;
}

}  // namespace lockstep
