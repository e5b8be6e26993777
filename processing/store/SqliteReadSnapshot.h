#pragma once

#include <sqlite3.h>

namespace lockstep {

// A read transaction for the lifetime of the object, unless one is already open: the metric columns a filter
// reads from the cache (checked against the project's stamp) and the statement that uses them then see the
// same committed state, even while another connection writes.
class SqliteReadSnapshot {
public:
    explicit SqliteReadSnapshot(sqlite3* db) : m_db(db)
    {
        m_began = sqlite3_get_autocommit(db) != 0 && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~SqliteReadSnapshot()
    {
        if (m_began)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    SqliteReadSnapshot(const SqliteReadSnapshot&) = delete;
    SqliteReadSnapshot& operator=(const SqliteReadSnapshot&) = delete;

private:
    sqlite3* m_db;
    bool m_began = false;
};

}  // namespace lockstep
