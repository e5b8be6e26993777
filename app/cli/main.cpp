// lockstep-cli: the command-line face of the Lockstep engine. Links processing/ only.
#include "CliCommand.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <exception>
#include <memory>
#include <vector>

using namespace lockstep::cli;

namespace {

QString usage(const std::vector<std::unique_ptr<CliCommand>>& commands)
{
    QString text = QStringLiteral(
        "Usage: lockstep-cli <command> [options]\n\n"
        "Curate multimodal machine-learning datasets: images, text, audio, video frames "
        "and sensor streams.\n\nCommands:\n");
    // The first sentence of each summary: up to a full stop that ends a sentence, not the one in "metadata.csv".
    static const QRegularExpression sentenceEnd(QStringLiteral("\\.(\\s|$)"));
    for (const auto& c : commands) {
        const QString summary = c->summary();
        const QRegularExpressionMatch end = sentenceEnd.match(summary);
        text += QStringLiteral("  %1 %2\n")
                    .arg(c->name().leftJustified(11), end.hasMatch() ? summary.left(end.capturedStart() + 1) : summary);
    }
    text += QStringLiteral(
        "\nRun 'lockstep-cli <command> --help' for a command's options.\n"
        "Exit codes: 0 ok, 1 data error, 2 usage error.\n");
    return text;
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lockstep-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lockstep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCKSTEP_VERSION));

    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<ScanCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<SpectrogramCommand>());

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty()) {
        printErr(usage(commands));
        return kUsageError;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printOut(usage(commands));
        return kOk;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printOut(QStringLiteral("lockstep-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return kOk;
    }
    for (const auto& command : commands) {
        if (command->name() == first) {
            try {
                return command->execute(args);
            } catch (const std::exception& e) {
                // Programmer errors only: user data problems are results, not exceptions.
                printErr(
                    QStringLiteral("lockstep-cli %1: internal error: %2\n").arg(first, QString::fromUtf8(e.what())));
                return kDataError;
            }
        }
    }
    printErr(QStringLiteral("lockstep-cli: unknown command '%1'\n\n").arg(first) + usage(commands));
    return kUsageError;
}
