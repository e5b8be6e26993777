#include "Commands.h"

#include "quality/QualityReport.h"
#include "store/ProjectStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace lockstep::cli {

QString ReportCommand::summary() const
{
    return QStringLiteral(
        "Write the quality report of a scanned project: counts by issue type and severity, metric "
        "distributions, every issue and the duplicate groups, as JSON, CSV or one self-contained "
        "HTML page.");
}

void ReportCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("A scanned .lockstep project."));
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QStringLiteral("json, csv or html (default json)."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("json")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("out")},
                      QStringLiteral("File to write (default: standard output)."),
                      QStringLiteral("FILE")});
}

int ReportCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(kUsageError, QStringLiteral("expected one PROJECT (see: lockstep-cli report --help)"));
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv") && format != QLatin1String("html"))
        return fail(kUsageError, QStringLiteral("--format is json, csv or html, not '%1'").arg(format));
    const QString path = args.first();
    if (!QFileInfo(path).isFile() || !ProjectStore::looksLikeProject(path))
        return fail(kDataError,
                    QStringLiteral("'%1' is not a Lockstep project (scan a dataset first: lockstep-cli scan DATASET)")
                        .arg(path));
    ProjectStore::OpenResult opened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    if (!opened.store)
        return fail(kDataError, opened.error);
    QualityReport report;
    QString error;
    if (!QualityReport::gather(*opened.store, &report, &error))
        return fail(kDataError, error);
    const QByteArray bytes = format == QLatin1String("json")  ? report.toJson()
                             : format == QLatin1String("csv") ? report.toCsv()
                                                              : report.toHtml();
    if (!parser.isSet(QStringLiteral("out"))) {
        printOut(QString::fromUtf8(bytes));
        return kOk;
    }
    QSaveFile out(parser.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return fail(kDataError, QStringLiteral("cannot write '%1': %2").arg(out.fileName(), out.errorString()));
    printErr(QStringLiteral("Wrote %1 (%2 issues, %3 duplicate groups)\n")
                 .arg(out.fileName())
                 .arg(report.issues.size())
                 .arg(report.groups.size()));
    return kOk;
}

}  // namespace lockstep::cli
