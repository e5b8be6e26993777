#include "SetReviewCommand.h"

#include "ReviewSession.h"

namespace lockstep {

SetReviewCommand::SetReviewCommand(ReviewSession* session, QStringList ids, std::vector<SampleReview> before,
                                   std::vector<SampleReview> after, const QString& text)
    : m_session(session), m_ids(std::move(ids)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void SetReviewCommand::redo()
{
    m_session->apply(m_ids, m_after, QStringLiteral("review"));
}

void SetReviewCommand::undo()
{
    m_session->apply(m_ids, m_before, QStringLiteral("undo review"));
}

}  // namespace lockstep
