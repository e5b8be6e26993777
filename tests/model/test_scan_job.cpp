// The scan job behind Dataset ▸ Scan Quality: SessionJobs::scanProject run through the JobRunner on a small
// generated demo, with the GUI's read-only connection open meanwhile; the sample table then shows issue counts.
#include "JobRunner.h"
#include "SampleTableModel.h"
#include "SessionJobs.h"
#include "demo/DemoDataset.h"
#include "progress/Progress.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lockstep;

class TestScanJob : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataset;
    QString m_project;
    QString m_darkSample;  // PLANTED.json's sample with problem "dark"

    static std::shared_ptr<const ProjectStore> openReadOnly(const QString& path)
    {
        ProjectStore::OpenResult opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        if (!opened.store)
            qWarning("cannot open %s: %s", qPrintable(path), qPrintable(opened.error));
        return std::shared_ptr<const ProjectStore>(std::move(opened.store));
    }

    static JobOutcome runJob(JobRunner& runner, const QString& title, JobRunner::Work work)
    {
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start(title, std::move(work));
        if (!finished.wait(180'000) && finished.isEmpty())
            return {};
        return finished.first().at(1).value<JobOutcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<lockstep::JobOutcome>();
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("demo"));
        m_project = m_dir.filePath(QStringLiteral("demo.lockstep"));
        DemoDataset::Options options;
        options.samples = 20;
        options.recordings = 1;
        NullProgress quiet;
        const DemoDataset::Result demo = DemoDataset::generate(m_dataset, options, quiet);
        QVERIFY2(demo.ok, qPrintable(demo.error));

        QFile planted(m_dataset + QStringLiteral("/PLANTED.json"));
        QVERIFY(planted.open(QIODevice::ReadOnly));
        const QJsonArray problems = QJsonDocument::fromJson(planted.readAll()).array();
        for (const QJsonValue& value : problems)
            if (value.toObject().value(QStringLiteral("problem")).toString() == QLatin1String("dark"))
                m_darkSample = value.toObject().value(QStringLiteral("sample")).toString();
        QVERIFY(!m_darkSample.isEmpty());

        JobRunner runner;
        SessionJobs::DatasetRequest request;
        request.datasetPath = m_dataset;
        request.projectPath = m_project;
        const JobOutcome imported = runJob(runner, QStringLiteral("import"), [request](Progress& progress) {
            return SessionJobs::openDataset(request, progress);
        });
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QCOMPARE(imported.samples, qint64(demo.samples + demo.recordings));
    }

    void scanFindsIssuesAndTheTableShowsThem()
    {
        // The GUI keeps its read-only connection open while the scan writes through its own.
        const std::shared_ptr<const ProjectStore> before = openReadOnly(m_project);
        QVERIFY(before);
        SampleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(before);
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.columnCount(), int(SampleTableModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, SampleTableModel::IssuesColumn).data().toString(), QString());
        QVERIFY(!QualityRepository(const_cast<ProjectStore&>(*before)).hasScanResults());

        JobRunner runner;
        QSignalSpy progressed(&runner, &JobRunner::progressed);
        const QString project = m_project;
        const JobOutcome outcome = runJob(runner, QStringLiteral("scan"), [project](Progress& progress) {
            return SessionJobs::scanProject(project, progress);
        });
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(!outcome.cancelled);
        QVERIFY(outcome.issues > 0);
        QVERIFY(outcome.duplicateGroups >= 0);
        QCOMPARE(outcome.samples, qint64(21));
        QCOMPARE(outcome.projectPath, m_project);
        QVERIFY(outcome.summary.has_value());
        QVERIFY2(outcome.message.startsWith(QStringLiteral("Scanned ")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QString::number(outcome.issues)), qPrintable(outcome.message));
        QVERIFY(!progressed.isEmpty());

        // A fresh read-only connection (what the session opens after the job) shows the counts.
        model.setStore(openReadOnly(m_project));
        QCOMPARE(model.rowCount(), 21);
        int withIssues = 0;
        qint64 total = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, SampleTableModel::IssuesColumn);
            const QString text = index.data().toString();
            const int count = model.sampleRow(row)->issueCount;
            total += count;
            if (count == 0) {
                QVERIFY(text.isEmpty());
                continue;
            }
            ++withIssues;
            QCOMPARE(text.toInt(), count);
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("found by the last scan")));
        }
        QVERIFY(withIssues > 0);
        QVERIFY(total > 0);
        const int darkRow = model.rowOfSample(m_darkSample);
        QVERIFY(darkRow >= 0);
        QVERIFY(model.index(darkRow, SampleTableModel::IssuesColumn).data().toInt() > 0);

        // The details pane reads the same thing through the repository.
        QualityRepository repository(const_cast<ProjectStore&>(*model.store()));
        QVERIFY(repository.hasScanResults());
        bool dark = false;
        for (const QualityIssue& issue : repository.issuesForSample(m_darkSample))
            dark = dark || issue.type == QLatin1String("image.dark");
        QVERIFY(dark);
    }

    void cancelledScanReportsCancelled()
    {
        NullProgress progress;
        progress.cancel();
        const JobOutcome outcome = SessionJobs::scanProject(m_project, progress);
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.message.isEmpty());
    }

    void missingProjectFailsWithAnError()
    {
        JobRunner runner;
        const QString missing = m_dir.filePath(QStringLiteral("nothing/here.lockstep"));
        const JobOutcome outcome = runJob(runner, QStringLiteral("scan"), [missing](Progress& progress) {
            return SessionJobs::scanProject(missing, progress);
        });
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.cancelled);
        QVERIFY(!outcome.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScanJob)
#include "test_scan_job.moc"
