#include "MainWindow.h"

#include "AboutDialog.h"
#include "AnnotationActions.h"
#include "DiagnosticsModel.h"
#include "DiagnosticsView.h"
#include "DuplicatesDock.h"
#include "IssueJumpActions.h"
#include "JobProgressWidget.h"
#include "QualityDashboard.h"
#include "RecentFiles.h"
#include "ReviewActions.h"
#include "ReviewQueueMode.h"
#include "SampleCountsLabel.h"
#include "SampleDetailsPane.h"
#include "SampleTableModel.h"
#include "SampleTableView.h"
#include "SavedViewActions.h"
#include "SessionController.h"
#include "ShortcutRegistry.h"
#include "ShortcutsDialog.h"
#include "ThemeMenu.h"
#include "TimelinePanel.h"
#include "WelcomePage.h"
#include "WindowScreenshot.h"
#include "WorkspacePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUrl>

static void initLockstepResources()
{
    Q_INIT_RESOURCE(lockstep);
}

namespace lockstep {

namespace {

const QLatin1String kGeometryKey("mainWindow/geometry");
const QLatin1String kStateKey("mainWindow/state");
const QLatin1String kSplitterKey("mainWindow/splitter");
const QLatin1String kVerticalSplitterKey("mainWindow/verticalSplitter");
const QLatin1String kLastDirectoryKey("mainWindow/lastDirectory");
const QLatin1String kDiagnosticsKey("mainWindow/diagnosticsVisible");
const QLatin1String kDashboardKey("mainWindow/dashboardVisible");
const QLatin1String kGridKey("mainWindow/thumbnailGrid");

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/lockstep-%1.png").arg(size), QSize(size, size));
    return icon;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_session(new SessionController(this)),
      m_recent(new RecentFiles(this)),
      m_tableModel(new SampleTableModel(this)),
      m_diagnosticsModel(new DiagnosticsModel(this))
{
    initLockstepResources();
    setObjectName(QStringLiteral("mainWindow"));
    if (QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(applicationIcon());
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_pages);
    m_welcome->setLogo(applicationIcon());
    m_workspace = new WorkspacePage(m_tableModel, m_pages);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_workspace);
    setCentralWidget(m_pages);

    m_diagnosticsView = new DiagnosticsView(this);
    m_diagnosticsView->setDiagnosticsModel(m_diagnosticsModel);
    m_diagnosticsDock = new QDockWidget(tr("Diagnostics"), this);
    m_diagnosticsDock->setObjectName(QStringLiteral("diagnosticsDock"));
    m_diagnosticsDock->setWidget(m_diagnosticsView);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    resizeDocks({m_diagnosticsDock}, {140}, Qt::Vertical);
    // The dock belongs to the workspace: hidden on the start page, back as the user left it afterwards.
    // (The toggle action follows shown/closed, not a tab of the same area brought in front of it.)
    connect(m_diagnosticsDock->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (!m_updatingDocks && isWorkspaceShown())
            m_diagnosticsWanted = shown;
    });

    // The quality dashboard: its own dock, below the workspace in a tab beside the diagnostics and hidden until
    // F9, so that the table, details and timeline keep the window's width; the user can float or move it.
    m_dashboard = new QualityDashboard(m_tableModel, m_workspace->filterBar(), this);
    m_dashboardDock = new QDockWidget(tr("Quality Dashboard"), this);
    m_dashboardDock->setObjectName(QStringLiteral("qualityDashboardDock"));
    m_dashboardDock->setWidget(m_dashboard);
    addDockWidget(Qt::BottomDockWidgetArea, m_dashboardDock);
    tabifyDockWidget(m_diagnosticsDock, m_dashboardDock);
    m_dashboardDock->hide();
    connect(m_dashboardDock->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (m_updatingDocks || !isWorkspaceShown())
            return;
        m_dashboardWanted = shown;
        if (shown)  // once the dock area has taken it in
            QTimer::singleShot(0, this, &MainWindow::showDashboardInFront);
    });
    // Below or above the workspace the plots stand side by side, beside it (or floating) one above the other.
    connect(m_dashboardDock, &QDockWidget::dockLocationChanged, this, &MainWindow::orientDashboard);
    connect(m_dashboardDock, &QDockWidget::topLevelChanged, this, &MainWindow::orientDashboard);
    orientDashboard();
    connect(m_workspace, &WorkspacePage::currentSampleRowChanged, m_dashboard, &QualityDashboard::setCurrentRow);

    m_review = new ReviewActions(m_workspace->table(), m_tableModel, this);
    // The details pane shows the review status: read the current sample again after a decision.
    // (The timeline keeps what it shows: nothing on it changed.)
    connect(m_review, &ReviewActions::reviewsChanged, this, &MainWindow::refreshDetails);
    m_annotate = new AnnotationActions(m_review, m_workspace, m_tableModel, this);
    connect(m_annotate, &AnnotationActions::detailsChanged, this, &MainWindow::refreshDetails);
    connect(m_annotate, &AnnotationActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    m_views = new SavedViewActions(m_workspace->filterBar(), m_workspace->table(), m_review->undoStack(), this);
    connect(m_views, &SavedViewActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    m_duplicatesDock = new DuplicatesDock(m_session, m_review->session(), this);
    addDockWidget(Qt::BottomDockWidgetArea, m_duplicatesDock);
    tabifyDockWidget(m_diagnosticsDock, m_duplicatesDock);
    m_duplicatesDock->hide();
    connect(m_duplicatesDock, &DuplicatesDock::sampleActivated, this, &MainWindow::showSampleById);
    connect(m_review, &ReviewActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    // The review queue and ] / [ drive the same table, so they work in the table, the grid and the queue.
    m_queue = new ReviewQueueMode(m_workspace, m_tableModel, m_review, this);
    m_issueJump = new IssueJumpActions(m_workspace->table(), m_tableModel, m_workspace->details(), this);
    const auto showMessage = [this](const QString& text) { statusBar()->showMessage(text, 15000); };
    connect(m_queue, &ReviewQueueMode::message, this, showMessage);
    connect(m_issueJump, &IssueJumpActions::message, this, showMessage);
    createActions();
    createMenus();
    createStatusBar();
    connectSession();

    connect(m_welcome, &WelcomePage::openDatasetRequested, this, &MainWindow::chooseDatasetFolder);
    connect(m_welcome, &WelcomePage::openProjectRequested, this, &MainWindow::chooseProjectFile);
    connect(m_welcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::openRecentRequested, this, &MainWindow::openPath);
    connect(m_welcome, &WelcomePage::clearRecentRequested, m_recent, &RecentFiles::clear);
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    connect(m_workspace, &WorkspacePage::currentSampleRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_diagnosticsView, &DiagnosticsView::sampleActivated, this, &MainWindow::showSampleById);

    // Every action with an id and a key, wherever it was made, goes through the registry (user keys, F1 list).
    m_shortcuts = new ShortcutRegistry(this);
    m_shortcuts->setContextName(QStringLiteral("duplicateGroupsView"), tr("Duplicate groups list"));
    m_shortcuts->adopt(this);

    restoreSettings();
    updateRecentMenu();
    showStartPage();
}

MainWindow::~MainWindow() = default;

SampleTableView* MainWindow::sampleTable() const
{
    return m_workspace->table();
}

SampleDetailsPane* MainWindow::detailsPane() const
{
    return m_workspace->details();
}

bool MainWindow::isWorkspaceShown() const
{
    return m_pages->currentWidget() == m_workspace;
}

void MainWindow::createActions()
{
    QStyle* s = style();
    m_openDatasetAction = new QAction(s->standardIcon(QStyle::SP_DirIcon), tr("Open &Dataset Folder\u2026"), this);
    m_openDatasetAction->setObjectName(QStringLiteral("file.openDataset"));
    m_openDatasetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_openDatasetAction->setStatusTip(tr("Open a folder of images, texts, audio, recordings and manifests"));
    connect(m_openDatasetAction, &QAction::triggered, this, &MainWindow::chooseDatasetFolder);

    m_openProjectAction = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("Open &Project\u2026"), this);
    m_openProjectAction->setObjectName(QStringLiteral("file.openProject"));
    m_openProjectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openProjectAction->setStatusTip(tr("Open a .lockstep project file"));
    connect(m_openProjectAction, &QAction::triggered, this, &MainWindow::chooseProjectFile);

    m_openDemoAction = new QAction(s->standardIcon(QStyle::SP_MediaPlay), tr("Open De&mo Dataset"), this);
    m_openDemoAction->setObjectName(QStringLiteral("file.openDemo"));
    m_openDemoAction->setStatusTip(tr("Open a generated dataset with planted problems (created on first use)"));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);

    m_reimportAction = new QAction(s->standardIcon(QStyle::SP_BrowserReload), tr("&Import Dataset Again"), this);
    m_reimportAction->setObjectName(QStringLiteral("file.reimport"));
    m_reimportAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_reimportAction->setStatusTip(tr("Read the dataset folder again to pick up added, changed or removed files"));
    connect(m_reimportAction, &QAction::triggered, m_session, &SessionController::reimport);

    m_scanAction = new QAction(s->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Scan Quality"), this);
    m_scanAction->setObjectName(QStringLiteral("dataset.scan"));
    m_scanAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_scanAction->setStatusTip(
        tr("Measure every image, audio and text file and find quality issues, outliers and "
           "duplicates (unchanged files are not decoded again)"));
    connect(m_scanAction, &QAction::triggered, m_session, &SessionController::scanQuality);

    m_closeAction = new QAction(tr("&Close Dataset"), this);
    m_closeAction->setObjectName(QStringLiteral("file.close"));
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeAction, &QAction::triggered, m_session, &SessionController::closeSession);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("file.quit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_startPageAction = new QAction(s->standardIcon(QStyle::SP_DirHomeIcon), tr("&Start Page"), this);
    m_startPageAction->setObjectName(QStringLiteral("view.startPage"));
    m_startPageAction->setCheckable(true);
    connect(m_startPageAction, &QAction::triggered, this, [this](bool on) {
        if (on || !m_session->isOpen())
            showStartPage();
        else
            m_pages->setCurrentWidget(m_workspace);
        applyPageDocks();
        updateActions();
    });

    m_goToAction = new QAction(tr("&Go to Sample\u2026"), this);
    m_goToAction->setObjectName(QStringLiteral("view.goTo"));
    m_goToAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_goToAction, &QAction::triggered, m_workspace, &WorkspacePage::focusGoTo);
    m_workspace->setGoToAction(m_goToAction);

    m_filterAction = new QAction(tr("&Filter Samples\u2026"), this);
    m_filterAction->setObjectName(QStringLiteral("view.filter"));
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setStatusTip(tr("Show only the samples that match a query, e.g. has:image.blurry"));
    connect(m_filterAction, &QAction::triggered, m_workspace, &WorkspacePage::focusFilter);

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("help.shortcuts"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_customizeShortcutsAction = new QAction(tr("Customize &Shortcuts\u2026"), this);
    m_customizeShortcutsAction->setObjectName(QStringLiteral("edit.customizeShortcuts"));
    m_customizeShortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_customizeShortcutsAction->setStatusTip(tr("Give any command the key you want"));
    connect(m_customizeShortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(tr("&About Lockstep"), this);
    m_aboutAction->setObjectName(QStringLiteral("help.about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { AboutDialog::show(this); });
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("help.aboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    // Made once (the recent files menu is rebuilt), so that a key the user gives it stays with it.
    m_clearRecentAction = new QAction(tr("&Clear Recent Files"), this);
    m_clearRecentAction->setObjectName(QStringLiteral("file.clearRecent"));
    connect(m_clearRecentAction, &QAction::triggered, m_recent, &RecentFiles::clear);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openDatasetAction);
    file->addAction(m_openProjectAction);
    file->addAction(m_openDemoAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_reimportAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_review->addEditActions(edit);
    m_annotate->addEditActions(edit);
    edit->addSeparator();
    edit->addAction(m_customizeShortcutsAction);

    QMenu* dataset = menuBar()->addMenu(tr("&Dataset"));
    dataset->addAction(m_scanAction);

    QMenu* review = menuBar()->addMenu(tr("&Review"));
    m_review->addReviewActions(review);
    m_issueJump->addActions(review);
    review->addSeparator();
    m_queue->addActions(review);

    m_annotate->addAnnotateActions(menuBar()->addMenu(tr("&Annotate")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* dockAction = m_diagnosticsDock->toggleViewAction();
    dockAction->setText(tr("&Diagnostics"));
    dockAction->setObjectName(QStringLiteral("view.diagnostics"));
    dockAction->setShortcut(QKeySequence(Qt::Key_F8));
    view->addAction(dockAction);
    QAction* dashboardAction = m_dashboardDock->toggleViewAction();
    dashboardAction->setText(tr("&Quality Dashboard"));
    dashboardAction->setObjectName(QStringLiteral("view.dashboard"));
    dashboardAction->setShortcut(QKeySequence(Qt::Key_F9));
    view->addAction(dashboardAction);
    QAction* duplicatesAction = m_duplicatesDock->toggleViewAction();
    duplicatesAction->setText(tr("D&uplicate Groups"));
    duplicatesAction->setObjectName(QStringLiteral("view.duplicates"));
    duplicatesAction->setShortcut(QKeySequence(Qt::Key_F7));
    connect(duplicatesAction, &QAction::triggered, this, [this](bool on) {
        if (on) {
            m_duplicatesDock->showAndFocus();
            // Room for the member cards, and the table keeps rows in view: the timeline gives them up.
            resizeDocks({m_duplicatesDock}, {height() * 2 / 5}, Qt::Vertical);
            m_workspace->keepTableRowsWhenShown();
        }
    });
    view->addAction(duplicatesAction);
    view->addAction(m_workspace->gridAction());
    view->addAction(m_filterAction);
    view->addAction(m_goToAction);
    view->addSeparator();
    view->addMenu(new ThemeMenu(view));
    view->addSeparator();
    view->addAction(m_startPageAction);
    menuBar()->addMenu(m_views->menu());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_progress = new JobProgressWidget(statusBar());
    connect(m_progress, &JobProgressWidget::cancelRequested, m_session, &SessionController::cancel);
    m_counts = new SampleCountsLabel(m_tableModel, sampleTable()->selectionModel(), statusBar());
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_counts);
}

void MainWindow::connectSession()
{
    connect(m_session, &SessionController::jobStarted, m_progress, &JobProgressWidget::start);
    connect(m_session, &SessionController::jobProgress, m_progress, &JobProgressWidget::setProgress);
    connect(m_session, &SessionController::busyChanged, this, [this](bool busy) {
        if (!busy)
            m_progress->finish();
        updateActions();
    });
    connect(m_session, &SessionController::sessionOpened, this, &MainWindow::onSessionOpened);
    connect(m_session, &SessionController::sessionClosed, this, &MainWindow::onSessionClosed);
    connect(m_session, &SessionController::openFailed, this, &MainWindow::onOpenFailed);
    connect(m_session, &SessionController::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_session, &SessionController::pathOpened, m_recent, &RecentFiles::add);
}

void MainWindow::applyPageDocks()
{
    m_updatingDocks = true;
    const bool workspace = isWorkspaceShown();
    m_diagnosticsDock->setVisible(workspace && m_diagnosticsWanted);
    m_diagnosticsDock->toggleViewAction()->setEnabled(workspace);
    m_dashboardDock->setVisible(workspace && m_dashboardWanted);
    m_dashboardDock->toggleViewAction()->setEnabled(workspace);
    if (!workspace)
        m_duplicatesDock->hide();
    m_duplicatesDock->toggleViewAction()->setEnabled(workspace);
    m_updatingDocks = false;
}

void MainWindow::showDashboardInFront()
{
    m_dashboardDock->raise();
    // Plots need room: below the workspace, the dock area grows to a good share of the window (once; the user's
    // own size is kept after that).
    const Qt::DockWidgetArea area = dockWidgetArea(m_dashboardDock);
    const int wanted = height() * 2 / 5;
    if (!m_dashboardDock->isFloating() && (area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea) &&
        m_dashboardDock->height() < wanted)
        resizeDocks({m_dashboardDock}, {wanted}, Qt::Vertical);
}

void MainWindow::orientDashboard()
{
    const Qt::DockWidgetArea area = dockWidgetArea(m_dashboardDock);
    const bool below = area == Qt::BottomDockWidgetArea || area == Qt::TopDockWidgetArea;
    m_dashboard->setOrientation(below && !m_dashboardDock->isFloating() ? Qt::Horizontal : Qt::Vertical);
}

void MainWindow::showShortcuts()
{
    if (auto* open = findChild<ShortcutsDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new ShortcutsDialog(m_shortcuts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setDiagnosticsWanted(bool wanted)
{
    m_diagnosticsWanted = wanted;
    applyPageDocks();
}

void MainWindow::updateActions()
{
    const bool open = m_session->isOpen();
    m_reimportAction->setEnabled(open && !m_session->isBusy());
    m_scanAction->setEnabled(open && !m_session->isBusy());
    m_closeAction->setEnabled(open);
    m_goToAction->setEnabled(open && isWorkspaceShown());
    m_filterAction->setEnabled(open && isWorkspaceShown());
    m_startPageAction->setEnabled(open);
    m_startPageAction->setChecked(!isWorkspaceShown());
}

void MainWindow::showStartPage()
{
    m_welcome->setRecentFiles(m_recent->paths());
    m_pages->setCurrentWidget(m_welcome);
    applyPageDocks();
    updateActions();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent->paths();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        QAction* action = m_recentMenu->addAction(
            style()->standardIcon(info.isDir() ? QStyle::SP_DirIcon : QStyle::SP_FileIcon),
            QStringLiteral("%1  (%2)").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        connect(action, &QAction::triggered, this, [this, path] { openPath(path); });
    }
    if (!paths.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecentAction);
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
    m_clearRecentAction->setEnabled(!paths.isEmpty());
    m_welcome->setRecentFiles(paths);
}

bool MainWindow::openPath(const QString& path)
{
    m_lastError.clear();
    return m_session->openPath(path);
}

void MainWindow::openDemo()
{
    m_lastError.clear();
    m_session->openDemo();
}

void MainWindow::chooseDatasetFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Dataset Folder"), m_lastDirectory);
    if (folder.isEmpty())
        return;
    m_lastDirectory = QFileInfo(folder).absolutePath();
    openPath(folder);
}

void MainWindow::chooseProjectFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Project"), m_lastDirectory,
                                                      tr("Lockstep projects (*.lockstep);;All files (*)"));
    if (file.isEmpty())
        return;
    m_lastDirectory = QFileInfo(file).absolutePath();
    openPath(file);
}

void MainWindow::onSessionOpened()
{
    // The same project reopened (after a scan or a re-import) keeps its selected sample.
    const QString keptSample = m_shownProject == m_session->projectPath() ? detailsPane()->sampleId() : QString();
    if (m_shownProject != m_session->projectPath()) {
        m_review->openProject(m_session->projectPath());
        m_annotate->openProject(m_session->projectPath());
        m_views->openProject(m_session->projectPath());
    }
    m_shownProject = m_session->projectPath();
    m_tableModel->setStore(m_session->store());
    m_diagnosticsModel->setDiagnostics(m_session->diagnostics(), m_session->diagnosticsTruncated());
    m_workspace->setSummary(m_session->summary());
    setWindowTitle(m_session->datasetName());
    setWindowFilePath(m_session->projectPath());
    m_counts->setDiagnosticCounts(m_session->summary().warnings, m_session->summary().errors);
    m_pages->setCurrentWidget(m_workspace);
    applyPageDocks();
    updateActions();

    if (m_initialSample.isEmpty())
        m_initialSample = keptSample;
    int row = m_initialSample.isEmpty() ? 0 : m_tableModel->rowOfSample(m_initialSample);
    m_initialSample.clear();
    if (row < 0)
        row = 0;
    if (m_tableModel->rowCount() > 0)
        sampleTable()->selectSampleRow(row);
    m_workspace->focusSamples();
}

void MainWindow::onSessionClosed()
{
    m_shownProject.clear();
    m_review->closeProject();
    m_annotate->closeProject();
    m_views->closeProject();
    m_tableModel->setStore(nullptr);
    m_diagnosticsModel->clear();
    detailsPane()->clear();
    m_workspace->timeline()->clear();
    setWindowTitle(QString());
    setWindowFilePath(QString());
    m_counts->setDiagnosticCounts(0, 0);
    showStartPage();
}

void MainWindow::onOpenFailed(const QString& message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    if (m_screenshot && m_screenshot->isPending())
        return;  // a script is taking a picture: no dialog to wait for
    // Window-modal but not blocking: the session (and any test driving the window) keeps running.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::statusCountsText() const
{
    return m_session->isOpen() ? m_counts->text() : QString();
}

std::optional<SampleDetails> MainWindow::detailsOfTableRow(int row) const
{
    // The table may be sorted or filtered: its row is a position, the project knows samples by stored row.
    const QVariant stored = row >= 0 ? m_tableModel->index(row, 0).data(SampleTableModel::SampleRowRole) : QVariant();
    return stored.isValid() ? m_session->sampleDetails(stored.toLongLong()) : std::nullopt;
}

void MainWindow::onCurrentRowChanged(int row)
{
    if (row < 0) {
        detailsPane()->clear();
        m_workspace->timeline()->clear();
        return;
    }
    const std::optional<SampleDetails> details = detailsOfTableRow(row);
    if (details) {
        detailsPane()->showSample(*details);
        m_workspace->timeline()->showSample(*details);
    } else {
        detailsPane()->clear();
        m_workspace->timeline()->clear();
    }
}

void MainWindow::refreshDetails()
{
    if (const std::optional<SampleDetails> details = detailsOfTableRow(m_workspace->table()->currentSampleRow()))
        detailsPane()->showSample(*details);
}

void MainWindow::showSampleById(const QString& sampleId)
{
    const int row = m_tableModel->rowOfSample(sampleId);
    if (row >= 0)
        sampleTable()->selectSampleRow(row);
}

QString MainWindow::openablePath(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (SessionController::classify(path) != SessionController::PathKind::Unusable)
            return path;
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    // Checked once per drag (it may read a file header), not on every mouse move.
    m_dragAcceptable = !openablePath(event->mimeData()).isEmpty();
    if (m_dragAcceptable)
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_dragAcceptable)
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = openablePath(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openPath(path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_queue->leave();  // the docks the queue set aside come back first: the saved layout is the user's
    saveSettings();
    m_session->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_workspace->splitter()->saveState());
    settings.setValue(kVerticalSplitterKey, m_workspace->verticalSplitter()->saveState());
    settings.setValue(kLastDirectoryKey, m_lastDirectory);
    settings.setValue(kDiagnosticsKey, m_diagnosticsWanted);
    settings.setValue(kDashboardKey, m_dashboardWanted);
    settings.setValue(kGridKey, m_workspace->isGridShown());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: a comfortable size, centred on the screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        const QSize size(qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    orientDashboard();
    m_workspace->splitter()->restoreState(settings.value(kSplitterKey).toByteArray());
    if (!m_workspace->verticalSplitter()->restoreState(settings.value(kVerticalSplitterKey).toByteArray()))
        m_workspace->keepTableRowsWhenShown();  // first start: the table keeps a good number of rows in view
    m_lastDirectory = settings.value(kLastDirectoryKey, QDir::homePath()).toString();
    m_diagnosticsWanted = settings.value(kDiagnosticsKey, true).toBool();
    m_dashboardWanted = settings.value(kDashboardKey, false).toBool();
    m_workspace->setGridShown(settings.value(kGridKey, false).toBool());
    applyPageDocks();
}

void MainWindow::requestScreenshot(const QString& file)
{
    m_screenshot = new WindowScreenshot(this, file);
    connect(m_screenshot, &WindowScreenshot::taken, this, &MainWindow::screenshotTaken);
}

}  // namespace lockstep
