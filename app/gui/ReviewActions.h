#pragma once

#include "store/ReviewRepository.h"

#include <QObject>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace lockstep {

class ReviewSession;
class SampleTableModel;
class SampleTableView;

// The keyboard review flow of the workspace: A accepts, R rejects, F marks "needs fix", U clears the decision —
// each on the current sample, then on to the next one — J / K step through the table as it is sorted and
// filtered, Ctrl+Z / Ctrl+Shift+Z undo and redo. Every decision is written to the project file at once.
class ReviewActions final : public QObject {
    Q_OBJECT

public:
    ReviewActions(SampleTableView* table, SampleTableModel* model, QWidget* window);
    ~ReviewActions() override;

    void openProject(const QString& projectPath);
    void closeProject();

    QUndoStack* undoStack() const { return m_undo; }
    ReviewSession* session() const { return m_session; }
    void addEditActions(QMenu* menu) const;
    void addReviewActions(QMenu* menu) const;

    QAction* acceptAction() const { return m_accept; }
    QAction* rejectAction() const { return m_reject; }
    QAction* needsFixAction() const { return m_needsFix; }
    QAction* clearAction() const { return m_clear; }
    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }

    // Gives the current sample a status and moves to the next row.
    void decide(ReviewStatus status);
    void step(int rows);

signals:
    void message(const QString& text);
    void reviewsChanged();

private:
    QAction* makeAction(const char* id, const QString& text, const QKeySequence& key, const QString& tip);
    void updateEnabled();

    SampleTableView* m_table;
    SampleTableModel* m_model;
    QWidget* m_window;
    QUndoStack* m_undo = nullptr;
    ReviewSession* m_session = nullptr;
    QAction* m_accept = nullptr;
    QAction* m_reject = nullptr;
    QAction* m_needsFix = nullptr;
    QAction* m_clear = nullptr;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

}  // namespace lockstep
