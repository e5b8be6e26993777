#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoView;

namespace lockstep {

class AnnotationSession;
class LabelItemDelegate;
class ReviewActions;
class SampleTableModel;
class TextPrompt;
class WorkspacePage;
struct SampleAnnotations;

// The annotation side of the workspace, wired to the window in a few lines: number keys 1-9 give the selected
// samples the n-th label of the project's label set (then on to the next sample, like A / R), the label column
// edits in place, T opens the tag prompt, N turns the timeline's selected range into a region; the details
// pane's tags, note and caption fix and the timeline's segment and region edits arrive here. Every edit is a
// command on the review undo stack (AnnotationSession); Edit > History shows that stack.
class AnnotationActions final : public QObject {
    Q_OBJECT

public:
    static constexpr int kLabelKeys = 9;

    AnnotationActions(ReviewActions* review, WorkspacePage* workspace, SampleTableModel* model, QMainWindow* window);
    ~AnnotationActions() override;

    void openProject(const QString& projectPath);
    void closeProject();

    AnnotationSession* session() const { return m_session; }
    QDockWidget* historyDock() const { return m_historyDock; }
    QUndoView* historyView() const { return m_historyView; }
    QAction* labelAction(int n) const { return m_labelActions.value(n - 1); }
    QAction* tagAction() const { return m_tag; }
    QAction* regionAction() const { return m_region; }
    QAction* labelSetAction() const { return m_labelSet; }
    QAction* historyAction() const;
    void addEditActions(QMenu* menu) const;
    void addAnnotateActions(QMenu* menu) const;

    // The selected samples' ids, in table order (the current one alone when nothing else is selected).
    QStringList selectedIds() const;
    QString currentId() const;
    // Number key n: the n-th label of the set on the selected samples, then the next sample.
    void assignLabel(int n);
    // The prompt behind T (not modal for the window: a test can fill it in).
    void promptTag();
    // A region over the timeline's selection with this label (what N does after asking for the label).
    QString addRegionFromSelection(const QString& label);
    // The open text prompt (region label, region name, segment text), if any: non-modal, answered later.
    TextPrompt* prompt() const;

signals:
    void message(const QString& text);
    // The shown sample's label changed: the window shows its details again.
    void detailsChanged();

private:
    QAction* makeAction(const QString& id, const QString& text, const QKeySequence& key, const QString& tip);
    void updateLabelActions();
    void updateEnabled();
    void showAnnotationsOf(const QStringList& ids);
    void askRegionLabel();
    void editSegment(int lane, int segment);
    void renameRegion(const QString& key);
    void editLabelSet();
    TextPrompt* openPrompt(const QString& title, const QString& question, const QString& text, bool multiLine);

    ReviewActions* m_review;
    WorkspacePage* m_workspace;
    SampleTableModel* m_model;
    QMainWindow* m_window;
    AnnotationSession* m_session = nullptr;
    LabelItemDelegate* m_delegate = nullptr;
    QList<QAction*> m_labelActions;
    QAction* m_tag = nullptr;
    QAction* m_region = nullptr;
    QAction* m_labelSet = nullptr;
    QDockWidget* m_historyDock = nullptr;
    QUndoView* m_historyView = nullptr;
    QString m_lastRegionLabel;
    QPointer<TextPrompt> m_prompt;
};

}  // namespace lockstep
