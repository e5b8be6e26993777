#include "demo/DemoAudio.h"

#include "demo/DemoRandom.h"

#include <sndfile.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace lockstep::demo {

namespace {

constexpr double kTwoPi = 6.283185307179586;

// RBJ biquad, transposed direct form II.
struct Biquad {
    double b0 = 1, b1 = 0, b2 = 0, a1 = 0, a2 = 0, z1 = 0, z2 = 0;

    double run(double x)
    {
        const double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return y;
    }

    enum Kind { LowPass, HighPass, BandPass };
    static Biquad make(Kind kind, double freq, double q, int sampleRate)
    {
        freq = std::clamp(freq, 10.0, 0.45 * sampleRate);
        const double w0 = kTwoPi * freq / sampleRate, c = std::cos(w0), alpha = std::sin(w0) / (2 * q);
        const double a0 = 1 + alpha;
        Biquad f;
        switch (kind) {
        case LowPass: f.b0 = (1 - c) / 2, f.b1 = 1 - c, f.b2 = (1 - c) / 2; break;
        case HighPass: f.b0 = (1 + c) / 2, f.b1 = -(1 + c), f.b2 = (1 + c) / 2; break;
        case BandPass: f.b0 = alpha, f.b1 = 0, f.b2 = -alpha; break;
        }
        f.b0 /= a0, f.b1 /= a0, f.b2 /= a0;
        f.a1 = -2 * c / a0, f.a2 = (1 - alpha) / a0;
        return f;
    }
};

// A sine oscillator by recurrence: cheap, and the same numbers on every run.
struct Osc {
    double k = 0, s1 = 0, s2 = 0;
    Osc(double freq, int sampleRate, double phase = 0)
    {
        const double w = kTwoPi * freq / sampleRate;
        k = 2 * std::cos(w);
        s1 = std::sin(phase - w);
        s2 = std::sin(phase - 2 * w);
    }
    double next()
    {
        const double s = k * s1 - s2;
        s2 = s1;
        s1 = s;
        return s;
    }
};

double dbToGain(double db)
{
    return std::pow(10.0, db / 20.0);
}

std::int64_t secondsToFrames(double seconds, int sampleRate)
{
    return static_cast<std::int64_t>(std::llround(seconds * sampleRate));
}

void addAt(Signal& x, std::int64_t i, double v)
{
    if (i >= 0 && i < static_cast<std::int64_t>(x.size()))
        x[static_cast<std::size_t>(i)] += static_cast<float>(v);
}

void synthBird(Signal& x, int sr, Rng& rng)
{
    const auto n = static_cast<std::int64_t>(x.size());
    Biquad wind = Biquad::make(Biquad::LowPass, 300, 0.7, sr);
    for (std::int64_t i = 0; i < n; ++i)
        x[static_cast<std::size_t>(i)] += static_cast<float>(0.04 * wind.run(rng.tri()));
    std::int64_t t = secondsToFrames(rng.uniform(0.05, 0.25), sr);
    while (t < n) {
        const int chirps = rng.range(3, 8);
        const double fStart = std::min(rng.uniform(2500, 4500), 0.4 * sr), ratio = rng.uniform(0.55, 1.5);
        const std::int64_t d = secondsToFrames(rng.uniform(0.04, 0.1), sr);
        const std::int64_t gap = secondsToFrames(rng.uniform(0.02, 0.06), sr);
        for (int c = 0; c < chirps && t < n; ++c) {
            double phase = 0;
            for (std::int64_t k = 0; k < d; ++k) {
                const double tt = double(k) / double(d), f = std::min(fStart * std::pow(ratio, tt), 0.45 * sr);
                phase += f / sr;
                const double env = std::pow(std::sin(3.141592653589793 * tt), 2);
                double v = std::sin(kTwoPi * phase);
                if (2 * f < 0.45 * sr)
                    v += 0.15 * std::sin(2 * kTwoPi * phase);
                addAt(x, t + k, env * v);
            }
            t += d + gap;
        }
        t += secondsToFrames(rng.uniform(0.08, 0.3), sr);
    }
}

void synthCar(Signal& x, int sr, Rng& rng)
{
    const auto n = static_cast<std::int64_t>(x.size());
    const double f0 = rng.uniform(32, 55), seconds = double(n) / sr;
    const double tc = rng.uniform(0.3, 0.7) * seconds, width = rng.uniform(0.5, 1.2);
    const double rpmRate = rng.uniform(0.4, 0.9);
    Biquad engine = Biquad::make(Biquad::LowPass, 380, 0.9, sr);
    Biquad rumble = Biquad::make(Biquad::LowPass, 250, 0.7, sr);
    Biquad hiss = Biquad::make(Biquad::BandPass, 2000, 0.6, sr);
    double phase = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        const double t = double(i) / sr;
        const double f = f0 * (1 + 0.06 * std::tanh((tc - t) / 0.25)) * (1 + 0.08 * std::sin(kTwoPi * rpmRate * t));
        phase += f / sr;
        phase -= std::floor(phase);
        const double env = 0.35 + 0.65 * std::exp(-std::pow((t - tc) / width, 2));
        const double v = engine.run(2 * phase - 1) + 0.6 * rumble.run(rng.tri()) + 0.25 * hiss.run(rng.tri());
        x[static_cast<std::size_t>(i)] += static_cast<float>(env * v);
    }
}

void synthDog(Signal& x, int sr, Rng& rng)
{
    const auto n = static_cast<std::int64_t>(x.size());
    std::int64_t t = secondsToFrames(rng.uniform(0.05, 0.2), sr);
    while (t < n) {
        const int barks = rng.range(2, 4);
        for (int b = 0; b < barks && t < n; ++b) {
            const std::int64_t d = secondsToFrames(rng.uniform(0.12, 0.22), sr);
            const double f0 = rng.uniform(420, 650);
            Biquad bp1 = Biquad::make(Biquad::BandPass, rng.uniform(800, 1000), 2, sr);
            Biquad bp2 = Biquad::make(Biquad::BandPass, rng.uniform(1600, 2000), 3, sr);
            Biquad bpn = Biquad::make(Biquad::BandPass, 1300, 1.5, sr);
            const double attack = 0.008 * sr;
            double phase = 0;
            for (std::int64_t k = 0; k < d; ++k) {
                const double tt = double(k) / double(d);
                const double f = f0 * (1 + 0.25 * std::sin(3.14159 * std::min(tt * 3, 1.0))) * (1 - 0.35 * tt);
                phase += f / sr;
                phase -= std::floor(phase);
                const double saw = 2 * phase - 1;
                const double env = std::min(1.0, double(k) / attack) * std::exp(-3.5 * tt);
                addAt(x, t + k, env * (bp1.run(saw) + 0.6 * bp2.run(saw) + 0.35 * bpn.run(rng.tri())));
            }
            t += d + secondsToFrames(rng.uniform(0.05, 0.12), sr);
        }
        t += secondsToFrames(rng.uniform(0.12, 0.3), sr);
    }
}

void synthRain(Signal& x, int sr, Rng& rng)
{
    const auto n = static_cast<std::int64_t>(x.size());
    Biquad hp = Biquad::make(Biquad::HighPass, 500, 0.7, sr);
    Biquad lp = Biquad::make(Biquad::LowPass, 6000, 0.7, sr);
    const double gustRate = rng.uniform(0.2, 0.6), gustPhase = rng.uniform(0, kTwoPi);
    for (std::int64_t i = 0; i < n; ++i) {
        const double gust = 0.7 + 0.3 * std::sin(kTwoPi * gustRate * double(i) / sr + gustPhase);
        x[static_cast<std::size_t>(i)] += static_cast<float>(0.5 * gust * lp.run(hp.run(rng.tri())));
    }
    const int drops = static_cast<int>(40.0 * double(n) / sr);
    for (int d = 0; d < drops; ++d) {
        const std::int64_t at = static_cast<std::int64_t>(rng.uniform() * double(n));
        const double f = std::min(rng.uniform(1500, 5000), 0.42 * sr), amp = rng.uniform(0.1, 0.6);
        const double tau = 0.004 * sr;
        Osc osc(f, sr);
        for (std::int64_t k = 0; k < static_cast<std::int64_t>(5 * tau); ++k)
            addAt(x, at + k, amp * std::exp(-double(k) / tau) * osc.next());
    }
}

// A plucked/struck tone: harmonics 1..12 falling off as 1/h^rolloff (those below 0.45 x the sample rate), so
// that bright notes reach several kHz.
void addNote(Signal& x, std::int64_t start, double freq, double amp, double decay, double rolloff, int sr)
{
    const std::int64_t len =
        std::min<std::int64_t>(static_cast<std::int64_t>(x.size()) - start, static_cast<std::int64_t>(decay * 4 * sr));
    if (len <= 0)
        return;
    std::vector<Osc> oscs;
    std::vector<double> gains;
    for (int h = 1; h <= 12 && freq * h < 0.45 * sr; ++h) {
        oscs.emplace_back(freq * h, sr);
        gains.push_back(std::pow(double(h), -rolloff));
    }
    const double attack = 0.006 * sr, fall = std::exp(-1.0 / (decay * sr));
    double env = amp;
    for (std::int64_t k = 0; k < len; ++k) {
        double v = 0;
        for (std::size_t h = 0; h < oscs.size(); ++h)
            v += gains[h] * oscs[h].next();
        x[static_cast<std::size_t>(start + k)] += static_cast<float>(env * std::min(1.0, double(k) / attack) * v);
        env *= fall;
    }
}

// A noise hit (hi-hat, snare, shaker): filtered noise with an exponential decay of `tau` seconds.
void addNoiseHit(Signal& x, std::int64_t start, Biquad shape, double amp, double tau, int sr, Rng& rng)
{
    const double frames = tau * sr;
    const auto n = static_cast<std::int64_t>(x.size());
    for (std::int64_t k = 0; k < static_cast<std::int64_t>(5 * frames) && start + k < n; ++k)
        x[static_cast<std::size_t>(start + k)] +=
            static_cast<float>(amp * std::exp(-double(k) / frames) * shape.run(rng.tri()));
}

// A little band on an eighth-note grid: a melody of bright notes, a bass note on the strong beats, a hi-hat on
// every step (open now and then), a snare on the back beats and a quiet shaker throughout. Cymbals, snare
// and shaker keep real energy from 2 to 8 kHz all the time, as recorded music has.
void synthMusic(Signal& x, int sr, Rng& rng)
{
    static const std::array<int, 9> scale{57, 60, 62, 64, 67, 69, 72, 74, 76};
    const auto n = static_cast<std::int64_t>(x.size());
    const double step = rng.uniform(0.17, 0.26), rolloff = rng.uniform(0.7, 1.2);
    const double hatLevel = rng.uniform(0.35, 0.55), snareLevel = rng.uniform(0.5, 0.8);
    const bool snare = rng.chance(0.8);
    // The shaker: high-passed noise, pulsing on the grid.
    Biquad shakerShape = Biquad::make(Biquad::HighPass, rng.uniform(3500, 5500), 0.7, sr);
    const double shakerLevel = rng.uniform(0.06, 0.1);
    for (std::int64_t i = 0; i < n; ++i) {
        const double beat = std::fmod(double(i) / sr / step, 1.0);
        x[static_cast<std::size_t>(i)] +=
            static_cast<float>(shakerLevel * (0.55 + 0.45 * std::exp(-6 * beat)) * shakerShape.run(rng.tri()));
    }
    int idx = rng.range(2, 6);
    std::int64_t t = secondsToFrames(0.02, sr);
    for (int k = 0; t < n; ++k, t += secondsToFrames(step, sr)) {
        if (k % 8 != 7 && rng.chance(0.85)) {
            const int midi = scale[static_cast<std::size_t>(idx)];
            addNote(x, t, 440.0 * std::pow(2.0, (midi - 69) / 12.0), 0.5, rng.uniform(0.15, 0.3), rolloff, sr);
            idx = std::clamp(idx + rng.range(-2, 2), 0, static_cast<int>(scale.size()) - 1);
        }
        if (k % 4 == 0)
            addNote(x, t, 440.0 * std::pow(2.0, (scale[static_cast<std::size_t>(idx)] - 24 - 69) / 12.0), 0.35, 0.35,
                    1.4, sr);
        const bool open = k % 4 == 3 && rng.chance(0.4);
        addNoiseHit(x, t, Biquad::make(Biquad::HighPass, rng.uniform(5500, 7000), 0.7, sr), hatLevel,
                    open ? 0.09 : rng.uniform(0.018, 0.035), sr, rng);
        if (snare && k % 4 == 2) {
            addNoiseHit(x, t, Biquad::make(Biquad::BandPass, rng.uniform(2000, 3500), 0.45, sr), snareLevel, 0.07, sr,
                        rng);
            Osc body(rng.uniform(170, 220), sr);
            for (std::int64_t j = 0; j < secondsToFrames(0.12, sr) && t + j < n; ++j)
                x[static_cast<std::size_t>(t + j)] +=
                    static_cast<float>(0.4 * snareLevel * std::exp(-double(j) / (0.03 * sr)) * body.next());
        }
    }
}

void synthCat(Signal& x, int sr, Rng& rng)
{
    const auto n = static_cast<std::int64_t>(x.size());
    std::int64_t t = secondsToFrames(rng.uniform(0.05, 0.2), sr);
    while (t < n) {
        const std::int64_t d = secondsToFrames(rng.uniform(0.5, 0.8), sr);
        Biquad f1 = Biquad::make(Biquad::BandPass, rng.uniform(800, 1000), 4, sr);
        Biquad f2 = Biquad::make(Biquad::BandPass, rng.uniform(1600, 1900), 5, sr);
        const double f0 = rng.uniform(450, 560);
        double phase = 0;
        for (std::int64_t k = 0; k < d; ++k) {
            const double tt = double(k) / double(d);
            const double f = f0 * (1 + 0.5 * std::sin(3.14159 * std::pow(tt, 0.7)) - 0.1 * tt);
            phase += f / sr;
            phase -= std::floor(phase);
            const double env = std::sin(3.14159 * std::min(1.0, tt * 1.1)) * (tt < 0.95 ? 1.0 : (1 - tt) * 20);
            addAt(x, t + k, std::max(0.0, env) * (f1.run(2 * phase - 1) + 0.7 * f2.run(2 * phase - 1)));
        }
        t += d + secondsToFrames(rng.uniform(0.15, 0.4), sr);
    }
}

// An outdoor background (wind, leaves, distant traffic) `belowPeakDb` under the clip's current peak, so that
// sparse sounds (chirps, barks) do not read as "mostly silent".
void addBed(Signal& x, int sr, double belowPeakDb, Rng& rng)
{
    float peak = 0;
    for (float v : x)
        peak = std::max(peak, std::abs(v));
    Biquad lp = Biquad::make(Biquad::LowPass, 700, 0.7, sr);
    Biquad bp = Biquad::make(Biquad::BandPass, 3000, 0.5, sr);
    const double gain = peak * dbToGain(-belowPeakDb) * 3.0, rate = rng.uniform(0.3, 0.8),
                 phase = rng.uniform(0, kTwoPi);
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double sway = 0.75 + 0.25 * std::sin(kTwoPi * rate * double(i) / sr + phase);
        x[i] += static_cast<float>(gain * sway * (lp.run(rng.tri()) + 0.3 * bp.run(rng.tri())));
    }
}

// A 255-tap Blackman-windowed sinc low-pass (stop band beyond ~1.25 x cutoff is below -70 dB).
Signal firLowPass(const Signal& x, double cutoff, int sr)
{
    constexpr int taps = 255, half = taps / 2;
    std::array<double, taps> h{};
    double sum = 0;
    const double fc = cutoff / sr;
    for (int i = 0; i < taps; ++i) {
        const int m = i - half;
        const double sinc = m == 0 ? 2 * fc : std::sin(kTwoPi * fc * m) / (3.141592653589793 * m);
        const double win =
            0.42 - 0.5 * std::cos(kTwoPi * i / (taps - 1)) + 0.08 * std::cos(2 * kTwoPi * i / (taps - 1));
        h[static_cast<std::size_t>(i)] = sinc * win;
        sum += sinc * win;
    }
    const auto n = static_cast<std::int64_t>(x.size());
    Signal y(x.size(), 0.0f);
    for (std::int64_t i = 0; i < n; ++i) {
        double acc = 0;
        for (int k = 0; k < taps; ++k) {
            const std::int64_t j = i + half - k;
            if (j >= 0 && j < n)
                acc += h[static_cast<std::size_t>(k)] * x[static_cast<std::size_t>(j)];
        }
        y[static_cast<std::size_t>(i)] = static_cast<float>(acc / sum);
    }
    return y;
}

}  // namespace

Signal synthClip(Label label, std::int64_t frames, int sampleRate, Rng& rng)
{
    Signal x(static_cast<std::size_t>(std::max<std::int64_t>(frames, 1)), 0.0f);
    switch (label) {
    case Label::Bird:
        synthBird(x, sampleRate, rng);
        addBed(x, sampleRate, 24, rng);
        break;
    case Label::Car: synthCar(x, sampleRate, rng); break;
    case Label::Dog:
        synthDog(x, sampleRate, rng);
        addBed(x, sampleRate, 24, rng);
        break;
    case Label::Rain: synthRain(x, sampleRate, rng); break;
    case Label::Speech:
        addSpeech(x, secondsToFrames(0.08, sampleRate), frames - secondsToFrames(0.12, sampleRate), sampleRate, 1.0,
                  rng);
        break;
    case Label::Music: synthMusic(x, sampleRate, rng); break;
    case Label::Cat:
        synthCat(x, sampleRate, rng);
        addBed(x, sampleRate, 26, rng);
        break;
    }
    // Fade the edges (no clicks), set the level, add a faint noise floor.
    const std::int64_t fade = std::min<std::int64_t>(secondsToFrames(0.01, sampleRate), frames / 4);
    for (std::int64_t k = 0; k < fade; ++k) {
        const float g = static_cast<float>(double(k) / double(fade));
        x[static_cast<std::size_t>(k)] *= g;
        x[static_cast<std::size_t>(frames - 1 - k)] *= g;
    }
    normalizePeak(x, rng.uniform(-9, -3));
    const double floorGain = dbToGain(-60);
    for (auto& v : x)
        v += static_cast<float>(floorGain * rng.tri());
    return x;
}

void addSpeech(Signal& out, std::int64_t start, std::int64_t frames, int sr, double level, Rng& rng)
{
    struct Vowel {
        double f1, f2, f3;
    };
    static const std::array<Vowel, 6> vowels{{{730, 1090, 2440},
                                              {270, 2290, 3010},
                                              {300, 870, 2240},
                                              {530, 1840, 2480},
                                              {570, 840, 2410},
                                              {660, 1720, 2410}}};
    if (frames <= 0)
        return;
    Signal seg(static_cast<std::size_t>(frames), 0.0f);
    const double f0base = rng.uniform(95, 210), intonation = rng.uniform(0, kTwoPi);
    const std::int64_t minSyllable = secondsToFrames(0.11, sr);
    std::int64_t t = 0;
    double phase = 0;
    while (t + minSyllable < frames) {
        const int syllables = rng.range(1, 3);
        for (int s = 0; s < syllables; ++s) {
            const std::int64_t dur = secondsToFrames(rng.uniform(0.11, 0.24), sr);
            if (t + dur > frames)
                break;
            const Vowel& v = vowels[static_cast<std::size_t>(rng.range(0, static_cast<int>(vowels.size()) - 1))];
            const double stress = rng.uniform(0.55, 1.0);
            std::int64_t voicedStart = 0;
            if (rng.chance(0.6)) {  // consonant onset: fricative hiss or plosive burst
                const bool fricative = rng.chance(0.5);
                const std::int64_t len = secondsToFrames(fricative ? rng.uniform(0.03, 0.06) : 0.015, sr);
                Biquad shape = fricative ? Biquad::make(Biquad::HighPass, rng.uniform(2500, 4500), 0.7, sr)
                                         : Biquad::make(Biquad::BandPass, rng.uniform(1200, 2500), 1.0, sr);
                for (std::int64_t k = 0; k < len; ++k) {
                    const double env = std::sin(3.141592653589793 * double(k) / double(len));
                    seg[static_cast<std::size_t>(t + k)] +=
                        static_cast<float>(0.35 * stress * env * shape.run(rng.tri()));
                }
                voicedStart = len;
            }
            Biquad f1 = Biquad::make(Biquad::BandPass, v.f1, 6, sr);
            Biquad f2 = Biquad::make(Biquad::BandPass, v.f2, 8, sr);
            Biquad f3 = Biquad::make(Biquad::BandPass, v.f3, 10, sr);
            Biquad tilt = Biquad::make(Biquad::LowPass, 2200, 0.7, sr);
            const std::int64_t voiced = dur - voicedStart;
            const double attack = 0.015 * sr, release = 0.05 * sr;
            for (std::int64_t k = 0; k < voiced; ++k) {
                const double global = double(t + voicedStart + k) / double(frames);
                const double local = double(k) / double(voiced);
                const double f0 = f0base * (1 + 0.12 * std::sin(kTwoPi * 1.3 * global + intonation)) *
                                  (1.05 - 0.12 * local) * (1 - 0.1 * global);
                phase += f0 / sr;
                phase -= std::floor(phase);
                const double src = tilt.run(2 * phase - 1) + 0.05 * rng.tri();
                double env = 1.0;
                if (k < attack)
                    env = 0.5 - 0.5 * std::cos(3.141592653589793 * double(k) / attack);
                else if (voiced - k < release)
                    env = 0.5 - 0.5 * std::cos(3.141592653589793 * double(voiced - k) / release);
                const double y = f1.run(src) + 0.6 * f2.run(src) + 0.3 * f3.run(src);
                seg[static_cast<std::size_t>(t + voicedStart + k)] += static_cast<float>(stress * env * y);
            }
            t += dur + secondsToFrames(rng.uniform(0.015, 0.04), sr);
        }
        t += secondsToFrames(rng.uniform(0.06, 0.16), sr);
    }
    normalizePeak(seg, 20 * std::log10(std::max(level, 1e-6)));
    for (std::int64_t k = 0; k < frames; ++k)
        addAt(out, start + k, seg[static_cast<std::size_t>(k)]);
}

void addEventSound(Signal& out, std::int64_t start, int kind, int sr, double level, Rng& rng)
{
    switch (kind % 3) {
    case 0: {  // click: a sharp, bright transient
        Biquad hp = Biquad::make(Biquad::HighPass, 1500, 0.7, sr);
        const double tau = 0.006 * sr;
        for (std::int64_t k = 0; k < static_cast<std::int64_t>(6 * tau); ++k)
            addAt(out, start + k, level * std::exp(-double(k) / tau) * hp.run(rng.tri()) * 2.5);
        break;
    }
    case 1: {  // beep: 1 kHz, 120 ms
        Osc osc(1000, sr);
        const std::int64_t len = secondsToFrames(0.12, sr), ramp = secondsToFrames(0.005, sr);
        for (std::int64_t k = 0; k < len; ++k) {
            const double env = std::min({1.0, double(k) / double(ramp), double(len - k) / double(ramp)});
            addAt(out, start + k, 0.6 * level * env * osc.next());
        }
        break;
    }
    default: {  // knock: two low thumps
        for (int hit = 0; hit < 2; ++hit) {
            Osc osc(rng.uniform(150, 220), sr);
            const double tau = 0.025 * sr;
            const std::int64_t at = start + hit * secondsToFrames(0.11, sr);
            for (std::int64_t k = 0; k < static_cast<std::int64_t>(5 * tau); ++k)
                addAt(out, at + k, level * std::exp(-double(k) / tau) * osc.next());
        }
        break;
    }
    }
}

void addAmbience(Signal& out, int theme, int sr, double level, Rng& rng)
{
    const auto n = static_cast<std::int64_t>(out.size());
    Biquad lp = Biquad::make(Biquad::LowPass, theme == 3 ? 150 : (theme == 1 ? 220 : 900), 0.7, sr);
    Osc hum(theme == 2 ? 120 : (theme == 3 ? 32 : 100), sr);
    Osc hum2(theme == 2 ? 240 : (theme == 3 ? 64 : 200), sr);
    const double humLevel = theme == 0 ? 0.15 : (theme == 2 ? 0.35 : (theme == 3 ? 0.5 : 0.05));
    const double noiseLevel = theme == 1 ? 1.2 : (theme == 3 ? 1.4 : 0.6);
    for (std::int64_t i = 0; i < n; ++i) {
        const double v =
            noiseLevel * lp.run(rng.tri()) + 0.15 * rng.tri() + humLevel * (hum.next() + 0.4 * hum2.next());
        out[static_cast<std::size_t>(i)] += static_cast<float>(level * v);
    }
}

Signal makeClipped(const Signal& clip, int sampleRate)
{
    Signal y(clip.size());
    Osc osc(440, sampleRate);
    for (std::size_t i = 0; i < clip.size(); ++i)
        y[i] = static_cast<float>(std::clamp(2.5 * (0.4 * clip[i] + 0.8 * osc.next()), -1.0, 1.0));
    return y;
}

Signal makeMostlySilent(const Signal& clip, int sampleRate, Rng& rng)
{
    Signal y(clip.size());
    const double floorGain = dbToGain(-78);
    for (auto& v : y)
        v = static_cast<float>(floorGain * rng.tri());
    // Keep one 120 ms burst around the clip's loudest moment.
    const auto n = static_cast<std::int64_t>(clip.size());
    const std::int64_t len = std::min<std::int64_t>(secondsToFrames(0.12, sampleRate), n);
    std::int64_t loudest = 0;
    for (std::int64_t i = 0; i < n; ++i)
        if (std::abs(clip[static_cast<std::size_t>(i)]) > std::abs(clip[static_cast<std::size_t>(loudest)]))
            loudest = i;
    const std::int64_t from = std::clamp<std::int64_t>(loudest - len / 2, 0, n - len);
    const std::int64_t to = static_cast<std::int64_t>(rng.uniform() * double(n - len));
    for (std::int64_t k = 0; k < len; ++k) {
        const double win = 0.5 - 0.5 * std::cos(kTwoPi * double(k) / double(len));
        y[static_cast<std::size_t>(to + k)] += static_cast<float>(win * clip[static_cast<std::size_t>(from + k)]);
    }
    return y;
}

Signal makeLowLevel(const Signal& clip)
{
    Signal y = clip;
    normalizePeak(y, -45);
    return y;
}

Signal makeDcOffset(const Signal& clip)
{
    Signal y(clip.size());
    for (std::size_t i = 0; i < clip.size(); ++i)
        y[i] = static_cast<float>(0.5 * clip[i] + 0.3);
    return y;
}

Signal makeLowBandwidth(const Signal& clip, int sampleRate)
{
    Signal y = firLowPass(clip, 900, sampleRate);
    normalizePeak(y, -6);
    return y;
}

void normalizePeak(Signal& x, double peakDbfs)
{
    float peak = 0;
    for (float v : x)
        peak = std::max(peak, std::abs(v));
    if (peak <= 0)
        return;
    const float g = static_cast<float>(dbToGain(peakDbfs) / peak);
    for (auto& v : x)
        v *= g;
}

std::vector<std::int16_t> quantize(const Signal& x)
{
    std::vector<std::int16_t> out(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        out[i] = static_cast<std::int16_t>(std::clamp<long>(std::lround(double(x[i]) * 32767.0), -32767, 32767));
    return out;
}

namespace {

struct MemoryFile {
    QByteArray data;
    sf_count_t pos = 0;
};

sf_count_t memLength(void* user)
{
    return static_cast<MemoryFile*>(user)->data.size();
}

sf_count_t memSeek(sf_count_t offset, int whence, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    sf_count_t base = 0;
    if (whence == SEEK_CUR)
        base = f->pos;
    else if (whence == SEEK_END)
        base = f->data.size();
    f->pos = std::max<sf_count_t>(0, base + offset);
    return f->pos;
}

sf_count_t memRead(void* ptr, sf_count_t count, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    const sf_count_t n = std::clamp<sf_count_t>(f->data.size() - f->pos, 0, count);
    if (n > 0)
        std::memcpy(ptr, f->data.constData() + f->pos, static_cast<std::size_t>(n));
    f->pos += n;
    return n;
}

sf_count_t memWrite(const void* ptr, sf_count_t count, void* user)
{
    auto* f = static_cast<MemoryFile*>(user);
    if (f->pos + count > f->data.size())
        f->data.resize(static_cast<qsizetype>(f->pos + count), '\0');
    std::memcpy(f->data.data() + f->pos, ptr, static_cast<std::size_t>(count));
    f->pos += count;
    return count;
}

sf_count_t memTell(void* user)
{
    return static_cast<MemoryFile*>(user)->pos;
}

}  // namespace

QByteArray encodeWav(const std::vector<std::int16_t>& pcm, int sampleRate, QString* error)
{
    SF_VIRTUAL_IO io{memLength, memSeek, memRead, memWrite, memTell};
    MemoryFile file;
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = 1;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE* snd = sf_open_virtual(&io, SFM_WRITE, &info, &file);
    if (!snd) {
        *error =
            QStringLiteral("libsndfile cannot create a WAV stream: %1").arg(QString::fromUtf8(sf_strerror(nullptr)));
        return {};
    }
    const auto frames = static_cast<sf_count_t>(pcm.size());
    const sf_count_t written = sf_writef_short(snd, pcm.data(), frames);
    sf_close(snd);
    if (written != frames) {
        *error = QStringLiteral("libsndfile wrote %1 of %2 frames").arg(written).arg(frames);
        return {};
    }
    return file.data;
}

}  // namespace lockstep::demo
