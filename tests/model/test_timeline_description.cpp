#include "TimelineColormap.h"
#include "TimelineDescription.h"
#include "TimelineFixture.h"
#include "TimelineLoader.h"
#include "TimelineSpectrogramTiles.h"
#include "TimelineThumbnails.h"
#include "signal/WaveformSummary.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestTimelineDescription : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    timeline_fixture::Recording m_rec;

    SampleDetails plainSample(bool withText) const
    {
        SampleDetails d;
        d.datasetRoot = m_dir.path();
        d.sample.id = QStringLiteral("p");
        d.sample.items = {Item{Modality::Image, QStringLiteral("plain/p.png"), {}},
                          Item{Modality::Audio, QStringLiteral("plain/p.wav"), {}}};
        if (withText)
            d.sample.items.push_back(Item{Modality::Text, {}, QStringLiteral("  a cat\non a mat ")});
        return d;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rec = timeline_fixture::writeRecording(m_dir.path());
        QDir(m_dir.path()).mkpath(QStringLiteral("plain"));
        QVERIFY(timeline_fixture::writeSine(m_dir.filePath(QStringLiteral("plain/p.wav")), 8000, 1.5, 1000, 0.5));
    }

    void recordingLanes()
    {
        const TimelineDescription d = TimelineDescription::fromDetails(m_rec.details);
        QStringList kinds;
        for (const TimelineLaneSpec& lane : d.lanes)
            kinds << lane.key;
        // Frames, text tiers, waveform + spectrogram of the audio stream (the audio item is the same file),
        // then sensors.
        QCOMPARE(kinds, (QStringList{QStringLiteral("frames:frames"), QStringLiteral("text:subtitles"),
                                     QStringLiteral("text:words"), QStringLiteral("wave:recordings/r1/audio.wav"),
                                     QStringLiteral("spec:recordings/r1/audio.wav"), QStringLiteral("sensor:imu")}));
        QCOMPARE(d.lanes[1].clock, ClockTransform::withOffset(m_rec.textOffset));
        QCOMPARE(d.lanes[1].segments.size(), std::size_t(2));
        QCOMPARE(d.lanes[5].channels, (QStringList{QStringLiteral("ax"), QStringLiteral("ay")}));
        QCOMPARE(d.lanes[4].title, QStringLiteral("audio spectrogram"));
        QCOMPARE(d.audioPath, QStringLiteral("recordings/r1/audio.wav"));
        QVERIFY(d.imagePath.isEmpty());  // frames show instead
        // Extent: 16 frames every 250 ms (the last lasts 250 ms) = 4 s; subtitles end at 2.5 + 0.25 s.
        QCOMPARE(d.extentStart(), Micros{0});
        QCOMPARE(d.extentEnd(), Micros{4'000'000});
        QVERIFY(!d.isEmpty());
    }

    void clockOffsetsMoveTheExtent()
    {
        SampleDetails details = m_rec.details;
        details.sample.streams[1].clock = ClockTransform::withOffset(Micros{-700'000});  // subtitles early
        details.sample.streams[4].clock = ClockTransform::linear(Micros{0}, 2.0);        // sensor at half speed
        const TimelineDescription d = TimelineDescription::fromDetails(details);
        QCOMPARE(d.extentStart(), Micros{-200'000});  // 0.5 s cue - 0.7 s
        QCOMPARE(d.extentEnd(), Micros{6'000'000});   // 3 s of sensor at scale 2
    }

    void plainSampleGetsACaptionSpanningTheClip()
    {
        TimelineDescription d = TimelineDescription::fromDetails(plainSample(true));
        QCOMPARE(d.lanes.size(), std::size_t(3));
        QCOMPARE(d.lanes[0].key, QStringLiteral("caption"));
        QVERIFY(d.lanes[0].caption);
        QCOMPARE(d.lanes[1].kind, TimelineLaneKind::Waveform);
        QCOMPARE(d.lanes[2].kind, TimelineLaneKind::Spectrogram);
        QCOMPARE(d.imagePath, QStringLiteral("plain/p.png"));
        QCOMPARE(d.audioPath, QStringLiteral("plain/p.wav"));
        QCOMPARE(d.captionInline, QStringLiteral("  a cat\non a mat "));
        // Until the audio is probed its length is unknown.
        QCOMPARE(d.extentEnd(), Micros{0});
        d.setSourceDuration(QStringLiteral("plain/p.wav"), Micros{1'500'000});
        QCOMPARE(d.extentEnd(), Micros{1'500'000});
        QCOMPARE(d.lanes[0].segments.front().start, Micros{0});
        QCOMPARE(d.lanes[0].segments.front().end, Micros{1'500'000});
        d.setCaptionText(QStringLiteral("a cat on a mat"));
        QCOMPARE(d.lanes[0].segments.front().text, QStringLiteral("a cat on a mat"));
    }

    void missingAudioAndTextTiersWin()
    {
        SampleDetails details = plainSample(false);
        details.sample.items[1].fileMissing = true;
        const TimelineDescription d = TimelineDescription::fromDetails(details);
        QVERIFY(d.isEmpty());  // no lanes, only the image beside them
        QCOMPARE(d.imagePath, QStringLiteral("plain/p.png"));

        // A recording with a transcript file and text tiers: the tiers are the text, no caption lane.
        SampleDetails rec = m_rec.details;
        rec.sample.items.push_back(Item{Modality::Text, QStringLiteral("recordings/r1/notes.txt"), {}});
        QCOMPARE(TimelineDescription::fromDetails(rec).laneIndex(QStringLiteral("caption")), -1);
    }

    void loaderReadsSensorsAudioAndCaption()
    {
        TimelineLoader loader;
        QSignalSpy finished(&loader, &TimelineLoader::finished);
        QSignalSpy caption(&loader, &TimelineLoader::captionReady);
        loader.load(TimelineDescription::fromDetails(m_rec.details));
        QVERIFY(loader.isLoading());
        QVERIFY(finished.wait(20000));
        QVERIFY(!loader.isLoading());
        const QString audio = QStringLiteral("recordings/r1/audio.wav");
        QCOMPARE(loader.audioInfo(audio).sampleRate, 16000);
        QCOMPARE(loader.audioInfo(audio).frames, qint64(48000));
        QVERIFY(loader.waveform(audio));
        QCOMPARE(loader.waveform(audio)->frames(), qint64(48000));
        const auto sensor = loader.sensor(QStringLiteral("recordings/r1/imu.csv"));
        QVERIFY(sensor);
        QCOMPARE(sensor->rows(), 301);
        QCOMPARE(sensor->times[25], Micros{250'000});
        QVERIFY(std::abs(sensor->values[25 * 2] - 1.0) < 1e-6);
        QCOMPARE(caption.count(), 0);

        // Inline caption of a plain sample, squeezed to one line.
        loader.load(TimelineDescription::fromDetails(plainSample(true)));
        QVERIFY(caption.wait(5000));
        QCOMPARE(caption.first().first().toString(), QStringLiteral("a cat on a mat"));
    }

    void loaderDropsStaleResults()
    {
        TimelineLoader loader;
        QSignalSpy sensors(&loader, &TimelineLoader::sensorReady);
        QSignalSpy finished(&loader, &TimelineLoader::finished);
        loader.load(TimelineDescription::fromDetails(m_rec.details));
        loader.load(TimelineDescription::fromDetails(plainSample(false)));  // the user moved on at once
        QVERIFY(finished.wait(20000));
        loader.waitForAll();
        QCoreApplication::processEvents();
        QCOMPARE(sensors.count(), 0);
        QVERIFY(!loader.sensor(QStringLiteral("recordings/r1/imu.csv")));
        QCOMPARE(loader.audioInfo(QStringLiteral("plain/p.wav")).sampleRate, 8000);
    }

    void loaderRefusesPathsOutsideTheDataset()
    {
        SampleDetails details = plainSample(false);
        details.sample.items[1].path = QStringLiteral("../../etc/passwd.wav");
        TimelineLoader loader;
        QSignalSpy finished(&loader, &TimelineLoader::finished);
        loader.load(TimelineDescription::fromDetails(details));
        QVERIFY(finished.wait(5000));
        QVERIFY(!loader.error(QStringLiteral("../../etc/passwd.wav")).isEmpty());
        QVERIFY(loader.absolutePath(QStringLiteral("../../etc/passwd.wav")).isEmpty());
    }

    void colormapRunsDarkToBright()
    {
        for (const auto kind :
             {TimelineColormap::Kind::Magma, TimelineColormap::Kind::Viridis, TimelineColormap::Kind::Gray}) {
            int last = -1;
            for (int i = 0; i <= 20; ++i) {
                const int gray = qGray(TimelineColormap::color(kind, i / 20.0));
                QVERIFY(gray >= last);
                last = gray;
            }
        }
        QCOMPARE(TimelineColormap::color(TimelineColormap::Kind::Magma, 0.0), qRgb(0, 0, 4));
        QCOMPARE(TimelineColormap::color(TimelineColormap::Kind::Viridis, 1.0), qRgb(253, 231, 37));
        // Index i of a table stands for a dB level: below the display floor it is the darkest colour.
        const QList<QRgb> table = TimelineColormap::table(TimelineColormap::Kind::Gray, -80, 0, -130, 10);
        QCOMPARE(table.size(), 256);
        QCOMPARE(table.first(), qRgb(0, 0, 0));
        QCOMPARE(table.last(), qRgb(255, 255, 255));
        QCOMPARE(qGray(table.at(static_cast<int>(std::lround(50.0 / 140.0 * 255)))), 0);  // -80 dB
    }

    void spectrogramTileHasTheTonesPeak()
    {
        // 1 kHz at 8 kHz: n_fft 256, bin spacing 31.25 Hz -> bin 32; 0 dB at full scale, so -6 dB at half.
        const QString path = m_dir.filePath(QStringLiteral("plain/p.wav"));
        const QImage tile = TimelineSpectrogramTiles::computeTile(path, 256, 64, false, 80, 8000, 10, 40);
        QCOMPARE(tile.width(), 40);
        QCOMPARE(tile.height(), 129);
        for (int x : {0, 20, 39}) {
            int best = 0;
            for (int y = 0; y < tile.height(); ++y)
                if (tile.pixelIndex(x, y) > tile.pixelIndex(x, best))
                    best = y;
            QCOMPARE(tile.height() - 1 - best, 32);
            const double db = TimelineSpectrogramTiles::kQuantFloorDb +
                              tile.pixelIndex(x, best) / 255.0 *
                                  (TimelineSpectrogramTiles::kQuantCeilDb - TimelineSpectrogramTiles::kQuantFloorDb);
            QVERIFY2(std::abs(db - (-6.02)) < 1.0, qPrintable(QString::number(db)));
        }
    }

    void tilesAtTheEdgesAndZoomedOut()
    {
        // Column 0 reflects samples before the start; hop 1024 > n_fft reads one window per column.
        const QString path = m_dir.filePath(QStringLiteral("plain/p.wav"));
        for (const qint64 hop : {qint64(64), qint64(1024)}) {
            const qint64 columns = 1 + 12000 / hop;
            const QImage tile = TimelineSpectrogramTiles::computeTile(path, 256, hop, false, 80, 8000, 0, int(columns));
            QCOMPARE(tile.width(), int(columns));
            for (int x : {1, int(columns) / 2, int(columns) - 2}) {
                int best = 0;
                for (int y = 0; y < tile.height(); ++y)
                    if (tile.pixelIndex(x, y) > tile.pixelIndex(x, best))
                        best = y;
                QCOMPARE(tile.height() - 1 - best, 32);
            }
        }
    }

    void unreadableAudioDoesNotKeepTilesPending()
    {
        TimelineSpectrogramTiles tiles;
        tiles.setSource(m_dir.filePath(QStringLiteral("plain/missing.wav")), 8000, 12000);
        QVERIFY(tiles.tile(0, 0).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(tiles.pendingCount(), 0, 10000);
        QVERIFY(tiles.tile(0, 0).isNull());  // not asked again: it would fail again
        QCOMPARE(tiles.pendingCount(), 0);
    }

    void tilesComputeInTheBackgroundAndStandInForLevels()
    {
        TimelineSpectrogramTiles tiles;
        tiles.setSource(m_dir.filePath(QStringLiteral("plain/p.wav")), 8000, 12000);
        QCOMPARE(tiles.nFft(), 256);
        QCOMPARE(tiles.baseHop(), 64);
        QCOMPARE(tiles.columnCount(0), qint64(1 + 12000 / 64));
        QCOMPARE(tiles.tileCount(0), qint64(1));
        QCOMPARE(tiles.levelFor(10.0), 0);
        QCOMPARE(tiles.levelFor(130.0), 1);  // hop 128 still fits in a pixel of 130 frames
        QSignalSpy ready(&tiles, &TimelineSpectrogramTiles::tileReady);
        QVERIFY(tiles.tile(0, 0).isNull());  // never computed on the caller's thread
        QVERIFY(ready.wait(10000));
        QVERIFY(!tiles.tile(0, 0).isNull());
        QVERIFY(tiles.tile(0, 5).isNull());  // past the end: nothing to compute
        QCOMPARE(tiles.pendingCount(), 0);
        // Rows: a mel view has as many as bands; row frequencies round-trip.
        tiles.setMel(true, 40);
        QCOMPARE(tiles.rows(), 40);
        QVERIFY(tiles.cachedTile(0, 0).isNull());  // a new scale drops the old tiles
        QVERIFY(std::abs(tiles.frequencyOfRow(tiles.rowOfFrequency(1234.0)) - 1234.0) < 1e-6);
    }

    void thumbnailsDecodeOnDemand()
    {
        TimelineThumbnails thumbnails;
        QStringList paths;
        for (const Frame& f : m_rec.details.sample.streams[0].frames)
            paths << m_dir.filePath(f.path);
        thumbnails.setFrames(paths, 24);
        QSignalSpy ready(&thumbnails, &TimelineThumbnails::thumbnailReady);
        QVERIFY(thumbnails.thumbnail(3).isNull());
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().first().toInt(), 3);
        const QImage image = thumbnails.thumbnail(3);
        QCOMPARE(image.size(), QSize(32, 24));
        QCOMPARE(thumbnails.thumbnailWidth(), 32);
        QVERIFY(thumbnails.thumbnail(99).isNull());
    }
};

QTEST_MAIN(TestTimelineDescription)
#include "test_timeline_description.moc"
