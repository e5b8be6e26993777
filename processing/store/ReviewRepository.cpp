#include "store/ReviewRepository.h"

#include "store/AnnotationTransaction.h"
#include "store/BulkEditTable.h"
#include "store/ProjectStore.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

#include <QHash>

namespace lockstep {

namespace {

const char* const kStatusKind = "status";

}  // namespace

QString reviewStatusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Unreviewed: return QStringLiteral("unreviewed");
    case ReviewStatus::Accepted: return QStringLiteral("accepted");
    case ReviewStatus::Rejected: return QStringLiteral("rejected");
    case ReviewStatus::NeedsFix: return QStringLiteral("needs-fix");
    }
    return QStringLiteral("unreviewed");
}

std::optional<ReviewStatus> reviewStatusFromName(const QString& name)
{
    for (ReviewStatus s :
         {ReviewStatus::Unreviewed, ReviewStatus::Accepted, ReviewStatus::Rejected, ReviewStatus::NeedsFix})
        if (name.compare(reviewStatusName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

SampleReview ReviewRepository::review(const QString& sampleId) const
{
    return reviews({sampleId}).front();
}

std::vector<SampleReview> ReviewRepository::reviews(const std::vector<QString>& sampleIds) const
{
    std::vector<SampleReview> out(sampleIds.size());
    const SqliteReadTransaction read(m_store.database());  // one snapshot, one read lock for all of them
    SqliteStatement st(
        m_store.database(),
        "SELECT kind, value FROM annotations WHERE sample_id = ? AND kind IN ('status', 'status_reason')");
    for (std::size_t i = 0; i < sampleIds.size(); ++i) {
        st.bind(1, sampleIds[i]);
        while (st.step() == SQLITE_ROW) {
            const QString kind = st.columnText(0);
            if (kind == QLatin1String(kStatusKind))
                out[i].status = reviewStatusFromName(st.columnText(1)).value_or(ReviewStatus::Unreviewed);
            else
                out[i].reason = st.columnText(1);
        }
        st.reset();
    }
    return out;
}

bool ReviewRepository::setReviews(const std::vector<QString>& sampleIds, const std::vector<SampleReview>& reviews,
                                  const QString& action, const QString& who)
{
    if (sampleIds.size() != reviews.size()) {
        m_error = QStringLiteral("setReviews: %1 ids but %2 reviews").arg(sampleIds.size()).arg(reviews.size());
        return false;
    }
    const std::vector<SampleReview> before = this->reviews(sampleIds);
    AnnotationTransaction tx(m_store, action, who);
    // One row per changed sample: status old -> new (value columns), reason old -> new (extra columns); then
    // set-based statements over them (see BulkEditTable).
    BulkEditTable edits(tx.database());
    const std::vector<bool> isLast = BulkEditTable::lastOccurrences(sampleIds);
    for (std::size_t i = 0; i < sampleIds.size() && edits.ok(); ++i)
        if (isLast[i] && reviews[i] != before[i])
            edits.add(sampleIds[i], reviewStatusName(before[i].status), reviewStatusName(reviews[i].status),
                      before[i].reason, reviews[i].reason);
    if (!edits.ok()) {
        m_error = edits.error();
        return false;
    }
    if (edits.size() == 0)
        return true;
    tx.execBulk(
        "DELETE FROM annotations WHERE kind IN ('status', 'status_reason') AND sample_id IN (SELECT sample_id FROM "
        "temp.bulk_edit)");
    // Unreviewed without a reason is the default: nothing to store.
    tx.execBulk(
        "INSERT INTO annotations(sample_id, kind, value, created_at) SELECT sample_id, 'status', new_value, ?1 FROM "
        "temp.bulk_edit WHERE new_value <> 'unreviewed' OR new_extra <> '' ORDER BY pos");
    tx.execBulk(
        "INSERT INTO annotations(sample_id, kind, value, created_at) SELECT sample_id, 'status_reason', new_extra, ?1 "
        "FROM temp.bulk_edit WHERE new_extra <> '' ORDER BY pos");
    // The narrow table the sample table reads (see LOCKSTEP_SAMPLE_STATUS_SQL): unreviewed is no row.
    tx.execBulk("UPDATE temp.bulk_edit AS e SET row = s.row FROM samples s WHERE s.sample_id = e.sample_id");
    tx.execBulk(
        "DELETE FROM sample_statuses WHERE row IN (SELECT row FROM temp.bulk_edit WHERE new_value = 'unreviewed')");
    tx.execBulk(
        "INSERT OR REPLACE INTO sample_statuses(row, status) SELECT row, new_value FROM temp.bulk_edit WHERE row IS "
        "NOT NULL AND new_value <> 'unreviewed' ORDER BY row");
    // Per sample its status change, then its reason change: the order the log always had.
    tx.execBulk(
        "INSERT INTO audit_log(at, who, action, sample_id, field, old_value, new_value) SELECT ?1, ?2, ?3, "
        "sample_id, field, old, new FROM (SELECT pos, 0 AS part, sample_id, 'status' AS field, old_value AS old, "
        "new_value AS new FROM temp.bulk_edit WHERE old_value <> new_value UNION ALL SELECT pos, 1, sample_id, "
        "'status_reason', old_extra, new_extra FROM temp.bulk_edit WHERE old_extra <> new_extra) ORDER BY pos, part");
    if (!tx.commit()) {
        m_error = tx.error();
        return false;
    }
    return true;
}

std::vector<AuditEntry> ReviewRepository::auditLog(int limit) const
{
    std::vector<AuditEntry> out;
    SqliteStatement st(m_store.database(),
                       "SELECT at, who, action, sample_id, field, old_value, new_value FROM audit_log ORDER BY id DESC "
                       "LIMIT ?");
    st.bind(1, qint64(limit));
    while (st.step() == SQLITE_ROW) {
        AuditEntry e;
        e.at = QDateTime::fromString(st.columnText(0), Qt::ISODateWithMs);
        e.who = st.columnText(1);
        e.action = st.columnText(2);
        e.sampleId = st.columnText(3);
        e.field = st.columnText(4);
        e.oldValue = st.columnText(5);
        e.newValue = st.columnText(6);
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace lockstep
