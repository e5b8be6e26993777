#include "SetLabelSetCommand.h"

#include "AnnotationSession.h"

namespace lockstep {

SetLabelSetCommand::SetLabelSetCommand(AnnotationSession* session, QStringList before, QStringList after,
                                       const QString& text)
    : m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void SetLabelSetCommand::redo()
{
    m_session->applyLabelSet(m_after, QStringLiteral("label set"));
}

void SetLabelSetCommand::undo()
{
    m_session->applyLabelSet(m_before, QStringLiteral("undo label set"));
}

}  // namespace lockstep
