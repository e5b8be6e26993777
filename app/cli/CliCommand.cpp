#include "CliCommand.h"

#include <cstdio>

namespace lockstep::cli {

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int CliCommand::fail(int code, const QString& message) const
{
    printErr(QStringLiteral("lockstep-cli %1: %2\n").arg(name(), message));
    return code;
}

int CliCommand::execute(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    configure(parser);
    // QCommandLineParser expects the program name first.
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("lockstep-cli ") + name());
    if (!parser.parse(argv))
        return fail(kUsageError, parser.errorText() + QStringLiteral(" (see: lockstep-cli %1 --help)").arg(name()));
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return kOk;
    }
    return run(parser);
}

}  // namespace lockstep::cli
