#include "SessionController.h"

#include "store/QualityRepository.h"

#include "EngineMessageText.h"
#include "EngineProgressText.h"
#include "JobRunner.h"
#include "SessionJobs.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace lockstep {

SessionController::SessionController(QObject* parent) : QObject(parent), m_jobs(new JobRunner(this))
{
    connect(m_jobs, &JobRunner::started, this, [this](quint64, const QString& title) { emit jobStarted(title); });
    connect(m_jobs, &JobRunner::progressed, this, [this](quint64, const QString& message, qint64 done, qint64 total) {
        emit jobProgress(EngineProgressText::translated(message), done, total);
    });
    connect(m_jobs, &JobRunner::finished, this, &SessionController::onJobFinished);
    connect(m_jobs, &JobRunner::staleResultDropped, this,
            [this](quint64 generation) { m_requests.remove(generation); });
    connect(m_jobs, &JobRunner::runningChanged, this, &SessionController::busyChanged);
}

SessionController::~SessionController()
{
    // Stop the workers before the store and the request table go away.
    m_jobs->cancel();
    m_jobs->waitForAll();
}

SessionController::PathKind SessionController::classify(const QString& path)
{
    if (path.isEmpty())
        return PathKind::Unusable;
    const QFileInfo info(path);
    if (info.isDir())
        return PathKind::DatasetFolder;
    if (info.isFile() && ProjectStore::looksLikeProject(info.absoluteFilePath()))
        return PathKind::ProjectFile;
    return PathKind::Unusable;
}

bool SessionController::isBusy() const
{
    return m_jobs->isRunning();
}

QString SessionController::demoFolder() const
{
    if (!m_demoFolder.isEmpty())
        return m_demoFolder;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/demo");
}

void SessionController::setDemoFolder(const QString& folder)
{
    m_demoFolder = folder;
}

QString SessionController::projectPathFor(const QString& datasetFolder)
{
    const QString beside = defaultProjectPathFor(datasetFolder);
    const QFileInfo besideInfo(beside);
    if (besideInfo.exists() || QFileInfo(besideInfo.absolutePath()).isWritable())
        return beside;
    // A read-only place (a mounted share, a system folder): keep the project in our own data folder, named
    // after the dataset and a hash of its location so that two folders with the same name do not collide.
    const QString absolute = QDir::cleanPath(QFileInfo(datasetFolder).absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/projects/") +
           QFileInfo(absolute).fileName() + QLatin1Char('-') + QString::fromLatin1(hash) + QStringLiteral(".lockstep");
}

QString SessionController::datasetName() const
{
    if (m_source == Source::Demo)
        return tr("Demo dataset");
    if (!m_datasetRoot.isEmpty())
        return QFileInfo(m_datasetRoot).fileName();
    return QFileInfo(m_projectPath).completeBaseName();
}

bool SessionController::openPath(const QString& path)
{
    switch (classify(path)) {
    case PathKind::DatasetFolder: return openDatasetFolder(path);
    case PathKind::ProjectFile: return openProjectFile(path);
    case PathKind::Unusable: break;
    }
    const QString message = QFileInfo::exists(path)
                                ? tr("%1 is neither a dataset folder nor a Lockstep project file.").arg(path)
                                : tr("%1 does not exist.").arg(path);
    emit openFailed(message);
    return false;
}

bool SessionController::openDatasetFolder(const QString& folder, bool forceImport)
{
    if (!QFileInfo(folder).isDir()) {
        emit openFailed(tr("%1 is not a folder.").arg(folder));
        return false;
    }
    SessionJobs::DatasetRequest request;
    request.datasetPath = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    request.projectPath = projectPathFor(request.datasetPath);
    request.forceImport = forceImport;
    const QString title = tr("Opening %1").arg(QFileInfo(request.datasetPath).fileName());
    const quint64 generation =
        m_jobs->start(title, [request](Progress& progress) { return SessionJobs::openDataset(request, progress); });
    m_requests.insert(generation, Request{Source::DatasetFolder, request.datasetPath});
    return true;
}

bool SessionController::openProjectFile(const QString& path)
{
    const QString projectPath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QString title = tr("Opening %1").arg(QFileInfo(projectPath).fileName());
    const quint64 generation = m_jobs->start(
        title, [projectPath](Progress& progress) { return SessionJobs::openProject(projectPath, progress); });
    m_requests.insert(generation, Request{Source::ProjectFile, projectPath});
    return true;
}

void SessionController::openDemo()
{
    const QString folder = QDir::cleanPath(demoFolder());
    const QString projectPath = defaultProjectPathFor(folder);
    const DemoDataset::Options options = m_demoOptions;
    const QString title =
        SessionJobs::demoIsComplete(folder) ? tr("Opening the demo dataset") : tr("Generating the demo dataset");
    const quint64 generation = m_jobs->start(title, [folder, projectPath, options](Progress& progress) {
        return SessionJobs::openDemo(folder, projectPath, options, progress);
    });
    m_requests.insert(generation, Request{Source::Demo, folder});
}

bool SessionController::reimport()
{
    if (!isOpen() || m_datasetRoot.isEmpty() || !QFileInfo(m_datasetRoot).isDir()) {
        emit openFailed(tr("There is no dataset folder to import again."));
        return false;
    }
    SessionJobs::DatasetRequest request;
    request.datasetPath = m_datasetRoot;
    request.projectPath = m_projectPath;
    request.forceImport = true;
    // The GUI's read-only connection stays open meanwhile: SQLite's WAL lets it read the old index until the
    // new one is committed.
    const quint64 generation =
        m_jobs->start(tr("Importing %1 again").arg(datasetName()),
                      [request](Progress& progress) { return SessionJobs::openDataset(request, progress); });
    m_requests.insert(generation, Request{m_source, m_openedPath});
    return true;
}

bool SessionController::scanQuality()
{
    if (!isOpen()) {
        emit openFailed(tr("Open a dataset before scanning it."));
        return false;
    }
    if (m_datasetRoot.isEmpty() || !QFileInfo(m_datasetRoot).isDir()) {
        emit openFailed(tr("The dataset folder %1 is not there; the scan needs its files.").arg(m_datasetRoot));
        return false;
    }
    // The scan writes through its own connection; the GUI's read-only one keeps showing the previous results
    // until the scan commits (SQLite WAL), then the session reopens the project.
    const QString projectPath = m_projectPath;
    const quint64 generation = m_jobs->start(tr("Scanning %1").arg(datasetName()), [projectPath](Progress& progress) {
        return SessionJobs::scanProject(projectPath, progress);
    });
    m_requests.insert(generation, Request{m_source, m_openedPath});
    return true;
}

void SessionController::closeSession()
{
    if (!m_store && m_source == Source::None)
        return;
    m_store.reset();
    m_source = Source::None;
    m_projectPath.clear();
    m_datasetRoot.clear();
    m_openedPath.clear();
    m_summary = DatasetSummary{};
    m_diagnostics.clear();
    m_diagnosticsTruncated = false;
    emit sessionClosed();
}

void SessionController::cancel()
{
    m_jobs->cancel();
}

std::optional<SampleDetails> SessionController::sampleDetails(qint64 row) const
{
    if (!m_store || row < 0)
        return std::nullopt;
    std::optional<Sample> sample = m_store->loadSample(row);
    if (!sample)
        return std::nullopt;
    SampleDetails details;
    const std::vector<SampleRow> rows = m_store->sampleRows(row, 1);
    if (!rows.empty())
        details.row = rows.front();
    details.sample = std::move(*sample);
    details.diagnostics = m_store->diagnosticsForSample(details.sample.id);
    // Only the repository's read methods are used on the GUI's read-only connection.
    QualityRepository quality(const_cast<ProjectStore&>(*m_store));
    details.scanned = quality.hasScanResults();
    details.issues = quality.issuesForSample(details.sample.id);
    details.datasetRoot = m_datasetRoot;
    details.annotations = loadSampleAnnotations(*m_store, details.sample.id);
    return details;
}

void SessionController::onJobFinished(quint64 generation, const JobOutcome& outcome)
{
    const Request request = m_requests.take(generation);
    if (outcome.cancelled) {
        emit statusMessage(outcome.message.isEmpty() ? tr("Cancelled") : outcome.message);
        return;
    }
    if (!outcome.ok) {
        emit openFailed(outcome.error.isEmpty() ? tr("The dataset could not be opened.") : outcome.error);
        return;
    }
    ProjectStore::OpenResult opened = ProjectStore::open(outcome.projectPath, ProjectStore::Mode::ReadOnly);
    if (!opened.store) {
        emit openFailed(
            tr("Cannot open the project %1: %2").arg(outcome.projectPath, EngineMessageText::message(opened.error)));
        return;
    }
    m_store = std::shared_ptr<const ProjectStore>(std::move(opened.store));
    m_source = request.source;
    m_projectPath = outcome.projectPath;
    m_datasetRoot = outcome.datasetPath;
    m_openedPath = request.userPath;
    m_summary = outcome.summary.value_or(DatasetSummary{});
    if (!outcome.summary)
        m_summary.samples = outcome.samples;
    m_diagnostics = outcome.diagnostics;
    m_diagnosticsTruncated = outcome.diagnosticsTruncated;
    emit sessionOpened();
    if (!outcome.message.isEmpty())
        emit statusMessage(outcome.message);
    if (request.source == Source::DatasetFolder || request.source == Source::ProjectFile)
        emit pathOpened(request.userPath);
}

}  // namespace lockstep
