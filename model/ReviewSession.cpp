#include "ReviewSession.h"

#include "BusyCursor.h"
#include "SetReviewCommand.h"

#include <QUndoStack>

namespace lockstep {

namespace {

QString statusVerb(ReviewStatus status, int count, const QString& id)
{
    switch (status) {
    case ReviewStatus::Accepted:
        return count == 1 ? ReviewSession::tr("Accept %1").arg(id)
                          : ReviewSession::tr("Accept %n sample(s)", nullptr, count);
    case ReviewStatus::Rejected:
        return count == 1 ? ReviewSession::tr("Reject %1").arg(id)
                          : ReviewSession::tr("Reject %n sample(s)", nullptr, count);
    case ReviewStatus::NeedsFix:
        return count == 1 ? ReviewSession::tr("Mark %1 as needing a fix").arg(id)
                          : ReviewSession::tr("Mark %n sample(s) as needing a fix", nullptr, count);
    case ReviewStatus::Unreviewed:
        return count == 1 ? ReviewSession::tr("Clear the review of %1").arg(id)
                          : ReviewSession::tr("Clear the review of %n sample(s)", nullptr, count);
    }
    return {};
}

}  // namespace

ReviewSession::ReviewSession(QUndoStack* undoStack, QObject* parent) : QObject(parent), m_connection(undoStack) {}

ReviewSession::~ReviewSession() = default;

bool ReviewSession::open(const QString& projectPath, QString* error)
{
    close();
    if (!m_connection.open(projectPath, error))
        return false;
    m_repository = std::make_unique<ReviewRepository>(*m_connection.store());
    return true;
}

void ReviewSession::close()
{
    m_repository.reset();
    m_connection.close();
}

SampleReview ReviewSession::review(const QString& sampleId) const
{
    return m_repository ? m_repository->review(sampleId) : SampleReview{};
}

bool ReviewSession::setStatus(const QStringList& ids, ReviewStatus status, const QString& reason)
{
    const BusyCursor busy(ids.size());
    QUndoStack* undo = m_connection.undoStack();
    if (!m_repository || ids.isEmpty() || !undo)
        return false;
    const std::vector<QString> list(ids.cbegin(), ids.cend());
    std::vector<SampleReview> before = m_repository->reviews(list);
    std::vector<SampleReview> after(list.size(), SampleReview{status, reason});
    if (before == after)
        return false;  // nothing would change: no empty step in the history
    undo->push(new SetReviewCommand(this, ids, std::move(before), std::move(after),
                                    statusVerb(status, int(ids.size()), ids.front())));
    return true;
}

bool ReviewSession::apply(const QStringList& ids, const std::vector<SampleReview>& reviews, const QString& action)
{
    const BusyCursor busy(ids.size());
    if (!m_repository)
        return false;
    if (!m_repository->setReviews(std::vector<QString>(ids.cbegin(), ids.cend()), reviews, action, userName())) {
        emit writeFailed(tr("Cannot save the review in the project file: %1").arg(m_repository->lastError()));
        return false;
    }
    emit reviewsChanged(ids);
    return true;
}

}  // namespace lockstep
