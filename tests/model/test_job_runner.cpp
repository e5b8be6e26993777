#include "JobRunner.h"
#include "ProgressSignalAdapter.h"
#include "SessionJobs.h"
#include "demo/DemoDataset.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace lockstep;

namespace {

QStringList listFiles(const QString& root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

}  // namespace

class TestJobRunner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<lockstep::JobOutcome>(); }

    void adapterThrottlesAndKeepsTheFinalReport()
    {
        ProgressSignalAdapter adapter;
        QSignalSpy spy(&adapter, &ProgressSignalAdapter::progressed);
        constexpr qint64 total = 200'000;
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 1; i <= total; ++i)
            adapter.report(QStringLiteral("row"), i, total);
        const qint64 elapsedMs = timer.elapsed();
        QTRY_VERIFY(!spy.isEmpty());
        QCoreApplication::processEvents();
        // 200,000 reports; at most one per interval gets through, plus the final one.
        const qint64 allowed = elapsedMs / adapter.minimumInterval() + 2;
        QVERIFY2(spy.count() <= allowed, qPrintable(QStringLiteral("%1 > %2").arg(spy.count()).arg(allowed)));
        QVERIFY(spy.count() < 1000);
        QCOMPARE(spy.last().at(1).toLongLong(), total);
        QCOMPARE(spy.last().at(2).toLongLong(), total);
    }

    void adapterEmitsQueuedFromWorkerThreads()
    {
        ProgressSignalAdapter adapter;
        QThread* emittedIn = nullptr;
        connect(&adapter, &ProgressSignalAdapter::progressed, this,
                [&emittedIn](const QString&, qint64, qint64) { emittedIn = QThread::currentThread(); });
        std::unique_ptr<QThread> worker(QThread::create([&adapter] { adapter.report(QStringLiteral("x"), 1, 2); }));
        worker->start();
        QVERIFY(worker->wait(5000));
        QTRY_VERIFY(emittedIn != nullptr);
        QCOMPARE(emittedIn, QThread::currentThread());
    }

    void adapterFlushEmitsHeldBackReport()
    {
        ProgressSignalAdapter adapter;
        adapter.setMinimumInterval(60'000);
        QSignalSpy spy(&adapter, &ProgressSignalAdapter::progressed);
        adapter.report(QStringLiteral("first"), 1, 10);
        adapter.report(QStringLiteral("held"), 5, 10);
        QTRY_COMPARE(spy.count(), 1);
        adapter.flush();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.last().at(0).toString(), QStringLiteral("held"));
        adapter.flush();
        QCOMPARE(spy.count(), 2);
    }

    void deliversResultAndProgressOnTheGuiThread()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy progressed(&runner, &JobRunner::progressed);
        QSignalSpy running(&runner, &JobRunner::runningChanged);
        QThread* workerThread = nullptr;
        QThread* deliveredIn = nullptr;
        connect(&runner, &JobRunner::finished, this,
                [&deliveredIn](quint64, const JobOutcome&) { deliveredIn = QThread::currentThread(); });
        const quint64 generation = runner.start(QStringLiteral("count"), [&workerThread](Progress& progress) {
            workerThread = QThread::currentThread();
            for (int i = 1; i <= 20; ++i) {
                progress.report(QStringLiteral("step"), i, 20);
                QThread::msleep(5);
            }
            JobOutcome outcome;
            outcome.ok = true;
            outcome.samples = 20;
            return outcome;
        });
        QVERIFY(runner.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().at(0).toULongLong(), generation);
        const auto outcome = finished.first().at(1).value<JobOutcome>();
        QVERIFY(outcome.ok);
        QCOMPARE(outcome.samples, qint64(20));
        QVERIFY(workerThread != QThread::currentThread());
        QCOMPARE(deliveredIn, QThread::currentThread());
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(2).toLongLong(), qint64(20));  // the last report is never dropped
        QVERIFY(!runner.isRunning());
        QCOMPARE(running.count(), 2);
    }

    void instantJobsStillReportStartThenFinish()
    {
        JobRunner runner;
        QSignalSpy running(&runner, &JobRunner::runningChanged);
        QSignalSpy finished(&runner, &JobRunner::finished);
        for (int i = 0; i < 20; ++i) {
            runner.start(QStringLiteral("instant"), [](Progress&) { return JobOutcome{}; });
            QCOMPARE(finished.count(), i);  // never delivered inside start()
            QVERIFY(runner.isRunning());
            QTRY_COMPARE(finished.count(), i + 1);
            QVERIFY(!runner.isRunning());
        }
        QCOMPARE(running.count(), 40);
        for (int i = 0; i < running.count(); ++i)
            QCOMPARE(running.at(i).first().toBool(), i % 2 == 0);
    }

    void cancelStopsTheJob()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        std::atomic<bool> started{false};
        runner.start(QStringLiteral("endless"), [&started](Progress& progress) {
            started = true;
            for (int i = 0; i < 10'000 && !progress.isCancelled(); ++i)
                QThread::msleep(1);
            JobOutcome outcome;
            outcome.ok = !progress.isCancelled();
            return outcome;
        });
        QTRY_VERIFY(started.load());
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const auto outcome = finished.first().at(1).value<JobOutcome>();
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.ok);
    }

    void newerRequestMakesOlderResultStale()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy stale(&runner, &JobRunner::staleResultDropped);
        std::atomic<bool> release{false};
        std::atomic<bool> olderSawCancel{false};
        std::atomic<bool> olderStarted{false};
        const quint64 older = runner.start(QStringLiteral("older"), [&](Progress& progress) {
            olderStarted = true;
            while (!release.load())
                QThread::msleep(1);
            olderSawCancel = progress.isCancelled();
            JobOutcome outcome;
            outcome.ok = true;  // finishes "successfully" anyway: its result must still be dropped
            outcome.message = QStringLiteral("older");
            return outcome;
        });
        QTRY_VERIFY(olderStarted.load());
        const quint64 newer = runner.start(QStringLiteral("newer"), [](Progress&) {
            JobOutcome outcome;
            outcome.ok = true;
            outcome.message = QStringLiteral("newer");
            return outcome;
        });
        QVERIFY(newer > older);
        QVERIFY(!runner.isCurrent(older));
        release = true;
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(stale.count(), 1, 5000);
        QCOMPARE(stale.first().at(0).toULongLong(), older);
        QCOMPARE(finished.first().at(0).toULongLong(), newer);
        QCOMPARE(finished.first().at(1).value<JobOutcome>().message, QStringLiteral("newer"));
        QVERIFY(olderSawCancel.load());
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

    void jobCancelledBeforeItStartsNeverRuns()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        std::atomic<bool> release{false};
        std::atomic<bool> secondRan{false};
        std::atomic<bool> firstStarted{false};
        runner.start(QStringLiteral("first"), [&](Progress&) {
            firstStarted = true;
            while (!release.load())
                QThread::msleep(1);
            return JobOutcome{};
        });
        QTRY_VERIFY(firstStarted.load());
        runner.start(QStringLiteral("second"), [&](Progress&) {
            secondRan = true;
            return JobOutcome{};
        });
        runner.cancel();  // the second waits for the first, and is cancelled meanwhile
        release = true;
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(finished.first().at(1).value<JobOutcome>().cancelled);
        QVERIFY(!secondRan.load());
    }

    void exceptionsBecomeErrors()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start(QStringLiteral("throws"), [](Progress&) -> JobOutcome { throw std::runtime_error("boom"); });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        const auto outcome = finished.first().at(1).value<JobOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.contains(QStringLiteral("boom")));
    }

    void importsADatasetWithoutWritingIntoIt()
    {
        QTemporaryDir dir;
        const QString dataset = dir.filePath(QStringLiteral("demo"));
        DemoDataset::Options options;
        options.samples = 16;
        options.recordings = 1;
        NullProgress quiet;
        const DemoDataset::Result demo = DemoDataset::generate(dataset, options, quiet);
        QVERIFY2(demo.ok, qPrintable(demo.error));
        const QStringList before = listFiles(dataset);

        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy progressed(&runner, &JobRunner::progressed);
        SessionJobs::DatasetRequest request;
        request.datasetPath = dataset;
        request.projectPath = defaultProjectPathFor(dataset);
        runner.start(QStringLiteral("import"),
                     [request](Progress& progress) { return SessionJobs::openDataset(request, progress); });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto outcome = finished.first().at(1).value<JobOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.imported);
        QCOMPARE(outcome.samples, qint64(demo.samples + demo.recordings));
        QVERIFY(outcome.summary.has_value());
        QCOMPARE(outcome.summary->samples, outcome.samples);
        QVERIFY(!progressed.isEmpty());
        QVERIFY(QFileInfo::exists(request.projectPath));
        QVERIFY(!request.projectPath.startsWith(dataset + QLatin1Char('/')));
        QCOMPARE(listFiles(dataset), before);  // the dataset folder is never written

        // Opening it again reuses the project instead of importing.
        QVERIFY(SessionJobs::projectIndexes(request.projectPath, dataset));
        runner.start(QStringLiteral("again"),
                     [request](Progress& progress) { return SessionJobs::openDataset(request, progress); });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        const auto again = finished.last().at(1).value<JobOutcome>();
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(!again.imported);
        QCOMPARE(again.samples, outcome.samples);
    }

    void refusesWhatIsNotADatasetOrProject()
    {
        QTemporaryDir dir;
        NullProgress progress;
        SessionJobs::DatasetRequest request;
        request.datasetPath = dir.filePath(QStringLiteral("nope"));
        request.projectPath = dir.filePath(QStringLiteral("nope.lockstep"));
        JobOutcome outcome = SessionJobs::openDataset(request, progress);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.contains(request.datasetPath));

        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        outcome = SessionJobs::openProject(text, progress);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.contains(text));
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "test_job_runner.moc"
