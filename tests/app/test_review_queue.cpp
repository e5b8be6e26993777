// The review queue on the real main window, offscreen: Ctrl+E takes the table's filter, Enter starts the queue
// worst issue first, A / R / F / U decide and move on, J / K step, Ctrl+Z undoes, the strip counts "n / N" and
// says when the queue is finished, Escape returns to the table at the sample reached. The project file, read by
// another connection, holds every decision the moment it is shown.

#include "../model/IssueFixture.h"
#include "MainWindow.h"
#include "ReviewActions.h"
#include "ReviewQueueBar.h"
#include "ReviewQueueMode.h"
#include "SampleDetailsPane.h"
#include "SampleFilterBar.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SessionController.h"
#include "WorkspacePage.h"
#include "store/ProjectStore.h"
#include "store/ReviewRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lockstep;

class TestReviewQueue : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

    static ReviewStatus stored(const QString& project, int sample)
    {
        auto store = ProjectStore::open(project, ProjectStore::Mode::ReadOnly).store;
        return store ? ReviewRepository(*store).review(fixture::sampleId(sample)).status : ReviewStatus::Unreviewed;
    }
    static QString currentId(MainWindow& window)
    {
        const int row = window.sampleTable()->currentSampleRow();
        return window.tableModel()->index(row, 0).data(SampleTableModel::SampleIdRole).toString();
    }
    static void openProject(MainWindow& window, const QString& project)
    {
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(project));
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), fixture::kIssueProjectSamples, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 60000);
        window.activateWindow();
        window.sampleTable()->setFocus();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_review_queue"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("queue.lockstep"));
        QVERIFY(fixture::buildIssueProject(m_project, m_dir.path()));
    }

    void queueWorstClippingFirst()
    {
        MainWindow window;
        openProject(window, m_project);
        ReviewQueueMode* queue = window.reviewQueue();
        ReviewQueueBar* bar = queue->bar();
        QDockWidget* diagnostics = window.diagnosticsDock();  // shown by default; the queue hides the docks
        QVERIFY(diagnostics->isVisible());

        // The table filtered to the clipping samples: Ctrl+E takes that query and proposes worst first.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(window.workspacePage()->filterBar()->edit(), QStringLiteral("has:audio.clipping"));
        QTest::keyClick(window.workspacePage()->filterBar()->edit(), Qt::Key_Return);
        QTRY_COMPARE(window.tableModel()->rowCount(), 5);
        window.sampleTable()->setFocus();
        QTest::keyClick(window.sampleTable(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(queue->isAsking());
        QVERIFY(bar->isVisible());
        QVERIFY(bar->queryEdit()->hasFocus());
        QCOMPARE(bar->queryEdit()->text(), QStringLiteral("has:audio.clipping"));
        QCOMPARE(bar->request().order, ReviewQueueBar::Order::WorstIssueFirst);
        QCOMPARE(bar->request().issueType, QStringLiteral("audio.clipping"));
        QVERIFY(bar->unreviewedBox()->isChecked());
        // The query field keeps its letters: "a" typed there accepts nothing.
        QTest::keyClick(bar->queryEdit(), Qt::Key_End);
        QTest::keyClicks(bar->queryEdit(), QStringLiteral(" a"));
        QCOMPARE(bar->queryEdit()->text(), QStringLiteral("has:audio.clipping a"));
        QCOMPARE(window.reviewActions()->undoStack()->count(), 0);
        QTest::keyClick(bar->queryEdit(), Qt::Key_Backspace);
        QTest::keyClick(bar->queryEdit(), Qt::Key_Backspace);
        QTest::keyClick(bar->queryEdit(), Qt::Key_Return);

        // Running: the inspector alone, worst first, "1 / 5".
        QTRY_VERIFY(queue->isRunning());
        QVERIFY(!window.workspacePage()->browserPane()->isVisible());
        QVERIFY(!diagnostics->isVisible());
        QVERIFY(window.detailsPane()->isVisible());
        QCOMPARE(window.tableModel()->rowCount(), 5);
        QCOMPARE(currentId(window), fixture::sampleId(7));
        QCOMPARE(window.detailsPane()->sampleId(), fixture::sampleId(7));
        QCOMPARE(bar->progressText(), QStringLiteral("1 / 5"));

        QTest::keyClick(bar, Qt::Key_A);  // s7 accepted -> s12
        QCOMPARE(stored(m_project, 7), ReviewStatus::Accepted);
        QCOMPARE(currentId(window), fixture::sampleId(12));
        QCOMPARE(bar->progressText(), QStringLiteral("2 / 5"));
        QTest::keyClick(bar, Qt::Key_R);  // s12 rejected -> s20
        QCOMPARE(stored(m_project, 12), ReviewStatus::Rejected);
        QCOMPARE(currentId(window), fixture::sampleId(20));
        QTest::keyClick(bar, Qt::Key_J);  // -> s3
        QCOMPARE(currentId(window), fixture::sampleId(3));
        QCOMPARE(bar->progressText(), QStringLiteral("4 / 5"));
        QTest::keyClick(bar, Qt::Key_K);  // -> s20
        QTest::keyClick(bar, Qt::Key_F);  // s20 needs a fix -> s3
        QCOMPARE(stored(m_project, 20), ReviewStatus::NeedsFix);
        QCOMPARE(currentId(window), fixture::sampleId(3));
        QVERIFY2(bar->stateText().startsWith(QLatin1String("3 decided")), qPrintable(bar->stateText()));
        // Undo and redo, as in the table.
        QTest::keyClick(bar, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(m_project, 20), ReviewStatus::Unreviewed);
        QVERIFY2(bar->stateText().startsWith(QLatin1String("2 decided")), qPrintable(bar->stateText()));
        QTest::keyClick(bar, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(m_project, 20), ReviewStatus::NeedsFix);
        QVERIFY(!queue->isFinished());

        // The last one: a decision there finishes the queue, and the strip says so.
        QTest::keyClick(bar, Qt::Key_J);
        QCOMPARE(currentId(window), fixture::sampleId(25));
        QCOMPARE(bar->progressText(), QStringLiteral("5 / 5"));
        QTest::keyClick(bar, Qt::Key_A);
        QCOMPARE(stored(m_project, 25), ReviewStatus::Accepted);
        QVERIFY(queue->isFinished());
        QVERIFY2(bar->stateText().contains(QLatin1String("Queue finished")), qPrintable(bar->stateText()));
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("finished")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(stored(m_project, 3), ReviewStatus::Unreviewed);  // stepped over, never decided

        // Escape: back to the table, at the sample reached, with the queue's filter in the query bar.
        QTest::keyClick(bar, Qt::Key_Escape);
        QVERIFY(!queue->isRunning());
        QVERIFY(!bar->isVisible());
        QVERIFY(window.workspacePage()->browserPane()->isVisible());
        QVERIFY(window.sampleTable()->hasFocus());
        QVERIFY(diagnostics->isVisible());
        QCOMPARE(currentId(window), fixture::sampleId(25));
        QCOMPARE(window.workspacePage()->filterBar()->edit()->text(),
                 QStringLiteral("(has:audio.clipping) and status:unreviewed"));
        QCOMPARE(window.tableModel()
                     ->index(window.sampleTable()->currentSampleRow(), SampleTableModel::StatusColumn)
                     .data()
                     .toString(),
                 QStringLiteral("accepted"));

        // Again, only unreviewed: what is left of the clipping samples is s3 alone.
        QTest::keyClick(window.sampleTable(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(queue->isAsking());
        QCOMPARE(bar->queryEdit()->text(), QStringLiteral("has:audio.clipping"));  // the queue's own term read back
        QTest::keyClick(bar->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(queue->isRunning());
        QCOMPARE(window.tableModel()->rowCount(), 1);
        QCOMPARE(currentId(window), fixture::sampleId(3));
        QCOMPARE(bar->progressText(), QStringLiteral("1 / 1"));
        QTest::keyClick(bar, Qt::Key_U);  // a cleared decision on the last one also ends the queue
        QVERIFY(queue->isFinished());
        QCOMPARE(stored(m_project, 3), ReviewStatus::Unreviewed);
        QTest::keyClick(bar, Qt::Key_Escape);
        QVERIFY(!queue->isRunning());
        QCOMPARE(window.reviewActions()->undoStack()->count(), 4);  // U on an unreviewed sample changes nothing
    }

    // Quitting in the middle of a queue keeps the user's docks: the next window shows them again.
    void quitInQueueKeepsDocks()
    {
        {
            MainWindow window;
            openProject(window, m_project);
            QVERIFY(window.diagnosticsDock()->isVisible());
            ReviewQueueBar::Request request;
            request.query = QStringLiteral("has:audio.clipping");
            window.reviewQueue()->start(request);
            QTRY_VERIFY(window.reviewQueue()->isRunning());
            QVERIFY(!window.diagnosticsDock()->isVisible());
            window.close();
        }
        MainWindow again;
        openProject(again, m_project);
        QVERIFY(again.isDiagnosticsWanted());
        QVERIFY(again.diagnosticsDock()->isVisible());
    }

    void emptyQueueAndBadQuery()
    {
        MainWindow window;
        openProject(window, m_project);
        ReviewQueueMode* queue = window.reviewQueue();
        ReviewQueueBar* bar = queue->bar();
        QVERIFY(window.reviewQueue()->enterAction()->isEnabled());
        window.reviewQueue()->enterAction()->trigger();  // Review > Review Queue...
        QVERIFY(queue->isAsking());
        bar->queryEdit()->setText(QStringLiteral("label = nobody"));
        QTest::keyClick(bar->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(bar->findChild<QWidget*>(QStringLiteral("reviewQueueError"))->isVisible());
        QVERIFY(queue->isAsking());
        QVERIFY(window.workspacePage()->browserPane()->isVisible());  // nothing to show: the table stays
        bar->queryEdit()->setText(QStringLiteral("label = (dog"));
        QTest::keyClick(bar->queryEdit(), Qt::Key_Return);
        QVERIFY(queue->isAsking());
        // A value order needs a type.
        bar->queryEdit()->setText(QString());
        bar->orderBox()->setCurrentIndex(bar->orderBox()->findData(int(ReviewQueueBar::Order::LargestValueFirst)));
        bar->issueTypeBox()->setCurrentIndex(0);  // any issue
        QTest::keyClick(bar->queryEdit(), Qt::Key_Return);
        QVERIFY(queue->isAsking());
        // Largest clipping value first over every unreviewed sample: s25 (1000) leads.
        bar->issueTypeBox()->setCurrentIndex(bar->issueTypeBox()->findData(QStringLiteral("audio.clipping")));
        bar->unreviewedBox()->setChecked(false);
        QTest::keyClick(bar->queryEdit(), Qt::Key_Return);
        QTRY_VERIFY(queue->isRunning());
        QCOMPARE(window.tableModel()->rowCount(), fixture::kIssueProjectSamples);
        QCOMPARE(currentId(window), fixture::sampleId(25));
        QCOMPARE(bar->progressText(), QStringLiteral("1 / 30"));
        QTest::keyClick(bar, Qt::Key_J);
        QCOMPARE(currentId(window), fixture::sampleId(12));  // 100
        // Closing the project leaves the mode.
        window.session()->closeSession();
        QTRY_VERIFY(!queue->isRunning());
        QVERIFY(!queue->enterAction()->isEnabled());
    }
};

QTEST_MAIN(TestReviewQueue)
#include "test_review_queue.moc"
