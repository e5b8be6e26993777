#include "Commands.h"

#include "SignalCancel.h"
#include "SummaryPrinter.h"
#include "progress/ConsoleProgress.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"
#include "store/QualityRepository.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace lockstep::cli {

QString InfoCommand::summary() const
{
    return QStringLiteral(
        "Describe a dataset folder or a project file: samples, modalities present and missing, "
        "streams, labels, splits and the problems found while reading it. A dataset folder is "
        "read in memory; nothing is written.");
}

void InfoCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DATASET|PROJECT"),
                                 QStringLiteral("Dataset folder, manifest file or .lockstep project."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (all problems are listed).")});
    parser.addOption({QStringLiteral("max-problems"),
                      QStringLiteral("Problems to list in text output (default 20; -1 for all)."), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")});
}

int InfoCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(kUsageError, QStringLiteral("expected one DATASET or PROJECT (see: lockstep-cli info --help)"));
    bool ok = false;
    const qint64 maxProblems = parser.value(QStringLiteral("max-problems")).toLongLong(&ok);
    if (!ok || maxProblems < -1)
        return fail(kUsageError, QStringLiteral("--max-problems takes an integer >= -1"));
    const QString path = args.first();
    if (!QFileInfo::exists(path))
        return fail(kDataError, QStringLiteral("'%1' does not exist").arg(path));

    std::unique_ptr<ProjectStore> store;
    if (QFileInfo(path).isFile() && ProjectStore::looksLikeProject(path)) {
        ProjectStore::OpenResult opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        if (!opened.store)
            return fail(kDataError, opened.error);
        store = std::move(opened.store);
    } else {
        ProjectStore::OpenResult opened = ProjectStore::open(QStringLiteral(":memory:"));
        if (!opened.store)
            return fail(kDataError, opened.error);
        store = std::move(opened.store);
        ConsoleProgress progress(parser.isSet(QStringLiteral("quiet")));
        const SignalCancel cancelOnCtrlC(&progress);
        const ImportReport report = importDatasetIntoProject(path, *store, progress);
        progress.finish();
        if (report.cancelled)
            return fail(kDataError, QStringLiteral("cancelled"));
        if (!report.ok)
            return fail(kDataError, report.error);
    }
    const DatasetSummary summary = store->summary();
    // A scanned project also says what the quality scan found.
    QualityRepository quality(*store);
    const bool scanned = quality.hasScanResults();
    qint64 bySeverity[3] = {0, 0, 0};
    if (scanned)
        for (const auto& severities : quality.issueCounts())
            for (auto it = severities.cbegin(); it != severities.cend(); ++it)
                bySeverity[std::clamp(it.key(), 0, 2)] += it.value();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = SummaryPrinter::json(summary, store->diagnostics(-1));
        if (scanned)
            o[QStringLiteral("quality")] =
                QJsonObject{{QStringLiteral("errors"), bySeverity[2]},
                            {QStringLiteral("warnings"), bySeverity[1]},
                            {QStringLiteral("notes"), bySeverity[0]},
                            {QStringLiteral("duplicate_groups"), quality.duplicateGroupCount()}};
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        QString text = SummaryPrinter::text(summary, store->diagnostics(maxProblems), maxProblems);
        if (scanned)
            text +=
                QStringLiteral(
                    "Quality       %1 errors, %2 warnings, %3 notes, %4 duplicate groups (lockstep-cli report %5)\n")
                    .arg(bySeverity[2])
                    .arg(bySeverity[1])
                    .arg(bySeverity[0])
                    .arg(quality.duplicateGroupCount())
                    .arg(store->path());
        else
            text += QStringLiteral("Quality       not scanned yet (lockstep-cli scan %1)\n").arg(args.first());
        printOut(text);
    }
    return kOk;
}

}  // namespace lockstep::cli
