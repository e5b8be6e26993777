#include "store/ValueOrder.h"

#include "progress/Progress.h"
#include "store/SqliteStatement.h"

#include <QByteArray>
#include <QHash>
#include <algorithm>
#include <cstring>
#include <numeric>

namespace lockstep {

namespace {

// SQLite's order of storage classes: NULL < INTEGER = REAL < TEXT < BLOB.
enum class ValueClass : char { Null = 0, Number = 1, Text = 2, Blob = 3 };

struct DistinctValue {
    ValueClass kind;
    double number;
    QByteArray bytes;  // text or blob; the dictionary key's payload
};

bool before(const DistinctValue& a, const DistinctValue& b)
{
    if (a.kind != b.kind)
        return a.kind < b.kind;
    if (a.kind == ValueClass::Number)
        return a.number < b.number;
    return a.bytes < b.bytes;  // memcmp, then the shorter first: the BINARY collation
}

}  // namespace

bool readValueOverrides(SqliteStatement& st, qint64 rowCount, ValueOverrides* overrides)
{
    overrides->rows = RowMask(rowCount);
    overrides->text.clear();
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const qint64 row = st.columnInt64(0);
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st.raw(), 1));
        overrides->rows.set(row);
        overrides->text.insert(row, QByteArray(text ? text : "", sqlite3_column_bytes(st.raw(), 1)));
    }
    return rc == SQLITE_DONE;
}

bool readRowsInValueOrder(SqliteStatement& st, bool descending, std::size_t expectedRows,
                          const ValueOverrides* overrides, std::vector<qint64>* rows, Progress* progress)
{
    rows->clear();
    rows->reserve(expectedRows);
    std::vector<quint32> valueOfRow;
    valueOfRow.reserve(expectedRows);
    std::vector<DistinctValue> values;
    QHash<QByteArray, quint32> dictionary;
    QByteArray key;  // class byte + payload, reused: a lookup of a value seen before allocates nothing
    key.reserve(64);
    // Small integers (flags, counts) skip the dictionary.
    constexpr qint64 kSmallIntegers = 256;
    std::vector<qint32> smallInteger(kSmallIntegers, -1);
    sqlite3_stmt* raw = st.raw();
    int rc = SQLITE_ROW;
    while ((rc = st.step()) == SQLITE_ROW) {
        const qint64 row = sqlite3_column_int64(raw, 0);
        const bool overridden = overrides && overrides->rows.test(row);
        const int type = overridden ? SQLITE_TEXT : sqlite3_column_type(raw, 1);
        if (type == SQLITE_INTEGER) {
            const qint64 number = sqlite3_column_int64(raw, 1);
            if (number >= 0 && number < kSmallIntegers) {
                qint32& id = smallInteger[std::size_t(number)];
                if (id < 0) {
                    // The entry a REAL of the same value made or will find: equal values are one entry.
                    const double asDouble = double(number);
                    const QByteArray numberKey = QByteArray(1, char(ValueClass::Number))
                                                     .append(reinterpret_cast<const char*>(&asDouble), sizeof(double));
                    auto found = dictionary.constFind(numberKey);
                    if (found == dictionary.constEnd()) {
                        found = dictionary.insert(numberKey, quint32(values.size()));
                        values.push_back({ValueClass::Number, asDouble, {}});
                    }
                    id = qint32(*found);
                }
                rows->push_back(row);
                valueOfRow.push_back(quint32(id));
                if (progress && (rows->size() & 0xffff) == 0 && progress->isCancelled())
                    return false;
                continue;
            }
        }
        key.resize(0);  // clear() would free the buffer
        DistinctValue value{ValueClass::Null, 0.0, {}};
        switch (type) {
        case SQLITE_INTEGER:
        case SQLITE_FLOAT:
            value.kind = ValueClass::Number;
            // As SQLite compares an INTEGER with a REAL; the counts and flags sorted here are far below 2^53.
            value.number = sqlite3_column_double(raw, 1);
            key.append(char(value.kind)).append(reinterpret_cast<const char*>(&value.number), sizeof(double));
            break;
        case SQLITE_TEXT:
            value.kind = ValueClass::Text;
            key.append(char(value.kind));
            if (overridden)
                key.append(overrides->text.value(row));
            else
                key.append(reinterpret_cast<const char*>(sqlite3_column_text(raw, 1)), sqlite3_column_bytes(raw, 1));
            break;
        case SQLITE_BLOB:
            value.kind = ValueClass::Blob;
            key.append(char(value.kind))
                .append(static_cast<const char*>(sqlite3_column_blob(raw, 1)), sqlite3_column_bytes(raw, 1));
            break;
        default: key.append(char(ValueClass::Null)); break;
        }
        auto found = dictionary.constFind(key);
        if (found == dictionary.constEnd()) {
            if (value.kind == ValueClass::Text || value.kind == ValueClass::Blob)
                value.bytes = key.mid(1);
            found = dictionary.insert(key, quint32(values.size()));
            values.push_back(std::move(value));
        }
        rows->push_back(row);
        valueOfRow.push_back(*found);
        if (progress && (rows->size() & 0xffff) == 0 && progress->isCancelled())
            return false;
    }
    if (rc != SQLITE_DONE)
        return false;
    // Rank the distinct values, then place each row by its value's rank: a counting sort keeps the rows of one
    // value in the order they came, increasing.
    std::vector<quint32> byRank(values.size());
    std::iota(byRank.begin(), byRank.end(), 0u);
    std::sort(byRank.begin(), byRank.end(), [&values](quint32 a, quint32 b) { return before(values[a], values[b]); });
    if (descending)
        std::reverse(byRank.begin(), byRank.end());
    std::vector<std::size_t> start(values.size() + 1, 0);
    for (const quint32 v : valueOfRow)
        ++start[v + 1];
    // start[v + 1] counts value v's rows; turn the counts into each value's first slot, in rank order.
    std::vector<std::size_t> first(values.size(), 0);
    std::size_t slot = 0;
    for (const quint32 v : byRank) {
        first[v] = slot;
        slot += start[v + 1];
    }
    std::vector<qint64> sorted(rows->size());
    for (std::size_t i = 0; i < rows->size(); ++i)
        sorted[first[valueOfRow[i]]++] = (*rows)[i];
    rows->swap(sorted);
    return true;
}

}  // namespace lockstep
