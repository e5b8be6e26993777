#pragma once

#include "lockstep_processing_export.h"
#include "store/SqliteStatement.h"

#include <QString>
#include <optional>
#include <vector>

namespace lockstep {

// The per-sample changes of one bulk edit in a temporary table, so that each step of the edit (remove the old
// rows, insert the new ones, copy into the sample rows, one audit row per change) is one set-based statement over
// all of them instead of one statement per sample: labelling 20,000 samples is a few statements, not 80,000.
//
//     temp.bulk_edit(sample_id, pos, old_value, new_value, old_extra, new_extra, row)
//
// pos is the caller's order (the audit log keeps it); what the value columns hold is the repository's business
// (a label; a tag removed or added; a status and its reason). row is NULL until a statement fills in the
// sample's row (for the narrow per-row tables of labels and statuses). The table is TEMP — on this connection only,
// never in the project file — and is emptied when the next edit starts. Use it inside the edit's transaction.
class LOCKSTEP_PROCESSING_EXPORT BulkEditTable {
public:
    explicit BulkEditTable(sqlite3* db);

    bool ok() const { return m_error.isEmpty(); }
    // For each id, whether it is the id's last occurrence: a sample named twice in one edit gets its last value, once.
    static std::vector<bool> lastOccurrences(const std::vector<QString>& sampleIds);
    QString error() const { return m_error; }

    bool add(const QString& sampleId, const std::optional<QString>& oldValue, const std::optional<QString>& newValue,
             const std::optional<QString>& oldExtra = std::nullopt,
             const std::optional<QString>& newExtra = std::nullopt);
    qint64 size() const { return m_rows; }

private:
    sqlite3* m_db;
    QString m_error;
    std::optional<SqliteStatement> m_insert;
    qint64 m_rows = 0;
};

}  // namespace lockstep
