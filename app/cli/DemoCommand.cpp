#include "Commands.h"

#include "SignalCancel.h"
#include "demo/DemoDataset.h"
#include "progress/ConsoleProgress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lockstep::cli {

QString DemoCommand::summary() const
{
    return QStringLiteral(
        "Write the built-in demo dataset (images, captions, audio, recordings with frames, "
        "subtitles and sensor streams, with planted problems) to OUT_DIR.");
}

void DemoCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("OUT_DIR"),
                                 QStringLiteral("Folder to write (created; a previous demo there is replaced)."));
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (same seed, same files)."),
                      QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Number of image+caption+audio samples."),
                      QStringLiteral("N"), QStringLiteral("240")});
    parser.addOption({QStringLiteral("recordings"), QStringLiteral("Number of multi-stream recordings."),
                      QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the result as JSON.")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress on stderr.")});
}

int DemoCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(kUsageError, QStringLiteral("expected one OUT_DIR (see: lockstep-cli demo --help)"));
    DemoDataset::Options options;
    bool ok = false;
    options.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return fail(
            kUsageError,
            QStringLiteral("--seed takes a non-negative integer, not '%1'").arg(parser.value(QStringLiteral("seed"))));
    options.samples = parser.value(QStringLiteral("samples")).toInt(&ok);
    if (!ok || options.samples < 1 || options.samples > 100000)
        return fail(kUsageError, QStringLiteral("--samples takes an integer from 1 to 100000"));
    options.recordings = parser.value(QStringLiteral("recordings")).toInt(&ok);
    if (!ok || options.recordings < 0 || options.recordings > 100)
        return fail(kUsageError, QStringLiteral("--recordings takes an integer from 0 to 100"));

    ConsoleProgress progress(parser.isSet(QStringLiteral("quiet")));
    const SignalCancel cancelOnCtrlC(&progress);
    const DemoDataset::Result result = DemoDataset::generate(args.first(), options, progress);
    progress.finish();
    if (!result.ok)
        return fail(kDataError, result.error);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o;
        o[QStringLiteral("out_dir")] = args.first();
        o[QStringLiteral("seed")] = qint64(options.seed);
        o[QStringLiteral("samples")] = result.samples;
        o[QStringLiteral("recordings")] = result.recordings;
        o[QStringLiteral("planted")] = QJsonArray::fromStringList(result.planted);
        printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else {
        printOut(QStringLiteral("Wrote demo dataset to %1: %2 samples, %3 recordings, %4 planted problems "
                                "(listed in PLANTED.json)\n")
                     .arg(args.first())
                     .arg(result.samples)
                     .arg(result.recordings)
                     .arg(result.planted.size()));
    }
    return kOk;
}

}  // namespace lockstep::cli
