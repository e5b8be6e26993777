// WaveformSummary: every block of every level equals a direct min/max/RMS over the raw samples it covers
// (min/max exactly, RMS to float rounding), the level sizes and count follow 64 * 4^L, range() merges blocks
// into the statistics of the frames they cover, levelFor() picks the coarsest level no wider than a pixel, and
// the streaming fromFile() gives exactly fromSamples() of the decoded file.
#include "SndfileWriter.h"
#include "media/AudioDecoder.h"
#include "progress/Progress.h"
#include "signal/WaveformSummary.h"

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>

using namespace lockstep;

namespace {

std::vector<float> noise(qint64 frames, int channels, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    std::vector<float> s(std::size_t(frames * channels));
    for (float& v : s)
        v = u(rng) * 0.8f;
    return s;
}

// min/max/RMS of channel c over frames [first, last), computed directly.
WaveformBlock direct(const std::vector<float>& s, int channels, int c, qint64 first, qint64 last)
{
    WaveformBlock b{s[std::size_t(first * channels + c)], s[std::size_t(first * channels + c)], 0.0f};
    double sum = 0.0;
    for (qint64 t = first; t < last; ++t) {
        const float v = s[std::size_t(t * channels + c)];
        b.min = std::min(b.min, v);
        b.max = std::max(b.max, v);
        sum += double(v) * double(v);
    }
    b.rms = float(std::sqrt(sum / double(last - first)));
    return b;
}

bool sameBlock(const WaveformBlock& a, const WaveformBlock& b)
{
    return a.min == b.min && a.max == b.max && std::abs(a.rms - b.rms) <= 1e-6f * std::max(1.0f, b.rms);
}

}  // namespace

class TestWaveformSummary : public QObject {
    Q_OBJECT
private slots:
    void everyBlockMatchesTheRawSamples_data()
    {
        QTest::addColumn<qint64>("frames");
        QTest::addColumn<int>("channels");
        QTest::newRow("one partial block") << qint64(10) << 1;
        QTest::newRow("exact levels") << qint64(64 * 4 * 4 * 4 * 4) << 1;
        QTest::newRow("ragged stereo") << qint64(123'457) << 2;
        QTest::newRow("ragged 3 channels") << qint64(70'001) << 3;
    }
    void everyBlockMatchesTheRawSamples()
    {
        QFETCH(qint64, frames);
        QFETCH(int, channels);
        const std::vector<float> s = noise(frames, channels, 7);
        const WaveformSummary w = WaveformSummary::fromSamples(s.data(), frames, channels, 16000);
        QVERIFY(w.ok());
        QCOMPARE(w.frames(), frames);
        QCOMPARE(w.channels(), channels);
        QCOMPARE(w.sampleRate(), 16000);
        QVERIFY(w.levelCount() >= 1);
        for (int level = 0; level < w.levelCount(); ++level) {
            const qint64 size = w.blockFrames(level);
            QCOMPARE(size, qint64(64) << (2 * level));
            for (int c = 0; c < channels; ++c) {
                const std::vector<WaveformBlock>& blocks = w.blocks(level, c);
                QCOMPARE(qint64(blocks.size()), (frames + size - 1) / size);
                for (qint64 b = 0; b < qint64(blocks.size()); ++b) {
                    const WaveformBlock expected = direct(s, channels, c, b * size, std::min(frames, (b + 1) * size));
                    QVERIFY2(sameBlock(blocks[std::size_t(b)], expected),
                             qPrintable(QStringLiteral("level %1 channel %2 block %3").arg(level).arg(c).arg(b)));
                }
            }
        }
        // The coarsest level has at most a few blocks; the one before it more.
        const qint64 last = qint64(w.blocks(w.levelCount() - 1, 0).size());
        QVERIFY(last <= 4);
        if (w.levelCount() > 1)
            QVERIFY(w.blocks(w.levelCount() - 2, 0).size() > 4);
    }

    void knownLevelsOfASquareWave()
    {
        // +0.5 for 100 frames, -0.25 for 100 frames, repeated: RMS over a whole period is sqrt((0.25+0.0625)/2).
        std::vector<float> s(64 * 4 * 4 * 25);
        for (std::size_t i = 0; i < s.size(); ++i)
            s[i] = (i / 100) % 2 == 0 ? 0.5f : -0.25f;
        const WaveformSummary w = WaveformSummary::fromSamples(s.data(), qint64(s.size()), 1, 8000);
        QCOMPARE(w.levelCount(), 5);  // 400, 100, 25, 7 and 2 blocks: the last is the first with at most 4
        // 19,200 frames: 300 whole blocks of level 0 and 96 whole periods.
        const WaveformBlock all = w.range(0, 0, 19'200, 0);
        QCOMPARE(all.min, -0.25f);
        QCOMPARE(all.max, 0.5f);
        QVERIFY(std::abs(all.rms - float(std::sqrt((0.25 + 0.0625) / 2.0))) < 1e-6f);
        QCOMPARE(w.blocks(0, 0)[0].min, 0.5f);  // frames 0..63: all +0.5
        QCOMPARE(w.blocks(0, 0)[1].min, -0.25f);
    }

    void rangeMergesBlocks_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::newRow("level 0 aligned") << 0 << qint64(640) << qint64(6400);
        QTest::newRow("level 1 aligned") << 1 << qint64(256) << qint64(256 * 37);
        QTest::newRow("level 2 to the end") << 2 << qint64(1024 * 3) << qint64(50'000);
        QTest::newRow("whole file at level 3") << 3 << qint64(0) << qint64(50'000);
    }
    void rangeMergesBlocks()
    {
        QFETCH(int, level);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const std::vector<float> s = noise(50'000, 2, 11);
        const WaveformSummary w = WaveformSummary::fromSamples(s.data(), 50'000, 2, 16000);
        for (int c = 0; c < 2; ++c)
            QVERIFY(sameBlock(w.range(c, first, last, level), direct(s, 2, c, first, last)));
    }

    void unalignedRangeCoversTheTouchedBlocks()
    {
        const std::vector<float> s = noise(10'000, 1, 3);
        const WaveformSummary w = WaveformSummary::fromSamples(s.data(), 10'000, 1, 16000);
        // Frames 100..300 at level 0 touch blocks 1..4, i.e. frames 64..320.
        QVERIFY(sameBlock(w.range(0, 100, 300, 0), direct(s, 1, 0, 64, 320)));
        // Clipped to the file; empty and invalid ranges give an empty block.
        QVERIFY(sameBlock(w.range(0, -50, 20'000, 0), direct(s, 1, 0, 0, 10'000)));
        const WaveformBlock empty = w.range(0, 500, 500, 0);
        QCOMPARE(empty.max, 0.0f);
        QCOMPARE(w.range(5, 0, 100, 0).rms, 0.0f);
    }

    void levelForPicksTheCoarsestLevelNoWiderThanAPixel()
    {
        const std::vector<float> s = noise(64 * 4 * 4 * 4 * 4 * 4, 1, 5);
        const WaveformSummary w = WaveformSummary::fromSamples(s.data(), qint64(s.size()), 1, 16000);
        QCOMPARE(w.levelCount(), 5);
        QCOMPARE(w.levelFor(1.0), 0);
        QCOMPARE(w.levelFor(64.0), 0);
        QCOMPARE(w.levelFor(255.9), 0);
        QCOMPARE(w.levelFor(256.0), 1);
        QCOMPARE(w.levelFor(4095.0), 2);
        QCOMPARE(w.levelFor(5000.0), 3);
        QCOMPARE(w.levelFor(16384.0), 4);
        QCOMPARE(w.levelFor(1e12), 4);
    }

    void fromFileEqualsFromSamples_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("channels");
        QTest::newRow("wav float stereo, many chunks")
            << QStringLiteral("a.wav") << int(SF_FORMAT_WAV | SF_FORMAT_FLOAT) << 2;
        QTest::newRow("flac mono") << QStringLiteral("b.flac") << int(SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 1;
    }
    void fromFileEqualsFromSamples()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        QFETCH(int, channels);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(test::writeSndfile(path, format, 22050, channels, noise(300'001, channels, 9)));
        const DecodedAudio decoded = AudioDecoder::decode(path);
        QVERIFY(decoded.info.ok);
        const WaveformSummary expected =
            WaveformSummary::fromSamples(decoded.samples.data(), decoded.info.frames, channels, 22050);
        const WaveformSummary streamed = WaveformSummary::fromFile(path);
        QVERIFY2(streamed.ok(), qPrintable(streamed.error()));
        QCOMPARE(streamed.frames(), expected.frames());
        QCOMPARE(streamed.sampleRate(), 22050);
        QCOMPARE(streamed.levelCount(), expected.levelCount());
        for (int level = 0; level < expected.levelCount(); ++level)
            for (int c = 0; c < channels; ++c) {
                const auto& a = streamed.blocks(level, c);
                const auto& b = expected.blocks(level, c);
                QCOMPARE(a.size(), b.size());
                for (std::size_t i = 0; i < a.size(); ++i)
                    QVERIFY(a[i].min == b[i].min && a[i].max == b[i].max && a[i].rms == b[i].rms);
            }
    }

    void cancelledAndMissingFilesGiveEmptySummaries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.wav"));
        QVERIFY(test::writeSndfile(path, SF_FORMAT_WAV | SF_FORMAT_FLOAT, 16000, 1, noise(200'000, 1, 1)));
        NullProgress progress;
        progress.cancel();
        const WaveformSummary cancelled = WaveformSummary::fromFile(path, &progress);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.levelCount(), 0);

        const QString absent = dir.filePath(QStringLiteral("absent.flac"));
        const WaveformSummary missing = WaveformSummary::fromFile(absent);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(absent), qPrintable(missing.error()));
    }
};

QTEST_GUILESS_MAIN(TestWaveformSummary)
#include "test_waveform_summary.moc"
