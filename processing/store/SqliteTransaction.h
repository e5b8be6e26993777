#pragma once

#include <sqlite3.h>

namespace lockstep {

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless committed: every write of the project file is
// all or nothing, whatever path leaves the function.
class SqliteTransaction {
public:
    explicit SqliteTransaction(sqlite3* db) : m_db(db)
    {
        m_ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~SqliteTransaction()
    {
        if (m_ok && !m_committed)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    bool ok() const { return m_ok; }
    bool commit()
    {
        m_committed = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        return m_committed;
    }

private:
    sqlite3* m_db;
    bool m_ok = false;
    bool m_committed = false;
};

// One read transaction around many small reads (a value per sample for 20,000 samples): without it each
// statement is its own transaction, and in WAL mode each of those takes and drops the log's read lock with file
// locking system calls. Inside a caller's transaction it does nothing.
class SqliteReadTransaction {
public:
    explicit SqliteReadTransaction(sqlite3* db) : m_db(db)
    {
        m_began = sqlite3_get_autocommit(db) && sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~SqliteReadTransaction()
    {
        if (m_began)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    SqliteReadTransaction(const SqliteReadTransaction&) = delete;
    SqliteReadTransaction& operator=(const SqliteReadTransaction&) = delete;

private:
    sqlite3* m_db;
    bool m_began = false;
};

}  // namespace lockstep
