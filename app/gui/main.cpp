// lockstep: the desktop application.
//   lockstep [PATH]          open a dataset folder or a .lockstep project file
//   lockstep --demo          open the demo dataset (generated on first use)
// Hidden, for scripts and documentation: --screenshot FILE, --sample ID, --scan (run Dataset > Scan Quality
// once the dataset is open; a screenshot then waits for the scan), --timeline-range A:B (seconds: the timeline
// shows that range once the sample is loaded, with the playhead a third of the way in), --view grid|duplicates
// (the thumbnail grid instead of the table, or the duplicate groups dock, once the dataset is open), --view lasso
// (a lasso drawn on the dashboard's scatter plot once it is loaded; lasso-filtered: the plots then show only the
// lassoed samples).

#include "DuplicateGroupsModel.h"
#include "DuplicateGroupsView.h"
#include "DuplicatesDock.h"
#include "EnglishPlurals.h"
#include "MainWindow.h"
#include "MetricScatterPlot.h"
#include "QualityDashboard.h"
#include "SessionController.h"
#include "TimelineCanvas.h"
#include "TimelinePanel.h"
#include "WorkspacePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QToolButton>
#include <QTranslator>
#include <cmath>
#include <cstdio>
#include <memory>

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
    QCommandLineOption scanOption(
        QStringLiteral("scan"),
        QCoreApplication::translate("main", "Run the quality scan once the dataset is open (Dataset > Scan Quality)."));
    scanOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(scanOption);
    QCommandLineOption rangeOption(
        QStringLiteral("timeline-range"),
        QCoreApplication::translate("main", "Show this range of the timeline (seconds, A:B) once loaded."),
        QStringLiteral("A:B"));
    rangeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(rangeOption);
    QCommandLineOption viewOption(
        QStringLiteral("view"),
        QCoreApplication::translate("main", "Show the thumbnail grid (grid) or the duplicate groups (duplicates)."),
        QStringLiteral("VIEW"));
    viewOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(viewOption);
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

    lockstep::MainWindow window;
    if (parser.isSet(sampleOption))
        window.setInitialSample(parser.value(sampleOption));
    window.show();

    if (parser.isSet(scanOption)) {
        // Once: the scan itself reopens the session when it is done.
        auto connection = std::make_shared<QMetaObject::Connection>();
        lockstep::SessionController* session = window.session();
        *connection =
            QObject::connect(session, &lockstep::SessionController::sessionOpened, session, [session, connection] {
                QObject::disconnect(*connection);
                session->scanQuality();
            });
    }

    if (parser.isSet(viewOption)) {
        const QString view = parser.value(viewOption);
        auto connection = std::make_shared<QMetaObject::Connection>();
        lockstep::SessionController* session = window.session();
        *connection = QObject::connect(
            session, &lockstep::SessionController::sessionOpened, &window, [&window, view, connection] {
                QObject::disconnect(*connection);
                if (view == QLatin1String("grid"))
                    window.workspacePage()->setGridShown(true);
                if (!view.startsWith(QLatin1String("duplicates")))
                    return;
                lockstep::DuplicatesDock* dock = window.duplicatesDock();
                dock->toggleViewAction()->trigger();
                // "duplicates:N" shows group N once the groups are read.
                const int group = view.section(QLatin1Char(':'), 1).toInt();
                QObject::connect(dock->model(), &lockstep::DuplicateGroupsModel::loaded, dock,
                                 [dock, group] { dock->view()->setCurrentGroup(group); });
            });
    }

    if (parser.isSet(viewOption) && parser.value(viewOption).startsWith(QLatin1String("lasso"))) {
        // A kidney-shaped lasso over the middle of the scatter plot, drawn as the mouse would (200 positions).
        lockstep::QualityDashboard* dashboard = window.dashboard();
        const bool filtered = parser.value(viewOption) == QLatin1String("lasso-filtered");
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(dashboard->loader(), &lockstep::DashboardLoader::scatterLoaded, dashboard,
                                       [dashboard, filtered, connection](const lockstep::DashboardLoader::Scatter& s) {
                                           if (!s.points || s.points->x.empty())
                                               return;
                                           QObject::disconnect(*connection);
                                           lockstep::MetricScatterPlot* scatter = dashboard->scatter();
                                           const QRect r = scatter->dataArea();
                                           QVector<QPointF> pixels;
                                           for (int i = 0; i < 200; ++i) {
                                               const double a = 2 * M_PI * i / 200;
                                               const double k = 1.0 + 0.3 * std::sin(2 * a);
                                               pixels << QPointF(r.center().x() + 0.3 * r.width() * k * std::cos(a),
                                                                 r.center().y() + 0.32 * r.height() * k * std::sin(a));
                                           }
                                           dashboard->lassoButton()->click();
                                           scatter->brushLasso(pixels);
                                           if (filtered)
                                               dashboard->plotFilteredBox()->setChecked(true);
                                       });
    }

    if (parser.isSet(rangeOption)) {
        const QStringList parts = parser.value(rangeOption).split(QLatin1Char(':'));
        const double from = parts.value(0).toDouble();
        const double to = parts.value(1).toDouble();
        lockstep::TimelinePanel* timeline = window.workspacePage()->timeline();
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(timeline, &lockstep::TimelinePanel::loaded, timeline, [=] {
            if (timeline->sampleId().isEmpty())
                return;
            QObject::disconnect(*connection);
            lockstep::TimelineCanvas* canvas = timeline->canvas();
            canvas->mapping().showRange(lockstep::microsFromSeconds(from), lockstep::microsFromSeconds(to));
            emit canvas->seekRequested(lockstep::microsFromSeconds(from + (to - from) / 3.0));
            emit canvas->viewChanged();
        });
    }

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
