#include "dataset/StemPairingImporter.h"

#include "dataset/ImportContext.h"
#include "dataset/MediaKind.h"
#include "dataset/SampleSink.h"
#include "progress/Progress.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <map>

namespace lockstep {

namespace {

struct FolderRole {
    const char* name;
};

// Folder names that mean "this modality" in common dataset layouts.
const char* const kModalityFolders[] = {"images", "image",  "imgs",  "texts", "text",   "captions",
                                        "txt",    "audios", "audio", "wavs",  "videos", "video"};

QString stripExtension(const QString& relative)
{
    const qsizetype slash = relative.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = relative.lastIndexOf(QLatin1Char('.'));
    return dot > slash + 1 ? relative.left(dot) : relative;
}

}  // namespace

ImportReport StemPairingImporter::run(ImportContext& context)
{
    ImportReport report;
    report.layout = QStringLiteral("stem-pairing");
    const QDir root(context.root().absolutePath());

    // key -> (relative paths of its files, in a stable order)
    std::map<QString, QStringList> byKey;
    qint64 seen = 0;
    auto collect = [&](const QString& folder, const QString& prefixToStrip) {
        QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString absolute = it.next();
            const QString relative = context.root().relativeTo(absolute);
            if (relative.startsWith(QLatin1String("recordings/")) || relative.contains(QLatin1String("/.")) ||
                relative.startsWith(QLatin1Char('.')))
                continue;
            const MediaKind kind = mediaKindForPath(relative);
            if (!modalityForMediaKind(kind))
                continue;
            QString key = stripExtension(relative.mid(prefixToStrip.size()));
            byKey[key].append(relative);
            if ((++seen & 4095) == 0) {
                context.progress().report(QStringLiteral("Listing files"), seen, 0);
                if (context.cancelled())
                    return;
            }
        }
    };

    bool anyModalityFolder = false;
    for (const char* name : kModalityFolders) {
        const QString folder = QString::fromLatin1(name);
        if (root.exists(folder) && QFileInfo(root.filePath(folder)).isDir()) {
            anyModalityFolder = true;
            collect(root.filePath(folder), folder + QLatin1Char('/'));
        }
    }
    if (!anyModalityFolder)
        collect(root.absolutePath(), QString());
    if (context.cancelled()) {
        report.cancelled = true;
        report.error = QStringLiteral("import cancelled");
        return report;
    }

    qint64 done = 0;
    const qint64 total = static_cast<qint64>(byKey.size());
    for (auto& [key, files] : byKey) {
        Sample sample;
        sample.id = key;
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        if (slash > 0)
            sample.label = key.left(slash);
        files.sort();
        sample.sourceFile = files.value(0);
        for (const QString& relative : files) {
            const Modality m = *modalityForMediaKind(mediaKindForPath(relative));
            if (sample.item(m)) {
                context.warn(relative, 0, sample.id,
                             QStringLiteral("a second %1 file for sample '%2'; only '%3' is used")
                                 .arg(modalityName(m), sample.id, sample.item(m)->path));
                continue;
            }
            context.addItem(sample, m, relative, relative, 0);
        }
        context.sink().addSample(std::move(sample));
        if ((++done & 4095) == 0) {
            context.progress().report(QStringLiteral("Pairing files by name"), done, total);
            if (context.cancelled()) {
                report.cancelled = true;
                report.error = QStringLiteral("import cancelled");
                return report;
            }
        }
    }
    report.ok = true;
    report.samples = total;
    return report;
}

}  // namespace lockstep
