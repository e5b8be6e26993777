#include "TimelineMapping.h"
#include "TimelineRuler.h"

#include <QTest>

using namespace lockstep;

namespace {

constexpr Micros s(double seconds)
{
    return Micros{static_cast<std::int64_t>(seconds * 1e6)};
}

}  // namespace

class TestTimelineMapping : public QObject {
    Q_OBJECT

private slots:
    void fitShowsTheWholeExtent()
    {
        TimelineMapping m;
        m.setWidth(1000);
        m.setExtent(Micros{0}, s(10));
        QCOMPARE(m.visibleStart(), Micros{0});
        QCOMPARE(m.microsPerPixel(), 10'000.0);
        QCOMPARE(m.visibleEnd(), s(10));
        QVERIFY(m.isFit());
        QCOMPARE(m.xForTime(s(2.5)), 250.0);
        QCOMPARE(m.timeAtX(750.0), s(7.5));
    }

    void timeAndPixelRoundTrip_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::newRow("start") << qint64(0);
        QTest::newRow("odd") << qint64(1'234'567);
        QTest::newRow("end") << qint64(10'000'000);
    }

    void timeAndPixelRoundTrip()
    {
        QFETCH(qint64, micros);
        TimelineMapping m;
        m.setWidth(777);
        m.setExtent(Micros{0}, s(10));
        m.zoomAbout(0.01, 100);
        m.setVisibleStart(Micros{micros} - s(0.01));
        const double x = m.xForTime(Micros{micros});
        QVERIFY(std::abs((m.timeAtX(x) - Micros{micros}).count()) <= 1);
    }

    void zoomKeepsTheTimeUnderTheCursor()
    {
        TimelineMapping m;
        m.setWidth(1000);
        m.setExtent(Micros{0}, s(100));
        const Micros under = m.timeAtX(300);
        m.zoomAbout(0.1, 300);
        QCOMPARE(m.microsPerPixel(), 10'000.0);
        QVERIFY(std::abs((m.timeAtX(300) - under).count()) <= 1);
        m.zoomAbout(0.5, 800);
        QCOMPARE(m.microsPerPixel(), 5'000.0);
        QVERIFY(!m.isFit());
    }

    void zoomIsClamped()
    {
        TimelineMapping m;
        m.setWidth(1000);
        m.setExtent(Micros{0}, s(10));
        m.zoomAbout(1e-9, 500);
        QCOMPARE(m.microsPerPixel(), TimelineMapping::kFinestMicrosPerPixel);
        m.zoomAbout(1e9, 500);
        QCOMPARE(m.microsPerPixel(), 10'000.0);  // no further out than the whole extent
        QCOMPARE(m.visibleStart(), Micros{0});
        m.zoomAbout(0.0, 10);  // nonsense factors are ignored
        QCOMPARE(m.microsPerPixel(), 10'000.0);
    }

    void panIsClampedToTheExtent()
    {
        TimelineMapping m;
        m.setWidth(1000);
        m.setExtent(Micros{0}, s(10));
        m.zoomAbout(0.1, 0);  // 1 s visible
        m.panByPixels(500);
        QCOMPARE(m.visibleStart(), s(0.5));
        m.panByPixels(-100000);
        QCOMPARE(m.visibleStart(), Micros{0});
        m.panByPixels(1e9);
        QCOMPARE(m.visibleStart(), s(9));
        QCOMPARE(m.visibleEnd(), s(10));
        m.setVisibleStart(s(-3));
        QCOMPARE(m.visibleStart(), Micros{0});
    }

    void extentMayStartBeforeZero()
    {
        TimelineMapping m;
        m.setWidth(100);
        m.setExtent(s(-2), s(8));
        QCOMPARE(m.visibleStart(), s(-2));
        QCOMPARE(m.xForTime(Micros{0}), 20.0);
    }

    void widthChangeKeepsTheScaleWithinBounds()
    {
        TimelineMapping m;
        m.setWidth(1000);
        m.setExtent(Micros{0}, s(10));
        m.setWidth(2000);
        // Still the old scale; it may now show less than... the whole extent fits in half the width.
        QCOMPARE(m.microsPerPixel(), 5'000.0);
        m.fit();
        QCOMPARE(m.microsPerPixel(), 5'000.0);
    }

    void showRangeAndEnsureVisible()
    {
        TimelineMapping m;
        m.setWidth(1000);
        m.setExtent(Micros{0}, s(100));
        m.showRange(s(20), s(30));
        QCOMPARE(m.visibleStart(), s(20));
        QCOMPARE(m.visibleEnd(), s(30));
        m.ensureVisible(s(25), 50);
        QCOMPARE(m.visibleStart(), s(20));  // already visible: no jump
        m.ensureVisible(s(45), 100);
        QCOMPARE(m.visibleStart(), s(44));  // paged: 100 px (1 s) before the time
    }

    void clockTransformIsApplied()
    {
        TimelineMapping m;
        m.setWidth(1000);
        m.setExtent(Micros{0}, s(10));  // 10 ms per pixel
        // A stream that starts 1.5 s into the sample and whose clock runs 1 % fast.
        const ClockTransform clock = ClockTransform::linear(s(1.5), 1.01);
        QCOMPARE(m.xForLocal(Micros{0}, clock), 150.0);
        QCOMPARE(m.xForLocal(s(1), clock), 251.0);
        QCOMPARE(m.xForLocal(s(2), clock), m.xForTime(clock.toReference(s(2))));
        m.zoomAbout(0.1, 0);  // [0, 1 s) visible: the stream's local times from -1.5/1.01 s
        QCOMPARE(m.visibleLocalStart(clock), clock.toLocal(Micros{0}));
        QCOMPARE(m.visibleLocalEnd(clock), clock.toLocal(s(1)));
        QVERIFY(m.visibleLocalStart(clock) < Micros{0});

        // Piecewise anchors: local 0 -> 1 s, local 4 s -> 9 s (slope 2).
        const ClockTransform anchors = ClockTransform::piecewise({{Micros{0}, s(1)}, {s(4), s(9)}});
        m.fit();
        QCOMPARE(m.xForLocal(s(2), anchors), 500.0);
        QCOMPARE(m.xForLocal(Micros{0}, anchors), 100.0);
    }

    void rulerStepsAreNice_data()
    {
        QTest::addColumn<double>("microsPerPixel");
        QTest::addColumn<qint64>("major");
        QTest::addColumn<qint64>("minor");
        // 100 px between labels.
        QTest::newRow("10 us/px") << 10.0 << qint64(1000) << qint64(200);
        QTest::newRow("25 us/px") << 25.0 << qint64(5000) << qint64(1000);
        QTest::newRow("150 us/px") << 150.0 << qint64(20'000) << qint64(5000);
        QTest::newRow("8 ms/px") << 8000.0 << qint64(1'000'000) << qint64(200'000);
        QTest::newRow("120 ms/px") << 120'000.0 << qint64(15'000'000) << qint64(5'000'000);
        QTest::newRow("250 ms/px") << 250'000.0 << qint64(30'000'000) << qint64(5'000'000);
        QTest::newRow("0.5 s/px") << 500'000.0 << qint64(60'000'000) << qint64(10'000'000);
        QTest::newRow("7.2 s/px") << 7'200'000.0 << qint64(900'000'000) << qint64(300'000'000);
        QTest::newRow("30 s/px") << 30'000'000.0 << qint64(3'600'000'000) << qint64(600'000'000);
    }

    void rulerStepsAreNice()
    {
        QFETCH(double, microsPerPixel);
        QFETCH(qint64, major);
        QFETCH(qint64, minor);
        const Micros step = TimelineRuler::majorStep(microsPerPixel, 100.0);
        QCOMPARE(step.count(), major);
        QCOMPARE(TimelineRuler::minorStep(step).count(), minor);
        QVERIFY(static_cast<double>(step.count()) / microsPerPixel >= 100.0);
    }

    void rulerLabels_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<qint64>("span");
        QTest::addColumn<QString>("label");
        QTest::newRow("ms") << qint64(250'000) << qint64(50'000) << qint64(900'000) << QStringLiteral("250 ms");
        QTest::newRow("sub-ms") << qint64(1'500) << qint64(500) << qint64(5'000) << QStringLiteral("1.5 ms");
        QTest::newRow("seconds") << qint64(12'500'000) << qint64(500'000) << qint64(30'000'000)
                                 << QStringLiteral("12.5 s");
        QTest::newRow("whole seconds") << qint64(4'000'000) << qint64(2'000'000) << qint64(10'000'000)
                                       << QStringLiteral("4 s");
        QTest::newRow("two decimals") << qint64(1'250'000) << qint64(50'000) << qint64(2'000'000)
                                      << QStringLiteral("1.25 s");
        QTest::newRow("m:ss") << qint64(65'000'000) << qint64(5'000'000) << qint64(300'000'000)
                              << QStringLiteral("1:05");
        QTest::newRow("m:ss.d") << qint64(65'500'000) << qint64(500'000) << qint64(300'000'000)
                                << QStringLiteral("1:05.5");
        QTest::newRow("h:mm:ss") << qint64(3'723'000'000) << qint64(60'000'000) << qint64(7'200'000'000)
                                 << QStringLiteral("1:02:03");
        QTest::newRow("negative") << qint64(-2'000'000) << qint64(1'000'000) << qint64(10'000'000)
                                  << QStringLiteral("\u22122 s");
    }

    void rulerLabels()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, step);
        QFETCH(qint64, span);
        QFETCH(QString, label);
        QCOMPARE(TimelineRuler::label(Micros{time}, Micros{step}, Micros{span}), label);
    }

    void ticksCoverTheVisibleWindow()
    {
        TimelineMapping m;
        m.setWidth(1000);
        m.setExtent(Micros{0}, s(10));  // 10 ms/px -> 1 s labels at 100 px
        const std::vector<TimelineTick> ticks = TimelineRuler::ticks(m, 100.0);
        QCOMPARE(ticks.front().time, Micros{0});
        QCOMPARE(ticks.back().time, s(10));
        int majors = 0;
        for (const TimelineTick& t : ticks) {
            if (t.major) {
                ++majors;
                QVERIFY(!t.label.isEmpty());
            }
            QVERIFY(t.time >= m.visibleStart() && t.time <= m.visibleEnd());
        }
        QCOMPARE(majors, 11);
        QCOMPARE(ticks.size(), std::size_t(51));  // minor every 200 ms
        QCOMPARE(ticks[5].label, QStringLiteral("1 s"));

        // Two hours: h:mm:ss labels every 15 minutes.
        m.setExtent(Micros{0}, s(7200));
        const std::vector<TimelineTick> hours = TimelineRuler::ticks(m, 100.0);
        QStringList labels;
        for (const TimelineTick& t : hours)
            if (t.major)
                labels << t.label;
        QCOMPARE(labels.first(), QStringLiteral("0:00:00"));
        QCOMPARE(labels.at(1), QStringLiteral("0:15:00"));
        QCOMPARE(labels.last(), QStringLiteral("2:00:00"));
    }

    void readout()
    {
        QCOMPARE(TimelineRuler::readout(s(65.25), 1000.0), QStringLiteral("1:05.250"));
        QCOMPARE(TimelineRuler::readout(s(3723.5), 1000.0), QStringLiteral("1:02:03.500"));
        QCOMPARE(TimelineRuler::readout(Micros{1'234}, 20.0), QStringLiteral("1.23 ms"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineMapping)
#include "test_timeline_mapping.moc"
