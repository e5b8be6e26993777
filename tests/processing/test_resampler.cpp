// Resampler (libsoxr): a sine resampled 44.1 kHz -> 16 kHz (and up, 16 -> 48 kHz) keeps its frequency (the
// peak bin of an STFT at the new rate) and its amplitude; the output length is round(n * out / in); an
// impulse becomes a symmetric (linear-phase) pulse of unit area; streaming in odd pieces equals the whole
// buffer; channels stay apart.
#include "signal/Resampler.h"
#include "signal/Stft.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace lockstep;

namespace {

std::vector<float> sine(qint64 n, double hz, double rate, double amplitude)
{
    std::vector<float> s(static_cast<std::size_t>(n));
    for (qint64 i = 0; i < n; ++i)
        s[std::size_t(i)] = float(amplitude * std::sin(2.0 * std::numbers::pi * hz * double(i) / rate));
    return s;
}

}  // namespace

class TestResampler : public QObject {
    Q_OBJECT
private slots:
    void sineKeepsFrequencyAndAmplitude_data()
    {
        QTest::addColumn<double>("inRate");
        QTest::addColumn<double>("outRate");
        QTest::addColumn<double>("hz");
        QTest::newRow("44.1 -> 16 kHz, 1 kHz") << 44100.0 << 16000.0 << 1000.0;
        QTest::newRow("44.1 -> 16 kHz, 6.25 kHz") << 44100.0 << 16000.0 << 6250.0;
        QTest::newRow("16 -> 48 kHz, 440 Hz") << 16000.0 << 48000.0 << 440.0;
    }
    void sineKeepsFrequencyAndAmplitude()
    {
        QFETCH(double, inRate);
        QFETCH(double, outRate);
        QFETCH(double, hz);
        const qint64 n = qint64(inRate * 2.0) + 7;
        const std::vector<float> in = sine(n, hz, inRate, 0.6);
        const ResampleResult r = Resampler::resample(in.data(), n, inRate, outRate, 1);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(qint64(r.samples.size()), qint64(std::llround(double(n) * outRate / inRate)));
        // Amplitude: the peak away from the ends (filter transients) is 0.6 within 0.1 %.
        const std::size_t edge = std::size_t(outRate * 0.05);
        const float peak = *std::max_element(r.samples.begin() + qsizetype(edge), r.samples.end() - qsizetype(edge));
        QVERIFY2(std::abs(peak - 0.6f) < 0.6f * 1e-3f, qPrintable(QString::number(peak)));
        // Frequency: the STFT's peak bin at the new rate is the sine's.
        StftOptions o;
        o.nFft = 1024;
        o.hopLength = 512;
        const Spectrogram spec = Stft(o).compute(r.samples.data(), qint64(r.samples.size()));
        const int expectedBin = int(std::lround(hz * 1024.0 / outRate));
        for (qint64 t = 2; t < spec.frames - 2; ++t)
            QCOMPARE(int(std::max_element(spec.frame(t), spec.frame(t) + spec.bins) - spec.frame(t)), expectedBin);
        // Timing: the sine is where it should be (linear phase, the filter delay compensated by soxr).
        const std::size_t probe = std::size_t(outRate);  // t = 1 s
        const double expected = 0.6 * std::sin(2.0 * std::numbers::pi * hz * double(probe) / outRate);
        QVERIFY2(std::abs(double(r.samples[probe]) - expected) < 2e-3, qPrintable(QString::number(r.samples[probe])));
    }

    void impulseResponseIsASymmetricUnitPulse()
    {
        std::vector<float> in(44100, 0.0f);
        in[22050] = 1.0f;
        const ResampleResult r = Resampler::resample(in.data(), qint64(in.size()), 44100.0, 16000.0, 1);
        QVERIFY(r.ok);
        QCOMPARE(r.samples.size(), std::size_t(16000));
        // The impulse at 0.5 s lands on output sample 8000 (22050 * 16000 / 44100), where the pulse peaks.
        const auto peakAt = std::max_element(r.samples.begin(), r.samples.end()) - r.samples.begin();
        QCOMPARE(qint64(peakAt), qint64(8000));
        // Unit DC gain: the pulse's area, in output samples, is out / in.
        double area = 0.0;
        for (float v : r.samples)
            area += double(v);
        QVERIFY2(std::abs(area - 16000.0 / 44100.0) < 1e-3, qPrintable(QString::number(area)));
        // Linear phase: symmetric about the peak (up to float rounding), decaying away from it.
        for (int k = 1; k < 40; ++k)
            QVERIFY(std::abs(r.samples[std::size_t(8000 + k)] - r.samples[std::size_t(8000 - k)]) < 1e-4f);
        QVERIFY(std::abs(r.samples[8400]) < 1e-4f);
    }

    void streamingEqualsWholeBuffer()
    {
        const qint64 n = 100'003;
        std::vector<float> in(std::size_t(n * 2));
        for (qint64 i = 0; i < n; ++i) {
            in[std::size_t(2 * i)] = float(0.5 * std::sin(0.01 * double(i)));
            in[std::size_t(2 * i + 1)] = float(0.2 * std::sin(0.13 * double(i)));
        }
        const ResampleResult whole = Resampler::resample(in.data(), n, 48000.0, 16000.0, 2);
        QVERIFY(whole.ok);
        QCOMPARE(qint64(whole.samples.size()), 2 * std::llround(double(n) / 3.0));
        Resampler stream(48000.0, 16000.0, 2);
        std::vector<float> out;
        qint64 done = 0;
        for (qint64 piece : {1, 999, 4096, 17, 30'000})
            for (; done + piece <= n; done += piece)
                QVERIFY(stream.process(in.data() + done * 2, piece, &out));
        QVERIFY(stream.process(in.data() + done * 2, n - done, &out));
        QVERIFY(stream.finish(&out));
        QCOMPARE(out.size(), whole.samples.size());
        for (std::size_t i = 0; i < out.size(); ++i)
            QVERIFY2(std::abs(out[i] - whole.samples[i]) < 1e-6f, qPrintable(QString::number(i)));
        // Channels stay apart: the right channel is the slow sine's 1/2.5 and never the left one.
        QVERIFY(std::abs(*std::max_element(out.begin(), out.end()) - 0.5f) < 1e-2f);
    }

    void invalidRatesAreProgrammerErrors()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Resampler(0.0, 16000.0, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Resampler(44100.0, 16000.0, 0));
    }
};

QTEST_GUILESS_MAIN(TestResampler)
#include "test_resampler.moc"
