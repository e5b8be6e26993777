#include "SetTagsCommand.h"

#include "AnnotationSession.h"

namespace lockstep {

SetTagsCommand::SetTagsCommand(AnnotationSession* session, QStringList ids, std::vector<QStringList> before,
                               std::vector<QStringList> after, const QString& text)
    : m_session(session), m_ids(std::move(ids)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void SetTagsCommand::redo()
{
    m_session->applyTags(m_ids, m_after, QStringLiteral("tag"));
}

void SetTagsCommand::undo()
{
    m_session->applyTags(m_ids, m_before, QStringLiteral("undo tag"));
}

}  // namespace lockstep
