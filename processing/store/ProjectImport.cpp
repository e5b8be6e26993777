#include "store/ProjectImport.h"

#include "dataset/DatasetImporter.h"
#include "dataset/SampleSink.h"
#include "progress/Progress.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFileInfo>

namespace lockstep {

namespace {

// Streams importer output straight into the open import transaction.
class StoreSink final : public SampleSink {
public:
    explicit StoreSink(ProjectStore& store) : m_store(store) {}
    void addSample(Sample&& sample) override
    {
        if (m_failed.isEmpty() && !m_store.addSample(sample))
            m_failed = m_store.lastError();
    }
    void addDiagnostic(const Diagnostic& d) override
    {
        if (m_failed.isEmpty() && !m_store.addDiagnostic(d))
            m_failed = m_store.lastError();
    }
    const QString& failure() const { return m_failed; }

private:
    ProjectStore& m_store;
    QString m_failed;
};

}  // namespace

ImportReport importDatasetIntoProject(const QString& datasetPath, ProjectStore& store, Progress& progress,
                                      const ImportOptions& options)
{
    const QFileInfo info(datasetPath);
    const QString root = info.isFile() ? info.absolutePath() : QDir::cleanPath(info.absoluteFilePath());
    ImportReport report;
    if (!store.beginImport(root, QString())) {
        report.error = QStringLiteral("cannot write project '%1': %2").arg(store.path(), store.lastError());
        return report;
    }
    StoreSink sink(store);
    report = DatasetImporter::run(datasetPath, sink, progress, options);
    if (!sink.failure().isEmpty()) {
        store.rollbackImport();
        report.ok = false;
        report.error = QStringLiteral("cannot write project '%1': %2").arg(store.path(), sink.failure());
        return report;
    }
    if (!report.ok || progress.isCancelled()) {
        store.rollbackImport();
        if (progress.isCancelled()) {
            report.ok = false;
            report.cancelled = true;
            if (report.error.isEmpty())
                report.error = QStringLiteral("import cancelled");
        }
        return report;
    }
    progress.report(QStringLiteral("Saving project"), 0, 0);
    store.recordLayout(report.layout);
    if (!store.commitImport()) {
        report.ok = false;
        report.error = QStringLiteral("cannot save project '%1': %2").arg(store.path(), store.lastError());
    }
    return report;
}

QString defaultProjectPathFor(const QString& datasetPath)
{
    const QFileInfo info(datasetPath);
    const QString clean = QDir::cleanPath(info.absoluteFilePath());
    // Beside the dataset folder, never inside it: the dataset is not written.
    if (info.isFile())
        return QDir::cleanPath(info.absolutePath()) + QLatin1Char('-') + info.completeBaseName() +
               QStringLiteral(".lockstep");
    return clean + QStringLiteral(".lockstep");
}

}  // namespace lockstep
