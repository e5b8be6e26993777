#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <vector>

namespace lockstep {

class ReviewSession;

// "Keep this, reject the rest" for a duplicate group: the kept sample is accepted and every other member is
// rejected with the reason "duplicate of <kept id>" — one undo command for the whole group, written to the
// project file at once, so one Ctrl+Z gives every member its previous status back.
class DuplicateResolution {
    Q_DECLARE_TR_FUNCTIONS(lockstep::DuplicateResolution)
public:
    static QString rejectionReason(const QString& keptId);
    // False when nothing is open, kept is not a member, or every member already has that decision.
    static bool keepOne(ReviewSession& session, const QString& kept, const QStringList& members);

    struct Group {
        QString kept;
        QStringList members;
    };
    // Many groups at once (the suggested keeper of every open group): still one undo command. A sample in two
    // groups (same image, and same caption as another) keeps the decision of the first group it is in.
    static bool keepEach(ReviewSession& session, const std::vector<Group>& groups);
};

}  // namespace lockstep
