// The keyboard review flow on the real main window, offscreen: A accepts and moves on, R rejects, J/K step,
// Ctrl+Z undoes, the query bar filters; the project file holds every decision shown as done, read by another
// connection (as after a crash: nothing waits for a save).

#include "MainWindow.h"
#include "MainWindowTesting.h"
#include "ReviewActions.h"
#include "SampleDetailsPane.h"
#include "SampleFilterBar.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SessionController.h"
#include "SmallDemoWindow.h"
#include "WorkspacePage.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "store/ProjectStore.h"
#include "store/ReviewRepository.h"

#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lockstep;

class TestReviewFlow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    static SampleReview stored(const QString& project, const QString& id)
    {
        auto store = ProjectStore::open(project, ProjectStore::Mode::ReadOnly).store;
        return store ? ReviewRepository(*store).review(id) : SampleReview{};
    }

    static QString idAt(MainWindow& window, int row)
    {
        return window.tableModel()->index(row, 0).data(SampleTableModel::SampleIdRole).toString();
    }

private slots:
    void initTestCase()
    {
        fixture::useFreshSettings(QStringLiteral("test_review_flow"));
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo-set"));
        QVERIFY(fixture::generateSmallDemo(m_demo));
    }

    void keyboardReview()
    {
        MainWindow window;
        QVERIFY(fixture::openInWindow(window, m_demo));
        const QString project = window.session()->projectPath();
        SampleTableView* table = window.workspacePage()->table();
        table->setFocus();
        QCOMPARE(table->currentSampleRow(), 0);
        const QString first = idAt(window, 0);
        const QString second = idAt(window, 1);
        const QString third = idAt(window, 2);

        QTest::keyClick(table, Qt::Key_A);  // accept s0 -> on to row 1
        QCOMPARE(table->currentSampleRow(), 1);
        QCOMPARE(stored(project, first).status, ReviewStatus::Accepted);
        QCOMPARE(window.tableModel()->index(0, SampleTableModel::StatusColumn).data().toString(),
                 QStringLiteral("accepted"));
        QTest::keyClick(table, Qt::Key_R);  // reject row 1 -> row 2
        QCOMPARE(stored(project, second).status, ReviewStatus::Rejected);
        QCOMPARE(table->currentSampleRow(), 2);
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(table->currentSampleRow(), 3);
        QTest::keyClick(table, Qt::Key_K);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(table->currentSampleRow(), 1);
        QCOMPARE(stored(project, third), SampleReview{});

        QCOMPARE(window.reviewActions()->undoStack()->count(), 2);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);  // undo the reject
        QCOMPARE(table->currentSampleRow(), 1);
        QCOMPARE(stored(project, second), SampleReview{});
        QCOMPARE(stored(project, first).status, ReviewStatus::Accepted);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);  // redo it
        QCOMPARE(stored(project, second).status, ReviewStatus::Rejected);

        // The query bar (Ctrl+F) keeps its letters: typing "r" there rejects nothing.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QLineEdit* query = window.workspacePage()->filterBar()->edit();
        QVERIFY(query->hasFocus());
        QTest::keyClicks(query, QStringLiteral("status:rejected"));
        QTest::keyClick(query, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), 1, 10000);
        QCOMPARE(idAt(window, 0), second);
        // The details pane follows the table's position, not the sample's place in the import.
        table->selectSampleRow(0);
        QTRY_COMPARE(window.detailsPane()->sampleId(), second);
        QCOMPARE(window.reviewActions()->undoStack()->count(), 2);
    }

    void cheatSheetListsTheKeys()
    {
        MainWindow window;
        const QStringList rows = fixture::cheatSheetRows(window);
        for (const char* expected : {"Accept\tA", "Reject\tR", "Next Sample\tJ", "Previous Sample\tK",
                                     "Filter Samples\tCtrl+F", "Scan Quality\tCtrl+Shift+S", "Keyboard Shortcuts\tF1"})
            QVERIFY2(rows.contains(QString::fromUtf8(expected)), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(),
                            [](const QString& r) { return r.startsWith(QLatin1String("Undo\tCtrl+Z")); }));
    }

    void decisionsOutliveTheWindow()
    {
        // A new window on the same project shows what the last one decided (it was never "saved").
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(m_demo));
        QTRY_VERIFY_WITH_TIMEOUT(window.tableModel()->rowCount() > 0, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 60000);
        QCOMPARE(window.tableModel()->index(0, SampleTableModel::StatusColumn).data().toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(window.tableModel()->index(1, SampleTableModel::StatusColumn).data().toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(window.reviewActions()->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestReviewFlow)
#include "test_review_flow.moc"
