#pragma once

#include "SampleDetails.h"

#include <QMainWindow>
#include <QString>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QStackedWidget;

namespace lockstep {

class AnnotationActions;
class DiagnosticsModel;
class DiagnosticsView;
class DuplicatesDock;
class IssueJumpActions;
class JobProgressWidget;
class QualityDashboard;
class RecentFiles;
class ReviewActions;
class SampleCountsLabel;
class ReviewQueueMode;
class SampleDetailsPane;
class SampleTableModel;
class SampleTableView;
class SavedViewActions;
class SessionController;
class ShortcutRegistry;
class WelcomePage;
class WindowScreenshot;
class WorkspacePage;

// The application window: a thin shell that assembles the start page, the workspace (sample table and
// details), the diagnostics dock, menus and status bar, and wires them to the session. All work that grows
// with the data runs in the session's background jobs.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionController* session() const { return m_session; }
    RecentFiles* recentFiles() const { return m_recent; }
    SampleTableModel* tableModel() const { return m_tableModel; }
    ReviewActions* reviewActions() const { return m_review; }
    AnnotationActions* annotationActions() const { return m_annotate; }
    SavedViewActions* savedViews() const { return m_views; }
    SampleCountsLabel* statusCounts() const { return m_counts; }
    ReviewQueueMode* reviewQueue() const { return m_queue; }
    IssueJumpActions* issueJumpActions() const { return m_issueJump; }
    ShortcutRegistry* shortcuts() const { return m_shortcuts; }
    SampleTableView* sampleTable() const;
    SampleDetailsPane* detailsPane() const;
    WelcomePage* welcomePage() const { return m_welcome; }
    WorkspacePage* workspacePage() const { return m_workspace; }
    DiagnosticsView* diagnosticsView() const { return m_diagnosticsView; }
    QDockWidget* diagnosticsDock() const { return m_diagnosticsDock; }
    QualityDashboard* dashboard() const { return m_dashboard; }
    QDockWidget* dashboardDock() const { return m_dashboardDock; }
    DuplicatesDock* duplicatesDock() const { return m_duplicatesDock; }
    JobProgressWidget* progressWidget() const { return m_progress; }
    bool isWorkspaceShown() const;
    QString lastError() const { return m_lastError; }
    QString statusCountsText() const;

    // The first dataset folder or project file among the mime data's local URLs, or "".
    static QString openablePath(const QMimeData* mime);

    // Once the window shows its final state (a dataset loaded and its first sample displayed, or the start
    // page), grabs it to file and emits screenshotTaken.
    void requestScreenshot(const QString& file);
    // Selects this sample (instead of the first) when the next dataset opens.
    void setInitialSample(const QString& sampleId) { m_initialSample = sampleId; }

    // Whether the diagnostics dock shows while a dataset is open (it is always hidden on the start page).
    bool isDiagnosticsWanted() const { return m_diagnosticsWanted; }
    void setDiagnosticsWanted(bool wanted);

    void saveSettings() const;
    void restoreSettings();

public slots:
    bool openPath(const QString& path);
    void openDemo();
    void chooseDatasetFolder();
    void chooseProjectFile();
    void showStartPage();

signals:
    void screenshotTaken(const QString& file, bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void connectSession();
    void onSessionOpened();
    void onSessionClosed();
    void onOpenFailed(const QString& message);
    void onCurrentRowChanged(int row);
    std::optional<SampleDetails> detailsOfTableRow(int row) const;
    void showSampleById(const QString& sampleId);
    void refreshDetails();
    void updateRecentMenu();
    void updateActions();
    void applyPageDocks();
    void showDashboardInFront();
    void orientDashboard();
    void showShortcuts();

    SessionController* m_session = nullptr;
    RecentFiles* m_recent = nullptr;
    SampleTableModel* m_tableModel = nullptr;
    ReviewActions* m_review = nullptr;
    AnnotationActions* m_annotate = nullptr;
    SavedViewActions* m_views = nullptr;
    ReviewQueueMode* m_queue = nullptr;
    IssueJumpActions* m_issueJump = nullptr;
    ShortcutRegistry* m_shortcuts = nullptr;
    DiagnosticsModel* m_diagnosticsModel = nullptr;

    QStackedWidget* m_pages = nullptr;
    WelcomePage* m_welcome = nullptr;
    WorkspacePage* m_workspace = nullptr;
    QDockWidget* m_diagnosticsDock = nullptr;
    DiagnosticsView* m_diagnosticsView = nullptr;
    QDockWidget* m_dashboardDock = nullptr;
    QualityDashboard* m_dashboard = nullptr;
    DuplicatesDock* m_duplicatesDock = nullptr;
    JobProgressWidget* m_progress = nullptr;
    SampleCountsLabel* m_counts = nullptr;

    QMenu* m_recentMenu = nullptr;
    QAction* m_openDatasetAction = nullptr;
    QAction* m_openProjectAction = nullptr;
    QAction* m_openDemoAction = nullptr;
    QAction* m_reimportAction = nullptr;
    QAction* m_scanAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_startPageAction = nullptr;
    QAction* m_goToAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_shortcutsAction = nullptr;
    QAction* m_customizeShortcutsAction = nullptr;
    QAction* m_clearRecentAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;

    QString m_lastError;
    QString m_lastDirectory;
    QString m_initialSample;
    QString m_shownProject;  // the project the table shows, to keep the selection when it is reopened
    WindowScreenshot* m_screenshot = nullptr;
    bool m_diagnosticsWanted = true;
    bool m_dashboardWanted = false;
    bool m_updatingDocks = false;
    bool m_dragAcceptable = false;
};

}  // namespace lockstep
