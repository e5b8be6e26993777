#pragma once

#include <sqlite3.h>
#include <QString>

namespace lockstep {

// A prepared statement that finalizes itself. Binding QStrings as UTF-8 copies (SQLITE_TRANSIENT) keeps
// lifetimes simple; the statement is reset after run() so it can be reused for the next row.
class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, const char* sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool ok() const { return m_stmt != nullptr; }
    sqlite3_stmt* raw() const { return m_stmt; }

    void bind(int index, const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    // Binds without copying: value must stay alive and unchanged until the statement has stepped.
    // SQLite converts the UTF-16 itself, which saves a UTF-8 buffer per value on bulk inserts.
    void bindStatic(int index, const QString& value)
    {
        sqlite3_bind_text16(m_stmt, index, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_stmt, index, value); }
    void bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

    int step() { return m_stmt ? sqlite3_step(m_stmt) : SQLITE_MISUSE; }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    // Steps to completion and resets; on failure stores SQLite's message in *error.
    bool run(QString* error)
    {
        const int rc = step();
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            *error = errorMessage();
            reset();
            return false;
        }
        reset();
        return true;
    }

    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    int columnInt(int i) const { return sqlite3_column_int(m_stmt, i); }
    qint64 columnInt64(int i) const { return sqlite3_column_int64(m_stmt, i); }
    double columnDouble(int i) const { return sqlite3_column_double(m_stmt, i); }
    bool columnIsNull(int i) const { return sqlite3_column_type(m_stmt, i) == SQLITE_NULL; }
    QString columnText(int i) const
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, i)) : QString();
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

}  // namespace lockstep
