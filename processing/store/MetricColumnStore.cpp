#include "store/MetricColumnStore.h"

#include "store/SqliteReadSnapshot.h"
#include "store/SqliteStatement.h"

#include <QtEndian>
#include <bit>
#include <climits>
#include <limits>
#include <string_view>

namespace lockstep {

bool MetricColumnStore::write(sqlite3* db, const QString& generation, qint64 rows,
                              const QHash<QString, Column>& columns, QString* error)
{
    const auto fail = [&] {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    };
    if (sqlite3_exec(db, "DELETE FROM metric_columns", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail();
    if (rows <= 0 || columns.isEmpty())
        return true;
    SqliteStatement st(db, "INSERT INTO metric_columns(name, generation, rows, data) VALUES(?,?,?,?)");
    if (!st.ok())
        return fail();
    // Past SQLite's largest value (1e9 bytes by default: 125 million samples) a column is not stored; its loads
    // then walk the index.
    const qint64 bytes = rows * qint64(sizeof(double));
    if (bytes > sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1))
        return true;
    Column littleEndian;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (qint64(it->size()) != rows)
            continue;  // never the callers' case; a short column is simply not stored
        const Column* data = &*it;
        if constexpr (std::endian::native != std::endian::little) {
            littleEndian.resize(it->size());
            qToLittleEndian<double>(it->data(), qsizetype(it->size()), littleEndian.data());
            data = &littleEndian;
        }
        st.bind(1, it.key());
        st.bind(2, generation);
        st.bind(3, rows);
        sqlite3_bind_blob(st.raw(), 4, data->data(), int(bytes), SQLITE_STATIC);
        if (!st.run(error))
            return false;
    }
    return true;
}

bool MetricColumnStore::rebuild(sqlite3* db, const QString& generation, QString* error)
{
    const auto fail = [&] {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    };
    {
        // No metrics (an import before any scan): no walk of every sample for nothing.
        SqliteStatement any(db, "SELECT 1 FROM sample_metrics LIMIT 1");
        const int rc = any.step();
        if (rc == SQLITE_DONE)
            return write(db, generation, 0, {}, error);
        if (rc != SQLITE_ROW)
            return fail();
    }
    qint64 rows = 0;
    {
        SqliteStatement count(db, "SELECT max(row) FROM samples");
        if (count.step() != SQLITE_ROW)
            return fail();
        rows = count.columnIsNull(0) ? 0 : count.columnInt64(0) + 1;
    }
    // Each sample by its id, then its metrics by primary key (sample_id, name): consecutive lookups land in the
    // same pages, and each sample's names come in the same sorted order, so the column is found by a guess.
    SqliteStatement st(db,
                       "SELECT s.row, m.name, m.value FROM samples s INDEXED BY samples_by_id CROSS JOIN "
                       "sample_metrics m ON m.sample_id = s.sample_id WHERE s.sample_id >= ''");
    if (!st.ok())
        return fail();
    std::vector<QByteArray> names;
    std::vector<Column> values;
    std::size_t next = 0;
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const qint64 row = st.columnInt64(0);
        const auto* text = static_cast<const char*>(static_cast<const void*>(sqlite3_column_text(st.raw(), 1)));
        const std::string_view name(text ? text : "", std::size_t(sqlite3_column_bytes(st.raw(), 1)));
        const auto is = [&](std::size_t i) { return std::string_view(names[i].constData(), names[i].size()) == name; };
        if (next >= names.size() || !is(next)) {
            next = 0;
            while (next < names.size() && !is(next))
                ++next;
            if (next == names.size()) {
                names.emplace_back(name.data(), qsizetype(name.size()));
                values.emplace_back(std::size_t(rows), std::numeric_limits<double>::quiet_NaN());
            }
        }
        if (row >= 0 && row < rows)
            values[next][std::size_t(row)] = st.columnDouble(2);
        ++next;
    }
    if (rc != SQLITE_DONE)
        return fail();
    QHash<QString, Column> columns;
    for (std::size_t i = 0; i < names.size(); ++i)
        columns.insert(QString::fromUtf8(names[i]), std::move(values[i]));
    return write(db, generation, rows, columns, error);
}

bool MetricColumnStore::read(sqlite3* db, const QString& metric, const QString& generation, qint64 rows, Column* out)
{
    // One snapshot for the lookup and the blob: a scan committing in between could give the rowid to another metric.
    const SqliteReadSnapshot snapshot(db);
    // length() of a blob reads no overflow page: the size is checked before anything is copied.
    SqliteStatement st(db, "SELECT rowid, rows, length(data) FROM metric_columns WHERE name = ? AND generation = ?");
    if (!st.ok())
        return false;  // no such table: a project this build has not migrated (never opened for writing)
    st.bind(1, metric);
    st.bind(2, generation);
    const qint64 bytes = rows * qint64(sizeof(double));
    if (st.step() != SQLITE_ROW) {
        // A generation's columns are all its metrics: with others stored, this metric has no value at all (a
        // metric nobody measured), and the index walk would build the id -> row table for nothing.
        SqliteStatement others(db, "SELECT rows FROM metric_columns WHERE generation = ? LIMIT 1");
        others.bind(1, generation);
        if (rows <= 0 || others.step() != SQLITE_ROW || others.columnInt64(0) != rows)
            return false;
        out->assign(std::size_t(rows), std::numeric_limits<double>::quiet_NaN());
        return true;
    }
    const qint64 rowid = st.columnInt64(0);
    if (rows <= 0 || bytes > INT_MAX || st.columnInt64(1) != rows || st.columnInt64(2) != bytes)
        return false;
    // Straight from the pages into the column: a SELECT of the blob would assemble it in SQLite's memory first.
    sqlite3_blob* blob = nullptr;
    if (sqlite3_blob_open(db, "main", "metric_columns", "data", rowid, 0, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        return false;
    }
    out->resize(std::size_t(rows));
    const bool ok = sqlite3_blob_read(blob, out->data(), int(bytes), 0) == SQLITE_OK;
    sqlite3_blob_close(blob);
    if (!ok) {
        out->clear();
        return false;
    }
    if constexpr (std::endian::native != std::endian::little)
        qFromLittleEndian<double>(out->data(), qsizetype(out->size()), out->data());
    return true;
}

}  // namespace lockstep
