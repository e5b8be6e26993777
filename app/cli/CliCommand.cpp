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
        // helpText() names the binary as invoked; show the subcommand instead.
        QString text = parser.helpText();
        const qsizetype end = text.indexOf(QLatin1String(" [options]"));
        if (text.startsWith(QLatin1String("Usage: ")) && end > 0)
            text.replace(7, end - 7, QStringLiteral("lockstep-cli ") + name());
        printOut(text);
        return kOk;
    }
    return run(parser);
}

}  // namespace lockstep::cli
