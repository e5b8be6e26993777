#pragma once

#include "store/ReviewRepository.h"

#include <QStringList>
#include <QUndoCommand>
#include <vector>

namespace lockstep {

class ReviewSession;

// Gives a set of samples new review states; undo restores each one's previous state. One command however many
// samples, so a bulk edit undoes in one step.
class SetReviewCommand final : public QUndoCommand {
public:
    SetReviewCommand(ReviewSession* session, QStringList ids, std::vector<SampleReview> before,
                     std::vector<SampleReview> after, const QString& text);

    void redo() override;
    void undo() override;
    int sampleCount() const { return int(m_ids.size()); }

private:
    ReviewSession* m_session;
    QStringList m_ids;
    std::vector<SampleReview> m_before;
    std::vector<SampleReview> m_after;
};

}  // namespace lockstep
