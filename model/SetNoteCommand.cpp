#include "SetNoteCommand.h"

#include "AnnotationSession.h"

namespace lockstep {

SetNoteCommand::SetNoteCommand(AnnotationSession* session, QString id, QString before, QString after,
                               const QString& text)
    : m_session(session), m_id(std::move(id)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void SetNoteCommand::redo()
{
    m_session->applyNote(m_id, m_after, QStringLiteral("note"));
}

void SetNoteCommand::undo()
{
    m_session->applyNote(m_id, m_before, QStringLiteral("undo note"));
}

}  // namespace lockstep
