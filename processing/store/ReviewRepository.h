#pragma once

// Review decisions in the project file: each sample's status (unreviewed / accepted / rejected / needs-fix) with
// a reason, kept in the annotations table by the stable sample id (so a re-import keeps them: commitImport puts
// them back), copied into the narrow sample_statuses table by row for the table and its filter (a row only for a
// status other than unreviewed), and written to the audit log (when, who, what, old -> new).
// Every call is one transaction: a crash never leaves half of a bulk edit.

#include "lockstep_processing_export.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace lockstep {

class ProjectStore;

enum class ReviewStatus { Unreviewed, Accepted, Rejected, NeedsFix };

LOCKSTEP_PROCESSING_EXPORT QString reviewStatusName(ReviewStatus status);  // "unreviewed", "needs-fix" ...
LOCKSTEP_PROCESSING_EXPORT std::optional<ReviewStatus> reviewStatusFromName(const QString& name);

struct SampleReview {
    ReviewStatus status = ReviewStatus::Unreviewed;
    QString reason;
    bool operator==(const SampleReview&) const = default;
};

struct AuditEntry {
    QDateTime at;
    QString who;
    QString action;
    QString sampleId;
    QString field;
    QString oldValue;
    QString newValue;
};

class LOCKSTEP_PROCESSING_EXPORT ReviewRepository {
public:
    explicit ReviewRepository(ProjectStore& store) : m_store(store) {}

    SampleReview review(const QString& sampleId) const;
    std::vector<SampleReview> reviews(const std::vector<QString>& sampleIds) const;

    // Gives sample i the review reviews[i] (same length), logging each change as `action` by `who`.
    bool setReviews(const std::vector<QString>& sampleIds, const std::vector<SampleReview>& reviews,
                    const QString& action, const QString& who);

    // Newest first.
    std::vector<AuditEntry> auditLog(int limit = 100) const;

    QString lastError() const { return m_error; }

private:
    ProjectStore& m_store;
    mutable QString m_error;
};

}  // namespace lockstep
