#include "ProjectOpener.h"

#include "progress/Progress.h"
#include "store/ProjectImport.h"

#include <QDir>
#include <QFileInfo>

namespace lockstep::cli {

OpenedProject openProjectFor(const QString& path, Progress& progress)
{
    OpenedProject out;
    const QFileInfo info(path);
    if (!info.exists()) {
        out.error = QStringLiteral("'%1' does not exist").arg(path);
        return out;
    }
    if (info.isFile() && ProjectStore::looksLikeProject(path)) {
        ProjectStore::OpenResult opened = ProjectStore::open(path);
        out.store = std::move(opened.store);
        out.error = opened.error;
        return out;
    }
    const QString projectPath = defaultProjectPathFor(path);
    if (QFileInfo::exists(projectPath) && !ProjectStore::looksLikeProject(projectPath)) {
        out.error = QStringLiteral("'%1' exists and is not a Lockstep project; it was not touched").arg(projectPath);
        return out;
    }
    ProjectStore::OpenResult opened = ProjectStore::open(projectPath);
    if (!opened.store) {
        out.error = opened.error;
        return out;
    }
    const QString root = info.isFile() ? info.absolutePath() : QDir::cleanPath(info.absoluteFilePath());
    if (opened.store->sampleCount() == 0 || opened.store->datasetRoot() != root) {
        const ImportReport report = importDatasetIntoProject(path, *opened.store, progress);
        if (!report.ok) {
            out.error = report.cancelled ? QStringLiteral("cancelled") : report.error;
            return out;
        }
        out.imported = true;
    }
    out.store = std::move(opened.store);
    return out;
}

}  // namespace lockstep::cli
