// SpectrogramPipeline (the fused, threaded path the CLI uses) gives exactly what the separate stages give:
// Stft -> MelFilterbank -> amplitudeToDb -> mfccFromDb, for every combination of stages, in frame-major and in
// feature-major layout, with any thread count.
#include "signal/MelFilterbank.h"
#include "signal/SpectrogramPipeline.h"
#include "signal/Stft.h"

#include <QtTest>
#include <random>

using namespace lockstep;

namespace {

std::vector<float> noisyTone(qint64 n)
{
    std::mt19937 rng(8);
    std::normal_distribution<float> g(0.0f, 0.05f);
    std::vector<float> s(static_cast<std::size_t>(n));
    for (qint64 i = 0; i < n; ++i)
        s[std::size_t(i)] = 0.4f * float(std::sin(0.07 * double(i))) + g(rng);
    return s;
}

Spectrogram stages(const FeatureOptions& o, const std::vector<float>& s)
{
    Spectrogram out = Stft(o.stft).compute(s.data(), qint64(s.size()));
    if (o.mel)
        out = MelFilterbank(o.stft.nFft, *o.mel).apply(out);
    if (o.db.enabled)
        amplitudeToDb(&out, o.db);
    if (o.nMfcc > 0)
        out = mfccFromDb(out, o.nMfcc);
    return out;
}

}  // namespace

class TestSpectrogramPipeline : public QObject {
    Q_OBJECT
private slots:
    void equalsTheSeparateStages_data()
    {
        QTest::addColumn<bool>("mel");
        QTest::addColumn<bool>("db");
        QTest::addColumn<bool>("topDb");
        QTest::addColumn<int>("mfcc");
        QTest::newRow("spectrogram") << false << false << false << 0;
        QTest::newRow("spectrogram dB, top_db") << false << true << true << 0;
        QTest::newRow("mel") << true << false << false << 0;
        QTest::newRow("log-mel") << true << true << false << 0;
        QTest::newRow("log-mel, top_db") << true << true << true << 0;
        QTest::newRow("mfcc, top_db 80") << true << true << true << 13;
        QTest::newRow("mfcc, no top_db") << true << true << false << 20;
    }
    void equalsTheSeparateStages()
    {
        QFETCH(bool, mel);
        QFETCH(bool, db);
        QFETCH(bool, topDb);
        QFETCH(int, mfcc);
        FeatureOptions o;
        o.stft.hopLength = 160;
        if (mel) {
            MelOptions m;
            m.nMels = 40;
            o.mel = m;
        }
        o.db.enabled = db;
        if (topDb)
            o.db.topDb = 30.0;  // low enough that many values are clamped
        o.nMfcc = mfcc;
        const std::vector<float> s = noisyTone(160 * 1500 + 9);
        const Spectrogram expected = stages(o, s);
        const SpectrogramPipeline pipeline(o);
        QCOMPARE(pipeline.features(), expected.bins);
        QCOMPARE(pipeline.frameCount(qint64(s.size())), expected.frames);
        for (int threads : {1, 2, 3}) {
            const Spectrogram frameMajor = pipeline.compute(s.data(), qint64(s.size()), threads);
            QCOMPARE(frameMajor.frames, expected.frames);
            QVERIFY2(frameMajor.values == expected.values, qPrintable(QStringLiteral("%1 threads").arg(threads)));
            std::vector<float> featureMajor(expected.values.size());
            pipeline.compute(s.data(), qint64(s.size()), featureMajor.data(), expected.frames, 1, threads);
            for (qint64 t = 0; t < expected.frames; ++t)
                for (int f = 0; f < expected.bins; ++f)
                    QVERIFY(featureMajor[std::size_t(f * expected.frames + t)] == expected.frame(t)[f]);
        }
    }

    void mfccWithoutMelIsAProgrammerError()
    {
        FeatureOptions o;
        o.nMfcc = 13;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, SpectrogramPipeline{o});
    }
};

QTEST_GUILESS_MAIN(TestSpectrogramPipeline)
#include "test_spectrogram_pipeline.moc"
