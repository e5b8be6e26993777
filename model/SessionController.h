#pragma once

#include "JobOutcome.h"
#include "SampleDetails.h"
#include "demo/DemoDataset.h"
#include "store/DatasetSummary.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace lockstep {

class JobRunner;
class ProjectStore;

// What is open and how it got opened. The window asks it to open a dataset folder, a project file or the
// demo; the work runs as a background job (a newer request supersedes an older one), and when it is done the
// controller holds a read-only project connection for the GUI thread plus the dataset's summary and
// diagnostics. A failed or cancelled request leaves the current session as it was. Dataset folders are only
// read: the project file goes beside the folder ("<folder>.lockstep") or, when that is not writable, into
// the application's data folder.
class SessionController final : public QObject {
    Q_OBJECT
public:
    enum class Source { None, DatasetFolder, ProjectFile, Demo };
    enum class PathKind { Unusable, DatasetFolder, ProjectFile };

    explicit SessionController(QObject* parent = nullptr);
    ~SessionController() override;

    // What kind of thing path is, for open dialogs and drag and drop.
    static PathKind classify(const QString& path);

    // Opening (each starts a background job; returns false when the request is refused right away).
    bool openPath(const QString& path);
    bool openDatasetFolder(const QString& folder, bool forceImport = false);
    bool openProjectFile(const QString& path);
    void openDemo();
    // Rebuilds the open project from its dataset folder.
    bool reimport();
    // Runs the quality scan on the open project (metrics, issues, duplicates), then reloads it.
    bool scanQuality();
    void closeSession();
    void cancel();

    // Where the demo lives (default: AppLocalDataLocation/demo) and how it is generated (default: seed 7).
    QString demoFolder() const;
    void setDemoFolder(const QString& folder);
    void setDemoOptions(const DemoDataset::Options& options) { m_demoOptions = options; }
    const DemoDataset::Options& demoOptions() const { return m_demoOptions; }

    // The project file used for a dataset folder.
    static QString projectPathFor(const QString& datasetFolder);

    // The current session.
    bool isOpen() const { return m_store != nullptr; }
    bool isBusy() const;
    Source source() const { return m_source; }
    std::shared_ptr<const ProjectStore> store() const { return m_store; }
    QString projectPath() const { return m_projectPath; }
    QString datasetRoot() const { return m_datasetRoot; }
    QString datasetName() const;
    QString openedPath() const { return m_openedPath; }  // what the user opened (folder or project file)
    const DatasetSummary& summary() const { return m_summary; }
    const Diagnostics& diagnostics() const { return m_diagnostics; }
    bool diagnosticsTruncated() const { return m_diagnosticsTruncated; }
    qint64 sampleCount() const { return m_summary.samples; }

    // Reads one sample from the project (bounded work: one row).
    std::optional<SampleDetails> sampleDetails(qint64 row) const;

    JobRunner* jobs() const { return m_jobs; }

signals:
    void jobStarted(const QString& title);
    void jobProgress(const QString& message, qint64 done, qint64 total);
    void busyChanged(bool busy);
    void sessionOpened();
    void sessionClosed();
    void openFailed(const QString& message);
    void statusMessage(const QString& message);
    // A dataset folder or project file was opened successfully (not emitted for the demo).
    void pathOpened(const QString& path);

private:
    struct Request {
        Source source = Source::None;
        QString userPath;
    };

    void onJobFinished(quint64 generation, const lockstep::JobOutcome& outcome);

    JobRunner* m_jobs = nullptr;
    QHash<quint64, Request> m_requests;
    DemoDataset::Options m_demoOptions;
    QString m_demoFolder;

    std::shared_ptr<const ProjectStore> m_store;
    Source m_source = Source::None;
    QString m_projectPath;
    QString m_datasetRoot;
    QString m_openedPath;
    DatasetSummary m_summary;
    Diagnostics m_diagnostics;
    bool m_diagnosticsTruncated = false;
};

}  // namespace lockstep
