#pragma once

#include "store/SavedView.h"

#include <QUndoCommand>

namespace lockstep {

class SavedViewsModel;

// Saves, renames or deletes saved views: the project's whole list before and after (a few views, a few hundred
// bytes), so one command class covers every edit and undo puts the list back exactly.
class SetSavedViewsCommand final : public QUndoCommand {
public:
    // action names the edit in the audit log ("save view", "rename view", "delete view"); text is the undo text.
    SetSavedViewsCommand(SavedViewsModel* model, SavedViews before, SavedViews after, const QString& action,
                         const QString& text);
    void redo() override;
    void undo() override;

private:
    SavedViewsModel* m_model;
    SavedViews m_before;
    SavedViews m_after;
    QString m_action;
};

}  // namespace lockstep
