#include "store/ReviewRepository.h"

#include "store/ProjectStore.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

namespace lockstep {

namespace {

const char* const kStatusKind = "status";
const char* const kReasonKind = "status_reason";

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
    sqlite3* db = m_store.database();
    SqliteTransaction tx(db);
    if (!tx.ok()) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    SqliteStatement remove(db, "DELETE FROM annotations WHERE sample_id = ? AND kind IN ('status', 'status_reason')");
    SqliteStatement insert(db, "INSERT INTO annotations(sample_id, kind, value, created_at) VALUES(?, ?, ?, ?)");
    SqliteStatement row(db, "UPDATE samples SET status = ? WHERE sample_id = ?");
    SqliteStatement audit(db,
                          "INSERT INTO audit_log(at, who, action, sample_id, field, old_value, new_value) "
                          "VALUES(?, ?, ?, ?, ?, ?, ?)");
    const auto log = [&](const QString& id, const char* field, const QString& oldValue, const QString& newValue) {
        audit.bind(1, now);
        audit.bind(2, who);
        audit.bind(3, action);
        audit.bind(4, id);
        audit.bind(5, QString::fromLatin1(field));
        audit.bind(6, oldValue);
        audit.bind(7, newValue);
        return audit.run(&m_error);
    };
    for (std::size_t i = 0; i < sampleIds.size(); ++i) {
        const QString& id = sampleIds[i];
        const SampleReview& next = reviews[i];
        if (next == before[i])
            continue;
        remove.bind(1, id);
        if (!remove.run(&m_error))
            return false;
        // Unreviewed without a reason is the default: nothing to store.
        if (next.status != ReviewStatus::Unreviewed || !next.reason.isEmpty()) {
            insert.bind(1, id);
            insert.bind(2, QString::fromLatin1(kStatusKind));
            insert.bind(3, reviewStatusName(next.status));
            insert.bind(4, now);
            if (!insert.run(&m_error))
                return false;
            if (!next.reason.isEmpty()) {
                insert.bind(1, id);
                insert.bind(2, QString::fromLatin1(kReasonKind));
                insert.bind(3, next.reason);
                insert.bind(4, now);
                if (!insert.run(&m_error))
                    return false;
            }
        }
        row.bind(1, reviewStatusName(next.status));
        row.bind(2, id);
        if (!row.run(&m_error))
            return false;
        if (next.status != before[i].status &&
            !log(id, "status", reviewStatusName(before[i].status), reviewStatusName(next.status)))
            return false;
        if (next.reason != before[i].reason && !log(id, "status_reason", before[i].reason, next.reason))
            return false;
    }
    if (!tx.commit()) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
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
