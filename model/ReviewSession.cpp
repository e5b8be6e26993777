#include "ReviewSession.h"

#include "SetReviewCommand.h"
#include "store/BackgroundCheckpoint.h"
#include "store/ProjectStore.h"

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

ReviewSession::ReviewSession(QUndoStack* undoStack, QObject* parent) : QObject(parent), m_undo(undoStack) {}

ReviewSession::~ReviewSession() = default;

bool ReviewSession::open(const QString& projectPath, QString* error)
{
    close();
    ProjectStore::OpenResult opened = ProjectStore::open(projectPath, ProjectStore::Mode::ReadWrite);
    if (!opened.store) {
        if (error)
            *error = opened.error;
        return false;
    }
    m_store = std::move(opened.store);
    m_repository = std::make_unique<ReviewRepository>(*m_store);
    // A bulk edit's commit does not wait for the log to be copied into the file (see BackgroundCheckpoint).
    m_checkpoint = std::make_unique<BackgroundCheckpoint>(m_store->database(), projectPath);
    return true;
}

void ReviewSession::close()
{
    // Commands on the stack point at this connection's data: a new project starts a new history.
    if (m_undo)
        m_undo->clear();
    m_repository.reset();
    m_checkpoint.reset();  // before its connection closes
    m_store.reset();
}

SampleReview ReviewSession::review(const QString& sampleId) const
{
    return m_repository ? m_repository->review(sampleId) : SampleReview{};
}

bool ReviewSession::setStatus(const QStringList& ids, ReviewStatus status, const QString& reason)
{
    if (!m_repository || ids.isEmpty() || !m_undo)
        return false;
    const std::vector<QString> list(ids.cbegin(), ids.cend());
    std::vector<SampleReview> before = m_repository->reviews(list);
    std::vector<SampleReview> after(list.size(), SampleReview{status, reason});
    if (before == after)
        return false;  // nothing would change: no empty step in the history
    m_undo->push(new SetReviewCommand(this, ids, std::move(before), std::move(after),
                                      statusVerb(status, int(ids.size()), ids.front())));
    return true;
}

bool ReviewSession::apply(const QStringList& ids, const std::vector<SampleReview>& reviews, const QString& action)
{
    if (!m_repository)
        return false;
    if (!m_repository->setReviews(std::vector<QString>(ids.cbegin(), ids.cend()), reviews, action, userName())) {
        emit writeFailed(tr("Cannot save the review in the project file: %1").arg(m_repository->lastError()));
        return false;
    }
    emit reviewsChanged(ids);
    return true;
}

QString ReviewSession::userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

}  // namespace lockstep
