#include "JobRunner.h"
#include "SessionController.h"
#include "SessionJobs.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestSessionController : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dataset;
    int m_expectedRows = 0;

    static DemoDataset::Options smallDemo()
    {
        DemoDataset::Options options;
        options.samples = 12;
        options.recordings = 1;
        return options;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LockstepTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_session_controller"));
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("birds"));
        NullProgress quiet;
        const DemoDataset::Result demo = DemoDataset::generate(m_dataset, smallDemo(), quiet);
        QVERIFY2(demo.ok, qPrintable(demo.error));
        m_expectedRows = demo.samples + demo.recordings;
    }

    void classifiesPaths()
    {
        QCOMPARE(SessionController::classify(m_dataset), SessionController::PathKind::DatasetFolder);
        QCOMPARE(SessionController::classify(m_dataset + QStringLiteral("/metadata.csv")),
                 SessionController::PathKind::Unusable);
        QCOMPARE(SessionController::classify(m_dir.filePath(QStringLiteral("nothing"))),
                 SessionController::PathKind::Unusable);
        QCOMPARE(SessionController::classify(QString()), SessionController::PathKind::Unusable);
    }

    void opensADatasetFolder()
    {
        SessionController session;
        QSignalSpy opened(&session, &SessionController::sessionOpened);
        QSignalSpy pathOpened(&session, &SessionController::pathOpened);
        QSignalSpy started(&session, &SessionController::jobStarted);
        QVERIFY(session.openPath(m_dataset));
        QCOMPARE(started.count(), 1);
        QVERIFY(session.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QVERIFY(!session.isBusy());
        QVERIFY(session.isOpen());
        QCOMPARE(session.source(), SessionController::Source::DatasetFolder);
        QCOMPARE(session.datasetName(), QStringLiteral("birds"));
        QCOMPARE(session.projectPath(), defaultProjectPathFor(m_dataset));
        QCOMPARE(session.sampleCount(), qint64(m_expectedRows));
        QCOMPARE(session.store()->sampleCount(), qint64(m_expectedRows));
        QCOMPARE(pathOpened.count(), 1);
        QCOMPARE(pathOpened.first().first().toString(), m_dataset);

        const std::optional<SampleDetails> first = session.sampleDetails(0);
        QVERIFY(first.has_value());
        QVERIFY(!first->sample.id.isEmpty());
        QCOMPARE(first->row.id, first->sample.id);
        QCOMPARE(first->datasetRoot, session.datasetRoot());
        QVERIFY(!session.sampleDetails(m_expectedRows).has_value());
    }

    void opensAProjectFile()
    {
        const QString project = defaultProjectPathFor(m_dataset);
        QVERIFY(QFileInfo::exists(project));
        QCOMPARE(SessionController::classify(project), SessionController::PathKind::ProjectFile);
        SessionController session;
        QSignalSpy opened(&session, &SessionController::sessionOpened);
        QVERIFY(session.openPath(project));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QCOMPARE(session.source(), SessionController::Source::ProjectFile);
        QCOMPARE(session.sampleCount(), qint64(m_expectedRows));
        QVERIFY(QFileInfo(session.datasetRoot()).isDir());
    }

    void failureKeepsTheCurrentSession()
    {
        SessionController session;
        QSignalSpy opened(&session, &SessionController::sessionOpened);
        QSignalSpy failed(&session, &SessionController::openFailed);
        session.openDatasetFolder(m_dataset);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);

        QVERIFY(!session.openPath(m_dir.filePath(QStringLiteral("does-not-exist"))));
        QCOMPARE(failed.count(), 1);
        // A file that is not a project: refused up front.
        QVERIFY(!session.openPath(m_dataset + QStringLiteral("/metadata.csv")));
        QCOMPARE(failed.count(), 2);
        QVERIFY(session.isOpen());
        QCOMPARE(session.sampleCount(), qint64(m_expectedRows));
    }

    void generatesAndOpensTheDemo()
    {
        SessionController session;
        session.setDemoFolder(m_dir.filePath(QStringLiteral("app-data/demo")));
        session.setDemoOptions(smallDemo());
        QCOMPARE(session.demoOptions().seed, quint32(7));
        QSignalSpy opened(&session, &SessionController::sessionOpened);
        QSignalSpy pathOpened(&session, &SessionController::pathOpened);
        session.openDemo();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 120000);
        QCOMPARE(session.source(), SessionController::Source::Demo);
        QVERIFY(SessionJobs::demoIsComplete(session.demoFolder()));
        QCOMPARE(session.sampleCount(), qint64(m_expectedRows));
        QCOMPARE(pathOpened.count(), 0);  // the demo is not a "recent file"
        QVERIFY(!QFileInfo::exists(session.demoFolder() + QStringLiteral(".partial")));
    }

    void defaultDemoFolderIsInAppData()
    {
        SessionController session;
        QVERIFY(
            session.demoFolder().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
        QVERIFY(session.demoFolder().endsWith(QStringLiteral("/demo")));
    }

    void cancelledDemoLeavesNoDemo()
    {
        SessionController session;
        session.setDemoFolder(m_dir.filePath(QStringLiteral("cancelled/demo")));
        session.setDemoOptions(smallDemo());
        QSignalSpy opened(&session, &SessionController::sessionOpened);
        QSignalSpy busy(&session, &SessionController::busyChanged);
        session.openDemo();
        session.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 60000);
        QCOMPARE(opened.count(), 0);
        QVERIFY(!session.isOpen());
        QVERIFY(!SessionJobs::demoIsComplete(session.demoFolder()));
    }

    void reimportRebuildsTheProject()
    {
        SessionController session;
        QSignalSpy opened(&session, &SessionController::sessionOpened);
        session.openDatasetFolder(m_dataset);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        QVERIFY(session.reimport());
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 60000);
        QCOMPARE(session.sampleCount(), qint64(m_expectedRows));
        QCOMPARE(session.source(), SessionController::Source::DatasetFolder);
    }

    void closeSessionForgetsEverything()
    {
        SessionController session;
        QSignalSpy opened(&session, &SessionController::sessionOpened);
        QSignalSpy closed(&session, &SessionController::sessionClosed);
        session.openDatasetFolder(m_dataset);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        session.closeSession();
        QCOMPARE(closed.count(), 1);
        QVERIFY(!session.isOpen());
        QVERIFY(!session.store());
        QCOMPARE(session.sampleCount(), qint64(0));
        QVERIFY(!session.sampleDetails(0).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "test_session_controller.moc"
