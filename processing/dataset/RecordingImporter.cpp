#include "dataset/RecordingImporter.h"

#include "dataset/CsvReader.h"
#include "dataset/ImportContext.h"
#include "dataset/MediaKind.h"
#include "dataset/SampleSink.h"
#include "dataset/SensorCsvReader.h"
#include "progress/Progress.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lockstep {

namespace {

QStringList csvHeader(const QString& absolutePath)
{
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(4096);
    CsvReader csv(head, CsvReader::sniffDelimiter(head));
    QStringList header;
    csv.readRecord(&header);
    return header;
}

bool folderHasImages(const QDir& dir)
{
    const QStringList entries = dir.entryList(QDir::Files);
    for (const QString& name : entries)
        if (mediaKindForPath(name) == MediaKind::Image)
            return true;
    return false;
}

}  // namespace

ImportReport RecordingImporter::run(ImportContext& context, const QString& recordingsAbsolutePath)
{
    ImportReport report;
    report.layout = QStringLiteral("recordings");
    const QDir recordings(recordingsAbsolutePath);
    const QStringList names = recordings.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    qint64 done = 0;
    for (const QString& name : names) {
        const QDir dir(recordings.filePath(name));
        const QString base = context.root().relativeTo(dir.absolutePath());
        Sample sample;
        sample.id = name;
        sample.sourceFile = base;
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& file : files) {
            const QString relative = base + QLatin1Char('/') + file;
            switch (mediaKindForPath(file)) {
            case MediaKind::Audio:
                if (!sample.item(Modality::Audio))
                    context.addItem(sample, Modality::Audio, relative, relative, 0);
                {
                    // A video's sidecar audio may already be attached with the video: no duplicate stream.
                    bool already = false;
                    for (const Stream& s : sample.streams)
                        already = already || s.sourcePath == relative;
                    if (!already)
                        context.addAudioStream(sample, relative, relative, 0);
                }
                break;
            case MediaKind::Video:
                if (!sample.item(Modality::Video))
                    context.addItem(sample, Modality::Video, relative, relative, 0);
                context.addVideoStream(sample, relative, relative, 0);
                break;
            case MediaKind::Image:
                if (!sample.item(Modality::Image))
                    context.addItem(sample, Modality::Image, relative, relative, 0);
                break;
            case MediaKind::Text:
                if (!sample.item(Modality::Text))
                    context.addItem(sample, Modality::Text, relative, relative, 0);
                break;
            case MediaKind::TimedText: context.addTimedTextStreams(sample, relative, relative, 0); break;
            case MediaKind::SensorCsv:
                if (SensorCsvReader::looksLikeSensorHeader(csvHeader(dir.filePath(file))))
                    context.addSensorStream(sample, relative, relative, 0);
                else
                    context.warn(relative, 1, sample.id,
                                 QStringLiteral("CSV without a time column (time, timestamp, time_s, time_ms...) "
                                                "is not a sensor stream; ignored"));
                break;
            case MediaKind::Other: break;
            }
        }
        const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& folder : folders)
            if (folderHasImages(QDir(dir.filePath(folder))))
                context.addFrameStream(sample, base + QLatin1Char('/') + folder, base, 0);
        if (sample.items.empty() && sample.streams.empty()) {
            context.warn(base, 0, name, QStringLiteral("recording folder holds no media; skipped"));
            continue;
        }
        context.sink().addSample(std::move(sample));
        ++done;
        context.progress().report(QStringLiteral("Reading recordings"), done, names.size());
        if (context.cancelled()) {
            report.cancelled = true;
            report.error = QStringLiteral("import cancelled");
            return report;
        }
    }
    report.ok = true;
    report.samples = done;
    return report;
}

}  // namespace lockstep
