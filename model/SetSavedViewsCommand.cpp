#include "SetSavedViewsCommand.h"

#include "SavedViewsModel.h"

namespace lockstep {

SetSavedViewsCommand::SetSavedViewsCommand(SavedViewsModel* model, SavedViews before, SavedViews after,
                                           const QString& action, const QString& text)
    : m_model(model), m_before(std::move(before)), m_after(std::move(after)), m_action(action)
{
    setText(text);
}

void SetSavedViewsCommand::redo()
{
    m_model->applyViews(m_after, m_action);
}

void SetSavedViewsCommand::undo()
{
    m_model->applyViews(m_before, QStringLiteral("undo ") + m_action);
}

}  // namespace lockstep
