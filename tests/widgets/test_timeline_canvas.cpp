#include "TimelineCanvas.h"
#include "TimelineFixture.h"
#include "TimelineFramesLane.h"
#include "TimelineImagePane.h"
#include "TimelineLoader.h"
#include "TimelinePanel.h"
#include "TimelinePlayer.h"
#include "TimelineSegmentsLane.h"
#include "TimelineSensorLane.h"
#include "TimelineSpectrogramLane.h"
#include "TimelineWaveformLane.h"

#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace lockstep;

namespace {

// The canvas is 1000 plot pixels wide and the fixture's extent is 0..4 s: 4 ms per pixel.
constexpr int kWidth = TimelineCanvas::kHeaderWidth + 1000;

int xOf(const TimelineCanvas& canvas, Micros reference)
{
    return TimelineCanvas::kHeaderWidth + static_cast<int>(std::lround(canvas.mapping().xForTime(reference)));
}

bool near(QRgb a, QRgb b, int tolerance = 6)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
           std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

}  // namespace

class TestTimelineCanvas : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    timeline_fixture::Recording m_rec;

    // A panel showing the fixture recording with everything loaded.
    std::unique_ptr<TimelinePanel> loadedPanel()
    {
        auto panel = std::make_unique<TimelinePanel>();
        panel->resize(kWidth + 240 + 40, 900);
        panel->show();
        QSignalSpy loaded(panel.get(), &TimelinePanel::loaded);
        panel->showSample(m_rec.details);
        if (!loaded.wait(20000) && loaded.isEmpty())
            return nullptr;
        // Exactly 1000 plot pixels, whatever the splitter made of it.
        panel->canvas()->setFixedWidth(kWidth);
        QCoreApplication::processEvents();
        panel->canvas()->fit();
        return panel;
    }

    template <typename Lane>
    static Lane* findLane(TimelineCanvas* canvas, const QString& key, int* index = nullptr)
    {
        const int i = canvas->indexOfLane(key);
        if (index)
            *index = i;
        return i < 0 ? nullptr : dynamic_cast<Lane*>(canvas->lane(i));
    }

    // Paints until no thumbnail or tile is pending, then grabs. Up to 30 s: under a parallel test run the tile
    // workers can take many times longer than alone, and a grab before they finish checks the wrong pixels.
    static QImage settledGrab(TimelinePanel* panel)
    {
        for (int round = 0; round < 1200; ++round) {
            panel->canvas()->repaint();
            if (!panel->isBusy())
                break;
            QTest::qWait(25);
        }
        panel->canvas()->repaint();
        return panel->canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

private slots:
    void initTestCase()
    {
        // The lane layout is kept in QSettings: a settings file of this test's own, emptied before each test.
        // In this run's own folder: the same test started at once elsewhere (another checkout, a second
        // stress loop) must not clear or rewrite the layout it saves and reads back.
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_timeline_canvas"));
        m_rec = timeline_fixture::writeRecording(m_dir.path());
    }

    void init() { QSettings().clear(); }

    void describesEveryStreamAsALane()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        QStringList keys;
        for (int i = 0; i < canvas->laneCount(); ++i)
            keys << canvas->lane(i)->key();
        QCOMPARE(keys, (QStringList{QStringLiteral("frames:frames"), QStringLiteral("text:subtitles"),
                                    QStringLiteral("text:words"), QStringLiteral("regions"),
                                    QStringLiteral("wave:recordings/r1/audio.wav"),
                                    QStringLiteral("spec:recordings/r1/audio.wav"), QStringLiteral("sensor:imu")}));
        QCOMPARE(canvas->mapping().extentStart(), Micros{0});
        QCOMPARE(canvas->mapping().extentEnd(), Micros{4'000'000});
        QCOMPARE(canvas->mapping().microsPerPixel(), 4000.0);
        QVERIFY(panel->imagePane()->isVisible());
    }

    void segmentBlocksSitAtTheirTimesThroughTheClock()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        int index = -1;
        auto* lane = findLane<TimelineSegmentsLane>(canvas, QStringLiteral("text:subtitles"), &index);
        QVERIFY(lane);
        canvas->setPlayhead(Micros{3'900'000}, false);  // out of the way
        const QImage image = settledGrab(panel.get());
        const QRect area = canvas->lanePlotRect(index);
        const int y = area.top() + 6;  // inside the block's border, above the label
        const QRgb base = canvas->palette().color(QPalette::Base).rgb();
        // Cue 1 is 0.5-1.0 s on its own clock, 0.75-1.25 s on the sample's: x 187.5 .. 312.5.
        const Micros start = m_rec.textOffset + Micros{500'000};
        const Micros end = m_rec.textOffset + Micros{1'000'000};
        QCOMPARE(xOf(*canvas, start), TimelineCanvas::kHeaderWidth + 188);
        QVERIFY(near(image.pixel(xOf(*canvas, start) - 3, y), base));
        QVERIFY(!near(image.pixel(xOf(*canvas, start) + 3, y), base));
        QVERIFY(!near(image.pixel(xOf(*canvas, end) - 3, y), base));
        QVERIFY(near(image.pixel(xOf(*canvas, end) + 3, y), base));
        // Between the cues: the lane's background.
        QVERIFY(near(image.pixel(xOf(*canvas, Micros{1'500'000}), y), base));
        const QRectF block = lane->blockRect(0, area, canvas->paintContext());
        QCOMPARE(std::lround(block.left()), std::lround(TimelineCanvas::kHeaderWidth + 187.5));
        QCOMPARE(std::lround(block.right()), std::lround(TimelineCanvas::kHeaderWidth + 312.5));
    }

    void currentSegmentIsHighlighted()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        int index = -1;
        auto* lane = findLane<TimelineSegmentsLane>(canvas, QStringLiteral("text:subtitles"), &index);
        QVERIFY(lane);
        const QRect area = canvas->lanePlotRect(index);
        const int y = area.top() + 6;
        const int x = xOf(*canvas, Micros{1'000'000});  // inside cue 1
        canvas->setPlayhead(Micros{3'900'000}, false);
        const QRgb normal = settledGrab(panel.get()).pixel(x, y);
        canvas->setPlayhead(Micros{900'000}, false);  // 0.9 s: inside cue 1 on the sample's clock
        QCOMPARE(lane->segmentAt(canvas->playhead()), 0);
        const QRgb current = settledGrab(panel.get()).pixel(x, y);
        QVERIFY(!near(normal, current, 10));
        // The highlight is stronger: further from the background.
        const int baseGray = qGray(canvas->palette().color(QPalette::Base).rgb());
        QVERIFY(std::abs(qGray(current) - baseGray) > std::abs(qGray(normal) - baseGray));
    }

    void playheadFollowsASeekOnTheRuler()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        QSignalSpy seeks(canvas, &TimelineCanvas::seekRequested);
        // A click on the ruler at plot x 375 seeks to 1.5 s.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(TimelineCanvas::kHeaderWidth + 375, 10));
        QCOMPARE(seeks.count(), 1);
        QCOMPARE(canvas->playhead(), Micros{1'500'000});
        const QImage image = settledGrab(panel.get());
        // The playhead is the one column of its colour across every lane.
        int index = -1;
        QVERIFY(findLane<TimelineWaveformLane>(canvas, QStringLiteral("wave:recordings/r1/audio.wav"), &index));
        const int y = canvas->lanePlotRect(index).top() + 3;
        const QRgb playhead = image.pixel(TimelineCanvas::kHeaderWidth + 375, y);
        QVERIFY2(qRed(playhead) > 180 && qGreen(playhead) < 130, qPrintable(QColor(playhead).name()));
        QVERIFY(!near(image.pixel(TimelineCanvas::kHeaderWidth + 371, y), playhead, 30));
        QVERIFY(!near(image.pixel(TimelineCanvas::kHeaderWidth + 379, y), playhead, 30));
        // The panel seeks the player too (the time label shows it).
        QCOMPARE(panel->player()->position(), Micros{1'500'000});
    }

    void spectrogramPeakRowIsTheTonesFrequency_data()
    {
        QTest::addColumn<bool>("mel");
        QTest::newRow("linear") << false;
        QTest::newRow("mel") << true;
    }

    void spectrogramPeakRowIsTheTonesFrequency()
    {
        QFETCH(bool, mel);
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        int index = -1;
        auto* lane = findLane<TimelineSpectrogramLane>(canvas, QStringLiteral("spec:recordings/r1/audio.wav"), &index);
        QVERIFY(lane);
        lane->tiles()->setMel(mel, 80);
        lane->setHeight(200);
        canvas->setPlayhead(Micros{3'900'000}, false);
        const QImage image = settledGrab(panel.get());
        QCOMPARE(lane->tiles()->pendingCount(), 0);
        const QRect area = canvas->lanePlotRect(index);
        const double expected = lane->yOfFrequency(m_rec.toneHz, area);
        // Columns well inside the tone (1 s and 2 s) and clear of the axis labels.
        for (const Micros t : {Micros{1'000'000}, Micros{2'000'000}}) {
            const int x = xOf(*canvas, t);
            int best = -1;
            int bestGray = -1;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                const int gray = qGray(image.pixel(x, y));
                if (gray > bestGray) {
                    bestGray = gray;
                    best = y;
                }
            }
            QVERIFY2(
                std::abs(best - expected) <= 2.0,
                qPrintable(
                    QStringLiteral("peak at y %1, %2 Hz expected at y %3").arg(best).arg(m_rec.toneHz).arg(expected)));
            QVERIFY(bestGray > 200);  // a half-scale tone is near the top of the range: bright
            QVERIFY(std::abs(lane->frequencyAtY(best, area) - m_rec.toneHz) < m_rec.toneHz * 0.06);
        }
        // After the audio ends (3 s .. 4 s) there is no tone: the floor colour.
        const int after = xOf(*canvas, Micros{3'600'000});
        QVERIFY(qGray(image.pixel(after, static_cast<int>(expected))) < 40);
    }

    void waveformShowsTheToneWhereTheAudioIs()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        int index = -1;
        auto* lane = findLane<TimelineWaveformLane>(canvas, QStringLiteral("wave:recordings/r1/audio.wav"), &index);
        QVERIFY(lane && lane->summary());
        canvas->setPlayhead(Micros{3'900'000}, false);
        const QImage image = settledGrab(panel.get());
        const QRect area = canvas->lanePlotRect(index);
        const QRgb base = canvas->palette().color(QPalette::Base).rgb();
        // A half-scale tone is drawn 1.9 times louder, to 95 % of the lane's half height.
        QVERIFY(std::abs(lane->displayGain() - 1.9) < 0.01);
        const int mid = area.top() + area.height() / 2;
        const int quarter = static_cast<int>(std::lround(0.5 * lane->displayGain() * (area.height() / 2.0 - 2.0)));
        const int x = xOf(*canvas, Micros{1'000'000});
        QVERIFY(!near(image.pixel(x, mid - quarter + 2), base));
        QVERIFY(near(image.pixel(x, mid - quarter - 3), base));
        // Past the end of the file: only the centre line.
        const int after = xOf(*canvas, Micros{3'500'000});
        QVERIFY(near(image.pixel(after, mid - 4), base));
    }

    void sensorLaneReadsOutValuesThroughItsClock()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        int index = -1;
        auto* lane = findLane<TimelineSensorLane>(canvas, QStringLiteral("sensor:imu"), &index);
        QVERIFY(lane && lane->series());
        QCOMPARE(lane->series()->rows(), 301);
        const QRect area = canvas->lanePlotRect(index);
        // Reference 0.35 s is sensor time 0.25 s: ax = sin(pi / 2) = 1, ay = 2.
        const QPoint at(xOf(*canvas, Micros{350'000}), area.center().y());
        QCOMPARE(lane->hoverText(at, area, canvas->paintContext()), QStringLiteral("ax 1  ay 2"));
        canvas->setPlayhead(Micros{3'900'000}, false);
        const QImage image = settledGrab(panel.get());
        // ay = 2 is a flat line in the second channel's colour.
        const QColor ay = TimelineSensorLane::channelColor(1, canvas->paintContext().dark);
        QVERIFY(lane->sharesOneAxis());  // ax in [-1, 1] and ay = 2 read well on one axis
        const int y = static_cast<int>(std::lround(lane->yOfValue(1, 2.0, area)));
        bool found = false;
        for (int dy = -1; dy <= 1 && !found; ++dy)
            found = near(image.pixel(xOf(*canvas, Micros{1'500'000}), y + dy), ay.rgb(), 40);
        QVERIFY(found);
    }

    void frameStripLevelOfDetail()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        auto* lane = findLane<TimelineFramesLane>(canvas, QStringLiteral("frames:frames"));
        QVERIFY(lane);
        settledGrab(panel.get());
        // Fitted: 250 ms is 62.5 px, a thumbnail ~75 px wide: not every frame has room.
        const std::size_t fitted = lane->drawnFrames().size();
        QVERIFY2(fitted < 16 && fitted >= 6, qPrintable(QString::number(fitted)));
        canvas->zoomBy(0.25, 0);  // 1 s over 1000 px: every frame there is drawn
        settledGrab(panel.get());
        QCOMPARE(lane->drawnFrames(), (std::vector<int>{0, 1, 2, 3, 4}));
        QCOMPARE(lane->frameAt(Micros{600'000}), 2);
        // The current frame shows large beside the lanes.
        QTRY_VERIFY_WITH_TIMEOUT(!panel->imagePane()->image().isNull(), 10000);
        QVERIFY2(panel->imagePane()->caption().contains(QStringLiteral("frame 1 of 16")),
                 qPrintable(panel->imagePane()->caption()));
        canvas->setPlayhead(Micros{600'000}, false);
        emit canvas->seekRequested(Micros{600'000});
        QTRY_VERIFY_WITH_TIMEOUT(panel->imagePane()->caption().contains(QStringLiteral("frame 3 of 16")), 10000);
    }

    void zoomPanAndSelectWithMouseAndKeys()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        const int x = TimelineCanvas::kHeaderWidth + 500;
        const int y = canvas->lanePlotRect(1).center().y();
        const Micros under = canvas->mapping().timeAtX(500);
        QWheelEvent zoom(QPointF(x, y), canvas->mapToGlobal(QPointF(x, y)), QPoint(), QPoint(0, 240), Qt::NoButton,
                         Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(canvas, &zoom);
        QVERIFY(canvas->mapping().microsPerPixel() < 4000.0);
        QVERIFY(std::abs((canvas->mapping().timeAtX(500) - under).count()) <= 4);

        // Drag pans: 100 px to the left shows later times.
        const Micros before = canvas->mapping().visibleStart();
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(x, y));
        QTest::mouseMove(canvas, QPoint(x - 50, y));
        QTest::mouseMove(canvas, QPoint(x - 100, y));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(x - 100, y));
        const double mpp = canvas->mapping().microsPerPixel();
        QVERIFY(std::abs(static_cast<double>((canvas->mapping().visibleStart() - before).count()) - 100 * mpp) <= mpp);
        // The scroll bar follows the view.
        QCOMPARE(panel->horizontalBar()->value(), static_cast<int>(canvas->mapping().visibleStart().count() / 10));

        // Shift+drag selects.
        QTest::keyClick(canvas, Qt::Key_0);
        QVERIFY(canvas->mapping().isFit());
        QTest::mousePress(canvas, Qt::LeftButton, Qt::ShiftModifier, QPoint(TimelineCanvas::kHeaderWidth + 250, y));
        QTest::mouseMove(canvas, QPoint(TimelineCanvas::kHeaderWidth + 400, y));
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::ShiftModifier, QPoint(TimelineCanvas::kHeaderWidth + 500, y));
        QVERIFY(canvas->hasSelection());
        QCOMPARE(canvas->selection().first, Micros{1'000'000});
        QCOMPARE(canvas->selection().second, Micros{1'600'000});
        QSignalSpy play(canvas, &TimelineCanvas::playRangeRequested);
        QTest::keyClick(canvas, Qt::Key_Space, Qt::ShiftModifier);
        QCOMPARE(play.count(), 1);
        QCOMPARE(play.first().at(0).value<Micros>(), Micros{1'000'000});

        // + and - zoom about the playhead.
        QTest::keyClick(canvas, Qt::Key_Plus);
        QVERIFY(!canvas->mapping().isFit());
        QTest::keyClick(canvas, Qt::Key_Minus);
        QVERIFY(canvas->mapping().isFit());
    }

    void lanesHideMoveAndResize()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        const int words = canvas->indexOfLane(QStringLiteral("text:words"));
        const QRect wordsRect = canvas->lanePlotRect(words);
        const int subtitlesHeight = canvas->lanePlotRect(words - 1).height();
        canvas->setLaneVisible(words - 1, false);  // hide the subtitles above it
        QVERIFY(canvas->lanePlotRect(words - 1).isNull());
        QCOMPARE(canvas->lanePlotRect(words).top(), wordsRect.top() - subtitlesHeight - TimelineCanvas::kLaneGap);
        canvas->setLaneVisible(words - 1, true);
        canvas->moveLane(words, 0);
        QCOMPARE(canvas->lane(0)->key(), QStringLiteral("text:words"));
        QCOMPARE(canvas->lanePlotRect(0).top(), TimelineCanvas::kRulerHeight);

        // Dragging a header's lower edge resizes the lane.
        const QRect header = canvas->laneHeaderRect(0);
        const int height = header.height();
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(40, header.bottom() + 1));
        QTest::mouseMove(canvas, QPoint(40, header.bottom() + 31));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(40, header.bottom() + 31));
        QCOMPARE(canvas->lane(0)->height(), height + 30);
    }

    void headerTooltipNamesTheWholeLane()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        const int words = canvas->indexOfLane(QStringLiteral("text:words"));
        canvas->lane(words)->setHeight(12);  // too low for a second line: the header keeps only the tier
        canvas->update();
        const QRect header = canvas->laneHeaderRect(words);
        QHelpEvent inHeader(QEvent::ToolTip, header.center(), canvas->mapToGlobal(header.center()));
        QCoreApplication::sendEvent(canvas, &inHeader);
        QTRY_COMPARE(QToolTip::text(), canvas->lane(words)->title());
        QHelpEvent inPlot(QEvent::ToolTip, QPoint(TimelineCanvas::kHeaderWidth + 50, header.center().y()),
                          canvas->mapToGlobal(QPoint(TimelineCanvas::kHeaderWidth + 50, header.center().y())));
        QCoreApplication::sendEvent(canvas, &inPlot);
        QTRY_VERIFY(QToolTip::text().isEmpty() || !QToolTip::isVisible());
    }

    void laneLayoutCarriesOverToTheNextSample()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        canvas->setLaneVisible(canvas->indexOfLane(QStringLiteral("spec:recordings/r1/audio.wav")), false);
        canvas->lane(canvas->indexOfLane(QStringLiteral("sensor:imu")))->setHeight(150);
        canvas->moveLane(canvas->indexOfLane(QStringLiteral("sensor:imu")), 0);
        SampleDetails next = m_rec.details;
        next.sample.id = QStringLiteral("r2");
        QSignalSpy loaded(panel.get(), &TimelinePanel::loaded);
        panel->showSample(next);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(canvas->lane(0)->key(), QStringLiteral("sensor:imu"));
        QCOMPARE(canvas->lane(0)->height(), 150);
        QVERIFY(!canvas->lane(canvas->indexOfLane(QStringLiteral("spec:recordings/r1/audio.wav")))->isVisible());
        QVERIFY(canvas->lane(canvas->indexOfLane(QStringLiteral("frames:frames")))->isVisible());
    }

    void laneLayoutIsKeptForTheNextSession()
    {
        {
            auto panel = loadedPanel();
            QVERIFY(panel);
            TimelineCanvas* canvas = panel->canvas();
            canvas->setLaneVisible(canvas->indexOfLane(QStringLiteral("text:words")), false);
            canvas->lane(canvas->indexOfLane(QStringLiteral("wave:recordings/r1/audio.wav")))->setHeight(133);
            canvas->moveLane(canvas->indexOfLane(QStringLiteral("spec:recordings/r1/audio.wav")), 1);
        }  // closing the panel (the window, the application) keeps the arrangement
        QVERIFY(QSettings().contains(QStringLiteral("timeline/lanes/size")));
        auto panel = loadedPanel();  // a new panel, as in the next session
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        QStringList keys;
        for (int i = 0; i < canvas->laneCount(); ++i)
            keys << canvas->lane(i)->key();
        QCOMPARE(keys,
                 (QStringList{QStringLiteral("frames:frames"), QStringLiteral("spec:recordings/r1/audio.wav"),
                              QStringLiteral("text:subtitles"), QStringLiteral("text:words"), QStringLiteral("regions"),
                              QStringLiteral("wave:recordings/r1/audio.wav"), QStringLiteral("sensor:imu")}));
        QVERIFY(!canvas->lane(canvas->indexOfLane(QStringLiteral("text:words")))->isVisible());
        QVERIFY(canvas->lane(canvas->indexOfLane(QStringLiteral("text:subtitles")))->isVisible());
        QCOMPARE(canvas->lane(canvas->indexOfLane(QStringLiteral("wave:recordings/r1/audio.wav")))->height(), 133);
    }

    void plainSampleShowsCaptionAcrossTheClipAndTheImage()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("plain"));
        QVERIFY(timeline_fixture::writeSine(m_dir.filePath(QStringLiteral("plain/a.wav")), 16000, 2.0, 440, 0.3));
        QImage image(80, 60, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(m_dir.filePath(QStringLiteral("plain/a.png"))));
        QFile text(m_dir.filePath(QStringLiteral("plain/a.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("a dog barks\nat the door\n");
        text.close();
        SampleDetails details;
        details.datasetRoot = m_dir.path();
        details.sample.id = QStringLiteral("a");
        details.sample.items = {Item{Modality::Image, QStringLiteral("plain/a.png"), {}},
                                Item{Modality::Text, QStringLiteral("plain/a.txt"), {}},
                                Item{Modality::Audio, QStringLiteral("plain/a.wav"), {}}};

        TimelinePanel panel;
        panel.resize(1200, 500);
        panel.show();
        QSignalSpy loaded(&panel, &TimelinePanel::loaded);
        panel.showSample(details);
        QVERIFY(loaded.wait(20000));
        TimelineCanvas* canvas = panel.canvas();
        QCOMPARE(canvas->laneCount(), 4);  // caption, regions, waveform, spectrogram
        auto* caption = findLane<TimelineSegmentsLane>(canvas, QStringLiteral("caption"));
        QVERIFY(caption);
        QCOMPARE(caption->spec().segments.size(), std::size_t(1));
        QCOMPARE(caption->spec().segments.front().text, QStringLiteral("a dog barks at the door"));
        QCOMPARE(caption->referenceStart(0), Micros{0});
        QCOMPARE(caption->referenceEnd(0), Micros{2'000'000});
        QCOMPARE(canvas->mapping().extentEnd(), Micros{2'000'000});
        QTRY_VERIFY_WITH_TIMEOUT(!panel.imagePane()->image().isNull(), 10000);
        QCOMPARE(panel.imagePane()->image().size(), QSize(80, 60));
        QVERIFY(panel.imagePane()->isVisible());
    }

    void sampleWithoutTimedContentSaysSo()
    {
        SampleDetails details;
        details.datasetRoot = m_dir.path();
        details.sample.id = QStringLiteral("nothing");
        TimelinePanel panel;
        QSignalSpy loaded(&panel, &TimelinePanel::loaded);
        panel.showSample(details);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(panel.canvas()->laneCount(), 0);
        QVERIFY(!panel.isBusy());
    }

    void newerSampleMakesOlderLoadsStale()
    {
        TimelinePanel panel;
        panel.resize(1200, 600);
        panel.show();
        QSignalSpy loaded(&panel, &TimelinePanel::loaded);
        panel.showSample(m_rec.details);
        SampleDetails other = m_rec.details;
        other.sample.id = QStringLiteral("r1-again");
        other.sample.streams.pop_back();  // no sensor this time
        panel.showSample(other);
        QVERIFY(loaded.wait(20000));
        QTest::qWait(200);
        QCOMPARE(loaded.count(), 1);  // the first load's results were dropped
        QCOMPARE(panel.sampleId(), QStringLiteral("r1-again"));
        QCOMPARE(panel.canvas()->indexOfLane(QStringLiteral("sensor:imu")), -1);
    }
};

QTEST_MAIN(TestTimelineCanvas)
#include "test_timeline_canvas.moc"
