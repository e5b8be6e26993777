// The details pane's annotation parts, offscreen: tags as removable chips, the note saved when it is left, the
// regions listed, and a fixed caption shown in place of the dataset's text — marked "edited", the original in
// the tooltip, "Restore Original" to drop the fix — with Edit / Save asking for the change (the app makes it an
// undoable edit). LOCKSTEP_SCREENSHOT_DIR=folder saves a picture of the pane there.

#include "CaptionEditControls.h"
#include "SampleAnnotationsEditor.h"
#include "SampleDetailsPane.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace lockstep;

class TestSampleAnnotationsPane : public QObject {
    Q_OBJECT

    static SampleDetails details()
    {
        SampleDetails d;
        d.sample.id = QStringLiteral("s0042");
        d.sample.label = QStringLiteral("dog");
        d.sample.items = {Item{Modality::Text, {}, QStringLiteral("a dog barks at the door")}};
        d.annotations.tags = {QStringLiteral("keep"), QStringLiteral("noisy")};
        d.annotations.note = QStringLiteral("Barks twice; the second one clips.");
        d.annotations.caption = QStringLiteral("a dog barks twice at the door");
        d.annotations.regions = {
            TimeRegion{QStringLiteral("k"), QStringLiteral("bark"), Micros{250'000}, Micros{900'000}}};
        return d;
    }

    static QToolButton* chip(SampleDetailsPane& pane, const QString& tag)
    {
        const QList<QToolButton*> chips = pane.findChildren<QToolButton*>(QStringLiteral("tagChip"));
        for (QToolButton* c : chips)
            if (c->text().startsWith(tag + QLatin1Char(' ')))
                return c;
        return nullptr;
    }

private slots:
    void showsAndAsksForEdits()
    {
        SampleDetailsPane pane;
        pane.resize(520, 720);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy loaded(&pane, &SampleDetailsPane::mediaLoaded);
        pane.showSample(details());
        QVERIFY(loaded.wait(10000));

        SampleAnnotationsEditor* editor = pane.annotationsEditor();
        QCOMPARE(editor->shownTags(), (QStringList{QStringLiteral("keep"), QStringLiteral("noisy")}));
        QVERIFY(chip(pane, QStringLiteral("noisy")));
        QCOMPARE(editor->noteText(), QStringLiteral("Barks twice; the second one clips."));
        auto* regions = pane.findChild<QLabel*>(QStringLiteral("regionsSummary"));
        QVERIFY(regions && regions->isVisible());
        QVERIFY2(regions->text().contains(QStringLiteral("bark")), qPrintable(regions->text()));

        // The caption shows the fix, marked, with the original a hover away.
        CaptionEditControls* caption = pane.captionControls();
        QCOMPARE(pane.textContent(), QStringLiteral("a dog barks twice at the door"));
        QVERIFY(caption->isEdited());
        auto* badge = pane.findChild<QLabel*>(QStringLiteral("captionEditedBadge"));
        QVERIFY(badge && badge->isVisible());
        QVERIFY(badge->toolTip().contains(QStringLiteral("a dog barks at the door")));
        if (const QString dir = qEnvironmentVariable("LOCKSTEP_SCREENSHOT_DIR"); !dir.isEmpty())
            pane.grab().save(dir + QStringLiteral("/details-annotations.png"));

        // Requests, not writes: the app turns them into commands.
        QSignalSpy removeTag(editor, &SampleAnnotationsEditor::removeTagRequested);
        QTest::mouseClick(chip(pane, QStringLiteral("noisy")), Qt::LeftButton);
        QCOMPARE(removeTag.count(), 1);
        QCOMPARE(removeTag.first().first().toString(), QStringLiteral("noisy"));

        QSignalSpy note(editor, &SampleAnnotationsEditor::noteEdited);
        editor->noteEdit()->setFocus();
        editor->noteEdit()->setPlainText(QStringLiteral("Barks twice."));
        QTest::keyClick(editor->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(note.count(), 1);
        QCOMPARE(note.first().at(0).toString(), QStringLiteral("s0042"));
        QCOMPARE(note.first().at(1).toString(), QStringLiteral("Barks twice."));

        QSignalSpy edited(caption, &CaptionEditControls::captionEdited);
        QTest::mouseClick(pane.findChild<QToolButton*>(QStringLiteral("captionEditButton")), Qt::LeftButton);
        QVERIFY(caption->isEditing());
        auto* text = pane.findChild<QPlainTextEdit*>(QStringLiteral("textContent"));
        QVERIFY(!text->isReadOnly());
        text->setPlainText(QStringLiteral("a dog barks two times at the door"));
        QTest::mouseClick(pane.findChild<QToolButton*>(QStringLiteral("captionSaveButton")), Qt::LeftButton);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(edited.first().at(1).value<std::optional<QString>>(),
                 std::optional<QString>(QStringLiteral("a dog barks two times at the door")));
        QVERIFY(text->isReadOnly());

        // The fix undone: the original is back, unmarked.
        pane.setAnnotations(SampleAnnotations{});
        QCOMPARE(pane.textContent(), QStringLiteral("a dog barks at the door"));
        QVERIFY(!badge->isVisible());
        QVERIFY(editor->shownTags().isEmpty());
        QVERIFY(!regions->isVisible());
    }
};

QTEST_MAIN(TestSampleAnnotationsPane)
#include "test_sample_annotations_pane.moc"
