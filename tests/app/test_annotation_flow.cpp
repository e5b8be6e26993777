// The annotation keys on the real main window, offscreen, on the demo dataset: a number key labels the sample
// and moves on, a bulk selection is labelled in one undo step, T tags through the prompt, the filter sees tags
// and edited labels, N-style regions land in the timeline's Regions lane, Ctrl+Z undoes each; the project file
// (read by another connection, as after a crash) holds exactly what the window shows.

#include "AnnotationActions.h"
#include "AnnotationSession.h"
#include "MainWindow.h"
#include "MainWindowTesting.h"
#include "ReviewActions.h"
#include "SampleAnnotationsEditor.h"
#include "SampleDetailsPane.h"
#include "SampleFilterBar.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SessionController.h"
#include "SmallDemoWindow.h"
#include "TagPrompt.h"
#include "TimelineCanvas.h"
#include "TimelinePanel.h"
#include "TimelineRegionsLane.h"
#include "WorkspacePage.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "store/LabelRepository.h"
#include "store/ProjectStore.h"
#include "store/SampleAnnotations.h"

#include <QAction>
#include <QCompleter>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace lockstep;

class TestAnnotationFlow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    static QString storedLabel(const QString& project, const QString& id)
    {
        auto store = ProjectStore::open(project, ProjectStore::Mode::ReadOnly).store;
        return store ? LabelRepository(*store).labels({id}).front() : QStringLiteral("?");
    }
    static SampleAnnotations stored(const QString& project, const QString& id)
    {
        auto store = ProjectStore::open(project, ProjectStore::Mode::ReadOnly).store;
        return store ? loadSampleAnnotations(*store, id) : SampleAnnotations{};
    }
    static QString idAt(MainWindow& window, int row)
    {
        return window.tableModel()->index(row, 0).data(SampleTableModel::SampleIdRole).toString();
    }
    static QString labelAt(MainWindow& window, int row)
    {
        return window.tableModel()->index(row, SampleTableModel::LabelColumn).data().toString();
    }
    // A number key (1-based) whose label differs from `current`.
    static int keyOtherThan(const QStringList& set, const QString& current) { return set.value(0) == current ? 2 : 1; }

private slots:
    void initTestCase()
    {
        fixture::useFreshSettings(QStringLiteral("test_annotation_flow"));
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo-set"));
        QVERIFY(fixture::generateSmallDemo(m_demo));
    }

    void numberKeysLabelAndUndo()
    {
        MainWindow window;
        QVERIFY(fixture::openInWindow(window, m_demo));
        const QString project = window.session()->projectPath();
        AnnotationActions* annotate = window.annotationActions();
        QUndoStack* undo = window.reviewActions()->undoStack();
        const QStringList set = annotate->session()->labelSet();
        QVERIFY2(set.size() >= 3, qPrintable(set.join(QLatin1Char(','))));
        QVERIFY(set.contains(QStringLiteral("dog")));
        SampleTableView* table = window.workspacePage()->table();
        table->setFocus();
        QCOMPARE(table->currentSampleRow(), 0);

        // One key: the first sample gets the label, the table moves on.
        const QString first = idAt(window, 0);
        const QString original = labelAt(window, 0);
        const int n = keyOtherThan(set, original);
        QTest::keyClick(table, Qt::Key(Qt::Key_0 + n));
        QCOMPARE(table->currentSampleRow(), 1);
        QCOMPARE(storedLabel(project, first), set[n - 1]);
        QCOMPARE(labelAt(window, 0), set[n - 1]);
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->text(0), QStringLiteral("Label %1 as %2").arg(first, set[n - 1]));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedLabel(project, first), original);
        QCOMPARE(labelAt(window, 0), original);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedLabel(project, first), set[n - 1]);

        // Three rows selected: one key, one command, all three labelled; one undo restores all three.
        QStringList ids;
        QStringList before;
        for (int row = 2; row <= 4; ++row) {
            ids << idAt(window, row);
            before << labelAt(window, row);
        }
        table->selectSampleRow(2);
        table->selectionModel()->select(
            QItemSelection(window.tableModel()->index(2, 0), window.tableModel()->index(4, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(annotate->selectedIds(), ids);
        const int dogKey = int(set.indexOf(QStringLiteral("dog"))) + 1;
        QTest::keyClick(table, Qt::Key(Qt::Key_0 + dogKey));
        QCOMPARE(undo->count(), 2);
        QCOMPARE(table->currentSampleRow(), 5);
        for (const QString& id : ids)
            QCOMPARE(storedLabel(project, id), QStringLiteral("dog"));
        // The filter and the table see the edit.
        QCOMPARE(window.tableModel()->index(3, SampleTableModel::LabelColumn).data().toString(), QStringLiteral("dog"));
        undo->undo();
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(storedLabel(project, ids[i]), before[i]);
        undo->redo();

        // T: the tag prompt, with completion; Return tags the current sample.
        table->selectSampleRow(6);
        const QString tagged = idAt(window, 6);
        QTest::keyClick(table, Qt::Key_T);
        TagPrompt* prompt = nullptr;
        QTRY_VERIFY((prompt = window.findChild<TagPrompt*>()) != nullptr);
        QTest::keyClicks(prompt->edit(), QStringLiteral("noisy"));
        QTest::keyClick(prompt->edit(), Qt::Key_Return);
        QTRY_COMPARE(stored(project, tagged).tags, QStringList{QStringLiteral("noisy")});
        QCOMPARE(undo->count(), 3);
        QTRY_COMPARE(window.detailsPane()->annotationsEditor()->shownTags(), QStringList{QStringLiteral("noisy")});

        // The history dock lists every step (Ctrl+H).
        QVERIFY(!annotate->historyDock()->isVisible());
        QTest::keyClick(table, Qt::Key_H, Qt::ControlModifier);
        QVERIFY(annotate->historyDock()->isVisible());
        QCOMPARE(annotate->historyView()->stack(), undo);
        QCOMPARE(annotate->historyView()->model()->rowCount(), 4);  // the clean state and three edits

        // The query bar: tag:noisy finds the tagged sample, label = dog the edited ones.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QLineEdit* query = window.workspacePage()->filterBar()->edit();
        QTest::keyClicks(query, QStringLiteral("tag:noisy"));
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 1, 10000);
        QCOMPARE(idAt(window, 0), tagged);
        query->clear();
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 21, 10000);

        // F2 on the label column edits it in place; Return makes it an undoable edit.
        const int steps = undo->count();
        table->setFocus();
        table->selectSampleRow(7);
        const QString edited = idAt(window, 7);
        table->setCurrentIndex(window.tableModel()->index(7, SampleTableModel::LabelColumn));
        QTest::keyClick(table, Qt::Key_F2);
        QLineEdit* editor = nullptr;
        QTRY_VERIFY((editor = table->findChild<QLineEdit*>(QStringLiteral("labelEditor"))) != nullptr);
        QVERIFY(editor->completer());
        editor->setText(QStringLiteral("golden retriever"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(storedLabel(project, edited), QStringLiteral("golden retriever"));
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(labelAt(window, 7), QStringLiteral("golden retriever"));

        // A new label set renames the number keys at once.
        QVERIFY(annotate->session()->setLabelSet({QStringLiteral("zebra"), QStringLiteral("dog")}));
        QCOMPARE(annotate->labelAction(1)->text(), QStringLiteral("Label as zebra"));
        QVERIFY(!annotate->labelAction(3)->isEnabled());
        undo->undo();
        QCOMPARE(annotate->labelAction(1)->text(), QStringLiteral("Label as %1").arg(set[0]));
    }

    void regionsFromTheTimelineSelection()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(m_demo));
        QTRY_VERIFY_WITH_TIMEOUT(window.tableModel()->rowCount() > 0, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 60000);
        const QString project = window.session()->projectPath();
        TimelinePanel* timeline = window.workspacePage()->timeline();
        QTRY_VERIFY_WITH_TIMEOUT(timeline->regionsLane() != nullptr, 20000);
        const QString id = timeline->sampleId();
        timeline->canvas()->setSelection(Micros{200'000}, Micros{700'000});
        const QString key = window.annotationActions()->addRegionFromSelection(QStringLiteral("breath"));
        QVERIFY(!key.isEmpty());
        const std::vector<TimeRegion> regions = stored(project, id).regions;
        QCOMPARE(regions.size(), std::size_t(1));
        QCOMPARE(regions[0].label, QStringLiteral("breath"));
        QCOMPARE(regions[0].start, Micros{200'000});
        QCOMPARE(regions[0].end, Micros{700'000});
        QCOMPARE(timeline->regionsLane()->regions().size(), std::size_t(1));
        QVERIFY(!timeline->canvas()->hasSelection());
        QTest::keyClick(window.workspacePage()->table(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(stored(project, id).regions.empty());
        QVERIFY(timeline->regionsLane()->regions().empty());
    }

    void cheatSheetListsTheNewKeys()
    {
        MainWindow window;
        const QStringList rows = fixture::cheatSheetRows(window);
        for (const char* expected : {"Tag\tT", "Add Region from Selection\tN", "History\tCtrl+H"})
            QVERIFY2(rows.contains(QString::fromUtf8(expected)), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(
            std::any_of(rows.cbegin(), rows.cend(), [](const QString& r) { return r.endsWith(QLatin1String("\t9")); }),
            qPrintable(rows.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAnnotationFlow)
#include "test_annotation_flow.moc"
