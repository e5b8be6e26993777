#include "DuplicateResolution.h"

#include "ReviewSession.h"
#include "SetReviewCommand.h"

#include <QSet>
#include <QUndoStack>

namespace lockstep {

QString DuplicateResolution::rejectionReason(const QString& keptId)
{
    // Stored in the project file and read by scripts: not translated.
    return QStringLiteral("duplicate of ") + keptId;
}

bool DuplicateResolution::keepOne(ReviewSession& session, const QString& kept, const QStringList& members)
{
    if (!session.isOpen() || !session.undoStack() || !session.repository() || !members.contains(kept))
        return false;
    QStringList ids;
    ids.reserve(members.size());
    ids << kept;
    for (const QString& id : members)
        if (id != kept && !ids.contains(id))
            ids << id;
    std::vector<SampleReview> after;
    after.reserve(std::size_t(ids.size()));
    after.push_back({ReviewStatus::Accepted, QString()});
    const QString reason = rejectionReason(kept);
    for (qsizetype i = 1; i < ids.size(); ++i)
        after.push_back({ReviewStatus::Rejected, reason});
    std::vector<SampleReview> before = session.repository()->reviews(std::vector<QString>(ids.cbegin(), ids.cend()));
    if (before == after)
        return false;  // already decided this way: no empty step in the history
    const int rejected = int(ids.size()) - 1;
    session.undoStack()->push(new SetReviewCommand(&session, ids, std::move(before), std::move(after),
                                                   tr("Keep %1, reject %n duplicate(s)", nullptr, rejected).arg(kept)));
    return true;
}

bool DuplicateResolution::keepEach(ReviewSession& session, const std::vector<Group>& groups)
{
    if (!session.isOpen() || !session.undoStack() || !session.repository())
        return false;
    QStringList ids;
    QSet<QString> decided;
    std::vector<SampleReview> after;
    int kept = 0;
    for (const Group& g : groups) {
        if (!g.members.contains(g.kept))
            continue;
        for (const QString& id : g.members) {
            if (decided.contains(id))
                continue;
            decided.insert(id);
            ids << id;
            if (id == g.kept)
                after.push_back({ReviewStatus::Accepted, QString()});
            else
                after.push_back({ReviewStatus::Rejected, rejectionReason(g.kept)});
        }
        ++kept;
    }
    if (ids.isEmpty())
        return false;
    std::vector<SampleReview> before = session.repository()->reviews(std::vector<QString>(ids.cbegin(), ids.cend()));
    if (before == after)
        return false;
    session.undoStack()->push(
        new SetReviewCommand(&session, ids, std::move(before), std::move(after),
                             tr("Keep the suggested sample of %n duplicate group(s)", nullptr, kept)));
    return true;
}

}  // namespace lockstep
