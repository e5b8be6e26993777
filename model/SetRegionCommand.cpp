#include "SetRegionCommand.h"

#include "AnnotationSession.h"

namespace lockstep {

SetRegionCommand::SetRegionCommand(AnnotationSession* session, QString sampleId, QString key,
                                   std::optional<TimeRegion> before, std::optional<TimeRegion> after,
                                   const QString& text)
    : m_session(session),
      m_sampleId(std::move(sampleId)),
      m_key(std::move(key)),
      m_before(std::move(before)),
      m_after(std::move(after))
{
    setText(text);
}

void SetRegionCommand::redo()
{
    m_session->applyRegion(m_sampleId, m_key, m_after, QStringLiteral("region"));
}

void SetRegionCommand::undo()
{
    m_session->applyRegion(m_sampleId, m_key, m_before, QStringLiteral("undo region"));
}

}  // namespace lockstep
