#pragma once

// SQL functions (and one table-valued function) that the sample filter's SQL may call, registered on every project
// connection (ProjectStore::open). Each but edited_row is deterministic and innocuous: it reads only its arguments.
//
//   point_in_polygon(x, y, polygon)   1 when (x, y) is inside or on the polygon, 0 when not, NULL when x or y
//                                     is NULL. polygon: LassoPolygon::toText() ("x1 y1 x2 y2 ..."), normally a
//                                     bound parameter; it is parsed once per statement, not once per row.
//   row_in_mask(mask, row)            1 when the row's bit is set in mask, a RowMask bound with
//                                     sqlite3_bind_pointer(..., RowMask::kPointerType, ...); an error when mask
//                                     is anything else (a filter must never silently pass or drop samples).
//   text_contains(needle, text, ...)  1 when needle occurs in one of the texts, ASCII letters in either case:
//                                     the same as "text LIKE '%needle%' OR ..." with needle's wildcards
//                                     escaped, in one call per row and without LIKE's pattern matcher (the
//                                     table's text search over 1M samples); NULL as that OR would be.
//   edited_row(table, row)            1 when the narrow table of edits ('sample_labels' or 'sample_statuses')
//                                     has this row. For statements over many samples (filters, sorts): the
//                                     first call of a run reads the table into a bitmap, the others test a bit
//                                     (a rowid probe per sample made a 500,000-sample filter twice as slow).
//                                     Unlike the others it reads the project, in the statement's snapshot.
//   mask_rows(mask)                   a table (one column, row) of the rows set in such a mask, in increasing
//                                     order: a query can start from a mask's rows instead of scanning samples.

#include "lockstep_processing_export.h"

struct sqlite3;

namespace lockstep::SqlFunctions {

// SQLITE_OK, or SQLite's error code.
LOCKSTEP_PROCESSING_EXPORT int registerAll(sqlite3* db);

}  // namespace lockstep::SqlFunctions
