#pragma once

// Sorts rows by one SQL value each, in memory, exactly as SQLite's "ORDER BY value [DESC], row" orders them:
// NULL first ascending (last descending), numbers before text before blobs, text and blobs by their bytes (the
// BINARY collation), ties in increasing row order. SQLite's sorter took 0.6-1 s for a million samples by label;
// a dictionary of the distinct values and a counting sort by their rank take one pass over the rows.

#include "lockstep_processing_export.h"
#include "store/RowMask.h"

#include <QByteArray>
#include <QHash>
#include <QtGlobal>
#include <vector>

namespace lockstep {

class Progress;
class SqliteStatement;

// Text that stands in for the statement's value on some rows: the labels and statuses a person edited, which
// live in their own small tables (so the pass reads the plain column and no per-row lookup is needed).
struct ValueOverrides {
    RowMask rows;                    // the rows with an override
    QHash<qint64, QByteArray> text;  // their UTF-8 text
};

// Steps st, which yields (row, value) with rows increasing, to its end; *rows = its rows in the value order.
// Suits columns with repeated values (labels, splits, statuses, counts); every distinct value is kept once.
// expectedRows: room to reserve (the passing rows when known); overrides may be null. False on a database error
// or when cancelled.
LOCKSTEP_PROCESSING_EXPORT bool readRowsInValueOrder(SqliteStatement& st, bool descending, std::size_t expectedRows,
                                                     const ValueOverrides* overrides, std::vector<qint64>* rows,
                                                     Progress* progress);

// The overrides of one edit table, "SELECT row, text FROM ..." (a fixed query of the caller's). False on a
// database error.
LOCKSTEP_PROCESSING_EXPORT bool readValueOverrides(SqliteStatement& st, qint64 rowCount, ValueOverrides* overrides);

}  // namespace lockstep
