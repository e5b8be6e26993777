// AudioStreamReader: a range read is exactly the same slice of a whole-file AudioDecoder::decode (WAV and
// FLAC, mono and stereo, forwards, backwards and sequential), reads are clipped at the file's ends, the mono
// mix is the mean of the channels, and a missing file is an error that names it.
#include "SndfileWriter.h"
#include "media/AudioDecoder.h"
#include "media/AudioStreamReader.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace lockstep;

namespace {

// A deterministic, non-periodic test signal: every frame and channel differs, so an off-by-one read shows.
std::vector<float> testSignal(qint64 frames, int channels)
{
    std::vector<float> s(std::size_t(frames * channels));
    for (qint64 t = 0; t < frames; ++t)
        for (int c = 0; c < channels; ++c)
            s[std::size_t(t * channels + c)] =
                float(0.45 * std::sin(0.0123 * double(t) * (c + 1)) + 0.3 * std::sin(0.00071 * double(t * t % 99991)));
    return s;
}

}  // namespace

class TestAudioStreamReader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString& name, int format, int channels, qint64 frames)
    {
        const QString path = m_dir.filePath(name);
        const std::vector<float> samples = testSignal(frames, channels);
        if (!test::writeSndfile(path, format, 16000, channels, samples))
            return {};
        return path;
    }

private slots:
    void rangeEqualsDecodedSlice_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("channels");
        QTest::newRow("wav float mono") << QStringLiteral("a.wav") << int(SF_FORMAT_WAV | SF_FORMAT_FLOAT) << 1;
        QTest::newRow("wav pcm16 stereo") << QStringLiteral("b.wav") << int(SF_FORMAT_WAV | SF_FORMAT_PCM_16) << 2;
        QTest::newRow("flac mono") << QStringLiteral("c.flac") << int(SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 1;
        QTest::newRow("flac 3 channels") << QStringLiteral("d.flac") << int(SF_FORMAT_FLAC | SF_FORMAT_PCM_24) << 3;
    }
    void rangeEqualsDecodedSlice()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        QFETCH(int, channels);
        constexpr qint64 kFrames = 100'003;
        const QString path = write(name, format, channels, kFrames);
        QVERIFY(!path.isEmpty());
        const DecodedAudio whole = AudioDecoder::decode(path);
        QVERIFY2(whole.info.ok, qPrintable(whole.info.error));
        QCOMPARE(whole.info.frames, kFrames);

        AudioStreamReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.info().error));
        QCOMPARE(reader.info().frames, kFrames);
        QCOMPARE(reader.info().channels, channels);
        QCOMPARE(reader.info().sampleRate, 16000);
        // Backwards, forwards, overlapping and sequential ranges (the last two continue without a seek).
        const std::vector<std::pair<qint64, qint64>> ranges = {
            {90'000, 5'000}, {17, 1}, {0, 4096}, {4096, 4096}, {8192, 30'001}, {50'000, 50'003}, {1, 99'999}};
        std::vector<float> got;
        for (const auto& [first, count] : ranges) {
            QCOMPARE(reader.readInterleaved(first, count, &got), count);
            QCOMPARE(qint64(got.size()), count * channels);
            for (qint64 i = 0; i < count * channels; ++i)
                QVERIFY2(got[std::size_t(i)] == whole.samples[std::size_t(first * channels + i)],
                         qPrintable(QStringLiteral("range %1+%2, sample %3").arg(first).arg(count).arg(i)));
        }
    }

    void clippedAtTheEnds()
    {
        const QString path = write(QStringLiteral("clip.wav"), SF_FORMAT_WAV | SF_FORMAT_FLOAT, 2, 1000);
        const DecodedAudio whole = AudioDecoder::decode(path);
        AudioStreamReader reader;
        QVERIFY(reader.open(path));
        std::vector<float> got;
        QCOMPARE(reader.readInterleaved(990, 100, &got), qint64(10));
        QCOMPARE(got.size(), std::size_t(20));
        QCOMPARE(got.front(), whole.samples[1980]);
        QCOMPARE(got.back(), whole.samples[1999]);
        QCOMPARE(reader.readInterleaved(1000, 10, &got), qint64(0));
        QVERIFY(got.empty());
        QCOMPARE(reader.readInterleaved(5000, 10, &got), qint64(0));
        // A range starting before the file starts its data at frame 0.
        QCOMPARE(reader.readInterleaved(-5, 8, &got), qint64(3));
        QCOMPARE(got[0], whole.samples[0]);
        QCOMPARE(got[5], whole.samples[5]);
        QCOMPARE(reader.readInterleaved(0, 0, &got), qint64(0));
    }

    void monoMixIsTheMeanOfTheChannels()
    {
        const QString path = write(QStringLiteral("mix.flac"), SF_FORMAT_FLAC | SF_FORMAT_PCM_16, 3, 20'000);
        const DecodedAudio whole = AudioDecoder::decode(path);
        AudioStreamReader reader;
        QVERIFY(reader.open(path));
        std::vector<float> mono;
        QCOMPARE(reader.readMono(12'345, 7'000, &mono), qint64(7'000));
        for (qint64 t = 0; t < 7'000; ++t) {
            const float* f = whole.samples.data() + (12'345 + t) * 3;
            const double mean = (double(f[0]) + double(f[1]) + double(f[2])) / 3.0;
            QVERIFY2(std::abs(double(mono[std::size_t(t)]) - mean) < 1e-6, qPrintable(QString::number(t)));
        }
        // Mono files read the same through both calls.
        const QString monoPath = write(QStringLiteral("one.wav"), SF_FORMAT_WAV | SF_FORMAT_PCM_16, 1, 3000);
        AudioStreamReader one;
        QVERIFY(one.open(monoPath));
        std::vector<float> a;
        std::vector<float> b;
        QCOMPARE(one.readMono(100, 2000, &a), qint64(2000));
        QCOMPARE(one.readInterleaved(100, 2000, &b), qint64(2000));
        QCOMPARE(a, b);
    }

    void missingFileNamesIt()
    {
        AudioStreamReader reader;
        const QString path = m_dir.filePath(QStringLiteral("absent.wav"));
        QVERIFY(!reader.open(path));
        QVERIFY(!reader.info().ok);
        QVERIFY2(reader.info().error.contains(path), qPrintable(reader.info().error));
        std::vector<float> got{1.0f};
        QCOMPARE(reader.readInterleaved(0, 10, &got), qint64(0));
        QVERIFY(got.empty());
        QCOMPARE(reader.readMono(0, 10, &got), qint64(0));

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.wav"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF not really a wave file at all");
        f.close();
        QVERIFY(!reader.open(garbage));
        QVERIFY2(reader.info().error.contains(garbage), qPrintable(reader.info().error));
    }

    void movedReaderKeepsReading()
    {
        const QString path = write(QStringLiteral("move.wav"), SF_FORMAT_WAV | SF_FORMAT_FLOAT, 1, 500);
        AudioStreamReader a;
        QVERIFY(a.open(path));
        AudioStreamReader b = std::move(a);
        std::vector<float> got;
        QCOMPARE(b.readMono(0, 500, &got), qint64(500));
        QCOMPARE(b.info().frames, qint64(500));
    }
};

QTEST_GUILESS_MAIN(TestAudioStreamReader)
#include "test_audio_stream_reader.moc"
