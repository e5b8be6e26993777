#include "store/BulkEditTable.h"

#include <QHash>

namespace lockstep {

namespace {

void bindOptional(SqliteStatement& st, int index, const std::optional<QString>& value)
{
    if (value)
        st.bindStatic(index, *value);
    else
        st.bindNull(index);
}

}  // namespace

BulkEditTable::BulkEditTable(sqlite3* db) : m_db(db)
{
    // Keyed by pos, so that each insert appends (keyed by sample id, the fill cost half the edit's write). The
    // statements join it to the project's tables, which find the samples by their own indexes.
    const char* const setup =
        "CREATE TEMP TABLE IF NOT EXISTS bulk_edit(pos INTEGER PRIMARY KEY, sample_id TEXT NOT NULL, old_value TEXT, "
        "new_value TEXT, old_extra TEXT, new_extra TEXT, row INTEGER); "
        "DELETE FROM temp.bulk_edit;";
    char* message = nullptr;
    if (sqlite3_exec(m_db, setup, nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = QString::fromUtf8(message ? message : "cannot make the bulk edit table");
        sqlite3_free(message);
        return;
    }
    m_insert.emplace(m_db,
                     "INSERT INTO temp.bulk_edit(sample_id, pos, old_value, new_value, old_extra, new_extra) "
                     "VALUES(?, ?, ?, ?, ?, ?)");
    if (!m_insert->ok())
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool BulkEditTable::add(const QString& sampleId, const std::optional<QString>& oldValue,
                        const std::optional<QString>& newValue, const std::optional<QString>& oldExtra,
                        const std::optional<QString>& newExtra)
{
    if (!ok())
        return false;
    SqliteStatement& st = *m_insert;
    // bindStatic: every argument outlives the step below (SQLite converts the UTF-16 itself).
    st.bindStatic(1, sampleId);
    st.bind(2, m_rows);
    bindOptional(st, 3, oldValue);
    bindOptional(st, 4, newValue);
    bindOptional(st, 5, oldExtra);
    bindOptional(st, 6, newExtra);
    if (!st.run(&m_error))
        return false;
    ++m_rows;
    return true;
}

std::vector<bool> BulkEditTable::lastOccurrences(const std::vector<QString>& sampleIds)
{
    QHash<QString, std::size_t> last;
    last.reserve(qsizetype(sampleIds.size()));
    for (std::size_t i = 0; i < sampleIds.size(); ++i)
        last.insert(sampleIds[i], i);
    std::vector<bool> isLast(sampleIds.size());
    for (std::size_t i = 0; i < sampleIds.size(); ++i)
        isLast[i] = last.value(sampleIds[i]) == i;
    return isLast;
}

}  // namespace lockstep
