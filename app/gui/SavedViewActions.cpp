#include "SavedViewActions.h"

#include "SampleFilterBar.h"
#include "SampleTableView.h"
#include "SavedViewsModel.h"
#include "ShortcutHint.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>
#include <QWidget>

namespace lockstep {

SavedViewActions::SavedViewActions(SampleFilterBar* filterBar, SampleTableView* table, QUndoStack* undoStack,
                                   QWidget* window)
    : QObject(window), m_filterBar(filterBar), m_table(table), m_window(window)
{
    m_model = new SavedViewsModel(undoStack, this);
    m_menu = new QMenu(tr("&Saved Views"), window);
    m_menu->setObjectName(QStringLiteral("savedViewsMenu"));
    m_menu->setToolTipsVisible(true);

    m_save = m_menu->addAction(tr("&Save View As\u2026"), this, &SavedViewActions::promptSaveView);
    m_save->setObjectName(QStringLiteral("views.save"));  // the shortcut registry's id
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_save->setStatusTip(tr("Keep the filter, the sort and the shown columns under a name, in the project"));
    m_rename = m_menu->addAction(tr("&Rename View\u2026"), this, &SavedViewActions::promptRenameView);
    m_rename->setObjectName(QStringLiteral("views.rename"));
    m_delete = m_menu->addAction(tr("&Delete View"), this, &SavedViewActions::deleteCurrentView);
    m_delete->setObjectName(QStringLiteral("views.delete"));
    m_listSeparator = m_menu->addSeparator();
    m_none = m_menu->addAction(tr("No saved views yet"));
    m_none->setObjectName(QStringLiteral("noSavedViews"));  // a note, not a command: no "area.command" id
    m_none->setEnabled(false);
    window->addAction(m_save);  // Ctrl+D wherever the focus is
    // One lasting command per number, so that the keys are listed and rebindable like every other (the menu
    // entries come and go with the views).
    for (int n = 1; n <= kShortcutViews; ++n) {
        auto* apply = new QAction(tr("Apply Saved View %1").arg(n), this);
        apply->setObjectName(QStringLiteral("views.apply%1").arg(n));
        apply->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + n - 1)));
        apply->setEnabled(false);
        connect(apply, &QAction::triggered, this, [this, n] { applyView(n - 1); });
        window->addAction(apply);
        m_applyActions << apply;
    }
    // A rebound key shows in the menu the next time it opens.
    connect(m_menu, &QMenu::aboutToShow, this, &SavedViewActions::rebuildViewActions);
    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);

    // The same menu at the end of the filter bar, where the query it saves is typed.
    auto* button = new QToolButton(filterBar);
    button->setObjectName(QStringLiteral("savedViewsButton"));
    button->setText(tr("Views"));
    ShortcutHint::follow(button, {m_save}, [this, button] {
        const QString key = ShortcutHint::key(m_save);
        button->setToolTip(key.isEmpty()
                               ? tr("Saved views: a filter, a sort and columns under a name")
                               : tr("Saved views: a filter, a sort and columns under a name (%1 saves one)").arg(key));
    });
    button->setMenu(m_menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filterBar->addTrailingWidget(button);

    connect(m_model, &QAbstractItemModel::modelReset, this, &SavedViewActions::rebuildViewActions);
    connect(m_model, &SavedViewsModel::writeFailed, this, &SavedViewActions::message);
    rebuildViewActions();
}

SavedViewActions::~SavedViewActions() = default;

void SavedViewActions::openProject(const QString& projectPath)
{
    m_current.clear();
    QString error;
    if (!m_model->open(projectPath, &error))
        emit message(tr("Saved views cannot be read or saved: %1").arg(error));
    else if (!m_model->diagnostic().isEmpty())
        emit message(tr("Saved views: %1").arg(m_model->diagnostic()));
    rebuildViewActions();
}

void SavedViewActions::closeProject()
{
    m_current.clear();
    m_model->close();
    rebuildViewActions();
}

void SavedViewActions::rebuildViewActions()
{
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    if (m_model->rowOfName(m_current) < 0)
        m_current.clear();  // deleted, renamed (by undo) or another project
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->view(row)->name;
        // "&1 Clipping": the number is the menu mnemonic and the Ctrl+Alt key.
        QString text = name;
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QKeySequence key = row < kShortcutViews ? m_applyActions[row]->shortcut() : QKeySequence();
        if (row < kShortcutViews)
            text = QStringLiteral("&%1  %2").arg(row + 1).arg(text);
        if (!key.isEmpty())
            text += QLatin1Char('\t') + key.toString(QKeySequence::NativeText);  // shown as the entry's key
        auto* action = new QAction(text, this);
        action->setData(name);
        m_viewGroup->addAction(action);
        action->setCheckable(true);
        action->setChecked(name == m_current);
        action->setToolTip(m_model->index(row).data(Qt::ToolTipRole).toString());
        action->setStatusTip(tr("Apply the saved view \u201c%1\u201d").arg(name));
        connect(action, &QAction::triggered, this, [this, name] { applyView(m_model->rowOfName(name)); });
        m_menu->addAction(action);
        m_viewActions << action;
    }
    for (int n = 0; n < m_applyActions.size(); ++n)
        m_applyActions[n]->setEnabled(n < m_viewActions.size());
    m_none->setVisible(m_viewActions.isEmpty());
    updateEnabled();
}

void SavedViewActions::updateEnabled()
{
    const bool open = m_model->isOpen();
    const bool current = open && !m_current.isEmpty();
    m_save->setEnabled(open);
    m_rename->setEnabled(current);
    m_delete->setEnabled(current);
    QString shown = m_current;
    shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
    m_rename->setText(current ? tr("&Rename View \u201c%1\u201d\u2026").arg(shown) : tr("&Rename View\u2026"));
    m_delete->setText(current ? tr("&Delete View \u201c%1\u201d").arg(shown) : tr("&Delete View"));
    for (QAction* action : std::as_const(m_viewActions))
        action->setChecked(action->data().toString() == m_current);
}

SavedView SavedViewActions::captureView(const QString& name) const
{
    SavedView view;
    view.name = name.trimmed();
    view.filter = m_filterBar->edit()->text().trimmed();
    view.sortColumn = m_table->sortColumnKey();
    view.sortDescending = m_table->isSortDescending();
    view.columns = m_table->shownColumns();
    return view;
}

bool SavedViewActions::saveViewAs(const QString& name)
{
    m_filterBar->apply();  // what is typed is what is saved (and shown)
    const SavedView view = captureView(name);
    if (view.name.isEmpty())
        return false;
    const bool replaced = m_model->rowOfName(view.name) >= 0;
    if (!m_model->saveView(view)) {
        if (m_model->isOpen() && replaced)
            emit message(tr("The view \u201c%1\u201d already shows this").arg(view.name));
        return false;
    }
    m_current = view.name;
    updateEnabled();
    const int row = m_model->rowOfName(view.name);
    const QKeySequence shortcut = row < kShortcutViews ? m_applyActions[row]->shortcut() : QKeySequence();
    const QString key = shortcut.isEmpty() ? QString() : tr(" (%1)").arg(shortcut.toString(QKeySequence::NativeText));
    emit message(replaced ? tr("Updated the view \u201c%1\u201d%2").arg(view.name, key)
                          : tr("Saved the view \u201c%1\u201d%2").arg(view.name, key));
    return true;
}

bool SavedViewActions::renameCurrentView(const QString& name)
{
    const int row = m_model->rowOfName(m_current);
    const QString trimmed = name.trimmed();
    if (row < 0 || trimmed == m_current)
        return false;
    if (m_model->rowOfName(trimmed) >= 0) {
        emit message(tr("A view named \u201c%1\u201d exists already").arg(trimmed));
        return false;
    }
    const QString old = m_current;
    m_current = trimmed;  // before the model resets, so the renamed view stays current
    if (!m_model->renameView(row, trimmed)) {
        m_current = old;
        updateEnabled();
        return false;
    }
    updateEnabled();
    return true;
}

bool SavedViewActions::deleteCurrentView()
{
    const int row = m_model->rowOfName(m_current);
    if (row < 0)
        return false;
    const QString name = m_current;
    if (!m_model->removeView(row))
        return false;
    // The window's undo command names the user's key (the stack's own, whatever it is now).
    const QString undoKey = ShortcutHint::key(m_window->findChild<QAction*>(QStringLiteral("edit.undo")));
    emit message(undoKey.isEmpty() ? tr("Deleted the view \u201c%1\u201d (Undo brings it back)").arg(name)
                                   : tr("Deleted the view \u201c%1\u201d (%2 brings it back)").arg(name, undoKey));
    return true;
}

bool SavedViewActions::applyView(int row)
{
    const SavedView* stored = m_model->view(row);
    if (!stored)
        return false;
    const SavedView view = *stored;  // the model may reset below
    // Columns first (a metric column change resets the table), then the sort, then the filter: the table model
    // keeps both requests and shows their joint result.
    QStringList missing = m_table->showColumns(view.columns, view.sortColumn);
    if (!m_table->sortByColumnKey(view.sortColumn, view.sortDescending) && !missing.contains(view.sortColumn))
        missing << view.sortColumn;
    m_filterBar->edit()->setText(view.filter);
    m_filterBar->apply();
    m_current = view.name;
    updateEnabled();
    if (missing.isEmpty()) {
        emit message(tr("Showing the saved view \u201c%1\u201d").arg(view.name));
    } else {
        emit message(tr("Showing the saved view \u201c%1\u201d without %2: not in this project yet (Dataset "
                        "\u25b8 Scan Quality measures metrics)")
                         .arg(view.name, missing.join(QStringLiteral(", "))));
    }
    if (!m_filterBar->errorText().isEmpty())
        emit message(tr("View \u201c%1\u201d: its filter does not read: %2").arg(view.name, m_filterBar->errorText()));
    return true;
}

QInputDialog* SavedViewActions::makeNameDialog(const QString& title, const QString& label, const QString& name)
{
    auto* dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("savedViewNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(name);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

void SavedViewActions::promptSaveView()
{
    if (!m_model->isOpen())
        return;
    QString name = m_current;
    for (int n = m_model->rowCount() + 1; name.isEmpty(); ++n)
        if (m_model->rowOfName(tr("View %1").arg(n)) < 0)
            name = tr("View %1").arg(n);
    QInputDialog* dialog =
        makeNameDialog(tr("Save View"),
                       tr("Name of the view (the filter, the sort and the shown columns; an existing name is "
                          "updated):"),
                       name);
    connect(dialog, &QInputDialog::textValueSelected, this, &SavedViewActions::saveViewAs);
    dialog->open();
}

void SavedViewActions::promptRenameView()
{
    if (m_model->rowOfName(m_current) < 0)
        return;
    QInputDialog* dialog =
        makeNameDialog(tr("Rename View"), tr("New name of \u201c%1\u201d:").arg(m_current), m_current);
    connect(dialog, &QInputDialog::textValueSelected, this, &SavedViewActions::renameCurrentView);
    dialog->open();
}

}  // namespace lockstep
