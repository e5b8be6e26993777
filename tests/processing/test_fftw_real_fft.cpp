// The quality scan's FFTW transform must be the signal code's KissFFT transform up to float rounding: every bin
// within 1e-5 of the spectrum's largest magnitude, on noise, a chirp and a sine, at the sizes the scan uses; the
// two-frame transform must be the one-frame transform up to float rounding.

#include "quality/FftwRealFft.h"
#include "signal/RealFft.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdint>
#include <cstring>
#include <new>
#include <numbers>
#include <random>
#include <stdexcept>
#include <thread>
#include <utility>
#include <vector>

using namespace lockstep;

namespace {

std::vector<float> frame(const QString& kind, int n)
{
    std::vector<float> x(static_cast<std::size_t>(n));
    std::mt19937 gen(11);
    std::normal_distribution<float> noise(0.0f, 0.3f);
    for (int i = 0; i < n; ++i) {
        const double t = double(i) / 16000.0;
        if (kind == QLatin1String("noise"))
            x[std::size_t(i)] = noise(gen);
        else if (kind == QLatin1String("chirp"))
            x[std::size_t(i)] = float(0.5 * std::sin(2.0 * std::numbers::pi * (100.0 * t + 200000.0 * t * t)));
        else
            x[std::size_t(i)] = float(0.7 * std::sin(2.0 * std::numbers::pi * 1000.0 * t));
    }
    return x;
}

}  // namespace

class TestFftwRealFft : public QObject {
    Q_OBJECT

private slots:
    void matchesKissFft_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("n");
        for (const char* kind : {"noise", "chirp", "sine"})
            for (int n : {2, 400, 512, 1024})
                QTest::addRow("%s-%d", kind, n) << QString::fromLatin1(kind) << n;
    }

    void matchesKissFft()
    {
        QFETCH(QString, kind);
        QFETCH(int, n);
        const std::vector<float> x = frame(kind, n);
        RealFft kiss(n);
        FftwRealFft fftw(n);
        QCOMPARE(fftw.bins(), kiss.bins());
        std::vector<std::complex<float>> a(std::size_t(kiss.bins()));
        std::vector<std::complex<float>> b(std::size_t(kiss.bins()), {-1.0f, -1.0f});
        kiss.transform(x.data(), a.data());
        // An unaligned input, as the spectral pass hands over frames at any hop.
        std::vector<float> shifted(x.size() + 1);
        std::copy(x.begin(), x.end(), shifted.begin() + 1);
        fftw.transform(shifted.data() + 1, b.data());
        double largest = 0.0;
        for (const auto& v : a)
            largest = std::max(largest, double(std::abs(v)));
        QVERIFY(largest > 0.0);
        double worst = 0.0;
        for (std::size_t k = 0; k < a.size(); ++k)
            worst = std::max(worst, double(std::abs(a[k] - b[k])) / largest);
        QVERIFY2(worst <= 1e-5, qPrintable(QString::number(worst)));
    }

    void knownAnswer()
    {
        // A cosine of 4 cycles in 16 samples: n/2 in bins 4, zero elsewhere.
        const int n = 16;
        std::vector<float> x(n);
        for (int i = 0; i < n; ++i)
            x[std::size_t(i)] = float(std::cos(2.0 * std::numbers::pi * 4.0 * i / n));
        FftwRealFft fft(n);
        std::vector<std::complex<float>> out(std::size_t(fft.bins()));
        fft.transform(x.data(), out.data());
        for (int k = 0; k < fft.bins(); ++k)
            QVERIFY2(std::abs(out[std::size_t(k)] - std::complex<float>(k == 4 ? 8.0f : 0.0f, 0.0f)) < 1e-5f,
                     qPrintable(QString::number(k)));
    }

    void instancesOnManyThreadsAgree()
    {
        const std::vector<float> x = frame(QStringLiteral("noise"), 512);
        FftwRealFft reference(512);
        std::vector<std::complex<float>> expected(257);
        reference.transform(x.data(), expected.data());
        std::vector<int> mismatches(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int r = 0; r < 200; ++r) {
                    FftwRealFft fft(512);  // plans are shared: making one per clip must be cheap and safe
                    std::vector<std::complex<float>> out(257);
                    fft.transform(x.data(), out.data());
                    mismatches[std::size_t(t)] += out == expected ? 0 : 1;
                }
            });
        for (std::thread& t : threads)
            t.join();
        for (int m : mismatches)
            QCOMPARE(m, 0);
    }

    // Aligned arrays are transformed in place, others through the instance's buffers: the same plan either way,
    // so the same bits, and the input is left as it was (the spectral pass reads its frames from the clip).
    void alignedArraysGiveTheSameBits_data()
    {
        QTest::addColumn<int>("n");
        for (int n : {2, 400, 512, 1024})
            QTest::addRow("%d", n) << n;
    }

    void alignedArraysGiveTheSameBits()
    {
        QFETCH(int, n);
        const std::vector<float> x = frame(QStringLiteral("noise"), n);
        const std::size_t bins = std::size_t(n / 2 + 1);
        constexpr std::size_t kA = FftwRealFft::kAlignment;
        // One block for both arrays, each at an aligned address, then each one float off it.
        const std::size_t inBytes = (std::size_t(n) * sizeof(float) + kA - 1) / kA * kA;
        const std::size_t bytes = inBytes + bins * sizeof(std::complex<float>) + 2 * kA;
        auto* block = static_cast<unsigned char*>(::operator new(bytes, std::align_val_t(kA)));
        auto* in = reinterpret_cast<float*>(block);
        auto* out = reinterpret_cast<std::complex<float>*>(block + inBytes + kA);
        QCOMPARE(reinterpret_cast<std::uintptr_t>(in) % kA, std::uintptr_t(0));
        QCOMPARE(reinterpret_cast<std::uintptr_t>(out) % kA, std::uintptr_t(0));
        std::copy(x.begin(), x.end(), in);
        FftwRealFft fft(n);
        fft.transform(in, out);  // in place
        const std::vector<std::complex<float>> direct(out, out + bins);
        QVERIFY(std::equal(x.begin(), x.end(), in));
        std::vector<float> shifted(x.size() + 1);
        std::copy(x.begin(), x.end(), shifted.begin() + 1);
        std::vector<std::complex<float>> copied(bins + 1);
        fft.transform(shifted.data() + 1, copied.data() + 1);  // through the buffers (an odd address at least once)
        fft.transform(shifted.data() + 1, out);
        const std::vector<std::complex<float>> alignedOutOnly(out, out + bins);
        ::operator delete(block, std::align_val_t(kA));
        QVERIFY(std::memcmp(direct.data(), copied.data() + 1, bins * sizeof(std::complex<float>)) == 0);
        QVERIFY(std::memcmp(direct.data(), alignedOutOnly.data(), bins * sizeof(std::complex<float>)) == 0);
    }

    // Two frames through one complex transform: each spectrum equal to its own transform() to float rounding
    // (every bin within 1e-5 of the larger spectrum's peak), aligned inputs read in place and left as they were,
    // unaligned ones copied.
    void transformTwoMatchesTransform_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<bool>("aligned");
        for (int n : {2, 16, 400, 512, 1024})
            for (bool aligned : {true, false})
                QTest::addRow("%d-%s", n, aligned ? "aligned" : "unaligned") << n << aligned;
    }

    void transformTwoMatchesTransform()
    {
        QFETCH(int, n);
        QFETCH(bool, aligned);
        const std::vector<float> chirp = frame(QStringLiteral("chirp"), n);
        const std::vector<float> noise = frame(QStringLiteral("noise"), n);
        constexpr std::size_t kA = FftwRealFft::kAlignment;
        const std::size_t span = (std::size_t(n) * sizeof(float) + kA - 1) / kA * kA + kA;
        auto* block = static_cast<unsigned char*>(::operator new(2 * span, std::align_val_t(kA)));
        const std::size_t offset = aligned ? 0 : sizeof(float);
        auto* a = reinterpret_cast<float*>(block + offset);
        auto* b = reinterpret_cast<float*>(block + span + offset);
        std::copy(chirp.begin(), chirp.end(), a);
        std::copy(noise.begin(), noise.end(), b);
        FftwRealFft fft(n);
        const std::size_t bins = std::size_t(fft.bins());
        std::vector<std::complex<float>> expectA(bins), expectB(bins), gotA(bins), gotB(bins);
        fft.transform(chirp.data(), expectA.data());
        fft.transform(noise.data(), expectB.data());
        fft.transformTwo(a, b, gotA.data(), gotB.data());
        const bool untouched = std::equal(chirp.begin(), chirp.end(), a) && std::equal(noise.begin(), noise.end(), b);
        ::operator delete(block, std::align_val_t(kA));
        QVERIFY(untouched);
        for (const auto& [expect, got] : {std::pair{&expectA, &gotA}, std::pair{&expectB, &gotB}}) {
            double largest = 0.0;
            for (const auto& v : *expect)
                largest = std::max(largest, double(std::abs(v)));
            QVERIFY(largest > 0.0);
            double worst = 0.0;
            for (std::size_t k = 0; k < bins; ++k)
                worst = std::max(worst, double(std::abs((*expect)[k] - (*got)[k])) / largest);
            QVERIFY2(worst <= 1e-5, qPrintable(QString::number(worst)));
            QCOMPARE(got->front().imag(), 0.0f);  // bins 0 and n/2 of a real frame are real
            QCOMPARE(got->back().imag(), 0.0f);
        }
    }

    void transformTwoKnownAnswer()
    {
        // A cosine of 4 cycles in 16 samples beside a sine of 3: n/2 in bin 4 of the first, -i n/2 in bin 3 of
        // the second, zero elsewhere; neither leaks into the other.
        const int n = 16;
        std::vector<float> c(n), s(n);
        for (int i = 0; i < n; ++i) {
            c[std::size_t(i)] = float(std::cos(2.0 * std::numbers::pi * 4.0 * i / n));
            s[std::size_t(i)] = float(std::sin(2.0 * std::numbers::pi * 3.0 * i / n));
        }
        FftwRealFft fft(n);
        std::vector<std::complex<float>> a(std::size_t(fft.bins())), b(std::size_t(fft.bins()));
        fft.transformTwo(c.data(), s.data(), a.data(), b.data());
        for (int k = 0; k < fft.bins(); ++k) {
            QVERIFY2(std::abs(a[std::size_t(k)] - std::complex<float>(k == 4 ? 8.0f : 0.0f, 0.0f)) < 1e-5f,
                     qPrintable(QString::number(k)));
            QVERIFY2(std::abs(b[std::size_t(k)] - std::complex<float>(0.0f, k == 3 ? -8.0f : 0.0f)) < 1e-5f,
                     qPrintable(QString::number(k)));
        }
    }

    void rejectsOddSizes()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FftwRealFft(7));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, FftwRealFft(0));
    }
};

QTEST_APPLESS_MAIN(TestFftwRealFft)
#include "test_fftw_real_fft.moc"
