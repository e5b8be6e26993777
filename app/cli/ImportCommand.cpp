#include "Commands.h"

#include "SignalCancel.h"
#include "SummaryPrinter.h"
#include "progress/ConsoleProgress.h"
#include "store/ProjectImport.h"
#include "store/ProjectStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace lockstep::cli {

QString ImportCommand::summary() const
{
    return QStringLiteral(
        "Read a dataset (folder with metadata.csv, a JSONL/JSON manifest, images/ texts/ audios/ "
        "folders, recordings/) into a project file. The dataset is never written; the project "
        "goes beside it as <folder>.lockstep unless --project names another file.");
}

void ImportCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("DATASET"),
                                 QStringLiteral("Dataset folder, or a manifest file (.csv, .jsonl, .json)."));
    parser.addOption({{QStringLiteral("p"), QStringLiteral("project")},
                      QStringLiteral("Project file to write (default: beside the dataset)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("no-verify-files"),
                      QStringLiteral("Do not check that referenced files exist (faster on huge indexes).")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")});
}

int ImportCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(kUsageError, QStringLiteral("expected one DATASET (see: lockstep-cli import --help)"));
    const QString dataset = args.first();
    if (!QFileInfo::exists(dataset))
        return fail(kDataError, QStringLiteral("'%1' does not exist").arg(dataset));
    const QString projectPath = parser.isSet(QStringLiteral("project")) ? parser.value(QStringLiteral("project"))
                                                                        : defaultProjectPathFor(dataset);
    if (QFileInfo::exists(projectPath) && !ProjectStore::looksLikeProject(projectPath))
        return fail(kDataError,
                    QStringLiteral("'%1' exists and is not a Lockstep project; it was not touched").arg(projectPath));

    ProjectStore::OpenResult opened = ProjectStore::open(projectPath);
    if (!opened.store)
        return fail(kDataError, opened.error);
    ImportOptions options;
    options.verifyFiles = !parser.isSet(QStringLiteral("no-verify-files"));
    ConsoleProgress progress(parser.isSet(QStringLiteral("quiet")));
    const SignalCancel cancelOnCtrlC(&progress);
    QElapsedTimer clock;
    clock.start();
    const ImportReport report = importDatasetIntoProject(dataset, *opened.store, progress, options);
    progress.finish();
    if (report.cancelled)
        return fail(kDataError, QStringLiteral("cancelled; the project keeps its previous contents"));
    if (!report.ok)
        return fail(kDataError, report.error);

    const DatasetSummary summary = opened.store->summary();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = SummaryPrinter::json(summary, {});
        o.remove(QStringLiteral("problems"));
        o[QStringLiteral("project")] = projectPath;
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        printOut(QStringLiteral("Imported %1 samples (%2) into %3 in %4 s: %5 errors, %6 warnings "
                                "(lockstep-cli info %3 lists them)\n")
                     .arg(summary.samples)
                     .arg(summary.layout, projectPath)
                     .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 2)
                     .arg(summary.errors)
                     .arg(summary.warnings));
    }
    return kOk;
}

}  // namespace lockstep::cli
