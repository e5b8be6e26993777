#pragma once

#include "ReviewQueueBar.h"
#include "store/SampleSortKey.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace lockstep {

class ReviewActions;
class SampleTableModel;
class WorkspacePage;

// The review queue: the samples of a query, in an order (the table's, or an issue's severity or measured
// value), one at a time in the inspector (details pane and timeline, big: the table, the query bar and the
// docks step aside). The queue is the table itself, filtered and sorted, so A / R / F / U (decide and move on),
// J / K, ] / [ and Ctrl+Z are the workspace's own actions, writing to the project at once as always; Escape
// leaves the mode with the table on the sample reached (the table keeps the queue's filter and order, shown in
// the query bar). Ctrl+E or Review > Review Queue... starts it.
class ReviewQueueMode final : public QObject {
    Q_OBJECT
public:
    ReviewQueueMode(WorkspacePage* workspace, SampleTableModel* model, ReviewActions* review, QMainWindow* window);

    QAction* enterAction() const { return m_enter; }
    QAction* leaveAction() const { return m_leave; }
    ReviewQueueBar* bar() const { return m_bar; }
    void addActions(QMenu* menu) const;

    bool isAsking() const { return m_state == State::Asking; }
    bool isRunning() const { return m_state == State::Running; }
    bool isFinished() const { return m_finished; }
    int decidedCount() const { return int(m_decided.size()); }

    // Opens the setup strip with the table's filter and order (what Ctrl+E does).
    void ask();
    // Starts the queue the strip describes, or says in it what is wrong.
    void start();
    void start(const ReviewQueueBar::Request& request);
    void leave();
    void setEnabled(bool enabled);

    // The query and order a request stands for: "(query) and status:unreviewed", the issue key, or tableKey.
    static QString queueQuery(const ReviewQueueBar::Request& request);
    static SampleSortKey queueSortKey(const ReviewQueueBar::Request& request, const SampleSortKey& tableKey);
    // The first exact issue type a query names with has:TYPE ("" if none).
    static QString issueTypeOfQuery(const QString& query);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void message(const QString& text);
    void runningChanged(bool running);

private:
    enum class State { Off, Asking, Starting, Running };
    void onSorted();
    void updateKeyHints();
    void enterRunning();
    void updateProgress();
    void onReviewsChanged(const QStringList& ids);
    void onDecisionKey();
    void finish();
    QString describe(const ReviewQueueBar::Request& request) const;

    WorkspacePage* m_workspace;
    SampleTableModel* m_model;
    ReviewActions* m_review;
    QMainWindow* m_window;
    ReviewQueueBar* m_bar;
    QAction* m_enter = nullptr;
    QAction* m_leave = nullptr;
    State m_state = State::Off;
    ReviewQueueBar::Request m_request;
    QSet<QString> m_decided;
    bool m_finished = false;
    int m_rowBeforeDecision = -1;
    QList<QPointer<QDockWidget>> m_hiddenDocks;  // shown again on leaving
};

}  // namespace lockstep
