#include "SetLabelsCommand.h"

#include "AnnotationSession.h"

namespace lockstep {

SetLabelsCommand::SetLabelsCommand(AnnotationSession* session, QStringList ids, std::vector<QString> before,
                                   std::vector<QString> after, const QString& text)
    : m_session(session), m_ids(std::move(ids)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void SetLabelsCommand::redo()
{
    m_session->applyLabels(m_ids, m_after, QStringLiteral("label"));
}

void SetLabelsCommand::undo()
{
    m_session->applyLabels(m_ids, m_before, QStringLiteral("undo label"));
}

}  // namespace lockstep
