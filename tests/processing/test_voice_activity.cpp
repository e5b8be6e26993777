// VoiceActivityDetector on synthetic speech-like bursts at known intervals: a voiced source (gliding f0,
// harmonics to 4 kHz shaped by three formants, 15 ms raised-cosine onsets) over white noise at 30 dB and 15 dB
// SNR, at 16 and 44.1 kHz: every interval found, boundaries within +-30 ms, nothing else. Pure silence and
// stationary white noise give no speech; a pause shorter than the hangover stays inside one segment.
#include "signal/VoiceActivityDetector.h"

#include <QtTest>
#include <cmath>
#include <numbers>
#include <random>

using namespace lockstep;

namespace {

struct Burst {
    double start;
    double end;
};

// Voiced "speech": f0 glides 110 -> 170 Hz across the burst; harmonic k has the formant envelope's gain at
// k * f0 (formants 700, 1200, 2600 Hz); the burst has RMS about `level`.
std::vector<float> speechLike(const std::vector<Burst>& bursts, double seconds, int rate, double level,
                              double noiseSigma, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, noiseSigma);
    std::vector<float> s(static_cast<std::size_t>(seconds * rate));
    for (float& v : s)
        v = float(noise(rng));
    const auto formants = [](double f) {
        double g = 0.03;
        for (const auto& [centre, width, gain] :
             {std::tuple{700.0, 130.0, 1.0}, std::tuple{1200.0, 150.0, 0.7}, std::tuple{2600.0, 200.0, 0.4}})
            g += gain * std::exp(-std::pow((f - centre) / width, 2.0));
        return g;
    };
    for (const Burst& b : bursts) {
        const auto first = std::size_t(b.start * rate);
        const auto last = std::size_t(b.end * rate);
        double phase = 0.0;
        std::vector<double> burst(last - first);
        double energy = 0.0;
        for (std::size_t i = first; i < last; ++i) {
            const double t = double(i - first) / rate;
            const double progress = t / (b.end - b.start);
            const double f0 = 110.0 + 60.0 * progress;
            phase += 2.0 * std::numbers::pi * f0 / rate;
            double v = 0.0;
            for (int k = 1; k * f0 < 4000.0; ++k)
                v += formants(k * f0) * std::sin(double(k) * phase);
            const double ramp = 0.015;
            const double edge = std::min(t, b.end - b.start - t);
            v *= edge < ramp ? 0.5 - 0.5 * std::cos(std::numbers::pi * edge / ramp) : 1.0;
            burst[i - first] = v;
            energy += v * v;
        }
        const double scale = level / std::sqrt(energy / double(burst.size()));
        for (std::size_t i = first; i < last; ++i)
            s[i] += float(burst[i - first] * scale);
    }
    return s;
}

double seconds(Micros t)
{
    return secondsFromMicros(t);
}

}  // namespace

class TestVoiceActivity : public QObject {
    Q_OBJECT
private slots:
    void findsBurstsWithin30Ms_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("noise");
        QTest::newRow("16 kHz, 30 dB SNR") << 16000 << 0.0032;
        QTest::newRow("16 kHz, 15 dB SNR") << 16000 << 0.018;
        QTest::newRow("44.1 kHz, 30 dB SNR") << 44100 << 0.0032;
    }
    void findsBurstsWithin30Ms()
    {
        QFETCH(int, rate);
        QFETCH(double, noise);
        const std::vector<Burst> bursts{{0.40, 1.10}, {1.50, 1.80}, {2.60, 3.70}, {4.20, 4.36}, {5.0, 5.6}};
        const std::vector<float> s = speechLike(bursts, 6.0, rate, 0.1, noise, 3);
        const std::vector<SpeechInterval> found = VoiceActivityDetector().detect(s.data(), qint64(s.size()), rate);
        QCOMPARE(found.size(), bursts.size());
        for (std::size_t i = 0; i < bursts.size(); ++i) {
            const QString where = QStringLiteral("burst %1: found %2 .. %3 s")
                                      .arg(i)
                                      .arg(seconds(found[i].start), 0, 'f', 3)
                                      .arg(seconds(found[i].end), 0, 'f', 3);
            qInfo("%s", qPrintable(where));
            QVERIFY2(std::abs(seconds(found[i].start) - bursts[i].start) <= 0.030, qPrintable(where));
            QVERIFY2(std::abs(seconds(found[i].end) - bursts[i].end) <= 0.030, qPrintable(where));
        }
    }

    void shortPausesStayInsideOneSegment()
    {
        // 120 ms apart: under the 200 ms hangover.
        const std::vector<float> s = speechLike({{0.5, 1.0}, {1.12, 1.6}}, 2.5, 16000, 0.1, 0.0032, 4);
        const std::vector<SpeechInterval> found = VoiceActivityDetector().detect(s.data(), qint64(s.size()), 16000);
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(std::abs(seconds(found[0].start) - 0.5) <= 0.03 && std::abs(seconds(found[0].end) - 1.6) <= 0.03);
        // With no hangover the pause splits them.
        VadOptions strict;
        strict.hangover = Micros{0};
        QCOMPARE(VoiceActivityDetector(strict).detect(s.data(), qint64(s.size()), 16000).size(), std::size_t(2));
    }

    void silenceAndStationaryNoiseAreNotSpeech_data()
    {
        QTest::addColumn<double>("sigma");
        QTest::newRow("digital silence") << 0.0;
        QTest::newRow("quiet white noise") << 0.001;
        QTest::newRow("loud white noise") << 0.2;
    }
    void silenceAndStationaryNoiseAreNotSpeech()
    {
        QFETCH(double, sigma);
        const std::vector<float> s = speechLike({}, 10.0, 16000, 0.1, sigma, 5);
        QVERIFY(VoiceActivityDetector().detect(s.data(), qint64(s.size()), 16000).empty());
    }

    void tooLowARateIsAProgrammerError()
    {
        const std::vector<float> s(4000, 0.0f);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, VoiceActivityDetector().detect(s.data(), 4000, 4000));
        QVERIFY(VoiceActivityDetector().detect(s.data(), 10, 16000).empty());
    }
};

QTEST_GUILESS_MAIN(TestVoiceActivity)
#include "test_voice_activity.moc"
