#include "StartupScript.h"

#include "AnnotationActions.h"
#include "AnnotationSession.h"
#include "DashboardLoader.h"
#include "DuplicateGroupsModel.h"
#include "DuplicateGroupsView.h"
#include "DuplicatesDock.h"
#include "MainWindow.h"
#include "MetricScatterPlot.h"
#include "QualityDashboard.h"
#include "ReviewActions.h"
#include "ReviewQueueBar.h"
#include "ReviewQueueMode.h"
#include "ReviewSession.h"
#include "SampleFilterBar.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SessionController.h"
#include "TimelineCanvas.h"
#include "TimelinePanel.h"
#include "WorkspacePage.h"
#include "store/ReviewRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QToolButton>
#include <cmath>
#include <memory>

namespace lockstep {

namespace {

const QString kAnnotate = QStringLiteral("annotate");
const QString kSelect = QStringLiteral("select");
const QString kView = QStringLiteral("view");
const QString kRange = QStringLiteral("timeline-range");
const QString kScan = QStringLiteral("scan");

void addHidden(QCommandLineParser& parser, const QString& name, const QString& description,
               const QString& valueName = {})
{
    QCommandLineOption option(name, description, valueName);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(option);
}

QStringList idList(const QString& text)
{
    QStringList ids = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& id : ids)
        id = id.trimmed();
    ids.removeAll(QString());
    return ids;
}

// "A:B" in seconds, A < B.
std::optional<std::pair<double, double>> parseRange(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    bool okFrom = false;
    bool okTo = false;
    const double from = parts.value(0).toDouble(&okFrom);
    const double to = parts.value(1).toDouble(&okTo);
    if (parts.size() != 2 || !okFrom || !okTo || !(from < to))
        return std::nullopt;
    return std::make_pair(from, to);
}

}  // namespace

void StartupScript::addOptions(QCommandLineParser& parser)
{
    addHidden(parser, kScan, tr("Run the quality scan once the dataset is open (Dataset > Scan Quality)."));
    addHidden(parser, kAnnotate,
              tr("Make this edit once the dataset is open: label|tag|review:IDS=VALUE, note:ID=TEXT, "
                 "region:ID=LABEL@A:B."),
              QStringLiteral("EDIT"));
    addHidden(parser, kSelect, tr("Select these samples too (comma-separated ids) once loaded."),
              QStringLiteral("IDS"));
    addHidden(parser, kView,
              tr("Show the thumbnail grid (grid), the duplicate groups (duplicates[:N]), the quality "
                 "dashboard (dashboard[:METRIC[,X,Y]]), the undo history (history) or the review queue over a "
                 "query (queue:QUERY)."),
              QStringLiteral("VIEW"));
    addHidden(parser, kRange, tr("Show this range of the timeline (seconds, A:B) once loaded."), QStringLiteral("A:B"));
}

std::optional<StartupScript::Edit> StartupScript::parseEdit(const QString& spec, QString* error)
{
    static const QStringList kinds = {QStringLiteral("label"), QStringLiteral("tag"), QStringLiteral("note"),
                                      QStringLiteral("review"), QStringLiteral("region")};
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    Edit edit;
    edit.kind = spec.left(colon);
    if (colon < 0 || equals < colon || !kinds.contains(edit.kind)) {
        *error = tr("lockstep: --annotate %1: expected KIND:IDS=VALUE with KIND one of %2.")
                     .arg(spec, kinds.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    edit.ids = idList(spec.mid(colon + 1, equals - colon - 1));
    edit.value = spec.mid(equals + 1);
    if (edit.ids.isEmpty() ||
        ((edit.kind == QLatin1String("note") || edit.kind == QLatin1String("region")) && edit.ids.size() != 1)) {
        *error = tr("lockstep: --annotate %1: name the sample(s) between ':' and '='.").arg(spec);
        return std::nullopt;
    }
    if (edit.kind == QLatin1String("review") && !reviewStatusFromName(edit.value)) {
        *error = tr("lockstep: --annotate %1: unknown review status '%2'.").arg(spec, edit.value);
        return std::nullopt;
    }
    if (edit.kind == QLatin1String("region")) {
        const qsizetype at = edit.value.lastIndexOf(QLatin1Char('@'));
        const auto range = at > 0 ? parseRange(edit.value.mid(at + 1)) : std::nullopt;
        if (!range) {
            *error = tr("lockstep: --annotate %1: a region is LABEL@A:B (seconds).").arg(spec);
            return std::nullopt;
        }
        edit.value.truncate(at);
        edit.from = microsFromSeconds(range->first);
        edit.to = microsFromSeconds(range->second);
    }
    return edit;
}

std::optional<StartupScript> StartupScript::fromParser(const QCommandLineParser& parser, QString* error)
{
    StartupScript script;
    script.m_scan = parser.isSet(kScan);
    for (const QString& spec : parser.values(kAnnotate)) {
        std::optional<Edit> edit = parseEdit(spec, error);
        if (!edit)
            return std::nullopt;
        script.m_edits.push_back(*edit);
    }
    for (const QString& ids : parser.values(kSelect))
        script.m_select += idList(ids);
    script.m_views = parser.values(kView);
    for (const QString& view : std::as_const(script.m_views)) {
        const QString name = view.section(QLatin1Char(':'), 0, 0);
        if (name != QLatin1String("grid") && name != QLatin1String("duplicates") &&
            name != QLatin1String("dashboard") && name != QLatin1String("history") && name != QLatin1String("queue") &&
            name != QLatin1String("lasso") && name != QLatin1String("lasso-filtered") &&
            name != QLatin1String("filter") && name != QLatin1String("shortcuts")) {
            *error = tr("lockstep: --view %1: expected grid, duplicates[:N], dashboard[:METRIC], history, queue:QUERY, "
                        "filter:QUERY, lasso, lasso-filtered or shortcuts.")
                         .arg(view);
            return std::nullopt;
        }
    }
    if (parser.isSet(kRange)) {
        script.m_range = parseRange(parser.value(kRange));
        if (!script.m_range) {
            *error = tr("lockstep: --timeline-range %1: expected A:B in seconds, A < B.").arg(parser.value(kRange));
            return std::nullopt;
        }
    }
    return script;
}

bool StartupScript::isEmpty() const
{
    return !m_scan && m_edits.empty() && m_select.isEmpty() && m_views.isEmpty() && !m_range;
}

void StartupScript::attach(MainWindow* window) const
{
    if (isEmpty())
        return;
    SessionController* session = window->session();
    auto script = std::make_shared<const StartupScript>(*this);
    auto scanStarted = std::make_shared<bool>(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    // The scan reopens the session when it is done: the rest is applied to what it found.
    *connection = QObject::connect(session, &SessionController::sessionOpened, window,
                                   [window, session, script, scanStarted, connection] {
                                       if (script->m_scan && !*scanStarted) {
                                           *scanStarted = true;
                                           session->scanQuality();
                                           return;
                                       }
                                       QObject::disconnect(*connection);
                                       script->apply(window);
                                   });
}

void StartupScript::apply(MainWindow* window) const
{
    for (const Edit& edit : m_edits)
        applyEdit(window, edit);
    for (const QString& view : m_views)
        applyView(window, view);

    SampleTableModel* model = window->tableModel();
    QItemSelectionModel* selection = window->sampleTable()->selectionModel();
    for (const QString& id : m_select) {
        const int row = model->rowOfSample(id);
        if (row >= 0)
            selection->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        else
            qWarning("lockstep: --select: no sample %s", qPrintable(id));
    }
    if (m_range)
        attachTimelineRange(window);
}

void StartupScript::applyEdit(MainWindow* window, const Edit& edit)
{
    AnnotationSession* annotations = window->annotationActions()->session();
    bool ok = true;
    if (edit.kind == QLatin1String("label"))
        ok = annotations->setLabel(edit.ids, edit.value);
    else if (edit.kind == QLatin1String("tag"))
        ok = annotations->addTag(edit.ids, edit.value);
    else if (edit.kind == QLatin1String("note"))
        ok = annotations->setNote(edit.ids.first(), edit.value);
    else if (edit.kind == QLatin1String("region"))
        ok = !annotations->addRegion(edit.ids.first(), edit.value, edit.from, edit.to).isEmpty();
    else if (edit.kind == QLatin1String("review"))
        ok = window->reviewActions()->session()->setStatus(edit.ids, *reviewStatusFromName(edit.value));
    if (!ok)
        qWarning("lockstep: --annotate %s:%s failed", qPrintable(edit.kind), qPrintable(edit.ids.join(u',')));
}

void StartupScript::applyView(MainWindow* window, const QString& view)
{
    const QString name = view.section(QLatin1Char(':'), 0, 0);
    const QString argument = view.section(QLatin1Char(':'), 1);
    if (name == QLatin1String("grid")) {
        window->workspacePage()->setGridShown(true);
    } else if (name == QLatin1String("history")) {
        window->annotationActions()->historyDock()->show();
    } else if (name == QLatin1String("shortcuts")) {
        // As F1 would: the action, so the picture shows what a user's key opens.
        if (auto* action = window->findChild<QAction*>(QStringLiteral("help.shortcuts")))
            action->trigger();
    } else if (name == QLatin1String("dashboard")) {
        const QStringList metrics = argument.split(QLatin1Char(','));
        window->dashboard()->showMetrics(metrics.value(0), metrics.value(1), metrics.value(2));
        if (!window->dashboardDock()->isVisible())
            window->dashboardDock()->toggleViewAction()->trigger();
    } else if (name == QLatin1String("lasso") || name == QLatin1String("lasso-filtered")) {
        attachLasso(window, name == QLatin1String("lasso-filtered"));
    } else if (name == QLatin1String("filter")) {
        // The query typed into the query bar, as a user would.
        SampleFilterBar* bar = window->workspacePage()->filterBar();
        bar->edit()->setText(argument);
        bar->apply();
    } else if (name == QLatin1String("queue")) {
        // The review queue over the query, worst issue first when it names one with has:TYPE.
        ReviewQueueBar::Request request;
        request.query = argument;
        request.issueType = ReviewQueueMode::issueTypeOfQuery(request.query);
        if (!request.issueType.isEmpty())
            request.order = ReviewQueueBar::Order::WorstIssueFirst;
        window->reviewQueue()->start(request);
    } else if (name == QLatin1String("duplicates")) {
        DuplicatesDock* dock = window->duplicatesDock();
        if (!dock->isVisible())
            dock->toggleViewAction()->trigger();
        // "duplicates:N" shows group N once the groups are read.
        const int group = argument.toInt();
        if (!dock->model()->isLoading())
            dock->view()->setCurrentGroup(group);
        QObject::connect(dock->model(), &DuplicateGroupsModel::loaded, dock,
                         [dock, group] { dock->view()->setCurrentGroup(group); });
    }
}

void StartupScript::attachLasso(MainWindow* window, bool plotOnlyLassoed)
{
    // A kidney-shaped lasso over the middle of the scatter plot, drawn as the mouse would (200 positions), once
    // the scatter plot has points; lasso-filtered then plots only the lassoed samples.
    QualityDashboard* dashboard = window->dashboard();
    // The brush filters the table, which drops the selection: the first lassoed sample is then shown.
    auto filtered = std::make_shared<QMetaObject::Connection>();
    *filtered = QObject::connect(window->tableModel(), &QAbstractItemModel::modelReset, window, [window, filtered] {
        if (!window->tableModel()->filterText().contains(QLatin1String("inside(")) ||
            window->tableModel()->rowCount() == 0)
            return;
        QObject::disconnect(*filtered);
        window->sampleTable()->selectSampleRow(0);
    });
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(dashboard->loader(), &DashboardLoader::scatterLoaded, dashboard,
                                   [dashboard, plotOnlyLassoed, connection](const DashboardLoader::Scatter& s) {
                                       if (!s.points || s.points->x.empty())
                                           return;
                                       QObject::disconnect(*connection);
                                       MetricScatterPlot* scatter = dashboard->scatter();
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
                                       if (plotOnlyLassoed)
                                           dashboard->plotFilteredBox()->setChecked(true);
                                   });
}

void StartupScript::attachTimelineRange(MainWindow* window) const
{
    const double from = m_range->first;
    const double to = m_range->second;
    TimelinePanel* timeline = window->workspacePage()->timeline();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(timeline, &TimelinePanel::loaded, timeline, [=] {
        if (timeline->sampleId().isEmpty())
            return;
        QObject::disconnect(*connection);
        TimelineCanvas* canvas = timeline->canvas();
        canvas->mapping().showRange(microsFromSeconds(from), microsFromSeconds(to));
        emit canvas->seekRequested(microsFromSeconds(from + (to - from) / 3.0));
        emit canvas->viewChanged();
    });
}

}  // namespace lockstep
