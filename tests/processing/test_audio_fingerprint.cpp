// AudioFingerprint: the same speech-like clip survives OGG Vorbis re-encoding (written and read back with
// libsndfile), a -6 dB gain, trims at either end (including the worst case of half a hop) and a change of
// container; different clips score low. Clips are 1-4 s, the dataset's range, where Chromaprint gives nothing.
#include "media/AudioDecoder.h"

#include "DecodedAudioFixture.h"
#include "SndfileWriter.h"
#include "quality/AudioFingerprint.h"

#include <sndfile.h>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <utility>
#include <vector>

using namespace lockstep;

namespace {

// Speech-like syllables: a voiced source (harmonics of a wavering f0) shaped by the formants of a random vowel,
// sometimes preceded by a fricative noise burst, separated by short gaps, over a faint noise floor.
std::vector<float> speechLike(double seconds, int rate, unsigned seed)
{
    static const std::array<std::array<double, 3>, 6> vowels{{{730, 1090, 2440},
                                                              {270, 2290, 3010},
                                                              {530, 1840, 2480},
                                                              {300, 870, 2240},
                                                              {660, 1720, 2410},
                                                              {570, 840, 2410}}};
    std::mt19937 rng(seed);
    auto uniform = [&rng](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    std::normal_distribution<double> gauss(0.0, 1.0);
    const auto n = static_cast<std::size_t>(seconds * rate);
    std::vector<double> out(n, 0.0);
    double t = 0.05;
    while (t < seconds - 0.2) {
        const double duration = uniform(0.12, 0.3);
        const auto a = static_cast<std::size_t>(t * rate);
        const std::size_t b = std::min(n, static_cast<std::size_t>((t + duration) * rate));
        const std::size_t length = b - a;
        const double f0 = uniform(100.0, 220.0);
        const double vibratoHz = uniform(1.0, 4.0);
        const auto& formants = vowels[std::uniform_int_distribution<std::size_t>(0, vowels.size() - 1)(rng)];
        double phase = 0.0;
        for (std::size_t i = 0; i < length; ++i) {
            const double tt = double(i) / rate;
            const double f = f0 * (1.0 + 0.1 * std::sin(2.0 * M_PI * vibratoHz * tt));
            phase += 2.0 * M_PI * f / rate;
            double s = 0.0;
            for (int h = 1; h < 30 && f0 * h < rate / 2.0 - 200.0; ++h) {
                double gain = 0.0;
                for (double formant : formants) {
                    const double d = (f0 * h - formant) / (80.0 + formant * 0.05);
                    gain += 1.0 / (1.0 + d * d);
                }
                s += gain * std::sin(h * phase) / std::sqrt(double(h));
            }
            out[a + i] += s * std::sqrt(std::sin(M_PI * double(i) / double(length)));
        }
        if (uniform(0.0, 1.0) < 0.5) {
            const std::size_t burst = std::min(a, static_cast<std::size_t>(0.06 * rate));
            double previous = 0.0;
            for (std::size_t i = a - burst; i < a; ++i) {
                const double v = gauss(rng);
                out[i] += 0.3 * (v - previous);
                previous = v;
            }
        }
        t += duration + uniform(0.02, 0.15);
    }
    double peak = 0.0;
    for (double& v : out) {
        v += 1e-3 * gauss(rng);
        peak = std::max(peak, std::abs(v));
    }
    std::vector<float> result(n);
    for (std::size_t i = 0; i < n; ++i)
        result[i] = float(out[i] / peak * 0.5);
    return result;
}

using fixture::makeAudio;

DecodedAudio roundTrip(const QString& path, int format, int rate, const std::vector<float>& samples)
{
    if (!test::writeSndfile(path, format, rate, 1, samples))
        return {};
    return AudioDecoder::decode(path);
}

std::vector<float> slice(const std::vector<float>& x, double cutStart, double cutEnd, int rate)
{
    const auto a = static_cast<std::size_t>(std::llround(cutStart * rate));
    const auto b = static_cast<std::size_t>(std::llround(cutEnd * rate));
    return {x.begin() + std::ptrdiff_t(a), x.end() - std::ptrdiff_t(b)};
}

std::vector<float> scaled(std::vector<float> x, double gain)
{
    for (float& v : x)
        v = float(v * gain);
    return x;
}

}  // namespace

class TestAudioFingerprint : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private slots:
    void survivesEdits_data()
    {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("rate");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("1 s 16 kHz") << 1.0 << 16000 << 1u;
        QTest::newRow("2 s 16 kHz") << 2.0 << 16000 << 2u;
        QTest::newRow("3 s 16 kHz") << 3.0 << 16000 << 3u;
        QTest::newRow("4 s 16 kHz") << 4.0 << 16000 << 4u;
        QTest::newRow("2.5 s 22.05 kHz") << 2.5 << 22050 << 5u;
        QTest::newRow("1.5 s 44.1 kHz") << 1.5 << 44100 << 6u;
    }
    void survivesEdits()
    {
        QFETCH(double, seconds);
        QFETCH(int, rate);
        QFETCH(unsigned, seed);
        const std::vector<float> clip = speechLike(seconds, rate, seed);
        const AudioFingerprint original = AudioFingerprint::compute(makeAudio(clip, rate));
        // Rates from 22050 Hz are decimated to rate / (rate / 11025) with a 16f+1-tap "valid" filter first.
        const int factor = std::max(1, rate / 11025);
        const double analysisRate = double(rate) / factor;
        const qint64 analysed =
            factor == 1 ? qint64(clip.size()) : (qint64(clip.size()) - (16 * factor + 1)) / factor + 1;
        // Centred frames: W/2 zeros on both sides, one frame every H samples, 16 frames used up by smoothing.
        const qint64 window = std::lround(analysisRate * 0.032);
        const qint64 expectedItems =
            1 + (analysed + 2 * (window / 2) - window) / std::lround(analysisRate * 0.010) - 16;
        QCOMPARE(qint64(original.bits.size()), expectedItems);
        QCOMPARE(AudioFingerprint::similarity(original, original), 1.0);

        const QString stem = m_tmp.filePath(QString::number(seed));
        const DecodedAudio vorbis =
            roundTrip(stem + QStringLiteral(".ogg"), SF_FORMAT_OGG | SF_FORMAT_VORBIS, rate, clip);
        QVERIFY2(vorbis.info.ok, qPrintable(vorbis.info.error));
        const DecodedAudio wav16 =
            roundTrip(stem + QStringLiteral(".wav"), SF_FORMAT_WAV | SF_FORMAT_PCM_16, rate, clip);
        QVERIFY2(wav16.info.ok, qPrintable(wav16.info.error));
        const DecodedAudio quieter = roundTrip(stem + QStringLiteral("-6dB.flac"), SF_FORMAT_FLAC | SF_FORMAT_PCM_16,
                                               rate, scaled(clip, std::pow(10.0, -6.0 / 20.0)));
        QVERIFY2(quieter.info.ok, qPrintable(quieter.info.error));
        const DecodedAudio everything =
            roundTrip(stem + QStringLiteral("-all.ogg"), SF_FORMAT_OGG | SF_FORMAT_VORBIS, rate,
                      scaled(slice(clip, 0.105, 0.095, rate), std::pow(10.0, -6.0 / 20.0)));
        QVERIFY2(everything.info.ok, qPrintable(everything.info.error));

        const struct {
            const char* name;
            DecodedAudio audio;
        } variants[] = {
            {"16-bit WAV", wav16},
            {"OGG Vorbis", vorbis},
            {"-6 dB FLAC", quieter},
            {"exactly half the amplitude", makeAudio(scaled(clip, 0.5), rate)},
            {"100 ms trimmed at the start", makeAudio(slice(clip, 0.100, 0.0, rate), rate)},
            {"100 ms trimmed at the end", makeAudio(slice(clip, 0.0, 0.100, rate), rate)},
            {"95 ms trimmed at both ends (half a hop)", makeAudio(slice(clip, 0.095, 0.095, rate), rate)},
            {"trimmed, -6 dB and Vorbis", everything},
        };
        for (const auto& variant : variants) {
            const AudioFingerprint fp = AudioFingerprint::compute(variant.audio);
            const double s = AudioFingerprint::similarity(original, fp);
            QVERIFY2(s > 0.8, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(variant.name)).arg(s)));
            QCOMPARE(AudioFingerprint::similarity(fp, original), s);  // symmetric
        }
        // A power-of-two gain scales every energy exactly: not a single bit changes.
        QCOMPARE(AudioFingerprint::compute(makeAudio(scaled(clip, 0.5), rate)).bits, original.bits);
    }

    void differentClipsAreDissimilar()
    {
        const int rate = 16000;
        std::vector<AudioFingerprint> prints;
        for (unsigned seed = 100; seed < 108; ++seed)
            prints.push_back(
                AudioFingerprint::compute(makeAudio(speechLike(1.0 + 0.4 * (seed - 100), rate, seed), rate)));
        double worst = 0.0;
        for (std::size_t i = 0; i < prints.size(); ++i)
            for (std::size_t j = i + 1; j < prints.size(); ++j)
                worst = std::max(worst, AudioFingerprint::similarity(prints[i], prints[j]));
        QVERIFY2(worst < 0.5, qPrintable(QString::number(worst)));
        // Different content at the same level and length: a tone and noise.
        std::vector<float> tone(std::size_t(rate) * 2);
        for (std::size_t i = 0; i < tone.size(); ++i)
            tone[i] = float(0.5 * std::sin(2.0 * M_PI * (300.0 + 100.0 * double(i) / rate) * double(i) / rate));
        const AudioFingerprint chirp = AudioFingerprint::compute(makeAudio(tone, rate));
        QVERIFY(AudioFingerprint::similarity(chirp, prints[2]) < 0.5);
    }

    void stereoUsesTheMonoMix()
    {
        const int rate = 16000;
        const std::vector<float> clip = speechLike(2.0, rate, 9);
        std::vector<float> stereo;
        for (float v : clip) {
            stereo.push_back(v);
            stereo.push_back(v);
        }
        QCOMPARE(AudioFingerprint::compute(makeAudio(stereo, rate, 2)).bits,
                 AudioFingerprint::compute(makeAudio(clip, rate)).bits);
    }

    void tooShortOrInvalid()
    {
        // Up to 160 ms (16 hops of 10 ms, centred frames) there is nothing to fingerprint.
        const AudioFingerprint shortClip = AudioFingerprint::compute(makeAudio(speechLike(0.159, 16000, 1), 16000));
        QVERIFY(shortClip.bits.empty());
        QCOMPARE(AudioFingerprint::compute(makeAudio(speechLike(0.16, 16000, 1), 16000)).bits.size(), std::size_t(1));
        QVERIFY(AudioFingerprint::compute(makeAudio({}, 16000)).bits.empty());
        QVERIFY(AudioFingerprint::compute(makeAudio({0.1f, 0.2f}, 0)).bits.empty());
        const AudioFingerprint some = AudioFingerprint::compute(makeAudio(speechLike(1.0, 16000, 1), 16000));
        QCOMPARE(AudioFingerprint::similarity(shortClip, some), 0.0);
        QCOMPARE(AudioFingerprint::similarity(shortClip, shortClip), 0.0);
    }

    // The duplicate search's verification: isSimilar() must answer as similarity() >= threshold does, for
    // copies with bit errors at every rate near the usual thresholds, shifted inside and outside the alignment
    // search, of every length from below kMinOverlap up, and at thresholds on either side of each pair's exact
    // similarity (the early exits must not round differently).
    void isSimilarAnswersAsSimilarityDoes()
    {
        std::mt19937 rng(5);
        const auto randomPrint = [&rng](std::size_t n) {
            AudioFingerprint f;
            f.bits.resize(n);
            for (quint32& w : f.bits)
                w = quint32(rng());
            return f;
        };
        const auto noisyCopy = [&rng](const AudioFingerprint& from, double flipRate, int shift) {
            AudioFingerprint f;
            std::bernoulli_distribution flip(flipRate);
            for (std::size_t i = std::size_t(std::max(0, shift)); i < from.bits.size(); ++i) {
                quint32 w = from.bits[i];
                for (int b = 0; b < 32; ++b)
                    if (flip(rng))
                        w ^= quint32(1) << b;
                f.bits.push_back(w);
            }
            for (int i = shift; i < 0; ++i)
                f.bits.insert(f.bits.begin(), quint32(rng()));
            return f;
        };
        std::vector<std::pair<AudioFingerprint, AudioFingerprint>> pairs;
        for (std::size_t n : {std::size_t(3), std::size_t(9), std::size_t(40), std::size_t(250), std::size_t(401)}) {
            const AudioFingerprint base = randomPrint(n);
            pairs.emplace_back(base, randomPrint(n));
            pairs.emplace_back(base, AudioFingerprint{});
            for (double rate : {0.0, 0.02, 0.04, 0.05, 0.06, 0.08, 0.2})
                for (int shift : {0, 7, -13, 50, -50, 51})
                    pairs.emplace_back(base, noisyCopy(base, rate, shift));
        }
        int checked = 0;
        int similarAtTheUsualThreshold = 0;
        for (const auto& [a, b] : pairs) {
            const double exact = AudioFingerprint::similarity(a, b);
            std::vector<double> thresholds{-0.5, 0.0, 1e-9, 0.5, 0.8, 0.85, 0.9, 0.95, 1.0, 1.2};
            thresholds.push_back(exact);
            thresholds.push_back(std::nextafter(exact, 2.0));
            thresholds.push_back(std::nextafter(exact, -2.0));
            for (const double threshold : thresholds) {
                QCOMPARE(AudioFingerprint::isSimilar(a, b, threshold), exact >= threshold);
                QCOMPARE(AudioFingerprint::isSimilar(b, a, threshold), AudioFingerprint::similarity(b, a) >= threshold);
                ++checked;
            }
            similarAtTheUsualThreshold += exact >= 0.9 ? 1 : 0;
        }
        QVERIFY(checked > 2000);
        QVERIFY(similarAtTheUsualThreshold > 20);  // both answers occur
        QVERIFY(similarAtTheUsualThreshold < int(pairs.size()) - 20);
    }

    void alignmentIsLimitedToSmallOffsets()
    {
        // The first 1.5 s of a 4 s clip matches it at offset 0 (overlap is measured against the shorter print);
        // the last 1.5 s starts 2.5 s in, outside the +-0.5 s alignment search.
        const int rate = 16000;
        const std::vector<float> clip = speechLike(4.0, rate, 21);
        const AudioFingerprint full = AudioFingerprint::compute(makeAudio(clip, rate));
        const AudioFingerprint head = AudioFingerprint::compute(makeAudio(slice(clip, 0.0, 2.5, rate), rate));
        const AudioFingerprint tail = AudioFingerprint::compute(makeAudio(slice(clip, 2.5, 0.0, rate), rate));
        QVERIFY(AudioFingerprint::similarity(full, head) > 0.8);
        QVERIFY(AudioFingerprint::similarity(full, tail) < 0.5);
    }
};

QTEST_GUILESS_MAIN(TestAudioFingerprint)
#include "test_audio_fingerprint.moc"
