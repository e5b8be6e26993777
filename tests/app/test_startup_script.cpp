// The hidden start-up options that tools/make_screenshots.sh uses (StartupScript), and the dashboard's place in
// the window they show: below the workspace, hidden until F9, its plots side by side there, a layout the user
// saved restored as it was.
#include "AnnotationActions.h"
#include "AnnotationSession.h"
#include "MainWindow.h"
#include "QualityDashboard.h"
#include "ReviewActions.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SessionController.h"
#include "SessionJobs.h"
#include "StartupScript.h"
#include "WorkspacePage.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "store/ProjectImport.h"
#include "store/ReviewRepository.h"

#include <QAction>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lockstep;

namespace {

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

}  // namespace

class TestStartupScript : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    int m_rows = 0;

    void waitUntilOpen(MainWindow& window)
    {
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), m_rows, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 60000);
    }

    static std::optional<StartupScript> parse(const QStringList& arguments, QString* error)
    {
        QCommandLineParser parser;
        StartupScript::addOptions(parser);
        if (!parser.parse(QStringList{QStringLiteral("lockstep")} + arguments)) {
            *error = parser.errorText();
            return std::nullopt;
        }
        return StartupScript::fromParser(parser, error);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_startup_script"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo-set"));
        DemoDataset::Options options;
        options.samples = 12;
        options.recordings = 1;
        NullProgress quiet;
        const DemoDataset::Result demo = DemoDataset::generate(m_demo, options, quiet);
        QVERIFY2(demo.ok, qPrintable(demo.error));
        m_rows = demo.samples + demo.recordings;
        SessionJobs::DatasetRequest request;
        request.datasetPath = m_demo;
        request.projectPath = defaultProjectPathFor(m_demo);
        const JobOutcome imported = SessionJobs::openDataset(request, quiet);
        QVERIFY2(imported.ok, qPrintable(imported.error));
    }

    void init() { QSettings().clear(); }

    void parsesEdits_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("fromUs");
        QTest::addColumn<qint64>("toUs");
        QTest::newRow("label of two") << "label:s0001, s0002=dog"
                                      << "label" << list({"s0001", "s0002"}) << "dog" << qint64(0) << qint64(0);
        QTest::newRow("tag") << "tag:s0003=noisy"
                             << "tag" << list({"s0003"}) << "noisy" << qint64(0) << qint64(0);
        QTest::newRow("note keeps '=' and ':'") << "note:s0003=a = b: c"
                                                << "note" << list({"s0003"}) << "a = b: c" << qint64(0) << qint64(0);
        QTest::newRow("review") << "review:s0001=needs-fix"
                                << "review" << list({"s0001"}) << "needs-fix" << qint64(0) << qint64(0);
        QTest::newRow("region") << "region:rec=door knock@1.5:2.25"
                                << "region" << list({"rec"}) << "door knock" << qint64(1'500'000) << qint64(2'250'000);
    }

    void parsesEdits()
    {
        QFETCH(QString, spec);
        QString error;
        const std::optional<StartupScript::Edit> edit = StartupScript::parseEdit(spec, &error);
        QVERIFY2(edit, qPrintable(error));
        QTEST(edit->kind, "kind");
        QTEST(edit->ids, "ids");
        QTEST(edit->value, "value");
        QTEST(qint64(edit->from.count()), "fromUs");
        QTEST(qint64(edit->to.count()), "toUs");
    }

    void refusesWhatDoesNotParse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no kind") << list({"--annotate", "s0001=dog"}) << "KIND:IDS=VALUE";
        QTest::newRow("unknown kind") << list({"--annotate", "colour:s0001=red"}) << "KIND:IDS=VALUE";
        QTest::newRow("no ids") << list({"--annotate", "tag:=x"}) << "name the sample";
        QTest::newRow("note of two") << list({"--annotate", "note:a,b=x"}) << "name the sample";
        QTest::newRow("bad status") << list({"--annotate", "review:a=maybe"}) << "unknown review status";
        QTest::newRow("region without range") << list({"--annotate", "region:a=x"}) << "LABEL@A:B";
        QTest::newRow("region backwards") << list({"--annotate", "region:a=x@3:1"}) << "LABEL@A:B";
        QTest::newRow("unknown view") << list({"--view", "plots"}) << "expected grid";
        QTest::newRow("bad range") << list({"--timeline-range", "5"}) << "A:B";
    }

    void refusesWhatDoesNotParse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!parse(arguments, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void nothingAskedIsEmpty()
    {
        QString error;
        const std::optional<StartupScript> script = parse({}, &error);
        QVERIFY(script);
        QVERIFY(script->isEmpty());
    }

    void editsSelectsAndShowsOnceOpen()
    {
        QString error;
        const std::optional<StartupScript> script =
            parse(list({"--annotate", "tag:s0002,s0003=street", "--annotate", "note:s0002=glare", "--annotate",
                        "review:s0003=rejected", "--select", "s0003", "--view", "history", "--view",
                        "dashboard:audio.duration_s"}),
                  &error);
        QVERIFY2(script, qPrintable(error));
        MainWindow window;
        window.setInitialSample(QStringLiteral("s0002"));
        window.show();
        script->attach(&window);
        QVERIFY(window.openPath(m_demo));
        waitUntilOpen(window);

        AnnotationSession* annotations = window.annotationActions()->session();
        QCOMPARE(annotations->annotations(QStringLiteral("s0002")).tags, QStringList{QStringLiteral("street")});
        QCOMPARE(annotations->annotations(QStringLiteral("s0003")).tags, QStringList{QStringLiteral("street")});
        QCOMPARE(annotations->annotations(QStringLiteral("s0002")).note, QStringLiteral("glare"));
        const int row3 = window.tableModel()->rowOfSample(QStringLiteral("s0003"));
        QCOMPARE(window.tableModel()->index(row3, SampleTableModel::StatusColumn).data().toString(),
                 reviewStatusName(ReviewStatus::Rejected));
        // Each edit is a step of the undo history, which is shown.
        QCOMPARE(window.reviewActions()->undoStack()->count(), 3);
        QVERIFY(window.annotationActions()->historyDock()->isVisible());
        // s0002 stays current, s0003 is selected too.
        const int row2 = window.tableModel()->rowOfSample(QStringLiteral("s0002"));
        QCOMPARE(window.sampleTable()->currentSampleRow(), row2);
        QCOMPARE(window.sampleTable()->selectedSampleRows(), (QList<int>{row2, row3}));
        QVERIFY(window.dashboardDock()->isVisible());
    }

    void dashboardWaitsBelowTheWorkspaceUntilF9()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(m_demo));
        waitUntilOpen(window);
        QDockWidget* dock = window.dashboardDock();
        QVERIFY(dock->isHidden());
        QVERIFY(window.diagnosticsDock()->isVisible());
        QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
        QCOMPARE(window.dashboard()->orientation(), Qt::Horizontal);
        // With it hidden, the table and details have the window's width.
        QVERIFY(window.workspacePage()->width() >= window.width() - 20);

        dock->toggleViewAction()->trigger();  // F9
        QTRY_VERIFY(dock->isVisible());
        QTRY_VERIFY2(dock->height() >= window.height() / 3, qPrintable(QString::number(dock->height())));
        QVERIFY(window.tabifiedDockWidgets(dock).contains(window.diagnosticsDock()));
        QVERIFY(window.workspacePage()->width() >= window.width() - 20);

        // Bringing the diagnostics tab to the front does not close the dashboard: reopening keeps it.
        window.diagnosticsDock()->raise();
        QTRY_VERIFY(window.diagnosticsDock()->isVisible());
        window.session()->closeSession();
        QVERIFY(window.openPath(m_demo));
        waitUntilOpen(window);
        QVERIFY(!dock->isHidden());
        QVERIFY(!window.diagnosticsDock()->isHidden());
    }

    void aSavedLayoutIsRestored()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openPath(m_demo));
            waitUntilOpen(window);
            window.addDockWidget(Qt::RightDockWidgetArea, window.dashboardDock());
            window.dashboardDock()->toggleViewAction()->trigger();
            QTRY_VERIFY(window.dashboardDock()->isVisible());
            QCOMPARE(window.dashboard()->orientation(), Qt::Vertical);
            window.close();  // saves
        }
        MainWindow restored;
        restored.show();
        QCOMPARE(restored.dockWidgetArea(restored.dashboardDock()), Qt::RightDockWidgetArea);
        QCOMPARE(restored.dashboard()->orientation(), Qt::Vertical);
        QVERIFY(restored.openPath(m_demo));
        waitUntilOpen(restored);
        QVERIFY(restored.dashboardDock()->isVisible());
    }
};

QTEST_MAIN(TestStartupScript)
#include "test_startup_script.moc"
