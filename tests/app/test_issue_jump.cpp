// ] and [ on the real main window, offscreen: the next / previous sample with the current issue type, in the
// table's order and filter, wrapping with a message — in the table, the thumbnail grid and the review queue.

#include "../model/IssueFixture.h"
#include "IssueJumpActions.h"
#include "IssueNavigator.h"
#include "MainWindow.h"
#include "MainWindowTesting.h"
#include "ReviewQueueBar.h"
#include "ReviewQueueMode.h"
#include "SampleDetailsPane.h"
#include "SampleGridView.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SessionController.h"
#include "SmallDemoWindow.h"
#include "WorkspacePage.h"

#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestIssueJump : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    static QString currentId(MainWindow& window)
    {
        const int row = window.sampleTable()->currentSampleRow();
        return window.tableModel()->index(row, 0).data(SampleTableModel::SampleIdRole).toString();
    }
    // Presses the key on the widget and waits for the jump (the first one per type asks SQLite off the GUI thread).
    static void press(MainWindow& window, QWidget* widget, Qt::Key key)
    {
        QTest::keyClick(widget, key);
        QTRY_VERIFY(!window.issueJumpActions()->navigator()->isSearching());
    }
    static QString message(MainWindow& window) { return window.statusBar()->currentMessage(); }

private slots:
    void initTestCase()
    {
        fixture::useFreshSettings(QStringLiteral("test_issue_jump"));
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("jump.lockstep"));
        QVERIFY(fixture::buildIssueProject(m_project, m_dir.path()));
    }

    void jumpsThroughATypeAndWraps()
    {
        MainWindow window;
        QVERIFY(fixture::openInWindow(window, m_project, fixture::kIssueProjectSamples));
        window.activateWindow();
        SampleTableView* table = window.sampleTable();
        table->setFocus();

        // s0 has no issue and nothing was jumped to yet: the key says why it does nothing.
        press(window, table, Qt::Key_BracketRight);
        QCOMPARE(currentId(window), fixture::sampleId(0));
        QVERIFY2(message(window).contains(QLatin1String("no issues")), qPrintable(message(window)));

        // From s3 (audio.clipping, its first type) through the clipping samples in import order, then around.
        table->selectSampleRow(3);
        QCOMPARE(window.detailsPane()->issueTypes(), QStringList{QStringLiteral("audio.clipping")});
        for (int expected : {7, 12, 20, 25}) {
            press(window, table, Qt::Key_BracketRight);
            QCOMPARE(currentId(window), fixture::sampleId(expected));
        }
        QCOMPARE(window.detailsPane()->selectedIssueType(), QStringLiteral("audio.clipping"));
        press(window, table, Qt::Key_BracketRight);
        QCOMPARE(currentId(window), fixture::sampleId(3));
        QVERIFY2(message(window).contains(QLatin1String("Wrapped around to the first")), qPrintable(message(window)));
        press(window, table, Qt::Key_BracketLeft);
        QCOMPARE(currentId(window), fixture::sampleId(25));
        QVERIFY2(message(window).contains(QLatin1String("Wrapped around to the last")), qPrintable(message(window)));

        // The type picked in the Issues section wins over the sample's first one: at s12, image.dark.
        table->selectSampleRow(12);
        QCOMPARE(window.detailsPane()->issueTypes(),
                 QStringList({QStringLiteral("audio.clipping"), QStringLiteral("image.dark")}));
        window.detailsPane()->selectIssueType(QStringLiteral("image.dark"));  // what clicking its name does
        QCOMPARE(window.issueJumpActions()->currentType(), QStringLiteral("image.dark"));
        press(window, table, Qt::Key_BracketRight);
        QCOMPARE(currentId(window), fixture::sampleId(28));
        press(window, table, Qt::Key_BracketRight);
        QCOMPARE(currentId(window), fixture::sampleId(5));

        // The table's order: by id, descending — the jump follows it (s5 -> s28 wraps, then s12).
        window.tableModel()->sort(SampleTableModel::IdColumn, Qt::DescendingOrder);
        QTRY_VERIFY(!window.tableModel()->isSorting());
        QCOMPARE(currentId(window), fixture::sampleId(5));
        press(window, table, Qt::Key_BracketRight);
        QCOMPARE(currentId(window), fixture::sampleId(28));
        QVERIFY(message(window).contains(QLatin1String("Wrapped")));
        press(window, table, Qt::Key_BracketRight);
        QCOMPARE(currentId(window), fixture::sampleId(12));

        // The thumbnail grid shares the table's selection: the keys work there too.
        window.workspacePage()->setGridShown(true);
        SampleGridView* grid = window.workspacePage()->grid();
        QTRY_VERIFY(grid->hasFocus());
        press(window, grid, Qt::Key_BracketRight);
        QCOMPARE(currentId(window), fixture::sampleId(5));
        press(window, grid, Qt::Key_BracketLeft);
        QCOMPARE(currentId(window), fixture::sampleId(12));
        window.workspacePage()->setGridShown(false);

        // In the review queue (every sample, worst clipping first): the next clipping sample in the queue's order.
        ReviewQueueBar::Request request;
        request.order = ReviewQueueBar::Order::WorstIssueFirst;
        request.issueType = QStringLiteral("audio.clipping");
        request.onlyUnreviewed = false;
        window.reviewQueue()->start(request);
        QTRY_VERIFY(window.reviewQueue()->isRunning());
        QCOMPARE(currentId(window), fixture::sampleId(7));
        ReviewQueueBar* bar = window.reviewQueue()->bar();
        window.detailsPane()->selectIssueType(QString());
        press(window, bar, Qt::Key_BracketRight);
        QCOMPARE(currentId(window), fixture::sampleId(12));
        QCOMPARE(bar->progressText(), QStringLiteral("2 / 30"));
        window.detailsPane()->selectIssueType(QStringLiteral("image.dark"));
        press(window, bar, Qt::Key_BracketRight);  // the dark ones come after the clipping ones: s5, then s28
        QCOMPARE(currentId(window), fixture::sampleId(5));
        QCOMPARE(bar->progressText(), QStringLiteral("10 / 30"));
        QTest::keyClick(bar, Qt::Key_Escape);
        QVERIFY(!window.reviewQueue()->isRunning());

        // A filter: the jump goes to the next sample the table still shows (s12 is dark, so filtered out).
        table->setFocus();
        window.tableModel()->sort(-1);
        window.tableModel()->setFilter(QStringLiteral("not has:image.dark"));
        QTRY_VERIFY(!window.tableModel()->isSorting());
        table->selectSampleRow(window.tableModel()->rowOfSample(fixture::sampleId(7)));
        QCOMPARE(currentId(window), fixture::sampleId(7));
        press(window, table, Qt::Key_BracketRight);
        QCOMPARE(currentId(window), fixture::sampleId(20));
    }

    void cheatSheetListsTheKeys()
    {
        MainWindow window;
        const QStringList rows = fixture::cheatSheetRows(window);
        for (const char* expected : {"Next Issue of This Type\t]", "Previous Issue of This Type\t[",
                                     "Review Queue\tCtrl+E", "Leave Review Queue\tEsc"})
            QVERIFY2(rows.contains(QString::fromUtf8(expected)), qPrintable(rows.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestIssueJump)
#include "test_issue_jump.moc"
