#include "dataset/ClockTransform.h"

#include <QtTest>

using namespace lockstep;
using namespace std::chrono_literals;

class TestClockTransform : public QObject {
    Q_OBJECT
private slots:
    void identity()
    {
        const ClockTransform t;
        QVERIFY(t.isIdentity());
        QCOMPARE(t.toReference(123456us), 123456us);
    }
    void offsetAndScale()
    {
        // A sensor clock that runs 0.2 % fast and starts 0.3 s late (the demo's drifting sensor).
        const ClockTransform t = ClockTransform::linear(300000us, 1.002);
        QCOMPARE(t.toReference(10'000'000us), 10'320'000us);
        QCOMPARE(t.toLocal(10'320'000us), 10'000'000us);
        QVERIFY(!t.isIdentity());
    }
    void piecewiseInterpolatesAndExtrapolates()
    {
        const ClockTransform t =
            ClockTransform::piecewise({{0us, 1000us}, {1'000'000us, 1'001'000us}, {2'000'000us, 2'003'000us}});
        QCOMPARE(t.toReference(500'000us), 501'000us);
        QCOMPARE(t.toReference(1'500'000us), 1'502'000us);
        QCOMPARE(t.toReference(3'000'000us), 3'005'000us);  // last slope continues
        QCOMPARE(t.toReference(-1'000'000us), -999'000us);  // first slope continues
        QCOMPARE(t.toLocal(1'502'000us), 1'500'000us);
    }
    void singleAnchorIsAnOffset()
    {
        const ClockTransform t = ClockTransform::piecewise({{2'000'000us, 2'500'000us}});
        QVERIFY(t.anchors().empty());
        QCOMPARE(t.offset(), 500'000us);
    }
    void serializeRoundTrip_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("identity") << 0;
        QTest::newRow("offset") << 1;
        QTest::newRow("linear") << 2;
        QTest::newRow("piecewise") << 3;
    }
    void serializeRoundTrip()
    {
        QFETCH(int, which);
        const ClockTransform transforms[] = {ClockTransform(), ClockTransform::withOffset(-1'250'000us),
                                             ClockTransform::linear(300000us, 1.002),
                                             ClockTransform::piecewise({{0us, 5us}, {10us, 25us}, {20us, 30us}})};
        ClockTransform back;
        QVERIFY(ClockTransform::deserialize(transforms[which].serialize(), &back));
        QCOMPARE(back, transforms[which]);
    }
    void deserializeRejectsGarbage()
    {
        ClockTransform t;
        QVERIFY(!ClockTransform::deserialize(QStringLiteral("abc"), &t));
        QVERIFY(!ClockTransform::deserialize(QStringLiteral("1 2 3"), &t));
        QVERIFY(!ClockTransform::deserialize(QStringLiteral("a:1=x"), &t));
        QVERIFY(!ClockTransform::deserialize(QStringLiteral("5 nan"), &t));
    }
};

QTEST_GUILESS_MAIN(TestClockTransform)
#include "test_clock_transform.moc"
