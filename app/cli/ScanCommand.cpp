#include "Commands.h"

#include "ProjectOpener.h"
#include "SignalCancel.h"
#include "progress/ConsoleProgress.h"
#include "quality/QualityScan.h"
#include "quality/ScanTimings.h"
#include "store/QualityRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <thread>

namespace lockstep::cli {

QString ScanCommand::summary() const
{
    return QStringLiteral(
        "Measure every image, audio and text file once (all cores), cache the measurements in the "
        "project and derive quality issues, outliers and duplicate groups. A rescan decodes only "
        "files that changed; Ctrl+C stops cleanly and a rerun resumes.");
}

void ScanCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(
        QStringLiteral("DATASET|PROJECT"),
        QStringLiteral("Dataset folder (its project beside it is created or reused) or .lockstep project."));
    parser.addOption({{QStringLiteral("j"), QStringLiteral("jobs")},
                      QStringLiteral("Worker threads (default: all cores)."),
                      QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption(
        {{QStringLiteral("t"), QStringLiteral("threshold")},
         QStringLiteral("Set a threshold for this project, e.g. image.blurry=0.25 (repeatable; kept in the project)."),
         QStringLiteral("NAME=VALUE")});
    parser.addOption(
        {QStringLiteral("reset-thresholds"), QStringLiteral("Return every threshold to its default first.")});
    parser.addOption({QStringLiteral("list-thresholds"), QStringLiteral("Print the thresholds in effect and exit.")});
    parser.addOption(
        {QStringLiteral("remeasure"), QStringLiteral("Ignore cached measurements and decode every file again.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")});
    parser.addOption(
        {QStringLiteral("verbose"), QStringLiteral("Print where the scan's time went, phase by phase, on stderr.")});
}

int ScanCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(kUsageError, QStringLiteral("expected one DATASET or PROJECT (see: lockstep-cli scan --help)"));
    bool ok = false;
    const int jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
    if (!ok || jobs < 0 || jobs > 256)
        return fail(kUsageError, QStringLiteral("--jobs takes an integer from 0 (all cores) to 256"));

    ConsoleProgress progress(parser.isSet(QStringLiteral("quiet")));
    const SignalCancel cancelOnCtrlC(&progress);
    OpenedProject project = openProjectFor(args.first(), progress);
    progress.finish();
    if (!project.store)
        return fail(kDataError, project.error);

    QualityRepository repository(*project.store);
    QualityScan::Options options;
    options.jobs = jobs;
    options.remeasure = parser.isSet(QStringLiteral("remeasure"));
    QString error;
    if (!parser.isSet(QStringLiteral("reset-thresholds")) &&
        !options.thresholds.loadOverrides(repository.thresholdOverrides(), &error))
        return fail(kDataError,
                    QStringLiteral("the project's thresholds are invalid: %1 (use --reset-thresholds)").arg(error));
    for (const QString& assignment : parser.values(QStringLiteral("threshold")))
        if (!options.thresholds.setFromAssignment(assignment, &error))
            return fail(kUsageError, error);
    if (parser.isSet(QStringLiteral("list-thresholds"))) {
        QString text;
        for (const QualityThresholds::Entry& e : QualityThresholds::entries()) {
            const double v = options.thresholds.value(e.name);
            text += QStringLiteral("%1 %2%3  %4\n")
                        .arg(e.name.leftJustified(34), QString::number(v).rightJustified(8),
                             v != e.defaultValue ? QStringLiteral("*") : QStringLiteral(" "), e.description);
        }
        printOut(text + QStringLiteral("(* = set for this project)\n"));
        return kOk;
    }

    ScanTimings timings;
    if (parser.isSet(QStringLiteral("verbose")))
        options.timings = &timings;
    const QualityScan::Report report = QualityScan::run(*project.store, progress, options);
    progress.finish();
    if (options.timings)
        printErr(timings.format());
    if (report.cancelled)
        return fail(kDataError, report.error);
    if (!report.ok)
        return fail(kDataError, report.error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("project")] = project.store->path();
        o[QStringLiteral("samples")] = report.samples;
        o[QStringLiteral("files")] = report.files;
        o[QStringLiteral("measured")] = report.measured;
        o[QStringLiteral("from_cache")] = report.fromCache;
        o[QStringLiteral("unreadable")] = report.unreadable;
        o[QStringLiteral("issues")] = report.issues;
        o[QStringLiteral("duplicate_groups")] = report.duplicateGroups;
        o[QStringLiteral("up_to_date")] = report.upToDate;
        o[QStringLiteral("seconds")] = report.seconds;
        o[QStringLiteral("measure_seconds")] = report.measureSeconds;
        o[QStringLiteral("derive_seconds")] = report.deriveSeconds;
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        printOut(
            QStringLiteral("Scanned %1 samples in %2 s: %3 files (%4 measured, %5 unchanged from the last scan, %6 "
                           "unreadable or missing); %7 issues, %8 duplicate groups%10.\nReport: lockstep-cli report %9 "
                           "--format html --out report.html\n")
                .arg(report.samples)
                .arg(report.seconds, 0, 'f', 2)
                .arg(report.files)
                .arg(report.measured)
                .arg(report.fromCache)
                .arg(report.unreadable)
                .arg(report.issues)
                .arg(report.duplicateGroups)
                .arg(project.store->path())
                .arg(report.upToDate ? QStringLiteral(" (nothing changed since the last scan)") : QString()));
    }
    return kOk;
}

}  // namespace lockstep::cli
