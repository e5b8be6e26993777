// One STFT for the bandwidth metric and the fingerprint (AudioSpectralPass) must give what the two separate
// computations give: the same bandwidth bin, the same fingerprint bits (up to float rounding in a rare bit).

#include "quality/AudioFingerprint.h"
#include "quality/AudioMetrics.h"
#include "quality/AudioSpectralPass.h"

#include "DecodedAudioFixture.h"

#include <QTest>
#include <bit>
#include <cmath>
#include <numbers>
#include <random>

using namespace lockstep;

namespace {

using fixture::makeAudio;

// Noise through a one-pole low-pass (cut-off set by alpha), a chirp, and harmonic bursts: spectra with edges
// at different places so the bandwidth bin and the fingerprint bits mean something.
std::vector<float> signal(const QString& kind, int rate, double seconds, unsigned seed = 7)
{
    const auto n = std::size_t(rate * seconds);
    std::vector<float> x(n);
    std::mt19937 gen(seed);
    std::normal_distribution<float> noise(0.0f, 0.2f);
    float state = 0.0f;
    for (std::size_t i = 0; i < n; ++i) {
        const double t = double(i) / rate;
        if (kind == QLatin1String("white")) {
            x[i] = noise(gen);
        } else if (kind == QLatin1String("lowpass")) {
            state += 0.15f * (noise(gen) - state);
            x[i] = state;
        } else if (kind == QLatin1String("chirp")) {
            x[i] = float(0.5 * std::sin(2.0 * std::numbers::pi * (200.0 * t + 600.0 * t * t)));
        } else {  // bursts of a 150 Hz voice-like harmonic series, 0.3 s on, 0.2 s off, over faint noise
            const bool on = std::fmod(t, 0.5) < 0.3;
            double v = 0.0;
            for (int h = 1; h <= 12; ++h)
                v += std::sin(2.0 * std::numbers::pi * 150.0 * h * t) / h;
            x[i] = float((on ? 0.3 * v : 0.0) + 0.01 * noise(gen));
        }
    }
    return x;
}

double bitErrorRate(const AudioFingerprint& a, const AudioFingerprint& b)
{
    if (a.bits.size() != b.bits.size() || a.bits.empty())
        return 1.0;
    qint64 errors = 0;
    for (std::size_t i = 0; i < a.bits.size(); ++i)
        errors += std::popcount(a.bits[i] ^ b.bits[i]);
    return double(errors) / (32.0 * double(a.bits.size()));
}

}  // namespace

class TestAudioSpectralPass : public QObject {
    Q_OBJECT

private slots:
    void sharesTheTransformAt16kHz()
    {
        QVERIFY(AudioSpectralPass::canShare(16000, {}));
        QVERIFY(!AudioSpectralPass::canShare(44100, {}));
        QVERIFY(!AudioSpectralPass::canShare(22050, {}));
        AudioMetricOptions otherHop;
        otherHop.bandwidthHopMs = 20.0;
        QVERIFY(!AudioSpectralPass::canShare(16000, otherHop));
    }

    void matchesTheSeparateComputations_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<double>("seconds");
        for (const char* kind : {"white", "lowpass", "chirp", "voice"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 16k").arg(QLatin1String(kind))))
                << QString::fromLatin1(kind) << 16000 << 1 << 2.5;
            QTest::newRow(qPrintable(QStringLiteral("%1 44.1k").arg(QLatin1String(kind))))
                << QString::fromLatin1(kind) << 44100 << 1 << 1.5;
        }
        QTest::newRow("voice 16k stereo") << QStringLiteral("voice") << 16000 << 2 << 2.0;
        QTest::newRow("voice 16k 0.2 s") << QStringLiteral("voice") << 16000 << 1 << 0.2;
        // Frames go through the FFT two at a time: the rows above have an odd number of frames (1 + samples / 160),
        // these an even one.
        QTest::newRow("voice 16k 200 frames") << QStringLiteral("voice") << 16000 << 1 << 1.99;
        QTest::newRow("white 16k 26 frames") << QStringLiteral("white") << 16000 << 1 << 0.25;
    }

    void matchesTheSeparateComputations()
    {
        QFETCH(QString, kind);
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(double, seconds);
        std::vector<float> mono = signal(kind, rate, seconds);
        std::vector<float> samples;
        if (channels == 1) {
            samples = mono;
        } else {
            const std::vector<float> other = signal(kind, rate, seconds, 99);
            for (std::size_t i = 0; i < mono.size(); ++i) {
                samples.push_back(mono[i]);
                samples.push_back(0.5f * other[i]);
            }
        }
        const DecodedAudio audio = makeAudio(samples, rate, channels);
        const AudioSpectralResult shared = AudioSpectralPass::compute(audio);
        QCOMPARE(shared.sharedTransform, rate == 16000);
        const double bandwidth = AudioMetricsCalculator::compute(audio).bandwidthHz;
        QCOMPARE(shared.bandwidthHz, bandwidth);
        QVERIFY(bandwidth > 0.0);
        const AudioFingerprint separate = AudioFingerprint::compute(audio);
        QCOMPARE(shared.fingerprint.bits.size(), separate.bits.size());
        QVERIFY(!separate.bits.empty());
        // A bit is the sign of a difference of smoothed energies; where that difference is within float rounding of
        // zero (a pure swept tone has many), the two ways of windowing may disagree. Half a percent at most.
        const double ber = bitErrorRate(shared.fingerprint, separate);
        QVERIFY2(ber <= 0.005, qPrintable(QString::number(ber)));
        if (separate.bits.size() >= std::size_t(AudioFingerprint::kMinOverlap))  // else similarity is 0 by definition
            QVERIFY(AudioFingerprint::similarity(shared.fingerprint, separate) >= 0.99);
    }

    void emptyAndInvalidClips()
    {
        const AudioSpectralResult empty = AudioSpectralPass::compute(makeAudio({}, 16000));
        QCOMPARE(empty.bandwidthHz, 0.0);
        QVERIFY(empty.fingerprint.bits.empty());
        const AudioSpectralResult invalid = AudioSpectralPass::compute(makeAudio({0.1f, 0.2f}, 0));
        QCOMPARE(invalid.bandwidthHz, 0.0);
        // Digital silence: no bin above the floor, as the separate bandwidth says.
        const AudioSpectralResult silence = AudioSpectralPass::compute(makeAudio(std::vector<float>(32000), 16000));
        QCOMPARE(silence.bandwidthHz, 0.0);
        QVERIFY(silence.sharedTransform);
    }
};

QTEST_MAIN(TestAudioSpectralPass)
#include "test_audio_spectral_pass.moc"
