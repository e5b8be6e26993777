// lockstep: the desktop application.
//   lockstep [PATH]          open a dataset folder or a .lockstep project file
//   lockstep --demo          open the demo dataset (generated on first use)
// Hidden, for scripts and documentation (tools/make_screenshots.sh): --screenshot FILE (a picture of the window
// once it shows its final state, then quit), --sample ID, and what StartupScript.h lists (--scan, --annotate,
// --select, --view grid|duplicates[:N]|dashboard[:METRICS]|history|queue:QUERY|lasso|lasso-filtered, --timeline-range).
// --theme system|light|dark (this run only; View > Theme is the user's lasting choice).

#include "ApplicationTheme.h"
#include "EnglishPlurals.h"
#include "MainWindow.h"
#include "StartupScript.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <optional>

#ifndef LOCKSTEP_VERSION
#define LOCKSTEP_VERSION "0.0.0"
#endif

namespace {

// --help and --version only print: they must work without a display (over ssh, in CI).
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

}  // namespace

int main(int argc, char* argv[])
{
    if (onlyPrints(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lockstep"));
    QCoreApplication::setApplicationName(QStringLiteral("Lockstep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOCKSTEP_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Lockstep"));
    QGuiApplication::setDesktopFileName(QStringLiteral("lockstep"));

    // Qt's own strings (standard dialogs), then ours from the resource (:/i18n/lockstep_<locale>.qm).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    lockstep::EnglishPlurals englishPlurals;
    if (translator.load(QLocale(), QStringLiteral("lockstep"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    else
        QCoreApplication::installTranslator(&englishPlurals);  // the source texts are English

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Curate multimodal machine-learning datasets."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QCoreApplication::translate("main", "A dataset folder or a .lockstep project file."),
                                 QStringLiteral("[PATH]"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo dataset (it is generated on first use)."));
    parser.addOption(demoOption);
    QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE once loaded, then quit."),
        QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption sampleOption(QStringLiteral("sample"),
                                    QCoreApplication::translate("main", "Select this sample once loaded."),
                                    QStringLiteral("ID"));
    sampleOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(sampleOption);
    lockstep::StartupScript::addOptions(parser);
    QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Use this theme for this run: system, light or dark."),
        QStringLiteral("THEME"));
    themeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(themeOption);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (parser.isSet(demoOption) && !positional.isEmpty())) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "lockstep: give one PATH, or --demo.")));
        return 2;
    }
    if (!positional.isEmpty() && !QFileInfo::exists(positional.first())) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "lockstep: %1 does not exist.").arg(positional.first())));
        return 2;
    }

    QString scriptError;
    const std::optional<lockstep::StartupScript> script = lockstep::StartupScript::fromParser(parser, &scriptError);
    if (!script) {
        std::fprintf(stderr, "%s\n", qPrintable(scriptError));
        return 2;
    }

    bool knownTheme = true;
    const lockstep::ApplicationTheme::Mode theme =
        parser.isSet(themeOption) ? lockstep::ApplicationTheme::fromName(parser.value(themeOption), &knownTheme)
                                  : lockstep::ApplicationTheme::saved();
    if (!knownTheme) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "lockstep: --theme is system, light or dark.")));
        return 2;
    }
    lockstep::ApplicationTheme::apply(theme);

    lockstep::MainWindow window;
    if (parser.isSet(sampleOption))
        window.setInitialSample(parser.value(sampleOption));
    window.show();

    script->attach(&window);

    if (parser.isSet(demoOption))
        window.openDemo();
    else if (!positional.isEmpty())
        window.openPath(positional.first());

    if (parser.isSet(screenshotOption)) {
        QObject::connect(&window, &lockstep::MainWindow::screenshotTaken, &app,
                         [](const QString&, bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        window.requestScreenshot(parser.value(screenshotOption));
    }
    return app.exec();
}
