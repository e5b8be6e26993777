#include "dataset/DatasetImporter.h"

#include "dataset/ImportContext.h"
#include "dataset/JsonlManifestImporter.h"
#include "dataset/MetadataCsvImporter.h"
#include "dataset/RecordingImporter.h"
#include "dataset/SampleSink.h"
#include "dataset/StemPairingImporter.h"
#include "progress/Progress.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace lockstep {

namespace {

// Gives every sample a unique id: a repeated id is reported and renamed "id#2", "id#3"...
class UniqueIdSink final : public SampleSink {
public:
    explicit UniqueIdSink(SampleSink& next) : m_next(next) { m_seen.reserve(1 << 16); }

    void addSample(Sample&& sample) override
    {
        auto it = m_seen.find(sample.id);
        if (it != m_seen.end()) {
            int& count = *it;
            QString renamed;
            do {
                renamed = sample.id + QLatin1Char('#') + QString::number(++count);
            } while (m_seen.contains(renamed));
            m_next.addDiagnostic({Diagnostic::Severity::Warning, sample.sourceFile, sample.sourceLine, renamed,
                                  QStringLiteral("sample id '%1' appears more than once; this one is kept as '%2'")
                                      .arg(sample.id, renamed)});
            sample.id = renamed;
        }
        if (m_seen.size() + 1 >= m_seen.capacity())
            m_seen.reserve(m_seen.capacity() * 4);  // fewer, larger rehashes on million-sample manifests
        m_seen.insert(sample.id, 1);
        ++m_samples;
        m_next.addSample(std::move(sample));
    }
    void addDiagnostic(const Diagnostic& d) override
    {
        ++m_diagnostics;
        m_next.addDiagnostic(d);
    }
    qint64 samples() const { return m_samples; }
    qint64 diagnostics() const { return m_diagnostics; }

private:
    SampleSink& m_next;
    QHash<QString, int> m_seen;
    qint64 m_samples = 0;
    qint64 m_diagnostics = 0;
};

QString findFile(const QDir& dir, std::initializer_list<const char*> names)
{
    const QStringList entries = dir.entryList(QDir::Files);
    for (const char* wanted : names)
        for (const QString& e : entries)
            if (e.compare(QLatin1String(wanted), Qt::CaseInsensitive) == 0)
                return dir.filePath(e);
    return {};
}

}  // namespace

ImportReport DatasetImporter::run(const QString& datasetPath, SampleSink& sink, Progress& progress,
                                  const ImportOptions& options)
{
    ImportReport report;
    const QFileInfo info(datasetPath);
    if (!info.exists()) {
        report.error = QStringLiteral("'%1' does not exist").arg(datasetPath);
        return report;
    }
    // A manifest file given directly: its folder is the dataset root.
    QString manifest;
    QString rootPath = info.absoluteFilePath();
    if (info.isFile()) {
        manifest = info.absoluteFilePath();
        rootPath = info.absolutePath();
    }
    const QDir root(rootPath);
    UniqueIdSink unique(sink);
    ImportContext context(DatasetRoot(rootPath), options, unique, progress);

    if (manifest.isEmpty()) {
        manifest = findFile(root, {"metadata.csv", "index.csv", "manifest.csv"});
        if (manifest.isEmpty())
            manifest = findFile(root, {"manifest.jsonl", "metadata.jsonl", "manifest.json", "metadata.json"});
        if (manifest.isEmpty()) {
            const QStringList jsonl = root.entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Name);
            if (!jsonl.isEmpty()) {
                manifest = root.filePath(jsonl.first());
                if (jsonl.size() > 1)
                    context.warn(jsonl.first(), 0, {},
                                 QStringLiteral("%1 .jsonl manifests in the dataset folder; reading '%2' only "
                                                "(give the manifest's path to read another)")
                                     .arg(jsonl.size())
                                     .arg(jsonl.first()));
            }
        }
    }

    ImportReport main;
    if (!manifest.isEmpty()) {
        const QString suffix = QFileInfo(manifest).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
            main = MetadataCsvImporter::run(context, manifest);
        else if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("json") ||
                 suffix == QLatin1String("ndjson"))
            main = JsonlManifestImporter::run(context, manifest);
        else {
            report.error =
                QStringLiteral("'%1' is not a manifest Lockstep reads (.csv, .jsonl or .json)").arg(manifest);
            return report;
        }
    } else {
        main = StemPairingImporter::run(context);
    }
    report.layout = main.layout;
    if (main.cancelled || !main.ok) {
        report.cancelled = main.cancelled;
        report.error = main.error;
        report.samples = unique.samples();
        report.diagnostics = unique.diagnostics();
        return report;
    }

    const QString recordings = root.filePath(QStringLiteral("recordings"));
    if (QFileInfo(recordings).isDir()) {
        const ImportReport rec = RecordingImporter::run(context, recordings);
        if (rec.cancelled) {
            report.cancelled = true;
            report.error = rec.error;
            return report;
        }
        if (main.samples == 0)
            report.layout = QStringLiteral("recordings");
        else
            report.layout += QStringLiteral("+recordings");
    }

    report.samples = unique.samples();
    report.diagnostics = unique.diagnostics();
    if (report.samples == 0) {
        report.error = QStringLiteral(
                           "no samples found in '%1': expected metadata.csv, a .jsonl manifest, "
                           "images/ texts/ audios/ folders, media files or recordings/")
                           .arg(datasetPath);
        return report;
    }
    report.ok = true;
    return report;
}

}  // namespace lockstep
