#include "SessionJobs.h"

#include "EngineMessageText.h"
#include "store/QualityRepository.h"

#include "quality/QualityScan.h"

#include "progress/Progress.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <climits>

namespace lockstep {

namespace {

// Written last by openDemo(): a demo folder without it is a generation that did not finish.
const QLatin1String kDemoCompleteMarker(".lockstep-demo-complete");

QString cleanAbsolute(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return QDir::cleanPath(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

// Fills summary and diagnostics from a freshly opened read-only connection.
bool collect(const QString& projectPath, JobOutcome& outcome)
{
    ProjectStore::OpenResult opened = ProjectStore::open(projectPath, ProjectStore::Mode::ReadOnly);
    if (!opened.store) {
        outcome.ok = false;
        outcome.error = SessionJobs::tr("Cannot open the project %1: %2")
                            .arg(projectPath, EngineMessageText::message(opened.error));
        return false;
    }
    const ProjectStore& store = *opened.store;
    outcome.projectPath = projectPath;
    if (outcome.datasetPath.isEmpty())
        outcome.datasetPath = store.datasetRoot();
    outcome.samples = store.sampleCount();
    outcome.summary = store.summary();
    outcome.diagnostics = store.diagnostics(JobOutcome::kDiagnosticsLimit + 1);
    if (outcome.diagnostics.size() > JobOutcome::kDiagnosticsLimit) {
        outcome.diagnostics.resize(JobOutcome::kDiagnosticsLimit);
        outcome.diagnosticsTruncated = true;
    }
    outcome.ok = true;
    return true;
}

}  // namespace

bool SessionJobs::projectIndexes(const QString& projectPath, const QString& datasetPath)
{
    if (!QFileInfo::exists(projectPath) || !ProjectStore::looksLikeProject(projectPath))
        return false;
    ProjectStore::OpenResult opened = ProjectStore::open(projectPath, ProjectStore::Mode::ReadOnly);
    if (!opened.store)
        return false;
    const QString root = opened.store->datasetRoot();
    return !root.isEmpty() && cleanAbsolute(root) == cleanAbsolute(datasetPath);
}

bool SessionJobs::demoIsComplete(const QString& demoFolder)
{
    return QFileInfo::exists(QDir(demoFolder).filePath(kDemoCompleteMarker));
}

JobOutcome SessionJobs::openDataset(const DatasetRequest& request, Progress& progress)
{
    JobOutcome outcome;
    outcome.datasetPath = cleanAbsolute(request.datasetPath);
    outcome.projectPath = request.projectPath;

    if (!QFileInfo(request.datasetPath).isDir()) {
        outcome.error =
            tr("%1 is not a folder. Open a dataset folder, or a .lockstep project file.").arg(request.datasetPath);
        return outcome;
    }

    if (!request.forceImport && projectIndexes(request.projectPath, request.datasetPath)) {
        progress.report(tr("Opening project %1").arg(QFileInfo(request.projectPath).fileName()), 0, 0);
        if (collect(request.projectPath, outcome))
            outcome.message = tr("Opened %Ln sample(s) from the existing project", nullptr,
                                 static_cast<int>(qMin<qint64>(outcome.samples, INT_MAX)));
        return outcome;
    }

    QDir().mkpath(QFileInfo(request.projectPath).absolutePath());
    ProjectStore::OpenResult opened = ProjectStore::open(request.projectPath, ProjectStore::Mode::ReadWrite);
    if (!opened.store) {
        outcome.error =
            tr("Cannot create the project %1: %2").arg(request.projectPath, EngineMessageText::message(opened.error));
        return outcome;
    }
    progress.report(tr("Reading %1").arg(QFileInfo(request.datasetPath).fileName()), 0, 0);
    const ImportReport report = importDatasetIntoProject(outcome.datasetPath, *opened.store, progress, request.options);
    opened.store.reset();  // close the writer before the read-only connection looks at the result

    if (report.cancelled || progress.isCancelled()) {
        outcome.cancelled = true;
        outcome.message = tr("Import cancelled");
        return outcome;
    }
    if (!report.ok) {
        outcome.error = report.error.isEmpty() ? tr("Nothing could be imported from %1.").arg(request.datasetPath)
                                               : EngineMessageText::message(report.error);
        return outcome;
    }
    outcome.imported = true;
    if (collect(request.projectPath, outcome)) {
        outcome.message =
            tr("Imported %Ln sample(s)", nullptr, static_cast<int>(qMin<qint64>(report.samples, INT_MAX))) +
            QStringLiteral(" \u00b7 ") +
            tr("%Ln diagnostic(s)", nullptr, static_cast<int>(qMin<qint64>(report.diagnostics, INT_MAX)));
    }
    return outcome;
}

JobOutcome SessionJobs::openProject(const QString& projectPath, Progress& progress)
{
    JobOutcome outcome;
    if (!QFileInfo::exists(projectPath)) {
        outcome.error = tr("The project file %1 does not exist.").arg(projectPath);
        return outcome;
    }
    if (!ProjectStore::looksLikeProject(projectPath)) {
        outcome.error = tr("%1 is not a Lockstep project file.").arg(projectPath);
        return outcome;
    }
    progress.report(tr("Opening project %1").arg(QFileInfo(projectPath).fileName()), 0, 0);
    if (collect(projectPath, outcome))
        outcome.message = tr("Opened %Ln sample(s)", nullptr, static_cast<int>(qMin<qint64>(outcome.samples, INT_MAX)));
    return outcome;
}

JobOutcome SessionJobs::openDemo(const QString& demoFolder, const QString& projectPath,
                                 const DemoDataset::Options& options, Progress& progress)
{
    if (!demoIsComplete(demoFolder)) {
        // Generate beside the final folder and rename at the end, so that a cancelled or crashed generation
        // never leaves a half demo that looks complete.
        const QString partial = QDir::cleanPath(demoFolder) + QStringLiteral(".partial");
        QDir(partial).removeRecursively();
        QDir(demoFolder).removeRecursively();
        if (!QDir().mkpath(partial)) {
            JobOutcome outcome;
            outcome.error = tr("Cannot create the folder %1 for the demo dataset.").arg(partial);
            return outcome;
        }
        progress.report(tr("Generating the demo dataset"), 0, 0);
        const DemoDataset::Result result = DemoDataset::generate(partial, options, progress);
        if (progress.isCancelled()) {
            QDir(partial).removeRecursively();
            JobOutcome outcome;
            outcome.cancelled = true;
            outcome.message = tr("Demo generation cancelled");
            return outcome;
        }
        if (!result.ok) {
            QDir(partial).removeRecursively();
            JobOutcome outcome;
            outcome.error =
                tr("The demo dataset could not be generated: %1").arg(EngineMessageText::message(result.error));
            return outcome;
        }
        bool marked = false;
        {
            QFile marker(QDir(partial).filePath(kDemoCompleteMarker));
            marked = marker.open(QIODevice::WriteOnly);
        }
        if (!marked || !QDir().rename(partial, demoFolder)) {
            JobOutcome outcome;
            outcome.error = tr("Cannot finish the demo dataset in %1.").arg(demoFolder);
            return outcome;
        }
        // An old demo project indexes files that were just replaced.
        for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
            QFile::remove(projectPath + suffix);
    }
    DatasetRequest request;
    request.datasetPath = demoFolder;
    request.projectPath = projectPath;
    return openDataset(request, progress);
}

JobOutcome SessionJobs::scanProject(const QString& projectPath, Progress& progress)
{
    JobOutcome outcome;
    outcome.projectPath = projectPath;
    QualityScan::Report report;
    {
        ProjectStore::OpenResult opened = ProjectStore::open(projectPath, ProjectStore::Mode::ReadWrite);
        if (!opened.store) {
            outcome.error = tr("Cannot scan: %1").arg(EngineMessageText::message(opened.error));
            return outcome;
        }
        QualityScan::Options options;
        QString error;
        QualityRepository repository(*opened.store);
        if (!options.thresholds.loadOverrides(repository.thresholdOverrides(), &error)) {
            outcome.error = tr("The project's quality thresholds are invalid: %1").arg(error);
            return outcome;
        }
        report = QualityScan::run(*opened.store, progress, options);
    }
    if (report.cancelled) {
        outcome.cancelled = true;
        outcome.message = tr("Scan cancelled; what was measured is kept and the next scan resumes");
        return outcome;
    }
    if (!report.ok) {
        outcome.error = EngineMessageText::message(report.error);
        return outcome;
    }
    outcome = openProject(projectPath, progress);
    outcome.issues = report.issues;
    outcome.duplicateGroups = report.duplicateGroups;
    if (outcome.ok)
        outcome.message = tr("Scanned %n sample(s): %1, %2 (%3 s)", nullptr, int(report.samples))
                              .arg(tr("%n issue(s)", nullptr, int(report.issues)),
                                   tr("%n duplicate group(s)", nullptr, int(report.duplicateGroups)))
                              .arg(report.seconds, 0, 'f', 1);
    return outcome;
}

}  // namespace lockstep
