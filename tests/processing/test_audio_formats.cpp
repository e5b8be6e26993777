// Every audio format Lockstep promises (WAV variants, FLAC, OGG/Vorbis, Opus, MP3) decodes to the signal
// that was written: files are written with libsndfile itself, then read back through AudioDecoder.
#include "media/AudioDecoder.h"

#include "SndfileWriter.h"

#include <sndfile.h>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace lockstep;

namespace {

std::vector<float> tone(int rate, double seconds, double freq, double amplitude, int channels)
{
    const auto frames = static_cast<std::size_t>(rate * seconds);
    std::vector<float> out(frames * std::size_t(channels));
    for (std::size_t i = 0; i < frames; ++i)
        for (int c = 0; c < channels; ++c)
            out[i * std::size_t(channels) + std::size_t(c)] =
                float(amplitude * std::sin(2.0 * M_PI * freq * (c + 1) * double(i) / rate));
    return out;
}

double rms(const std::vector<float>& x)
{
    double sum = 0;
    for (float v : x)
        sum += double(v) * v;
    return x.empty() ? 0 : std::sqrt(sum / double(x.size()));
}

}  // namespace

class TestAudioFormats : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<bool>("lossless");
        QTest::addColumn<QString>("container");
        QTest::newRow("wav pcm16") << "a.wav" << (SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 16000 << 1 << true << "WAV";
        QTest::newRow("wav pcm24 stereo")
            << "b.wav" << (SF_FORMAT_WAV | SF_FORMAT_PCM_24) << 44100 << 2 << true << "WAV";
        QTest::newRow("wav float") << "c.wav" << (SF_FORMAT_WAV | SF_FORMAT_FLOAT) << 22050 << 1 << true << "WAV";
        QTest::newRow("wav u8") << "d.wav" << (SF_FORMAT_WAV | SF_FORMAT_PCM_U8) << 8000 << 1 << true << "WAV";
        QTest::newRow("flac") << "e.flac" << (SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 16000 << 1 << true << "FLAC";
        QTest::newRow("ogg vorbis") << "f.ogg" << (SF_FORMAT_OGG | SF_FORMAT_VORBIS) << 44100 << 2 << false << "OGG";
        QTest::newRow("opus") << "g.opus" << (SF_FORMAT_OGG | SF_FORMAT_OPUS) << 48000 << 1 << false << "OGG";
        QTest::newRow("mp3") << "h.mp3" << (SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III) << 44100 << 1 << false << "MP3";
    }
    void roundTrip()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(bool, lossless);
        QFETCH(QString, container);
        const QString path = m_tmp.filePath(file);
        const std::vector<float> written = tone(rate, 1.0, 440.0, 0.5, channels);
        QVERIFY2(test::writeSndfile(path, format, rate, channels, written), "libsndfile cannot write this format here");

        const AudioInfo probe = AudioDecoder::probe(path);
        QVERIFY2(probe.ok, qPrintable(probe.error));
        QCOMPARE(probe.sampleRate, rate);
        QCOMPARE(probe.channels, channels);
        QVERIFY2(probe.container.startsWith(container), qPrintable(probe.container));

        const DecodedAudio decoded = AudioDecoder::decode(path);
        QVERIFY2(decoded.info.ok, qPrintable(decoded.info.error));
        QCOMPARE(decoded.info.channels, channels);
        if (lossless) {
            QCOMPARE(decoded.samples.size(), written.size());
            double maxError = 0;
            for (std::size_t i = 0; i < written.size(); ++i)
                maxError = std::max(maxError, double(std::abs(decoded.samples[i] - written[i])));
            QVERIFY2(maxError < 1.0 / 100.0, qPrintable(QString::number(maxError)));  // 8-bit is the coarsest
            QCOMPARE(decoded.info.duration.count(), qint64(1'000'000));
        } else {
            // Lossy codecs add priming/padding; the length is close and the level is kept.
            QVERIFY(std::abs(double(decoded.info.frames) - rate) < 0.1 * rate);
            QVERIFY(std::abs(rms(decoded.samples) - rms(written)) < 0.05);
        }
    }

    // The decoder reads into a buffer of the declared frame count and then past it (MP3 and some damaged files
    // declare an approximate count): every sample libsndfile yields up to the end of the file is there, in order.
    void decodesEverySampleUpToTheEnd_data() { roundTrip_data(); }
    void decodesEverySampleUpToTheEnd()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, rate);
        QFETCH(int, channels);
        const QString path = m_tmp.filePath(QStringLiteral("all-") + file);
        QVERIFY2(test::writeSndfile(path, format, rate, channels, tone(rate, 1.3, 330.0, 0.4, channels)),
                 "libsndfile cannot write this format here");
        std::vector<float> expected;
        {
            SF_INFO info{};
            SNDFILE* f = sf_open(QFile::encodeName(path).constData(), SFM_READ, &info);
            QVERIFY(f != nullptr);
            std::vector<float> chunk(std::size_t(997 * channels));  // odd chunks: no alignment with the decoder's
            for (sf_count_t got; (got = sf_readf_float(f, chunk.data(), 997)) > 0;)
                expected.insert(expected.end(), chunk.begin(), chunk.begin() + got * channels);
            sf_close(f);
        }
        const DecodedAudio decoded = AudioDecoder::decode(path);
        QVERIFY2(decoded.info.ok, qPrintable(decoded.info.error));
        QCOMPARE(decoded.samples.size(), expected.size());
        QVERIFY(decoded.samples == expected);
        QCOMPARE(decoded.info.frames, qint64(expected.size()) / channels);
    }

    void truncatedFileStillDecodesWhatIsThere()
    {
        const QString path = m_tmp.filePath(QStringLiteral("cut.wav"));
        QVERIFY(test::writeSndfile(path, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 8000, 1, tone(8000, 1.0, 300, 0.5, 1)));
        QFile f(path);
        QVERIFY(f.resize(44 + 2 * 4000));  // half the data: the header still claims all of it
        const DecodedAudio decoded = AudioDecoder::decode(path);
        QVERIFY2(decoded.info.ok, qPrintable(decoded.info.error));
        QCOMPARE(decoded.info.frames, qint64(4000));
    }
};

QTEST_GUILESS_MAIN(TestAudioFormats)
#include "test_audio_formats.moc"
