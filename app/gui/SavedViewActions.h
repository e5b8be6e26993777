#pragma once

#include "store/SavedView.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QInputDialog;
class QMenu;
class QUndoStack;
class QWidget;

namespace lockstep {

class SampleFilterBar;
class SampleTableView;
class SavedViewsModel;

// Saved views in the workspace, wired to the window in a few lines: the Saved Views menu (also behind the "Views"
// button at the end of the filter bar) with Save View As… (Ctrl+D), Rename, Delete and the project's views, the
// first nine on Ctrl+Alt+1..9. A view is the filter bar's query, the table's sort and its shown columns (order
// and widths). Saving, renaming and deleting are commands on the review undo stack; applying a view is not an
// edit. Rename and Delete act on the current view: the one applied or saved last.
class SavedViewActions final : public QObject {
    Q_OBJECT

public:
    static constexpr int kShortcutViews = 9;

    SavedViewActions(SampleFilterBar* filterBar, SampleTableView* table, QUndoStack* undoStack, QWidget* window);
    ~SavedViewActions() override;

    void openProject(const QString& projectPath);
    void closeProject();

    SavedViewsModel* model() const { return m_model; }
    QMenu* menu() const { return m_menu; }
    QAction* saveAction() const { return m_save; }
    QAction* renameAction() const { return m_rename; }
    QAction* deleteAction() const { return m_delete; }
    // The menu entry of view n (1-based), or null.
    QAction* viewAction(int n) const { return m_viewActions.value(n - 1); }
    // The window's command that applies view n (1-based, up to kShortcutViews): Ctrl+Alt+n by default, its key
    // rebindable as "views.applyN" (the menu entries show the key but do not own it). Disabled without view n.
    QAction* applyAction(int n) const { return m_applyActions.value(n - 1); }
    QString currentViewName() const { return m_current; }

    // What the table shows now, as a view with this name.
    SavedView captureView(const QString& name) const;
    // Saves what the table shows under this name (replacing a view of that name). False when nothing was saved.
    bool saveViewAs(const QString& name);
    bool renameCurrentView(const QString& name);
    bool deleteCurrentView();
    // Sets the filter, the sort and the columns of the view in this row; says in the status bar what it could not
    // apply (columns of metrics that are not scanned yet).
    bool applyView(int row);

    // The dialogs behind the menu (window-modal, not blocking: a test can fill them in).
    void promptSaveView();
    void promptRenameView();

signals:
    void message(const QString& text);

private:
    void rebuildViewActions();
    void updateEnabled();
    QInputDialog* makeNameDialog(const QString& title, const QString& label, const QString& name);

    SampleFilterBar* m_filterBar;
    SampleTableView* m_table;
    QWidget* m_window;
    SavedViewsModel* m_model = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_save = nullptr;
    QAction* m_rename = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_listSeparator = nullptr;
    QAction* m_none = nullptr;
    QActionGroup* m_viewGroup = nullptr;  // radio marks: the current view
    QList<QAction*> m_viewActions;
    QList<QAction*> m_applyActions;
    QString m_current;
};

}  // namespace lockstep
