#pragma once

// SQL functions (and one table-valued function) that the sample filter's SQL may call, registered on every project
// connection (ProjectStore::open). Each is deterministic and innocuous: it reads only its arguments.
//
//   point_in_polygon(x, y, polygon)   1 when (x, y) is inside or on the polygon, 0 when not, NULL when x or y
//                                     is NULL. polygon: LassoPolygon::toText() ("x1 y1 x2 y2 ..."), normally a
//                                     bound parameter; it is parsed once per statement, not once per row.
//   row_in_mask(mask, row)            1 when the row's bit is set in mask, a RowMask bound with
//                                     sqlite3_bind_pointer(..., RowMask::kPointerType, ...); an error when mask
//                                     is anything else (a filter must never silently pass or drop samples).
//   mask_rows(mask)                   a table (one column, row) of the rows set in such a mask, in increasing
//                                     order: a query can start from a mask's rows instead of scanning samples.

#include "lockstep_processing_export.h"

struct sqlite3;

namespace lockstep::SqlFunctions {

// SQLITE_OK, or SQLite's error code.
LOCKSTEP_PROCESSING_EXPORT int registerAll(sqlite3* db);

}  // namespace lockstep::SqlFunctions
