// FileSpectrogram (threads each reading their own part of the file) equals SpectrogramPipeline on the whole
// decoded, mono-mixed signal, value for value, in feature-major layout: WAV and FLAC, stereo, one to three
// threads, every stage combination including MFCC with top_db (two passes). Unreadable and too-short files
// and cancellation are errors that name the file.
#include "SndfileWriter.h"
#include "media/AudioDecoder.h"
#include "progress/Progress.h"
#include "signal/FileSpectrogram.h"

#include <QTemporaryDir>
#include <QtTest>
#include <random>

using namespace lockstep;

namespace {

std::vector<float> stereoSignal(qint64 frames)
{
    std::mt19937 rng(4);
    std::normal_distribution<float> g(0.0f, 0.02f);
    std::vector<float> s(std::size_t(frames * 2));
    for (qint64 t = 0; t < frames; ++t) {
        s[std::size_t(2 * t)] = 0.5f * float(std::sin(0.05 * double(t))) + g(rng);
        s[std::size_t(2 * t + 1)] = 0.3f * float(std::sin(0.31 * double(t))) + g(rng);
    }
    return s;
}

}  // namespace

class TestFileSpectrogram : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void equalsThePipelineOnTheDecodedSignal_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("stage");  // 0 spectrogram, 1 log-mel, 2 log-mel top_db, 3 MFCC (top_db 80)
        QTest::addColumn<int>("threads");
        const int wav = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
        const int flac = SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
        QTest::newRow("wav spectrogram, 1 thread") << wav << 0 << 1;
        QTest::newRow("wav log-mel, 2 threads") << wav << 1 << 2;
        QTest::newRow("flac log-mel top_db, 3 threads") << flac << 2 << 3;
        QTest::newRow("flac mfcc, 2 threads") << flac << 3 << 2;
        QTest::newRow("wav mfcc, all cores") << wav << 3 << 0;
    }
    void equalsThePipelineOnTheDecodedSignal()
    {
        QFETCH(int, format);
        QFETCH(int, stage);
        QFETCH(int, threads);
        const QString path = m_dir.filePath(
            QStringLiteral("s%1.%2").arg(stage).arg(QLatin1String((format & SF_FORMAT_TYPEMASK) == SF_FORMAT_FLAC ? "flac" : "wav")));
        // 160 * 8000 samples: a length that is a multiple of the hop (the reflection edge case), many chunks.
        QVERIFY(test::writeSndfile(path, format, 16000, 2, stereoSignal(160 * 8000)));
        FeatureOptions o;
        o.stft.hopLength = 160;
        if (stage >= 1) {
            MelOptions m;
            m.nMels = 64;
            o.mel = m;
            o.db.enabled = true;
        }
        if (stage == 2)
            o.db.topDb = 40.0;
        if (stage == 3) {
            o.nMfcc = 20;
            o.db.topDb = 80.0;
        }
        const FileSpectrogramResult r = FileSpectrogram::compute(path, o, threads);
        QVERIFY2(r.ok, qPrintable(r.error));

        const DecodedAudio audio = AudioDecoder::decode(path);
        std::vector<float> mono(std::size_t(audio.info.frames));
        for (std::size_t t = 0; t < mono.size(); ++t)
            mono[t] = (audio.samples[2 * t] + audio.samples[2 * t + 1]) * 0.5f;
        if (o.mel)
            o.mel->sampleRate = 16000;
        const Spectrogram expected = SpectrogramPipeline(o).compute(mono.data(), qint64(mono.size()), 1);
        QCOMPARE(r.frames, expected.frames);
        QCOMPARE(r.features, expected.bins);
        QCOMPARE(r.info.sampleRate, 16000);
        for (qint64 t = 0; t < r.frames; ++t)
            for (int f = 0; f < r.features; ++f)
                QVERIFY2(r.values[std::size_t(f * r.frames + t)] == expected.frame(t)[f],
                         qPrintable(QStringLiteral("frame %1 feature %2").arg(t).arg(f)));
    }

    void errorsNameTheFile()
    {
        const QString absent = m_dir.filePath(QStringLiteral("absent.wav"));
        const FileSpectrogramResult missing = FileSpectrogram::compute(absent, FeatureOptions{});
        QVERIFY(!missing.ok);
        QVERIFY2(missing.error.contains(absent), qPrintable(missing.error));

        const QString empty = m_dir.filePath(QStringLiteral("empty.wav"));
        QVERIFY(test::writeSndfile(empty, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 1, std::vector<float>{}));
        const FileSpectrogramResult tooShort = FileSpectrogram::compute(empty, FeatureOptions{});
        QVERIFY(!tooShort.ok);
        QVERIFY2(tooShort.error.contains(empty) && tooShort.error.contains(QStringLiteral("too short")),
                 qPrintable(tooShort.error));

        const QString path = m_dir.filePath(QStringLiteral("cancel.wav"));
        QVERIFY(test::writeSndfile(path, SF_FORMAT_WAV | SF_FORMAT_PCM_16, 16000, 2, stereoSignal(100'000)));
        NullProgress progress;
        progress.cancel();
        const FileSpectrogramResult cancelled = FileSpectrogram::compute(path, FeatureOptions{}, 2, &progress);
        QVERIFY(!cancelled.ok);
        QVERIFY2(cancelled.error.contains(QStringLiteral("cancelled")), qPrintable(cancelled.error));
    }
};

QTEST_GUILESS_MAIN(TestFileSpectrogram)
#include "test_file_spectrogram.moc"
