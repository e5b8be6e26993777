#include "EditTextCommand.h"

#include "AnnotationSession.h"

namespace lockstep {

EditTextCommand::EditTextCommand(AnnotationSession* session, Target target, std::optional<QString> before,
                                 std::optional<QString> after, const QString& text)
    : m_session(session), m_target(std::move(target)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void EditTextCommand::apply(const std::optional<QString>& value, const QString& action)
{
    if (m_target.isCaption())
        m_session->applyCaption(m_target.sampleId, value, action);
    else
        m_session->applySegmentText(m_target.sampleId, m_target.stream, m_target.start, m_target.end, value, action);
}

void EditTextCommand::redo()
{
    apply(m_after, QStringLiteral("edit text"));
}

void EditTextCommand::undo()
{
    apply(m_before, QStringLiteral("undo edit text"));
}

}  // namespace lockstep
