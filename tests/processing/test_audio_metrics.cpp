// AudioMetricsCalculator: known answers (sine levels, hard clipping counted analytically, silence, DC,
// band-limited noise), the pcmHash across containers, and a reference run against numpy + soundfile that
// re-implements every definition (including NeMo SDE's bandwidth) independently in Python.
#include "media/AudioDecoder.h"

#include "DecodedAudioFixture.h"
#include "SndfileWriter.h"
#include "quality/AudioMetrics.h"
#include "signal/RealFft.h"

#include <sndfile.h>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <complex>
#include <random>
#include <stdexcept>

using namespace lockstep;

namespace {

using fixture::makeAudio;

std::vector<float> sine(int rate, double seconds, double freq, double amplitude)
{
    std::vector<float> out(static_cast<std::size_t>(std::llround(rate * seconds)));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = float(amplitude * std::sin(2.0 * M_PI * freq * double(i) / rate));
    return out;
}

std::vector<float> whiteNoise(std::size_t count, double amplitude, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    std::vector<float> out(count);
    for (float& v : out)
        v = float(amplitude * u(rng));
    return out;
}

// Windowed-sinc (Blackman) low-pass FIR, `taps` odd, applied with "same" alignment.
std::vector<float> lowPass(const std::vector<float>& x, double cutoffHz, int rate, int taps)
{
    std::vector<double> h(static_cast<std::size_t>(taps));
    const int mid = taps / 2;
    const double fc = cutoffHz / rate;
    for (int i = 0; i < taps; ++i) {
        const int n = i - mid;
        const double sinc = n == 0 ? 2.0 * fc : std::sin(2.0 * M_PI * fc * n) / (M_PI * n);
        const double w =
            0.42 - 0.5 * std::cos(2.0 * M_PI * i / (taps - 1)) + 0.08 * std::cos(4.0 * M_PI * i / (taps - 1));
        h[std::size_t(i)] = sinc * w;
    }
    std::vector<float> y(x.size(), 0.0f);
    for (std::size_t n = 0; n < x.size(); ++n) {
        double acc = 0.0;
        for (int i = 0; i < taps; ++i) {
            const qint64 j = qint64(n) + mid - i;
            if (j >= 0 && j < qint64(x.size()))
                acc += h[std::size_t(i)] * x[std::size_t(j)];
        }
        y[n] = float(acc);
    }
    return y;
}

// 50 ms raised-cosine fade-in and fade-out.
std::vector<float> faded(std::vector<float> x, int rate)
{
    const std::size_t fade = std::min(x.size() / 2, std::size_t(rate) / 20);
    for (std::size_t i = 0; i < fade; ++i) {
        const float g = float(0.5 - 0.5 * std::cos(M_PI * double(i) / double(fade)));
        x[i] *= g;
        x[x.size() - 1 - i] *= g;
    }
    return x;
}

short toPcm16(double v)
{
    return short(std::clamp<long>(std::lround(v * 32767.0), -32768, 32767));
}

// Every definition re-implemented with numpy; the bandwidth follows NeMo SDE's eval_bandwidth with numpy's rfft
// (librosa >= 0.10 stft: center=True, zero padding; scipy's periodic "blackmanharris"; power_to_db ref=max).
const char* kReferenceScript = R"py(
import json, sys
import numpy as np, soundfile as sf, scipy.signal
out = {}
for path in sys.argv[1:]:
    x, sr = sf.read(path, dtype='float32', always_2d=True)
    x64 = x.astype(np.float64)
    peak = float(np.max(np.abs(x64)))
    mono = x64.mean(axis=1)
    fl = int(np.floor(sr * 10 / 1000 + 0.5))
    nf = len(mono) // fl
    frames = mono[:nf * fl].reshape(nf, fl)
    silence = float(np.mean(np.sqrt(np.mean(frames ** 2, axis=1)) < 10 ** (-40 / 20)))
    full = np.abs(x) >= np.float32(32767 / 32768 - 1e-6)
    clipped = 0
    for c in range(x.shape[1]):
        edges = np.diff(np.concatenate(([0], full[:, c].astype(np.int8), [0])))
        runs = np.nonzero(edges == -1)[0] - np.nonzero(edges == 1)[0]
        clipped += int(runs[runs >= 3].sum())
    y = x.mean(axis=1, dtype=np.float64).astype(np.float32).astype(np.float64)
    n_fft = 512
    hop = int(sr * 0.01)
    yp = np.pad(y, n_fft // 2)
    count = 1 + (len(yp) - n_fft) // hop
    stft = np.fft.rfft(np.stack([yp[t * hop:t * hop + n_fft] for t in range(count)]) *
                       scipy.signal.get_window('blackmanharris', n_fft), axis=1)
    spectrum = np.mean(np.abs(stft) ** 2, axis=0)
    db = 10 * np.log10(np.maximum(1e-10, spectrum)) - 10 * np.log10(max(1e-10, spectrum.max()))
    db = np.maximum(db, db.max() - 100)
    above = np.nonzero(db > -50)[0]
    out[path] = {"peak_db": 20 * np.log10(peak), "rms_db": 10 * np.log10(np.mean(x64 ** 2)),
                 "dc": float(mono.mean()), "silence": silence, "clipped": clipped,
                 "bandwidth": float(above[-1] / n_fft * sr) if len(above) else 0.0}
print(json.dumps(out))
)py";

}  // namespace

class TestAudioMetrics : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private slots:
    void realFft()
    {
        // 3 cos(2 pi 2 t / 16) + 1: DC 16, bin 2 = 3 * 16 / 2 = 24, nothing else; unnormalised like numpy's rfft.
        RealFft fft(16);
        QCOMPARE(fft.bins(), 9);
        std::vector<float> x(16);
        for (int t = 0; t < 16; ++t)
            x[std::size_t(t)] = float(3.0 * std::cos(2.0 * M_PI * 2.0 * t / 16.0) + 1.0);
        std::vector<std::complex<float>> spectrum(9);
        fft.transform(x.data(), spectrum.data());
        std::vector<float> power(9);
        fft.power(x.data(), power.data());
        for (int k = 0; k < 9; ++k) {
            const double expected = k == 0 ? 16.0 : k == 2 ? 24.0 : 0.0;
            QVERIFY(std::abs(spectrum[std::size_t(k)].real() - expected) < 1e-4);
            QVERIFY(std::abs(spectrum[std::size_t(k)].imag()) < 1e-4);
            QVERIFY(std::abs(power[std::size_t(k)] - expected * expected) < 1e-2);
        }
        RealFft moved = std::move(fft);
        QCOMPARE(moved.size(), 16);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RealFft(15));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, RealFft(0));
    }

    void sineLevels()
    {
        // 1 kHz at 16 kHz: 16 samples a period, the crest sample is exactly 0.5.
        const AudioMetrics m = AudioMetricsCalculator::compute(makeAudio(sine(16000, 1.0, 1000.0, 0.5), 16000));
        QCOMPARE(m.sampleRate, 16000);
        QCOMPARE(m.channels, 1);
        QCOMPARE(m.frames, qint64(16000));
        QCOMPARE(m.durationSeconds, 1.0);
        QVERIFY2(std::abs(m.peakDbfs - (-6.0206)) < 1e-3, qPrintable(QString::number(m.peakDbfs)));
        QVERIFY2(std::abs(m.rmsDbfs - (-9.0309)) < 1e-3, qPrintable(QString::number(m.rmsDbfs)));
        QCOMPARE(m.clippedSamples, qint64(0));
        QCOMPARE(m.silenceRatio, 0.0);
        QVERIFY(std::abs(m.dcOffset) < 1e-6);
        QCOMPARE(m.pcmHash.size(), 16);
    }

    // A 100 Hz sine at 1.5x full scale, hard-clipped in 16-bit PCM. |1.5 sin(theta)| >= 1 for theta in
    // [asin(2/3), pi - asin(2/3)] and its mirror: per half period, the integers n in [lo, hi] with
    // lo = asin(2/3) * 160 / (2 pi) ~ 18.6 and hi = 80 - lo ~ 61.4, i.e. 43 samples, all in one run.
    void hardClippedSine()
    {
        const int rate = 16000;
        const int period = 160;
        std::vector<short> pcm(static_cast<std::size_t>(rate));
        for (std::size_t i = 0; i < pcm.size(); ++i)
            pcm[i] = toPcm16(1.5 * std::sin(2.0 * M_PI * double(i) / period));
        const QString path = m_tmp.filePath(QStringLiteral("clipped.wav"));
        QVERIFY(test::writeSndfile(path, SF_FORMAT_WAV | SF_FORMAT_PCM_16, rate, 1, pcm));
        const DecodedAudio audio = AudioDecoder::decode(path);
        QVERIFY2(audio.info.ok, qPrintable(audio.info.error));

        const double lo = std::asin(2.0 / 3.0) * period / (2.0 * M_PI);
        const double hi = period / 2.0 - lo;
        const qint64 perHalf = qint64(std::floor(hi)) - qint64(std::ceil(lo)) + 1;
        QCOMPARE(perHalf, qint64(43));
        const qint64 expected = perHalf * 2 * (rate / period);

        const AudioMetrics m = AudioMetricsCalculator::compute(audio);
        QCOMPARE(m.clippedSamples, expected);
        QCOMPARE(m.clippingRatio, double(expected) / rate);
        QCOMPARE(m.peakDbfs, 0.0);  // -32768 decodes to exactly -1.0
    }

    void clipRuns_data()
    {
        QTest::addColumn<std::vector<float>>("samples");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<qint64>("clipped");
        const float fs = 32767.0f / 32768.0f;
        QTest::newRow("two in a row is not clipping") << std::vector<float>{0.f, fs, fs, 0.f, -1.f, -1.f, 0.f} << 1
                                                      << QStringLiteral("Signed 16 bit PCM") << qint64(0);
        QTest::newRow("three in a row") << std::vector<float>{0.f, fs, -1.f, fs, 0.f} << 1
                                        << QStringLiteral("Signed 16 bit PCM") << qint64(3);
        QTest::newRow("runs of 3 and 5") << std::vector<float>{fs, fs, fs, 0.5f, -1.f, -1.f, -1.f, -1.f, -1.f} << 1
                                         << QStringLiteral("Signed 16 bit PCM") << qint64(8);
        QTest::newRow("run at the very end")
            << std::vector<float>{0.f, 0.f, 1.f, 1.f, 1.f, 1.f} << 1 << QStringLiteral("32 bit float") << qint64(4);
        QTest::newRow("just below full scale")
            << std::vector<float>{32766.f / 32768.f, 32766.f / 32768.f, 32766.f / 32768.f} << 1
            << QStringLiteral("Signed 16 bit PCM") << qint64(0);
        QTest::newRow("float overs") << std::vector<float>{1.2f, 1.5f, -1.1f, 0.f} << 1
                                     << QStringLiteral("32 bit float") << qint64(3);
        // Interleaved L R: L is full scale in frames 0-1, R in frame 2; 3 consecutive values but runs of 2 and 1.
        QTest::newRow("runs are per channel") << std::vector<float>{1.f, 0.f, 1.f, 0.f, 0.f, 1.f, 0.f, 0.f} << 2
                                              << QStringLiteral("32 bit float") << qint64(0);
        QTest::newRow("stereo run in one channel") << std::vector<float>{1.f, 0.f, 1.f, 0.f, 1.f, 1.f, 0.f, 1.f} << 2
                                                   << QStringLiteral("32 bit float") << qint64(3);
        QTest::newRow("8-bit full scale") << std::vector<float>{127.f / 128.f, 127.f / 128.f, 127.f / 128.f, 0.f} << 1
                                          << QStringLiteral("Unsigned 8 bit PCM") << qint64(3);
        const float ulaw = 32124.f / 32768.f;  // what libsndfile decodes u-law's largest code to
        QTest::newRow("u-law full scale")
            << std::vector<float>{ulaw, -ulaw, ulaw} << 1 << QStringLiteral("U-Law") << qint64(3);
        QTest::newRow("u-law ceiling is not clipping in 16-bit PCM")
            << std::vector<float>{ulaw, -ulaw, ulaw} << 1 << QStringLiteral("Signed 16 bit PCM") << qint64(0);
        const float alaw = 32256.f / 32768.f;
        QTest::newRow("A-law full scale")
            << std::vector<float>{alaw, alaw, -alaw} << 1 << QStringLiteral("A-Law") << qint64(3);
    }
    void clipRuns()
    {
        QFETCH(std::vector<float>, samples);
        QFETCH(int, channels);
        QFETCH(QString, encoding);
        QFETCH(qint64, clipped);
        const qint64 total = qint64(samples.size());
        const AudioMetrics m = AudioMetricsCalculator::compute(makeAudio(samples, 8000, channels, encoding));
        QCOMPARE(m.clippedSamples, clipped);
        QCOMPARE(m.clippingRatio, double(clipped) / double(total));
    }

    void minClipRunOption()
    {
        const std::vector<float> x{1.f, 1.f, 0.f, 1.f, 0.f};
        AudioMetricOptions options;
        options.minClipRun = 1;
        QCOMPARE(AudioMetricsCalculator::compute(makeAudio(x, 8000), options).clippedSamples, qint64(3));
        options.minClipRun = 2;
        QCOMPARE(AudioMetricsCalculator::compute(makeAudio(x, 8000), options).clippedSamples, qint64(2));
    }

    void eightBitFileClips()
    {
        // 8-bit PCM tops out at 127/128: a driven-in sine must still count as clipped.
        std::vector<float> x = sine(8000, 0.5, 100.0, 1.5);
        for (float& v : x)
            v = std::clamp(v, -1.0f, 1.0f);
        const QString path = m_tmp.filePath(QStringLiteral("u8.wav"));
        QVERIFY(test::writeSndfile(path, SF_FORMAT_WAV | SF_FORMAT_PCM_U8, 8000, 1, x));
        const DecodedAudio audio = AudioDecoder::decode(path);
        QVERIFY2(audio.info.ok, qPrintable(audio.info.error));
        QCOMPARE(audio.info.encoding, QStringLiteral("Unsigned 8 bit PCM"));
        const AudioMetrics m = AudioMetricsCalculator::compute(audio);
        // 80 samples a period; per half period the n with |1.5 sin| >= 1 (as above: lo ~ 9.3, hi ~ 30.7): 21.
        QCOMPARE(m.clippedSamples, qint64(21 * 2 * 50));
    }

    void digitalSilence()
    {
        const AudioMetrics m = AudioMetricsCalculator::compute(makeAudio(std::vector<float>(32000, 0.0f), 16000));
        QCOMPARE(m.silenceRatio, 1.0);
        QCOMPARE(m.peakDbfs, AudioMetrics::kFloorDb);
        QCOMPARE(m.rmsDbfs, AudioMetrics::kFloorDb);
        QCOMPARE(m.clippedSamples, qint64(0));
        QCOMPARE(m.dcOffset, 0.0);
        QCOMPARE(m.bandwidthHz, 0.0);
    }

    void emptyAndInvalid()
    {
        const AudioMetrics empty = AudioMetricsCalculator::compute(makeAudio({}, 16000));
        QCOMPARE(empty.frames, qint64(0));
        QCOMPARE(empty.silenceRatio, 1.0);
        QCOMPARE(empty.peakDbfs, AudioMetrics::kFloorDb);
        QCOMPARE(empty.bandwidthHz, 0.0);
        QCOMPARE(empty.pcmHash.size(), 16);
        const AudioMetrics invalid = AudioMetricsCalculator::compute(makeAudio({0.5f, 0.5f}, 0));
        QCOMPARE(invalid.sampleRate, 0);
        QVERIFY(invalid.pcmHash.isEmpty());
        // Shorter than one 10 ms frame: the whole clip is one frame.
        QCOMPARE(AudioMetricsCalculator::compute(makeAudio(std::vector<float>(50, 0.5f), 16000)).silenceRatio, 0.0);
    }

    void halfSilence_data()
    {
        QTest::addColumn<double>("silentSeconds");
        QTest::newRow("on a frame boundary") << 1.0;
        QTest::newRow("mid-frame") << 0.9955;
    }
    void halfSilence()
    {
        QFETCH(double, silentSeconds);
        const int rate = 16000;
        std::vector<float> x(static_cast<std::size_t>(std::llround(silentSeconds * rate)), 0.0f);
        const std::vector<float> tone = sine(rate, 2.0 - silentSeconds, 440.0, 0.5);
        x.insert(x.end(), tone.begin(), tone.end());
        const AudioMetrics m = AudioMetricsCalculator::compute(makeAudio(x, rate));
        const double oneFrame = 1.0 / 200.0;
        QVERIFY2(std::abs(m.silenceRatio - 0.5) <= oneFrame + 1e-12, qPrintable(QString::number(m.silenceRatio)));
    }

    void silenceThresholdOption()
    {
        // A -50 dBFS RMS tone is silence at -40 dB, sound at -60 dB.
        const double amplitude = std::pow(10.0, -50.0 / 20.0) * std::sqrt(2.0);
        const DecodedAudio audio = makeAudio(sine(16000, 1.0, 1000.0, amplitude), 16000);
        QCOMPARE(AudioMetricsCalculator::compute(audio).silenceRatio, 1.0);
        AudioMetricOptions options;
        options.silenceThresholdDb = -60.0;
        QCOMPARE(AudioMetricsCalculator::compute(audio, options).silenceRatio, 0.0);
    }

    void dcOffset()
    {
        std::vector<float> x = sine(16000, 1.0, 1000.0, 0.3);
        for (float& v : x)
            v += 0.1f;
        QVERIFY(std::abs(AudioMetricsCalculator::compute(makeAudio(x, 16000)).dcOffset - 0.1) < 1e-6);
        // Stereo: the mean of the mono mix.
        std::vector<float> stereo;
        for (float v : x) {
            stereo.push_back(v);
            stereo.push_back(v - 0.2f);
        }
        QVERIFY(std::abs(AudioMetricsCalculator::compute(makeAudio(stereo, 16000, 2)).dcOffset - 0.0) < 1e-6);
    }

    void bandwidthOfNoise()
    {
        const int rate = 16000;
        const std::vector<float> noise = whiteNoise(std::size_t(rate) * 2, 0.5, 7);
        const AudioMetrics white = AudioMetricsCalculator::compute(makeAudio(noise, rate));
        QVERIFY2(white.bandwidthHz >= 7900.0 && white.bandwidthHz <= 8000.0,
                 qPrintable(QString::number(white.bandwidthHz)));
        // Faded in and out: with center=True the first and last frames see the clip's edges, and an abrupt start
        // at full level splatters energy over all bins (SDE's definition has the same property).
        const AudioMetrics low =
            AudioMetricsCalculator::compute(makeAudio(faded(lowPass(noise, 1000.0, rate, 401), rate), rate));
        QVERIFY2(std::abs(low.bandwidthHz - 1000.0) <= 250.0, qPrintable(QString::number(low.bandwidthHz)));
        // The answer is a bin frequency: k * rate / n_fft.
        QCOMPARE(std::fmod(low.bandwidthHz, 31.25), 0.0);
        // A pure tone: its bin plus the Blackman-Harris main lobe.
        const AudioMetrics tone =
            AudioMetricsCalculator::compute(makeAudio(faded(sine(rate, 1.0, 2000.0, 0.5), rate), rate));
        QVERIFY2(tone.bandwidthHz > 2000.0 && tone.bandwidthHz <= 2000.0 + 5 * 31.25,
                 qPrintable(QString::number(tone.bandwidthHz)));
        AudioMetricOptions off;
        off.bandwidthNfft = 0;
        QCOMPARE(AudioMetricsCalculator::compute(makeAudio(noise, rate), off).bandwidthHz, 0.0);
    }

    void pcmHashAcrossContainers()
    {
        std::vector<short> pcm(24000);
        const std::vector<float> noise = whiteNoise(pcm.size(), 0.4, 3);
        for (std::size_t i = 0; i < pcm.size(); ++i)
            pcm[i] = toPcm16(noise[i]);
        const QString wav = m_tmp.filePath(QStringLiteral("same.wav"));
        const QString flac = m_tmp.filePath(QStringLiteral("same.flac"));
        const QString other = m_tmp.filePath(QStringLiteral("other.wav"));
        const QString otherRate = m_tmp.filePath(QStringLiteral("rate.wav"));
        QVERIFY(test::writeSndfile(wav, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, pcm));
        QVERIFY(test::writeSndfile(flac, SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 16000, 1, pcm));
        QVERIFY(test::writeSndfile(otherRate, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 22050, 1, pcm));
        pcm[12345] = short(pcm[12345] + 1);
        QVERIFY(test::writeSndfile(other, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, pcm));

        const QByteArray hWav = AudioMetricsCalculator::compute(AudioDecoder::decode(wav)).pcmHash;
        const QByteArray hFlac = AudioMetricsCalculator::compute(AudioDecoder::decode(flac)).pcmHash;
        QCOMPARE(hWav.size(), 16);
        QCOMPARE(hWav, hFlac);
        QVERIFY(hWav != AudioMetricsCalculator::compute(AudioDecoder::decode(other)).pcmHash);
        QVERIFY(hWav != AudioMetricsCalculator::compute(AudioDecoder::decode(otherRate)).pcmHash);
        // The same samples as mono or as 2-channel audio are different PCM.
        const DecodedAudio decoded = AudioDecoder::decode(wav);
        QVERIFY(hWav != AudioMetricsCalculator::compute(makeAudio(decoded.samples, 16000, 2)).pcmHash);
    }

    void toListNames()
    {
        const AudioMetrics m = AudioMetricsCalculator::compute(makeAudio(sine(16000, 0.5, 440.0, 0.25), 16000));
        const QList<QPair<QString, double>> list = m.toList();
        QStringList names;
        for (const auto& [name, value] : list)
            names << name;
        QCOMPARE(names, QStringList({QStringLiteral("audio.sample_rate"), QStringLiteral("audio.channels"),
                                     QStringLiteral("audio.duration_s"), QStringLiteral("audio.peak_dbfs"),
                                     QStringLiteral("audio.rms_dbfs"), QStringLiteral("audio.clipped_samples"),
                                     QStringLiteral("audio.clipping_ratio"), QStringLiteral("audio.silence_ratio"),
                                     QStringLiteral("audio.dc_offset"), QStringLiteral("audio.bandwidth_hz")}));
        QCOMPARE(list[0].second, 16000.0);
        QCOMPARE(list[2].second, 0.5);
        QCOMPARE(list[3].second, m.peakDbfs);
        QCOMPARE(list[9].second, m.bandwidthHz);
    }

    void agreesWithNumpy()
    {
        QStringList files;
        auto add = [&](const QString& name, int format, int rate, int channels, const std::vector<float>& x) {
            const QString path = m_tmp.filePath(name);
            if (test::writeSndfile(path, format, rate, channels, x))
                files << path;
        };
        // Speech-like mono 16 kHz: tone bursts and noise with silent gaps, some low-level noise.
        {
            std::vector<float> x = whiteNoise(40000, 0.002, 11);
            const std::vector<float> burst = lowPass(whiteNoise(6000, 0.6, 12), 3000.0, 16000, 101);
            for (std::size_t i = 0; i < burst.size(); ++i) {
                x[5000 + i] += burst[i];
                x[22000 + i] += float(0.4 * std::sin(2.0 * M_PI * 300.0 * double(i) / 16000.0));
            }
            add(QStringLiteral("speechy.wav"), SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, x);
        }
        // Stereo 44.1 kHz: left a hard-clipped sine with DC, right band-limited noise.
        {
            const std::vector<float> left = sine(44100, 1.3, 220.0, 1.4);
            const std::vector<float> right = lowPass(whiteNoise(left.size(), 0.3, 13), 5000.0, 44100, 101);
            std::vector<float> x;
            for (std::size_t i = 0; i < left.size(); ++i) {
                x.push_back(std::clamp(left[i] + 0.05f, -1.0f, 1.0f));
                x.push_back(right[i]);
            }
            add(QStringLiteral("stereo.wav"), SF_FORMAT_WAV | SF_FORMAT_PCM_16, 44100, 2, x);
        }
        // Float WAV at 8 kHz with overs (|x| > 1) and a quiet tail.
        {
            std::vector<float> x = sine(8000, 1.0, 500.0, 1.25);
            const std::vector<float> quiet = whiteNoise(7000, 0.001, 14);
            x.insert(x.end(), quiet.begin(), quiet.end());
            add(QStringLiteral("float.wav"), SF_FORMAT_WAV | SF_FORMAT_FLOAT, 8000, 1, x);
        }
        // 24-bit 22.05 kHz chirp (rate * 10 ms = 220.5: rounding of the silence frame must agree).
        {
            std::vector<float> x(std::size_t(22050 * 1.5));
            for (std::size_t i = 0; i < x.size(); ++i) {
                const double t = double(i) / 22050.0;
                x[i] = float(0.7 * std::sin(2.0 * M_PI * (200.0 * t + 1500.0 * t * t)));
            }
            add(QStringLiteral("chirp.wav"), SF_FORMAT_WAV | SF_FORMAT_PCM_24, 22050, 1, x);
        }
        // Low-passed noise in FLAC.
        add(QStringLiteral("lowpass.flac"), SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 16000, 1,
            lowPass(whiteNoise(20000, 0.5, 15), 1000.0, 16000, 401));
        QCOMPARE(files.size(), 5);

        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     QStringList{QStringLiteral("-c"), QString::fromUtf8(kReferenceScript)} + files);
        QVERIFY2(python.waitForFinished(120000), "python3 did not finish");
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject reference = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(reference.size(), files.size());

        for (const QString& path : files) {
            const QJsonObject ref = reference.value(path).toObject();
            const DecodedAudio audio = AudioDecoder::decode(path);
            QVERIFY2(audio.info.ok, qPrintable(audio.info.error));
            const AudioMetrics m = AudioMetricsCalculator::compute(audio);
            const QString what = QFileInfo(path).fileName();
            const struct {
                const char* key;
                double ours;
                double tolerance;
            } checks[] = {{"peak_db", m.peakDbfs, 1e-4},
                          {"rms_db", m.rmsDbfs, 1e-4},
                          {"dc", m.dcOffset, 1e-6},
                          {"silence", m.silenceRatio, 0.0},
                          {"clipped", double(m.clippedSamples), 0.0},
                          {"bandwidth", m.bandwidthHz, 0.0}};
            for (const auto& check : checks) {
                const double theirs = ref.value(QLatin1String(check.key)).toDouble();
                QVERIFY2(qAbs(check.ours - theirs) <= check.tolerance,
                         qPrintable(QStringLiteral("%1 %2: ours %3, numpy %4")
                                        .arg(what, QLatin1String(check.key))
                                        .arg(check.ours, 0, 'g', 12)
                                        .arg(theirs, 0, 'g', 12)));
            }
        }
        // The fixtures exercise what they claim to.
        const AudioMetrics stereo = AudioMetricsCalculator::compute(AudioDecoder::decode(files[1]));
        QVERIFY(stereo.clippedSamples > 1000);
        const AudioMetrics floatFile = AudioMetricsCalculator::compute(AudioDecoder::decode(files[2]));
        QVERIFY(floatFile.clippedSamples > 1000);
        QVERIFY(floatFile.peakDbfs > 1.9);
        QVERIFY(AudioMetricsCalculator::compute(AudioDecoder::decode(files[0])).silenceRatio > 0.3);
    }
};

QTEST_GUILESS_MAIN(TestAudioMetrics)
#include "test_audio_metrics.moc"
