// Stft, MelFilterbank, the DCT and dB conversion against closed forms: periodic windows, torch.stft's frame
// count, a sine's peak bin, Parseval's identity for a rectangular-window frame, an impulse's flat spectrum,
// computeFrames() equal to the rows of compute() (tiles at both reflected ends and inside), any thread count
// giving the same result, and the mel scales' known points.
#include "signal/DbConverter.h"
#include "signal/Dct.h"
#include "signal/MelFilterbank.h"
#include "signal/Stft.h"

#include <QtTest>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>
#include <stdexcept>

using namespace lockstep;

namespace {

std::vector<float> sine(qint64 n, double hz, double rate, double amplitude = 0.5)
{
    std::vector<float> s(static_cast<std::size_t>(n));
    for (qint64 i = 0; i < n; ++i)
        s[std::size_t(i)] = float(amplitude * std::sin(2.0 * std::numbers::pi * hz * double(i) / rate));
    return s;
}

std::vector<float> noise(qint64 n, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, 0.3f);
    std::vector<float> s(static_cast<std::size_t>(n));
    for (float& v : s)
        v = g(rng);
    return s;
}

int peakBin(const float* row, int bins)
{
    return int(std::max_element(row, row + bins) - row);
}

}  // namespace

class TestStft : public QObject {
    Q_OBJECT
private slots:
    void periodicWindows()
    {
        const std::vector<float> hann = Stft::window(WindowKind::Hann, 4);
        QCOMPARE(hann, (std::vector<float>{0.0f, 0.5f, 1.0f, 0.5f}));
        const std::vector<float> hamming = Stft::window(WindowKind::Hamming, 4);
        QVERIFY(std::abs(hamming[0] - 0.08f) < 1e-7f && std::abs(hamming[2] - 1.0f) < 1e-7f);
        const std::vector<float> blackman = Stft::window(WindowKind::Blackman, 400);
        QVERIFY(std::abs(blackman[0]) < 1e-7f);
        QVERIFY(std::abs(blackman[200] - 1.0f) < 1e-6f);
        QCOMPARE(blackman[100], blackman[300]);  // periodic: symmetric about length / 2
        QCOMPARE(Stft::window(WindowKind::Rectangular, 3), (std::vector<float>{1.0f, 1.0f, 1.0f}));
    }

    void frameCountFollowsTorch()
    {
        StftOptions o;
        o.hopLength = 160;
        QCOMPARE(Stft(o).frameCount(16000), qint64(101));
        QCOMPARE(Stft(o).frameCount(16159), qint64(101));
        QCOMPARE(Stft(o).frameCount(16160), qint64(102));
        QCOMPARE(Stft(o).frameStart(0), qint64(-200));
        o.center = false;
        QCOMPARE(Stft(o).frameCount(16000), qint64(1 + (16000 - 400) / 160));
        QCOMPARE(Stft(o).frameCount(399), qint64(0));
        QCOMPARE(Stft(o).frameStart(3), qint64(480));
        StftOptions defaults;
        QCOMPARE(defaults.effectiveWinLength(), 400);
        QCOMPARE(defaults.effectiveHop(), 200);
        QCOMPARE(defaults.bins(), 201);
    }

    void invalidOptionsAreProgrammerErrors()
    {
        StftOptions odd;
        odd.nFft = 401;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Stft{odd});
        StftOptions wide;
        wide.winLength = 500;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Stft{wide});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Dct(41, 40));
        MelOptions m;
        m.fMin = 9000;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, MelFilterbank(400, m));
    }

    void sinePeaksAtItsBin_data()
    {
        QTest::addColumn<double>("hz");
        QTest::addColumn<int>("window");
        QTest::addColumn<int>("expectedBin");
        QTest::newRow("on bin 40, hann") << 1250.0 << int(WindowKind::Hann) << 40;
        QTest::newRow("1 kHz, hamming") << 1000.0 << int(WindowKind::Hamming) << 32;
        QTest::newRow("3.3 kHz, blackman") << 3300.0 << int(WindowKind::Blackman) << 106;  // 105.6 rounds to 106
    }
    void sinePeaksAtItsBin()
    {
        QFETCH(double, hz);
        QFETCH(int, window);
        QFETCH(int, expectedBin);
        StftOptions o;
        o.nFft = 512;
        o.hopLength = 160;
        o.window = WindowKind(window);
        const std::vector<float> s = sine(16000, hz, 16000.0);
        const Spectrogram spec = Stft(o).compute(s.data(), qint64(s.size()));
        QCOMPARE(spec.bins, 257);
        // Frames away from the reflected ends (there the mirrored sine is not a sine).
        for (qint64 t = 2; t < spec.frames - 2; ++t)
            QCOMPARE(peakBin(spec.frame(t), spec.bins), expectedBin);
        // A bin-centred sine of amplitude A under a periodic Hann window: |X| = A * N / 4 at its bin.
        if (window == int(WindowKind::Hann) && hz == 1250.0) {
            const double expected = std::pow(0.5 * 512.0 / 4.0, 2.0);
            QVERIFY(std::abs(spec.frame(50)[40] / expected - 1.0) < 1e-4);
        }
    }

    void parsevalForARectangularFrame()
    {
        StftOptions o;
        o.nFft = 512;
        o.hopLength = 256;
        o.window = WindowKind::Rectangular;
        o.center = false;
        const std::vector<float> s = noise(512 * 8, 3);
        const Spectrogram spec = Stft(o).compute(s.data(), qint64(s.size()));
        for (qint64 t = 0; t < spec.frames; ++t) {
            double energy = 0.0;
            for (int i = 0; i < 512; ++i)
                energy += double(s[std::size_t(t * 256 + i)]) * s[std::size_t(t * 256 + i)];
            const float* x = spec.frame(t);
            double spectral = double(x[0]) + double(x[256]);
            for (int k = 1; k < 256; ++k)
                spectral += 2.0 * double(x[k]);
            QVERIFY2(std::abs(spectral / 512.0 / energy - 1.0) < 1e-5, qPrintable(QString::number(t)));
        }
    }

    void impulseHasAFlatSpectrum()
    {
        StftOptions o;
        o.nFft = 400;
        o.hopLength = 100;
        o.center = false;
        o.power = 1.0;
        std::vector<float> s(2000, 0.0f);
        s[1000] = 1.0f;
        const Spectrogram spec = Stft(o).compute(s.data(), 2000);
        const std::vector<float> w = Stft::window(WindowKind::Hann, 400);
        for (qint64 t = 0; t < spec.frames; ++t) {
            const qint64 offset = 1000 - t * 100;
            const float expected = offset >= 0 && offset < 400 ? w[std::size_t(offset)] : 0.0f;
            for (int k = 0; k < spec.bins; ++k)
                QVERIFY(std::abs(spec.frame(t)[k] - expected) < 1e-6f);
        }
    }

    void normalizedDividesBySumOfSquaredWindow()
    {
        StftOptions o;
        o.hopLength = 160;
        const std::vector<float> s = noise(8000, 4);
        const Spectrogram plain = Stft(o).compute(s.data(), 8000);
        o.normalized = true;
        const Spectrogram normalized = Stft(o).compute(s.data(), 8000);
        double sum = 0.0;
        for (float v : Stft::window(WindowKind::Hann, 400))
            sum += double(v) * v;
        QVERIFY(std::abs(sum - 150.0) < 1e-5);  // 3N/8 for a periodic Hann window
        for (std::size_t i = 0; i < plain.values.size(); i += 97)
            QVERIFY(std::abs(normalized.values[i] * 150.0 - plain.values[i]) <= 1e-5 * plain.values[i] + 1e-12);
    }

    void threadCountDoesNotChangeTheResult()
    {
        StftOptions o;
        o.hopLength = 160;
        const std::vector<float> s = noise(160 * 3000 + 77, 5);
        const Spectrogram one = Stft(o).compute(s.data(), qint64(s.size()), 1);
        QCOMPARE(one.frames, qint64(3001));
        for (int threads : {2, 3, 0})
            QVERIFY(Stft(o).compute(s.data(), qint64(s.size()), threads).values == one.values);
    }

    void tilesEqualRowsOfTheWhole_data()
    {
        QTest::addColumn<bool>("center");
        QTest::addColumn<int>("winLength");
        QTest::addColumn<qint64>("length");
        QTest::newRow("centred, reflect") << true << 0 << qint64(48'033);
        QTest::newRow("centred, length a multiple of hop") << true << 0 << qint64(48'000);
        QTest::newRow("centred, short window") << true << 300 << qint64(48'033);
        QTest::newRow("not centred") << false << 0 << qint64(48'033);
    }
    void tilesEqualRowsOfTheWhole()
    {
        QFETCH(bool, center);
        QFETCH(int, winLength);
        QFETCH(qint64, length);
        StftOptions o;
        o.nFft = 512;
        o.winLength = winLength;
        o.hopLength = 160;
        o.center = center;
        const Stft stft(o);
        const std::vector<float> s = noise(length, 6);
        const qint64 n = qint64(s.size());
        const Spectrogram whole = stft.compute(s.data(), n);
        for (qint64 first : {qint64(0), qint64(1), qint64(100), whole.frames - 64, whole.frames - 1}) {
            for (qint64 count : {qint64(1), qint64(64)}) {
                count = std::min(count, whole.frames - first);
                // Only the samples the tile reads, as pieceFor() names them.
                const SampleRange range = stft.pieceFor(first, count, n);
                QVERIFY(range.begin >= 0 && range.end <= n && range.begin < range.end);
                const Spectrogram tile =
                    stft.computeFrames(s.data() + range.begin, range.begin, range.end - range.begin, n, first, count);
                QCOMPARE(tile.frames, count);
                for (qint64 t = 0; t < count; ++t)
                    QVERIFY2(std::equal(tile.frame(t), tile.frame(t) + tile.bins, whole.frame(first + t)),
                             qPrintable(QStringLiteral("frame %1").arg(first + t)));
                // One sample fewer on either side is not enough (pieceFor is exact), unless that side is the
                // signal's own end.
                if (range.end - range.begin > 1 && range.begin > 0)
                    QVERIFY_THROWS_EXCEPTION(std::out_of_range,
                                             stft.computeFrames(s.data() + range.begin + 1, range.begin + 1,
                                                                range.end - range.begin - 1, n, first, count));
            }
        }
        // Past the end: clipped to the frame count.
        QCOMPARE(stft.computeFrames(s.data(), 0, n, n, whole.frames - 2, 10).frames, qint64(2));
    }

    void pieceForKnownRanges()
    {
        StftOptions o;
        o.nFft = 400;
        o.hopLength = 160;
        const Stft stft(o);
        // Frame 0 reads -200 .. 199, reflected: 0 .. 200.
        QCOMPARE(stft.pieceFor(0, 1, 16000).begin, qint64(0));
        QCOMPARE(stft.pieceFor(0, 1, 16000).end, qint64(201));
        // An inner frame reads its own n_fft samples.
        QCOMPARE(stft.pieceFor(10, 1, 16000).begin, qint64(1400));
        QCOMPARE(stft.pieceFor(10, 1, 16000).end, qint64(1800));
        // The last frame of 16000 samples (frame 100, centred on 16000) reads 15800 .. 16199, reflected to
        // 15799 .. 15998: one sample before its start.
        QCOMPARE(stft.pieceFor(100, 1, 16000).begin, qint64(15799));
        QCOMPARE(stft.pieceFor(100, 1, 16000).end, qint64(16000));
        // Signals shorter than the padding reflect repeatedly: the whole signal.
        QCOMPARE(stft.pieceFor(0, 1, 50).end, qint64(50));
    }

    void aPieceTooShortIsAProgrammerError()
    {
        StftOptions o;
        o.hopLength = 160;
        const std::vector<float> s = noise(16000, 7);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, Stft(o).computeFrames(s.data() + 1000, 1000, 100, 16000, 10, 5));
    }

    void shortSignalsReflectRepeatedly()
    {
        StftOptions o;
        o.nFft = 64;
        o.hopLength = 16;
        const std::vector<float> s{0.1f, -0.4f, 0.9f, 0.3f, -0.2f};
        const Spectrogram spec = Stft(o).compute(s.data(), 5);
        QCOMPARE(spec.frames, qint64(1));
        QVERIFY(spec.values[0] > 0.0f);
    }

    void melScalesKnownPoints()
    {
        QVERIFY(std::abs(MelFilterbank::hzToMel(1000.0, MelScale::Slaney) - 15.0) < 1e-12);
        QVERIFY(std::abs(MelFilterbank::hzToMel(500.0, MelScale::Slaney) - 7.5) < 1e-12);
        QVERIFY(std::abs(MelFilterbank::hzToMel(6400.0, MelScale::Slaney) - 42.0) < 1e-9);
        QVERIFY(std::abs(MelFilterbank::hzToMel(700.0, MelScale::Htk) - 2595.0 * std::log10(2.0)) < 1e-9);
        for (double hz : {0.0, 60.0, 999.0, 1000.0, 4321.0, 8000.0, 22050.0})
            for (MelScale scale : {MelScale::Htk, MelScale::Slaney})
                QVERIFY(std::abs(MelFilterbank::melToHz(MelFilterbank::hzToMel(hz, scale), scale) - hz) < 1e-9);
    }

    void filterbankTrianglesAndSlaneyArea()
    {
        MelOptions m;
        m.nMels = 40;
        const MelFilterbank htk(512, m);
        QCOMPARE(htk.bins(), 257);
        QCOMPARE(htk.mels(), 40);
        for (int mel = 0; mel < 40; ++mel) {
            double peak = 0.0;
            for (int k = 0; k < 257; ++k)
                peak = std::max(peak, htk.weight(mel, k));
            QVERIFY(peak > 0.5 && peak <= 1.0);  // unnormalised triangles peak at 1 where a bin hits the centre
        }
        // Slaney area normalisation: each triangle's integral over frequency is 1 (sum of weights * bin width).
        m.scale = MelScale::Slaney;
        m.norm = MelNorm::Slaney;
        m.nMels = 20;
        const MelFilterbank slaney(2048, m);
        const double binHz = 8000.0 / 1024.0;
        for (int mel = 0; mel < 20; ++mel) {
            double area = 0.0;
            for (int k = 0; k < slaney.bins(); ++k)
                area += slaney.weight(mel, k) * binHz;
            QVERIFY2(std::abs(area - 1.0) < 0.02, qPrintable(QStringLiteral("%1: %2").arg(mel).arg(area)));
        }
    }

    void dctOrthoIsOrthonormal()
    {
        const Dct dct(40, 40);
        for (int a = 0; a < 40; ++a)
            for (int b = 0; b < 40; ++b) {
                double dot = 0.0;
                for (int n = 0; n < 40; ++n)
                    dot += dct.basis(a, n) * dct.basis(b, n);
                QVERIFY(std::abs(dot - (a == b ? 1.0 : 0.0)) < 1e-6);
            }
        // A constant input has only a DC coefficient: sqrt(N) * value.
        std::vector<float> in(40, 2.0f);
        std::vector<float> out(13);
        Dct(13, 40).applyFrames(in.data(), 1, out.data());
        QVERIFY(std::abs(out[0] - 2.0f * std::sqrt(40.0f)) < 1e-5f);
        for (int k = 1; k < 13; ++k)
            QVERIFY(std::abs(out[std::size_t(k)]) < 1e-5f);
    }

    void decibelsAndTopDb()
    {
        Spectrogram s;
        s.frames = 1;
        s.bins = 4;
        s.values = {100.0f, 1.0f, 1e-3f, 0.0f};
        DbOptions o;
        o.topDb = 25.0;
        amplitudeToDb(&s, o);
        QCOMPARE(s.values, (std::vector<float>{20.0f, 0.0f, -5.0f, -5.0f}));
        std::vector<float> v{1e-12f, 10.0f};
        DbConverter(DbOptions{}).toDb(v.data(), 2);
        QCOMPARE(v[0], -100.0f);  // amin 1e-10
        QCOMPARE(v[1], 10.0f);
    }
};

QTEST_GUILESS_MAIN(TestStft)
#include "test_stft.moc"
