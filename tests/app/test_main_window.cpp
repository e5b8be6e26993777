#include "AboutDialog.h"
#include "DiagnosticsModel.h"
#include "DiagnosticsView.h"
#include "MainWindow.h"
#include "RecentFiles.h"
#include "SampleDetailsPane.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SessionController.h"
#include "SessionJobs.h"
#include "WelcomePage.h"
#include "WorkspacePage.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "store/ProjectImport.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

using namespace lockstep;

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    int m_expectedRows = 0;

    static DemoDataset::Options smallDemo()
    {
        DemoDataset::Options options;
        options.samples = 24;
        options.recordings = 2;
        return options;
    }

    static std::unique_ptr<QMimeData> urls(const QStringList& paths)
    {
        auto mime = std::make_unique<QMimeData>();
        QList<QUrl> list;
        for (const QString& path : paths)
            list << QUrl::fromLocalFile(path);
        mime->setUrls(list);
        return mime;
    }

    static bool dragAccepted(MainWindow& window, const QMimeData* mime)
    {
        QDragEnterEvent event(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &event);
        return event.isAccepted();
    }

    void waitUntilLoaded(MainWindow& window, int rows)
    {
        QTRY_COMPARE_WITH_TIMEOUT(window.tableModel()->rowCount(), rows, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBusy(), 60000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_main_window"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo-set"));
        NullProgress quiet;
        const DemoDataset::Result demo = DemoDataset::generate(m_demo, smallDemo(), quiet);
        QVERIFY2(demo.ok, qPrintable(demo.error));
        m_expectedRows = demo.samples + demo.recordings;
        QVERIFY(m_expectedRows > 0);
        // Import once up front, so that every test can also use the project file on its own.
        SessionJobs::DatasetRequest request;
        request.datasetPath = m_demo;
        request.projectPath = defaultProjectPathFor(m_demo);
        const JobOutcome imported = SessionJobs::openDataset(request, quiet);
        QVERIFY2(imported.ok, qPrintable(imported.error));
    }

    void startsOnTheWelcomePage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isWorkspaceShown());
        QVERIFY(window.welcomePage()->isVisible());
        QVERIFY(!window.diagnosticsDock()->isVisible());  // it belongs to the workspace
        QVERIFY(window.windowTitle().isEmpty() || window.windowTitle().contains(QStringLiteral("Lockstep")));
        // A comfortable default size: most of the screen, not a cramped minimum.
        const QRect available = window.screen()->availableGeometry();
        QVERIFY(window.width() >= qMin(1200, available.width() * 8 / 10));
        QVERIFY(window.height() >= qMin(750, available.height() * 8 / 10));
        QVERIFY(window.width() <= available.width());
    }

    void opensTheDemoAndShowsSamples()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(m_demo));
        QVERIFY(window.session()->isBusy());
        waitUntilLoaded(window, m_expectedRows);
        QVERIFY(window.isWorkspaceShown());
        QVERIFY(window.diagnosticsDock()->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("demo-set"));
        QVERIFY(window.lastError().isEmpty());
        QVERIFY2(window.statusCountsText().contains(QString::number(m_expectedRows)),
                 qPrintable(window.statusCountsText()));
        QVERIFY(window.workspacePage()->summaryText().contains(QString::number(m_expectedRows)));

        // The project goes beside the dataset, never into it.
        QVERIFY(QFileInfo::exists(defaultProjectPathFor(m_demo)));
        QVERIFY(QDir(m_demo).entryList({QStringLiteral("*.lockstep*")}, QDir::Files).isEmpty());

        // The first sample is selected and shown.
        const QString firstId = window.tableModel()->index(0, 0).data(SampleTableModel::SampleIdRole).toString();
        QVERIFY(!firstId.isEmpty());
        QTRY_COMPARE(window.detailsPane()->sampleId(), firstId);

        // Selecting another row shows that sample.
        const int row = m_expectedRows / 2;
        const QString id = window.tableModel()->index(row, 0).data(SampleTableModel::SampleIdRole).toString();
        window.sampleTable()->selectSampleRow(row);
        QCOMPARE(window.sampleTable()->currentSampleRow(), row);
        QTRY_COMPARE(window.detailsPane()->sampleId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(!window.detailsPane()->isLoading(), 10000);

        // The last rows are the recordings, with their streams.
        window.sampleTable()->selectSampleRow(m_expectedRows - 1);
        QTRY_VERIFY(window.detailsPane()->streamRowCount() > 0);

        // Opened folders are remembered.
        QVERIFY(window.recentFiles()->paths().contains(QDir::cleanPath(m_demo)));

        // A failure does not lose the session.
        QVERIFY(!window.openPath(m_dir.filePath(QStringLiteral("no-such-folder"))));
        QVERIFY(!window.lastError().isEmpty());
        QVERIFY(window.isWorkspaceShown());
        QCOMPARE(window.tableModel()->rowCount(), m_expectedRows);
    }

    void diagnosticsDockLinksToSamples()
    {
        MainWindow window;
        window.show();
        window.openPath(m_demo);
        waitUntilLoaded(window, m_expectedRows);
        DiagnosticsModel* diagnostics = qobject_cast<DiagnosticsModel*>(
            qobject_cast<QSortFilterProxyModel*>(window.diagnosticsView()->view()->model())->sourceModel());
        QVERIFY(diagnostics);
        QCOMPARE(qint64(diagnostics->rowCount()),
                 qMin<qint64>(window.session()->diagnostics().size(), JobOutcome::kDiagnosticsLimit));
        // The demo plants problems: at least one diagnostic names a sample, and activating it selects it.
        int withSample = -1;
        for (int i = 0; i < diagnostics->rowCount() && withSample < 0; ++i)
            if (!diagnostics->index(i, 0).data(DiagnosticsModel::SampleIdRole).toString().isEmpty())
                withSample = i;
        QVERIFY2(withSample >= 0, "the demo dataset should produce diagnostics about samples");
        const QString id = diagnostics->index(withSample, 0).data(DiagnosticsModel::SampleIdRole).toString();
        window.sampleTable()->selectSampleRow(0);
        emit window.diagnosticsView()->sampleActivated(id);
        QTRY_COMPARE(window.detailsPane()->sampleId(), id);
    }

    void dragAndDropOpensFoldersAndProjects()
    {
        MainWindow window;
        window.show();
        const QString project = defaultProjectPathFor(m_demo);
        QVERIFY(QFileInfo::exists(project));

        // What can be dropped.
        auto folder = urls({m_demo});
        auto projectMime = urls({project});
        auto csv = urls({m_demo + QStringLiteral("/metadata.csv")});
        auto missing = urls({m_dir.filePath(QStringLiteral("missing"))});
        auto mixed = urls({m_demo + QStringLiteral("/metadata.csv"), project});
        auto text = std::make_unique<QMimeData>();
        text->setText(m_demo);
        QCOMPARE(MainWindow::openablePath(folder.get()), m_demo);
        QCOMPARE(MainWindow::openablePath(projectMime.get()), project);
        QCOMPARE(MainWindow::openablePath(mixed.get()), project);
        QVERIFY(MainWindow::openablePath(csv.get()).isEmpty());
        QVERIFY(MainWindow::openablePath(missing.get()).isEmpty());
        QVERIFY(MainWindow::openablePath(text.get()).isEmpty());
        QVERIFY(dragAccepted(window, folder.get()));
        QVERIFY(dragAccepted(window, projectMime.get()));
        QVERIFY(!dragAccepted(window, csv.get()));
        QVERIFY(!dragAccepted(window, text.get()));

        // Dropping a project file opens it.
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, projectMime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        waitUntilLoaded(window, m_expectedRows);
        QCOMPARE(window.session()->source(), SessionController::Source::ProjectFile);
        QCOMPARE(window.session()->projectPath(), project);
    }

    void settingsPersist()
    {
        QList<int> sizes;
        {
            MainWindow window;
            window.show();
            window.resize(1234, 777);
            window.setDiagnosticsWanted(false);
            window.workspacePage()->splitter()->setSizes({700, 400});
            sizes = window.workspacePage()->splitter()->sizes();
            window.close();  // closing saves
        }
        QSettings settings;
        QVERIFY(settings.contains(QStringLiteral("mainWindow/geometry")));
        QVERIFY(settings.contains(QStringLiteral("mainWindow/state")));
        MainWindow restored;
        QCOMPARE(restored.size(), QSize(1234, 777));
        QVERIFY(!restored.isDiagnosticsWanted());
        QVERIFY(restored.diagnosticsDock()->isHidden());
        QCOMPARE(restored.workspacePage()->splitter()->sizes(), sizes);
    }

    void opensTheDemoFromTheMenuOnFirstUse()
    {
        MainWindow window;
        window.session()->setDemoFolder(m_dir.filePath(QStringLiteral("app-data/demo")));
        window.session()->setDemoOptions(smallDemo());
        window.show();
        window.openDemo();
        waitUntilLoaded(window, m_expectedRows);
        QCOMPARE(window.session()->source(), SessionController::Source::Demo);
        QVERIFY(SessionJobs::demoIsComplete(window.session()->demoFolder()));
        QCOMPARE(window.windowTitle(), window.session()->datasetName());

        // Closing the dataset returns to the start page, with the recent list.
        window.session()->closeSession();
        QVERIFY(!window.isWorkspaceShown());
        QCOMPARE(window.tableModel()->rowCount(), 0);
        QVERIFY(window.detailsPane()->sampleId().isEmpty());
    }

    void screenshotWaitsForTheLoadedWindow()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        const QString file = m_dir.filePath(QStringLiteral("shot.png"));
        QSignalSpy taken(&window, &MainWindow::screenshotTaken);
        window.openPath(m_demo);
        window.requestScreenshot(file);
        QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 1, 120000);
        QVERIFY(taken.first().at(1).toBool());
        QCOMPARE(window.tableModel()->rowCount(), m_expectedRows);
        QVERIFY(!window.detailsPane()->sampleId().isEmpty());
        const QImage image(file);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
    }

    void screenshotOfTheStartPage()
    {
        MainWindow window;
        window.show();
        const QString file = m_dir.filePath(QStringLiteral("welcome.png"));
        QSignalSpy taken(&window, &MainWindow::screenshotTaken);
        window.requestScreenshot(file);
        QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 1, 20000);
        QVERIFY(taken.first().at(1).toBool());
        QVERIFY(!window.isWorkspaceShown());
        QVERIFY(!QImage(file).isNull());
    }

    void screenshotReportsAFailedOpen()
    {
        MainWindow window;
        window.show();
        const QString file = m_dir.filePath(QStringLiteral("failed.png"));
        QSignalSpy taken(&window, &MainWindow::screenshotTaken);
        window.requestScreenshot(file);
        QVERIFY(!window.openPath(m_dir.filePath(QStringLiteral("nothing-here"))));
        QTRY_COMPARE_WITH_TIMEOUT(taken.count(), 1, 20000);
        QVERIFY(!taken.first().at(1).toBool());  // the script learns that the dataset did not open
        QVERIFY(QFileInfo::exists(file));
    }

    void aboutNamesTheVersions()
    {
        QVERIFY(AboutDialog::libraryVersions().contains(QString::fromLatin1(qVersion())));
        QVERIFY(AboutDialog::libraryVersions().contains(QStringLiteral("SQLite 3.")));
        // OpenCV's version comes from the imaging module, which the About box loads.
        QVERIFY2(AboutDialog::libraryVersions().contains(QStringLiteral("OpenCV 4.")),
                 qPrintable(AboutDialog::libraryVersions()));
        QVERIFY(AboutDialog::text().contains(QStringLiteral("Lockstep ")));
        QVERIFY(AboutDialog::text().contains(QString::fromLatin1(qVersion())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
