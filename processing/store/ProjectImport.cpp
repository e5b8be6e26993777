#include "store/ProjectImport.h"

#include "dataset/DatasetImporter.h"
#include "dataset/SampleSink.h"
#include "progress/Progress.h"
#include "store/ProjectStore.h"

#include <QDir>
#include <QFileInfo>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>

namespace lockstep {

namespace {

// Hands importer output from the reading thread to the writing thread in batches, in order. Reading
// (CSV/JSON parsing, path checks) and writing (SQLite) each take about half the work of a large import,
// so the two cores each get one. The queue is bounded so a fast reader cannot fill memory.
class PipelineSink final : public SampleSink {
public:
    using Event = std::variant<Sample, Diagnostic>;
    using Batch = std::vector<Event>;

    void addSample(Sample&& sample) override { push(Event(std::move(sample))); }
    void addDiagnostic(const Diagnostic& d) override { push(Event(d)); }

    // Called by the reader when it is done (also after an error or cancel).
    void close()
    {
        std::unique_lock lock(m_mutex);
        if (!m_current.empty())
            m_batches.push_back(std::move(m_current));
        m_current = {};
        m_closed = true;
        m_changed.notify_all();
    }
    // Called by the writer if it fails: the reader's pushes become no-ops.
    void abandon()
    {
        std::unique_lock lock(m_mutex);
        m_abandoned = true;
        m_batches.clear();
        m_changed.notify_all();
    }
    // Next batch, or false when the reader has closed and everything was taken.
    bool pop(Batch* out)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return false;
        *out = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }

private:
    static constexpr std::size_t kBatchSize = 2048;
    static constexpr std::size_t kMaxBatches = 8;

    void push(Event&& event)
    {
        m_current.push_back(std::move(event));
        if (m_current.size() < kBatchSize)
            return;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < kMaxBatches || m_abandoned; });
        if (m_abandoned) {
            m_current.clear();
            return;
        }
        m_batches.push_back(std::move(m_current));
        m_current = {};
        m_current.reserve(kBatchSize);
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    Batch m_current;  // only touched by the reader
    bool m_closed = false;
    bool m_abandoned = false;
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
    PipelineSink pipeline;
    std::thread reader([&] {
        report = DatasetImporter::run(datasetPath, pipeline, progress, options);
        pipeline.close();
    });
    QString writeError;
    PipelineSink::Batch batch;
    while (pipeline.pop(&batch)) {
        for (PipelineSink::Event& event : batch) {
            const bool ok = std::holds_alternative<Sample>(event) ? store.addSample(std::get<Sample>(event))
                                                                  : store.addDiagnostic(std::get<Diagnostic>(event));
            if (!ok && writeError.isEmpty()) {
                writeError = store.lastError();
                pipeline.abandon();
            }
        }
    }
    reader.join();
    if (!writeError.isEmpty()) {
        store.rollbackImport();
        report.ok = false;
        report.error = QStringLiteral("cannot write project '%1': %2").arg(store.path(), writeError);
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
