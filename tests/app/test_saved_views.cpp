// Saved views and the status bar counts on the real main window, offscreen, on the demo dataset after a scan:
// type a filter, sort by a header click, hide a column, add a metric column, save the view (Ctrl+D and its
// dialog), change all of it, apply the view with Ctrl+Alt+1 -> filter, sort and columns are back; undo and redo
// the save; reopen the project -> the view is still there; a view with a metric the project does not have applies
// the rest and says so; bad JSON in the project file opens with no views and a message, not a crash. The status
// bar counts samples, shown rows, selected rows and the shown samples' issues, checked against the project file.

#include "EnglishPlurals.h"
#include "MainWindow.h"
#include "ReviewActions.h"
#include "SampleCountsLabel.h"
#include "SampleFilterBar.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SavedViewActions.h"
#include "SavedViewsModel.h"
#include "SessionController.h"
#include "ShownIssueCounter.h"
#include "SmallDemoWindow.h"
#include "WorkspacePage.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "store/ProjectStore.h"
#include "store/SampleFilter.h"
#include "store/SampleTableQuery.h"
#include "store/SavedViewRepository.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace lockstep;

class TestSavedViews : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_project;
    EnglishPlurals m_plurals;

    struct Counts {
        qint64 rows = 0;
        qint64 issues = 0;
    };
    // What the project file says about a filter, on a connection of its own.
    Counts countsOf(const QString& query) const
    {
        auto store = ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly).store;
        if (!store)
            return {-1, -1};
        const SampleFilter filter = SampleFilter::parse(query);
        const SampleTableQuery q(*store);
        return {qint64(q.orderedRows({}, filter).size()), q.issueCount(filter)};
    }
    static QString expectedText(MainWindow& window, qint64 shown, qint64 selected, qint64 issues)
    {
        const DatasetSummary& summary = window.session()->summary();
        return SampleCountsLabel::countsText(summary.samples, shown, selected, issues, summary.warnings,
                                             summary.errors);
    }
    static bool waitIdle(MainWindow& window)
    {
        return QTest::qWaitFor(
            [&] {
                return !window.session()->isBusy() && !window.tableModel()->isSorting() &&
                       window.statusCounts()->issueCounter()->issues() >= 0;
            },
            60000);
    }
    static QStringList shownKeys(SampleTableView* table)
    {
        QStringList keys;
        for (const SavedViewColumn& column : table->shownColumns())
            keys << column.key;
        return keys;
    }
    static void clickHeader(SampleTableView* table, int column)
    {
        QHeaderView* header = table->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }
    static QInputDialog* nameDialog(MainWindow& window)
    {
        QInputDialog* dialog = nullptr;
        return QTest::qWaitFor([&] { return (dialog = window.findChild<QInputDialog*>()) != nullptr; }, 5000) ? dialog
                                                                                                              : nullptr;
    }
    bool openDemo(MainWindow& window)
    {
        return fixture::openInWindow(window, m_project.isEmpty() ? m_demo : m_project) && waitIdle(window);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_saved_views"));
        QSettings().clear();
        QCoreApplication::installTranslator(&m_plurals);
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo-set"));
        QVERIFY(fixture::generateSmallDemo(m_demo));
    }

    void saveChangeApplyReopen()
    {
        MainWindow window;
        QVERIFY(openDemo(window));
        m_project = window.session()->projectPath();
        SampleTableView* table = window.workspacePage()->table();
        SampleFilterBar* filterBar = window.workspacePage()->filterBar();
        SavedViewActions* views = window.savedViews();
        QUndoStack* undo = window.reviewActions()->undoStack();
        QHeaderView* header = table->horizontalHeader();
        QVERIFY(window.findChild<QToolButton*>(QStringLiteral("savedViewsButton")));
        QCOMPARE(views->model()->rowCount(), 0);
        QCOMPARE(window.statusCountsText(), expectedText(window, 21, 1, 0));  // the first row is selected

        // Scan, so that there are issues to count and metrics to show.
        window.session()->scanQuality();
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->isBusy(), 10000);
        QVERIFY(waitIdle(window));
        const QStringList metrics = window.tableModel()->availableMetrics();
        QVERIFY(metrics.contains(QStringLiteral("audio.rms_dbfs")));
        const Counts all = countsOf(QString());
        QVERIFY(all.issues > 0);
        QTRY_COMPARE(window.statusCountsText(),
                     expectedText(window, 21, table->selectionModel()->selectedRows().size(), all.issues));

        // Type a filter, as a user would.
        const QString query = QStringLiteral("issues >= 2 or label = dog");
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(filterBar->edit(), query);
        QTest::keyClick(filterBar->edit(), Qt::Key_Return);
        const Counts filtered = countsOf(query);
        QVERIFY(filtered.rows > 3 && filtered.rows < 21);
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), int(filtered.rows), 10000);
        QVERIFY(waitIdle(window));
        // Three rows selected: the status bar says so, with the filtered counts.
        table->selectSampleRow(0);
        table->selectionModel()->select(
            QItemSelection(window.tableModel()->index(0, 0), window.tableModel()->index(2, 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(window.statusCountsText(), expectedText(window, filtered.rows, 3, filtered.issues));
        QVERIFY(window.statusCountsText().contains(QStringLiteral("%1 shown").arg(filtered.rows)));
        QVERIFY(window.statusCountsText().contains(QStringLiteral("3 selected")));

        // Sort by label, descending (two header clicks); hide the split column; show a metric column.
        clickHeader(table, SampleTableModel::LabelColumn);
        clickHeader(table, SampleTableModel::LabelColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!window.tableModel()->isSorting(), 10000);
        QCOMPARE(header->sortIndicatorSection(), int(SampleTableModel::LabelColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        table->setColumnShown(SampleTableModel::SplitColumn, false);
        table->setMetricColumns({QStringLiteral("audio.rms_dbfs")});
        header->resizeSection(SampleTableModel::IdColumn, 222);
        const QStringList savedKeys = shownKeys(table);
        QVERIFY(!savedKeys.contains(QStringLiteral("split")));
        QVERIFY(savedKeys.contains(QStringLiteral("audio.rms_dbfs")));

        // Ctrl+D: the dialog asks for a name; the view is saved in the project, as one undoable command.
        QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier);
        QInputDialog* dialog = nameDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->textValue(), QStringLiteral("View 1"));
        dialog->setTextValue(QStringLiteral("Audio and issues"));
        dialog->accept();
        QCOMPARE(views->model()->rowCount(), 1);
        QCOMPARE(views->currentViewName(), QStringLiteral("Audio and issues"));
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->text(0), QStringLiteral("Save View \u201cAudio and issues\u201d"));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Ctrl+Alt+1")));
        {
            auto store = ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly).store;
            const SavedViews stored = SavedViewRepository(*store).load().views;
            QCOMPARE(stored.size(), std::size_t(1));
            QCOMPARE(stored.front().filter, query);
            QCOMPARE(stored.front().sortColumn, QStringLiteral("label"));
            QVERIFY(stored.front().sortDescending);
            QCOMPARE(stored.front().columns.front().key, QStringLiteral("id"));
            QCOMPARE(stored.front().columns.front().width, 222);
        }
        QVERIFY(views->viewAction(1));
        QCOMPARE(views->applyAction(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
        QVERIFY(views->applyAction(1)->isEnabled());
        QVERIFY(!views->applyAction(2)->isEnabled());
        QVERIFY(views->viewAction(1)->text().endsWith(QStringLiteral("\tCtrl+Alt+1")));
        QVERIFY(views->menu()->actions().contains(views->viewAction(1)));

        // Change everything.
        filterBar->edit()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 21, 10000);
        clickHeader(table, SampleTableModel::IdColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!window.tableModel()->isSorting(), 10000);
        table->setColumnShown(SampleTableModel::SplitColumn, true);
        table->setColumnShown(SampleTableModel::StatusColumn, false);
        table->setMetricColumns({});
        header->moveSection(header->visualIndex(SampleTableModel::IdColumn), 4);
        QVERIFY(shownKeys(table) != savedKeys);
        QVERIFY(waitIdle(window));
        QCOMPARE(window.statusCountsText(),
                 expectedText(window, 21, table->selectionModel()->selectedRows().size(), all.issues));

        // Ctrl+Alt+1 puts the view back: filter text, sort, columns in their order and widths. (The window is active
        // again after the dialog, as a window manager makes it.)
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(filterBar->edit()->text(), query);
        QVERIFY(waitIdle(window));
        QCOMPARE(window.tableModel()->rowCount(), int(filtered.rows));
        QCOMPARE(window.tableModel()->filterText(), query);
        QCOMPARE(header->sortIndicatorSection(), int(SampleTableModel::LabelColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(window.tableModel()->sortKey().field, SampleSortKey::Field::Label);
        QVERIFY(window.tableModel()->sortKey().descending);
        for (int row = 1; row < window.tableModel()->rowCount(); ++row)
            QVERIFY(window.tableModel()->index(row - 1, SampleTableModel::LabelColumn).data().toString() >=
                    window.tableModel()->index(row, SampleTableModel::LabelColumn).data().toString());
        QCOMPARE(shownKeys(table), savedKeys);
        QCOMPARE(header->sectionSize(SampleTableModel::IdColumn), 222);
        QVERIFY(header->isSectionHidden(SampleTableModel::SplitColumn));
        QCOMPARE(window.tableModel()->metricColumns(), QStringList{QStringLiteral("audio.rms_dbfs")});
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Showing the saved view \u201cAudio and issues\u201d"));
        QCOMPARE(window.statusCountsText(),
                 expectedText(window, filtered.rows, table->selectionModel()->selectedRows().size(), filtered.issues));
        QCOMPARE(undo->count(), 1);  // applying a view is not an edit

        // Undo takes the saved view away (file and menu), redo brings it back.
        undo->undo();
        QCOMPARE(views->model()->rowCount(), 0);
        QVERIFY(!views->viewAction(1));
        QVERIFY(views->currentViewName().isEmpty());
        undo->redo();
        QCOMPARE(views->model()->rowCount(), 1);
        QVERIFY(views->viewAction(1));

        // A second view, renamed through its dialog, then deleted (undoably).
        views->saveViewAs(QStringLiteral("Second"));
        QCOMPARE(views->applyAction(2)->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
        QVERIFY(views->applyAction(2)->isEnabled());
        views->renameAction()->trigger();
        dialog = nameDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->textValue(), QStringLiteral("Second"));
        dialog->setTextValue(QStringLiteral("Renamed"));
        dialog->accept();
        QCOMPARE(views->model()->view(1)->name, QStringLiteral("Renamed"));
        QCOMPARE(views->currentViewName(), QStringLiteral("Renamed"));
        QVERIFY(views->deleteAction()->text().contains(QStringLiteral("Renamed")));
        views->deleteAction()->trigger();
        QCOMPARE(views->model()->rowCount(), 1);
        QVERIFY(!views->deleteAction()->isEnabled());
    }

    void viewsTravelWithTheProject()
    {
        QVERIFY(!m_project.isEmpty());
        MainWindow window;
        QVERIFY(openDemo(window));
        QCOMPARE(window.session()->projectPath(), m_project);
        SavedViewActions* views = window.savedViews();
        QCOMPARE(views->model()->rowCount(), 1);
        QCOMPARE(views->model()->view(0)->name, QStringLiteral("Audio and issues"));
        SampleTableView* table = window.workspacePage()->table();
        table->setMetricColumns({});
        table->setFocus();
        QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(waitIdle(window));
        QCOMPARE(window.workspacePage()->filterBar()->edit()->text(), QStringLiteral("issues >= 2 or label = dog"));
        QCOMPARE(window.tableModel()->metricColumns(), QStringList{QStringLiteral("audio.rms_dbfs")});

        // A view with a metric this project has no values for: the rest applies, the status bar says what not.
        SavedView partial;
        partial.name = QStringLiteral("From another project");
        partial.filter = QStringLiteral("label = dog");
        partial.sortColumn = QStringLiteral("video.not_measured");
        partial.columns = {{QStringLiteral("id"), 0},
                           {QStringLiteral("video.not_measured"), 0},
                           {QStringLiteral("label"), 0},
                           {QStringLiteral("a_future_column"), 0}};
        QVERIFY(views->model()->saveView(partial));
        QTest::keyClick(table, Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(waitIdle(window));
        QCOMPARE(shownKeys(table), (QStringList{QStringLiteral("id"), QStringLiteral("label")}));
        QCOMPARE(window.tableModel()->filterText(), QStringLiteral("label = dog"));
        QCOMPARE(window.tableModel()->rowCount(), int(countsOf(QStringLiteral("label = dog")).rows));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);  // import order
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("video.not_measured")) &&
                     message.contains(QStringLiteral("a_future_column")),
                 qPrintable(message));
    }

    void badJsonInTheProjectIsIgnored()
    {
        QVERIFY(!m_project.isEmpty());
        {
            auto store = ProjectStore::open(m_project).store;
            QVERIFY(store);
            QVERIFY(store->setMetaValue(SavedViewRepository::kMetaKey, QStringLiteral("{\"views\": [{\"na")));
        }
        MainWindow window;
        QSignalSpy messages(window.savedViews(), &SavedViewActions::message);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not valid JSON")));
        QVERIFY(openDemo(window));
        QCOMPARE(window.savedViews()->model()->rowCount(), 0);
        QVERIFY(window.savedViews()->saveAction()->isEnabled());
        QVERIFY(!window.savedViews()->viewAction(1));
        QVERIFY(window.savedViews()->model()->diagnostic().contains(QStringLiteral("not valid JSON")));
        QCOMPARE(messages.count(), 1);
        QVERIFY2(messages.front().front().toString().startsWith(QStringLiteral("Saved views: The saved views in the "
                                                                               "project file are not valid JSON")),
                 qPrintable(messages.front().front().toString()));
        // Saving works again; the unreadable text is kept aside.
        QVERIFY(window.savedViews()->saveViewAs(QStringLiteral("Fresh")));
        auto store = ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly).store;
        QCOMPARE(store->meta(SavedViewRepository::kUnreadableMetaKey), QStringLiteral("{\"views\": [{\"na"));
        QCOMPARE(SavedViewRepository(*store).load().views.size(), std::size_t(1));
    }
};

QTEST_MAIN(TestSavedViews)
#include "test_saved_views.moc"
