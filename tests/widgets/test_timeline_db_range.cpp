// The spectrogram lane's continuous dB range: the editor keeps floor < ceiling inside its limits (one pushes the
// other), and from the lane's menu it sets the tiles' display range live, in step with the presets.
#include "TimelineDbRangeEditor.h"
#include "TimelineSpectrogramLane.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

using namespace lockstep;

namespace {

QSpinBox* box(TimelineDbRangeEditor* editor, int index)
{
    const QList<QSpinBox*> boxes = editor->findChildren<QSpinBox*>();
    return boxes.value(index);
}

}  // namespace

class TestTimelineDbRange : public QObject {
    Q_OBJECT

private slots:
    void floorStaysUnderTheCeiling()
    {
        TimelineDbRangeEditor editor(-130, 10);
        QSignalSpy changed(&editor, &TimelineDbRangeEditor::rangeChanged);
        editor.setRange(-90, -10);
        QCOMPARE(editor.floorDb(), -90);
        QCOMPARE(editor.ceilDb(), -10);
        QCOMPARE(changed.count(), 0);  // set by code: no signal

        box(&editor, 0)->setValue(-70);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last(), (QList<QVariant>{-70, -10}));

        box(&editor, 0)->setValue(-5);  // past the ceiling: the ceiling moves along
        QCOMPARE(changed.last(), (QList<QVariant>{-5, -4}));
        QCOMPARE(editor.ceilDb(), -4);

        box(&editor, 1)->setValue(-130);  // the ceiling at the bottom: the floor stops 1 dB under it
        QCOMPARE(changed.last(), (QList<QVariant>{-130, -129}));
        QCOMPARE(editor.floorDb(), -130);
        QCOMPARE(editor.ceilDb(), -129);

        // The sliders follow the boxes.
        const QList<QSlider*> sliders = editor.findChildren<QSlider*>();
        QCOMPARE(sliders.size(), 2);
        QCOMPARE(sliders[0]->value(), -130);
        QCOMPARE(sliders[1]->value(), -129);
        sliders[1]->setValue(0);
        QCOMPARE(changed.last(), (QList<QVariant>{-130, 0}));

        editor.setRange(50, 100);  // outside the limits: clamped
        QCOMPARE(editor.ceilDb(), 10);
        QCOMPARE(editor.floorDb(), 9);
    }

    void laneMenuSetsTheTilesRange()
    {
        TimelineLaneSpec spec;
        spec.kind = TimelineLaneKind::Spectrogram;
        spec.key = QStringLiteral("spec:a.wav");
        TimelineSpectrogramLane lane(spec);
        lane.tiles()->setRange(-90, -10);
        QMenu menu;
        int repaints = 0;
        lane.addMenuActions(&menu, [&repaints] { ++repaints; });
        auto* editor = menu.findChild<TimelineDbRangeEditor*>(QStringLiteral("dbRangeEditor"));
        QVERIFY(editor);
        QCOMPARE(editor->floorDb(), -90);
        QCOMPARE(editor->ceilDb(), -10);

        box(editor, 0)->setValue(-77);
        box(editor, 1)->setValue(-3);
        QCOMPARE(lane.tiles()->floorDb(), -77.0);
        QCOMPARE(lane.tiles()->ceilDb(), -3.0);
        QCOMPARE(repaints, 2);

        // A preset moves the sliders too.
        QAction* preset = nullptr;
        for (QAction* a : menu.findChildren<QAction*>())
            if (a->text() == QStringLiteral("-60 to 0 dB"))
                preset = a;
        QVERIFY(preset);
        QVERIFY(!preset->isChecked());
        preset->trigger();
        QCOMPARE(lane.tiles()->floorDb(), -60.0);
        QCOMPARE(lane.tiles()->ceilDb(), 0.0);
        QCOMPARE(editor->floorDb(), -60);
        QCOMPARE(editor->ceilDb(), 0);
        QCOMPARE(repaints, 3);
        // And the editor landing on a preset's range checks it.
        box(editor, 0)->setValue(-80);
        box(editor, 1)->setValue(-10);
        for (QAction* a : menu.findChildren<QAction*>())
            if (a->text() == QStringLiteral("-80 to -10 dB"))
                QVERIFY(a->isChecked());
    }
};

QTEST_MAIN(TestTimelineDbRange)
#include "test_timeline_db_range.moc"
