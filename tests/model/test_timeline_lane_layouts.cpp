// The timeline's lane arrangement kept in QSettings: read back as written, most recent first, at most
// kMaxEntries lane keys (the oldest are forgotten), unreadable entries skipped.
#include "TimelineLaneLayouts.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTest>

using namespace lockstep;

class TestTimelineLaneLayouts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_timeline_lane_layouts"));
    }

    void init() { QSettings().clear(); }

    void roundTrip()
    {
        TimelineLaneLayouts layouts;
        layouts.remember(QStringLiteral("spec:a.wav"), TimelineLaneLayout{90, false, 0});
        layouts.remember(QStringLiteral("text:subtitles"), TimelineLaneLayout{40, true, 1});
        layouts.save();

        TimelineLaneLayouts read;
        QCOMPARE(read.size(), 0);
        QVERIFY(!read.find(QStringLiteral("spec:a.wav")));
        read.load();
        QCOMPARE(read.size(), 2);
        const TimelineLaneLayout* spec = read.find(QStringLiteral("spec:a.wav"));
        QVERIFY(spec);
        QCOMPARE(spec->height, 90);
        QCOMPARE(spec->visible, false);
        QCOMPARE(spec->order, 0);
        QCOMPARE(read.find(QStringLiteral("text:subtitles"))->height, 40);
        QVERIFY(read.find(QStringLiteral("text:subtitles"))->visible);
    }

    void oldestKeysAreForgotten()
    {
        TimelineLaneLayouts layouts;
        const int total = TimelineLaneLayouts::kMaxEntries + 30;
        for (int i = 0; i < total; ++i)
            layouts.remember(QStringLiteral("wave:clip%1.wav").arg(i), TimelineLaneLayout{50 + i, true, 0});
        // Seen again: now among the most recent.
        layouts.remember(QStringLiteral("wave:clip0.wav"), TimelineLaneLayout{77, true, 0});
        layouts.save();
        TimelineLaneLayouts read;
        read.load();
        QCOMPARE(read.size(), TimelineLaneLayouts::kMaxEntries);
        QCOMPARE(read.find(QStringLiteral("wave:clip0.wav"))->height, 77);
        QVERIFY(!read.find(QStringLiteral("wave:clip1.wav")));
        QVERIFY(!read.find(QStringLiteral("wave:clip30.wav")));
        QVERIFY(read.find(QStringLiteral("wave:clip31.wav")));
        QCOMPARE(read.find(QStringLiteral("wave:clip%1.wav").arg(total - 1))->height, 50 + total - 1);

        // Loaded entries keep their recency: saving again keeps the same set.
        read.remember(QStringLiteral("new"), TimelineLaneLayout{60, true, 2});
        read.save();
        TimelineLaneLayouts again;
        again.load();
        QCOMPARE(again.size(), TimelineLaneLayouts::kMaxEntries);
        QVERIFY(again.find(QStringLiteral("new")));
        QVERIFY(again.find(QStringLiteral("wave:clip0.wav")));
        QVERIFY(!again.find(QStringLiteral("wave:clip31.wav")));  // now the oldest, forgotten
    }

    void brokenEntriesAreSkipped()
    {
        QSettings settings;
        settings.beginWriteArray(QStringLiteral("timeline/lanes"), 3);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("key"), QStringLiteral("ok"));
        settings.setValue(QStringLiteral("height"), 55);
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("key"), QString());
        settings.setValue(QStringLiteral("height"), 55);
        settings.setArrayIndex(2);
        settings.setValue(QStringLiteral("key"), QStringLiteral("zero"));
        settings.setValue(QStringLiteral("height"), QStringLiteral("not a number"));
        settings.endArray();
        TimelineLaneLayouts read;
        read.load();
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.find(QStringLiteral("ok"))->height, 55);
        QVERIFY(read.find(QStringLiteral("ok"))->visible);  // absent: shown
    }
};

QTEST_GUILESS_MAIN(TestTimelineLaneLayouts)
#include "test_timeline_lane_layouts.moc"
