// Annotations on the timeline, rendered offscreen on the fixture recording (0..4 s on 1000 plot pixels, 4 ms a
// pixel): the Regions lane draws a region block at the x its reference times map to; a fixed segment text shows
// in its lane with the original in the hover text, and goes back when the fix is undone; double-clicking a
// region asks to rename it, a segment to edit it.

#include "TimelineCanvas.h"
#include "TimelineFixture.h"
#include "TimelinePanel.h"
#include "TimelineRegionsLane.h"
#include "TimelineSegmentsLane.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

namespace {

constexpr int kWidth = TimelineCanvas::kHeaderWidth + 1000;

bool near(QRgb a, QRgb b, int tolerance = 8)
{
    return std::abs(qRed(a) - qRed(b)) <= tolerance && std::abs(qGreen(a) - qGreen(b)) <= tolerance &&
           std::abs(qBlue(a) - qBlue(b)) <= tolerance;
}

}  // namespace

class TestTimelineRegions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    timeline_fixture::Recording m_rec;

    std::unique_ptr<TimelinePanel> loadedPanel()
    {
        auto panel = std::make_unique<TimelinePanel>();
        panel->resize(kWidth + 280, 900);
        panel->show();
        QSignalSpy loaded(panel.get(), &TimelinePanel::loaded);
        panel->showSample(m_rec.details);
        if (!loaded.wait(20000) && loaded.isEmpty())
            return nullptr;
        panel->canvas()->setFixedWidth(kWidth);
        QCoreApplication::processEvents();
        panel->canvas()->fit();
        return panel;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rec = timeline_fixture::writeRecording(m_dir.path());
    }

    void regionBlockSitsAtItsTimes()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        const int index = canvas->indexOfLane(QStringLiteral("regions"));
        QCOMPARE(index, canvas->indexOfLane(QStringLiteral("text:words")) + 1);  // under the words
        auto* lane = dynamic_cast<TimelineRegionsLane*>(canvas->lane(index));
        QVERIFY(lane);
        QVERIFY(lane->regions().empty());

        SampleAnnotations annotations;
        annotations.regions = {
            TimeRegion{QStringLiteral("k"), QStringLiteral("laugh"), Micros{1'000'000}, Micros{2'000'000}}};
        panel->setAnnotations(annotations);
        QCOMPARE(lane->regions().size(), std::size_t(1));
        QCOMPARE(canvas->mapping().microsPerPixel(), 4000.0);
        canvas->setPlayhead(Micros{3'900'000}, false);  // out of the way
        canvas->repaint();
        const QImage image = canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRect area = canvas->lanePlotRect(index);
        const int y = area.top() + 5;  // inside the block, above its label
        const QRgb base = canvas->palette().color(QPalette::Base).rgb();
        // 1 s -> plot x 250, 2 s -> plot x 500.
        const int left = area.left() + 250;
        const int right = area.left() + 500;
        QVERIFY(near(image.pixel(left - 4, y), base));
        QVERIFY(!near(image.pixel(left + 4, y), base));
        QVERIFY(!near(image.pixel(right - 4, y), base));
        QVERIFY(near(image.pixel(right + 4, y), base));
        // The fill is the label's colour mixed into the background.
        const QColor fill = TimelineLane::mix(canvas->palette().color(QPalette::Base),
                                              TimelineRegionsLane::colorOf(QStringLiteral("laugh"), false), 0.30);
        QVERIFY2(near(image.pixel(left + 100, y), fill.rgb(), 10),
                 qPrintable(QColor(image.pixel(left + 100, y)).name() + QStringLiteral(" vs ") + fill.name()));
        QCOMPARE(lane->regionAt(Micros{1'500'000}), 0);
        QCOMPARE(lane->regionAt(Micros{2'000'000}), -1);  // the end is not inside

        // Double-click on it asks for a new name; on a segment, for its text.
        QSignalSpy rename(canvas, &TimelineCanvas::regionRenameRequested);
        QTest::mouseDClick(canvas, Qt::LeftButton, {}, QPoint(left + 100, area.center().y()));
        QCOMPARE(rename.count(), 1);
        QCOMPARE(rename.first().first().toString(), QStringLiteral("k"));
        QSignalSpy edit(canvas, &TimelineCanvas::segmentEditRequested);
        const int text = canvas->indexOfLane(QStringLiteral("text:subtitles"));
        // "hello there" is 0.5-1.0 s on its clock, 0.75-1.25 s on the reference clock (250 ms late).
        QTest::mouseDClick(canvas, Qt::LeftButton, {},
                           QPoint(canvas->lanePlotRect(text).left() + 250, canvas->lanePlotRect(text).center().y()));
        QCOMPARE(edit.count(), 1);
        QCOMPARE(edit.first().at(0).toInt(), text);
        QCOMPARE(edit.first().at(1).toInt(), 0);
    }

    void fixedSegmentTextShowsAndGoesBack()
    {
        auto panel = loadedPanel();
        QVERIFY(panel);
        TimelineCanvas* canvas = panel->canvas();
        const int index = canvas->indexOfLane(QStringLiteral("text:subtitles"));
        auto* lane = dynamic_cast<TimelineSegmentsLane*>(canvas->lane(index));
        QVERIFY(lane);
        SampleAnnotations annotations;
        annotations.segmentTexts = {SegmentTextEdit{QStringLiteral("subtitles"), Micros{1'500'000}, Micros{2'500'000},
                                                    QStringLiteral("General Kenobi!")}};
        panel->setAnnotations(annotations);
        QCOMPARE(lane->spec().segments[1].text, QStringLiteral("General Kenobi!"));
        QCOMPARE(lane->spec().segments[0].text, QStringLiteral("hello there"));
        const TimelinePaintContext context = canvas->paintContext();
        const QRect area = canvas->lanePlotRect(index);
        // 1.5 s + 250 ms -> 1.75 s reference -> plot x 437 and more.
        const QString hover = lane->hoverText(QPoint(area.left() + 500, area.center().y()), area, context);
        QCOMPARE(hover, QStringLiteral("General Kenobi!  (edited; original: general kenobi)"));
        // The edited mark: an amber corner at the block's top right (2.5 s + 250 ms -> plot x 687).
        canvas->setPlayhead(Micros{3'900'000}, false);
        canvas->repaint();
        const QImage image = canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);
        const QRectF block = lane->blockRect(1, area, context);
        const QPoint corner(static_cast<int>(block.right()) - 3, static_cast<int>(block.top()) + 2);
        QVERIFY2(near(image.pixel(corner), TimelineSegmentsLane::editedMark(context).rgb(), 40),
                 qPrintable(QColor(image.pixel(corner)).name()));
        // Undone: the original is back and unmarked.
        panel->setAnnotations(SampleAnnotations{});
        QCOMPARE(lane->spec().segments[1].text, QStringLiteral("general kenobi"));
        QCOMPARE(lane->hoverText(QPoint(area.left() + 500, area.center().y()), area, context),
                 QStringLiteral("general kenobi"));
    }
};

QTEST_MAIN(TestTimelineRegions)
#include "test_timeline_regions.moc"
