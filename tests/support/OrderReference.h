#pragma once

// Shared by the tests that compare the table's in-memory orders with the SQL they replaced.

#include "store/SqliteStatement.h"

#include <QtGlobal>
#include <vector>

namespace order_reference {

// A small deterministic scramble (an integer hash), so that values and edits fall on no regular pattern of rows.
inline quint32 scramble(quint32 x)
{
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    return x ^ (x >> 16);
}

// Steps the reference query to its end: its first column, in order; *ok when it ran to the end.
inline std::vector<qint64> firstColumn(lockstep::SqliteStatement& st, bool* ok)
{
    std::vector<qint64> rows;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW)
        rows.push_back(st.columnInt64(0));
    *ok = rc == SQLITE_DONE;
    return rows;
}

// The first column of the first row of a query about the fixture (a count); -1 when there is none.
inline qint64 scalar(sqlite3* db, const char* sql)
{
    lockstep::SqliteStatement st(db, sql);
    return st.step() == SQLITE_ROW ? st.columnInt64(0) : -1;
}

}  // namespace order_reference
