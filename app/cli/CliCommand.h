#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace lockstep::cli {

// Exit codes shared by every subcommand: scripts rely on them.
enum ExitCode : int { kOk = 0, kDataError = 1, kUsageError = 2 };

// One subcommand of lockstep-cli. run() gets the arguments after the subcommand's name.
class CliCommand {
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    int execute(const QStringList& arguments);

protected:
    // Declares options and positional arguments on parser.
    virtual void configure(QCommandLineParser& parser) = 0;
    virtual int run(const QCommandLineParser& parser) = 0;

    // Prints "lockstep-cli <name>: <message>" on stderr and returns the code.
    int fail(int code, const QString& message) const;
};

void printOut(const QString& text);
void printErr(const QString& text);

}  // namespace lockstep::cli
