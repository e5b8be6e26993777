// The prompts behind a region's label (N), a region's new name and a segment's text, on the real main window
// offscreen: each is a non-modal dialog (the window is not blocked, no nested event loop) that takes the
// keyboard, accepts on Enter and cancels on Escape; what was accepted is in the project file. Also the label set
// dialog's result applied to the project (number keys follow it).

#include "AnnotationActions.h"
#include "AnnotationSession.h"
#include "LabelSetDialog.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "TextPrompt.h"
#include "TimelineCanvas.h"
#include "TimelineLane.h"
#include "TimelinePanel.h"
#include "TimelineRegionsLane.h"
#include "WorkspacePage.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "store/LabelRepository.h"
#include "store/ProjectStore.h"
#include "store/SampleAnnotations.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestAnnotationPrompts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    MainWindow* m_window = nullptr;
    QString m_project;

    static SampleAnnotations stored(const QString& project, const QString& id)
    {
        auto store = ProjectStore::open(project, ProjectStore::Mode::ReadOnly).store;
        return store ? loadSampleAnnotations(*store, id) : SampleAnnotations{};
    }
    AnnotationActions* actions() const { return m_window->annotationActions(); }
    TimelinePanel* timeline() const { return m_window->workspacePage()->timeline(); }
    TextPrompt* waitForPrompt()
    {
        TextPrompt* prompt = nullptr;
        const bool shown = QTest::qWaitFor([&] { return (prompt = actions()->prompt()) && prompt->isVisible(); }, 5000);
        return shown ? prompt : nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_annotation_prompts"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo-set"));
        DemoDataset::Options options;
        options.samples = 12;
        options.recordings = 0;
        NullProgress quiet;
        QVERIFY(DemoDataset::generate(m_demo, options, quiet).ok);
        m_window = new MainWindow;
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_window->openPath(m_demo));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->tableModel() && !m_window->session()->isBusy(), 120000);
        m_project = m_window->session()->projectPath();
        QTRY_VERIFY_WITH_TIMEOUT(timeline()->regionsLane() != nullptr, 20000);
    }
    void cleanupTestCase() { delete m_window; }

    void regionLabelPromptAcceptsOnEnter()
    {
        const QString id = timeline()->sampleId();
        timeline()->canvas()->setSelection(Micros{100'000}, Micros{400'000});
        actions()->regionAction()->trigger();
        TextPrompt* prompt = waitForPrompt();
        QVERIFY(prompt);
        QVERIFY(!prompt->isModal());
        QVERIFY(prompt->lineEdit());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(prompt->lineEdit()));
        // The window is not blocked while the prompt is open: it still takes events.
        QVERIFY(!QApplication::activeModalWidget());
        QTest::keyClicks(prompt->lineEdit(), QStringLiteral("cough"));
        QTest::keyClick(prompt->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(!actions()->prompt());
        const std::vector<TimeRegion> regions = stored(m_project, id).regions;
        QCOMPARE(regions.size(), std::size_t(1));
        QCOMPARE(regions[0].label, QStringLiteral("cough"));
        QCOMPARE(regions[0].start, Micros{100'000});
        QCOMPARE(regions[0].end, Micros{400'000});
        QVERIFY(!timeline()->canvas()->hasSelection());

        // Escape cancels: nothing added, the selection stays. The last label is offered, selected, next time.
        timeline()->canvas()->setSelection(Micros{500'000}, Micros{600'000});
        actions()->regionAction()->trigger();
        prompt = waitForPrompt();
        QVERIFY(prompt);
        QCOMPARE(prompt->lineEdit()->text(), QStringLiteral("cough"));
        QCOMPARE(prompt->lineEdit()->selectedText(), QStringLiteral("cough"));
        QTest::keyClick(prompt->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!actions()->prompt());
        QCOMPARE(stored(m_project, id).regions.size(), std::size_t(1));
        QVERIFY(timeline()->canvas()->hasSelection());
        // A blank label cannot be accepted.
        actions()->regionAction()->trigger();
        prompt = waitForPrompt();
        prompt->lineEdit()->clear();
        QTest::keyClick(prompt->lineEdit(), Qt::Key_Return);
        QVERIFY(actions()->prompt());
        QTest::keyClick(prompt->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!actions()->prompt());
        QCOMPARE(stored(m_project, id).regions.size(), std::size_t(1));
        timeline()->canvas()->clearSelection();
    }

    void regionRenamePrompt()
    {
        const QString id = timeline()->sampleId();
        QTRY_COMPARE(timeline()->regionsLane()->regions().size(), std::size_t(1));
        const QString key = timeline()->regionsLane()->regions().front().key;
        emit timeline()->canvas()->regionRenameRequested(key);
        TextPrompt* prompt = waitForPrompt();
        QVERIFY(prompt);
        QCOMPARE(prompt->lineEdit()->text(), QStringLiteral("cough"));
        QTest::keyClicks(prompt->lineEdit(), QStringLiteral("sneeze"));  // types over the selected name
        QTest::keyClick(prompt->lineEdit(), Qt::Key_Enter);
        QTRY_VERIFY(!actions()->prompt());
        QCOMPARE(stored(m_project, id).regions.front().label, QStringLiteral("sneeze"));
        emit timeline()->canvas()->regionRenameRequested(key);
        prompt = waitForPrompt();
        QTest::keyClicks(prompt->lineEdit(), QStringLiteral("nothing"));
        QTest::keyClick(prompt->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!actions()->prompt());
        QCOMPARE(stored(m_project, id).regions.front().label, QStringLiteral("sneeze"));
    }

    void segmentTextPromptIsMultiLine()
    {
        const QString id = timeline()->sampleId();
        TimelineCanvas* canvas = timeline()->canvas();
        int lane = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < canvas->laneCount(); ++i)
                    if (canvas->lane(i)->spec().caption && !canvas->lane(i)->spec().segments.empty() &&
                        !canvas->lane(i)->spec().segments.front().text.isEmpty()) {
                        lane = i;
                        return true;
                    }
                return false;
            }(),
            20000);
        const QString original = canvas->lane(lane)->spec().segments.front().text;
        QVERIFY(!original.isEmpty());
        emit canvas->segmentEditRequested(lane, 0);
        TextPrompt* prompt = waitForPrompt();
        QVERIFY(prompt);
        QPlainTextEdit* edit = prompt->textEdit();
        QVERIFY(edit);
        QCOMPARE(edit->toPlainText(), original);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(edit));
        // Shift+Enter is a line break, Enter keeps the text.
        QTest::keyClicks(edit, QStringLiteral("first line"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(edit, QStringLiteral("second"));
        QVERIFY(actions()->prompt());
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(!actions()->prompt());
        QCOMPARE(stored(m_project, id).caption, std::optional<QString>(QStringLiteral("first line\nsecond")));
        // Escape keeps the fix as it was.
        QTRY_COMPARE(canvas->lane(lane)->spec().segments.front().text, QStringLiteral("first line\nsecond"));
        emit canvas->segmentEditRequested(lane, 0);
        prompt = waitForPrompt();
        QTest::keyClicks(prompt->textEdit(), QStringLiteral("discarded"));
        QTest::keyClick(prompt->textEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!actions()->prompt());
        QCOMPARE(stored(m_project, id).caption, std::optional<QString>(QStringLiteral("first line\nsecond")));
        // Typing the dataset's text again removes the fix.
        emit canvas->segmentEditRequested(lane, 0);
        prompt = waitForPrompt();
        prompt->textEdit()->setPlainText(original);
        QTest::keyClick(prompt->textEdit(), Qt::Key_Return);
        QTRY_VERIFY(!actions()->prompt());
        QCOMPARE(stored(m_project, id).caption, std::nullopt);
    }

    void anotherRequestReplacesAnOpenPrompt()
    {
        timeline()->canvas()->setSelection(Micros{100'000}, Micros{200'000});
        actions()->regionAction()->trigger();
        QPointer<TextPrompt> first = waitForPrompt();
        QVERIFY(first);
        const QString key = timeline()->regionsLane()->regions().front().key;
        emit timeline()->canvas()->regionRenameRequested(key);
        QTRY_VERIFY(!first);  // closed and gone, unanswered
        TextPrompt* second = waitForPrompt();
        QVERIFY(second);
        QCOMPARE(second->windowTitle(), QStringLiteral("Rename Region"));
        QTest::keyClick(second->lineEdit(), Qt::Key_Escape);
        QTRY_VERIFY(!actions()->prompt());
        QCOMPARE(stored(m_project, timeline()->sampleId()).regions.size(), std::size_t(1));
        timeline()->canvas()->clearSelection();
    }

    void labelSetDialogResultIsApplied()
    {
        actions()->labelSetAction()->trigger();
        LabelSetDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<LabelSetDialog*>()) != nullptr && dialog->isVisible());
        QListWidget* list = dialog->list();
        const QStringList before = dialog->labels();
        QVERIFY(before.size() >= 2);
        // The second label first, a new one at the end.
        list->setCurrentRow(1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("moveLabelUp")), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addLabel")), Qt::LeftButton);
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = list->findChild<QLineEdit*>()) != nullptr && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("unsure"));
        QTest::keyClick(editor, Qt::Key_Return);
        const QPointer<QLineEdit> open = editor;
        QTRY_VERIFY(!open || !open->isVisible());  // the delegate commits a moment later (queued)
        QStringList expected = before;
        expected.swapItemsAt(0, 1);
        expected << QStringLiteral("unsure");
        QCOMPARE(dialog->labels(), expected);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Return);  // OK
        QTRY_VERIFY(!m_window->findChild<LabelSetDialog*>());
        QCOMPARE(actions()->session()->labelSet(), expected);
        auto store = ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly).store;
        QCOMPARE(LabelRepository(*store).labelSet(), expected);
        QCOMPARE(actions()->labelAction(1)->text(), QStringLiteral("Label as %1").arg(expected[0]));
        QCOMPARE(actions()->labelAction(int(expected.size()))->text(), QStringLiteral("Label as unsure"));
    }
};

QTEST_MAIN(TestAnnotationPrompts)
#include "test_annotation_prompts.moc"
