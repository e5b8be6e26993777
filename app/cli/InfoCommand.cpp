#include "Commands.h"

#include "SignalCancel.h"
#include "SummaryPrinter.h"
#include "progress/ConsoleProgress.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"

#include <QFileInfo>
#include <QJsonDocument>

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
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(
            QJsonDocument(SummaryPrinter::json(summary, store->diagnostics(-1))).toJson(QJsonDocument::Indented)));
    } else {
        printOut(SummaryPrinter::text(summary, store->diagnostics(maxProblems), maxProblems));
    }
    return kOk;
}

}  // namespace lockstep::cli
