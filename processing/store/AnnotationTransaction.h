#pragma once

#include "lockstep_processing_export.h"
#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

#include <QString>
#include <optional>

namespace lockstep {

class ProjectStore;

// One write of annotation rows: a transaction on the project file, the statements every annotation repository
// needs (remove / insert rows of the annotations table, one audit_log row per change) and the time and user
// that every row of this write names. Nothing is written unless commit() succeeds.
class LOCKSTEP_PROCESSING_EXPORT AnnotationTransaction {
public:
    AnnotationTransaction(ProjectStore& store, const QString& action, const QString& who);

    bool ok() const { return m_tx.ok() && m_error.isEmpty(); }
    QString error() const { return m_error; }
    sqlite3* database() const { return m_db; }

    // Removes every row of kind for the sample; with key, only those with that key.
    bool removeRows(const QString& sampleId, const char* kind, const std::optional<QString>& key = std::nullopt);
    // Removes the rows of kind with this key and time range (segment text edits).
    bool removeTimedRows(const QString& sampleId, const char* kind, const QString& key, qint64 startUs, qint64 endUs);
    bool insertRow(const QString& sampleId, const char* kind, const QString& key, const QString& value,
                   std::optional<qint64> startUs = std::nullopt, std::optional<qint64> endUs = std::nullopt);
    // who / when / what, old -> new.
    bool audit(const QString& sampleId, const QString& field, const QString& oldValue, const QString& newValue);
    // Runs one set-based statement of this write (a bulk edit over temp.bulk_edit, see BulkEditTable); the
    // parameters it has are bound to ?1 = this write's time, ?2 = who, ?3 = the action, in that order.
    bool execBulk(const char* sql);

    bool commit();

private:
    bool fail(const QString& message);

    sqlite3* m_db;
    SqliteTransaction m_tx;
    QString m_action;
    QString m_who;
    QString m_now;
    QString m_error;
    SqliteStatement m_removeKind;
    SqliteStatement m_removeKey;
    SqliteStatement m_removeTimed;
    SqliteStatement m_insert;
    SqliteStatement m_audit;
};

}  // namespace lockstep
