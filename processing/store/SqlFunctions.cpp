#include "store/SqlFunctions.h"

#include "store/LassoPolygon.h"
#include "store/RowMask.h"
#include "store/SqliteStatement.h"

#include <sqlite3.h>
#include <memory>

namespace lockstep::SqlFunctions {

namespace {

void deletePolygon(void* polygon)
{
    delete static_cast<LassoPolygon*>(polygon);
}

void pointInPolygon(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    // A bound or literal polygon is the same on every row: SQLite keeps the parsed one beside the statement.
    auto* polygon = static_cast<const LassoPolygon*>(sqlite3_get_auxdata(context, 2));
    if (!polygon) {
        auto parsed = std::make_unique<LassoPolygon>();
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[2]));
        if (!text || !LassoPolygon::fromText(text, sqlite3_value_bytes(argv[2]), parsed.get())) {
            sqlite3_result_error(context, "point_in_polygon: the polygon is not a list of x y numbers", -1);
            return;
        }
        if (!parsed->problem().isEmpty()) {
            const QByteArray message = "point_in_polygon: " + parsed->problem().toUtf8();
            sqlite3_result_error(context, message.constData(), int(message.size()));
            return;
        }
        const bool inside = parsed->contains(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]));
        // SQLite owns it from here (and may delete it at once when the argument is not a constant).
        sqlite3_set_auxdata(context, 2, parsed.release(), deletePolygon);
        sqlite3_result_int(context, inside ? 1 : 0);
        return;
    }
    sqlite3_result_int(context,
                       polygon->contains(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1])) ? 1 : 0);
}

void rowInMask(sqlite3_context* context, int, sqlite3_value** argv)
{
    // Only a pointer bound by our own code has this type: a text or number argument reads as NULL here.
    const auto* mask = static_cast<const RowMask*>(sqlite3_value_pointer(argv[0], RowMask::kPointerType));
    if (!mask) {
        sqlite3_result_error(context, "row_in_mask: the mask parameter is not bound", -1);
        return;
    }
    sqlite3_result_int(context, mask->test(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

void deleteMask(void* mask)
{
    delete static_cast<RowMask*>(mask);
}

// The rows of one narrow table of edits as a bitmap; nullptr (and the error set) when it cannot be read.
std::unique_ptr<RowMask> readEditedRows(sqlite3_context* context, const char* table)
{
    // A fixed pair of queries per table: the argument chooses one, it is never pasted into SQL.
    const bool labels = qstrcmp(table, "sample_labels") == 0;
    if (!labels && qstrcmp(table, "sample_statuses") != 0) {
        sqlite3_result_error(context, "edited_row: the table is not sample_labels or sample_statuses", -1);
        return nullptr;
    }
    sqlite3* db = sqlite3_context_db_handle(context);
    const auto fail = [context, db]() -> std::unique_ptr<RowMask> {
        sqlite3_result_error(context, sqlite3_errmsg(db), -1);
        return nullptr;
    };
    SqliteStatement last(db, labels ? "SELECT max(row) FROM sample_labels" : "SELECT max(row) FROM sample_statuses");
    if (!last.ok() || last.step() != SQLITE_ROW)
        return fail();
    auto mask = std::make_unique<RowMask>(last.columnIsNull(0) ? 0 : last.columnInt64(0) + 1);
    SqliteStatement rows(db, labels ? "SELECT row FROM sample_labels" : "SELECT row FROM sample_statuses");
    if (!rows.ok())
        return fail();
    int rc = SQLITE_ROW;
    while ((rc = rows.step()) == SQLITE_ROW)
        mask->set(rows.columnInt64(0));
    if (rc != SQLITE_DONE)
        return fail();
    return mask;
}

void editedRow(sqlite3_context* context, int, sqlite3_value** argv)
{
    // The table name is a literal: SQLite keeps the bitmap beside the statement for all its rows (and drops it
    // when the statement is reset, so the next run reads the table again).
    const auto* mask = static_cast<const RowMask*>(sqlite3_get_auxdata(context, 0));
    if (!mask) {
        std::unique_ptr<RowMask> read =
            readEditedRows(context, reinterpret_cast<const char*>(sqlite3_value_text(argv[0])));
        if (!read)
            return;
        const bool edited = read->test(sqlite3_value_int64(argv[1]));
        sqlite3_set_auxdata(context, 0, read.release(), deleteMask);
        sqlite3_result_int(context, edited ? 1 : 0);
        return;
    }
    sqlite3_result_int(context, mask->test(sqlite3_value_int64(argv[1])) ? 1 : 0);
}

}  // namespace

int registerAll(sqlite3* db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    const int rc = sqlite3_create_function_v2(db, "point_in_polygon", 3, flags, nullptr, pointInPolygon, nullptr,
                                              nullptr, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    const int rcMask =
        sqlite3_create_function_v2(db, "row_in_mask", 2, flags, nullptr, rowInMask, nullptr, nullptr, nullptr);
    if (rcMask != SQLITE_OK)
        return rcMask;
    // Reads a table: neither deterministic across statements nor innocuous.
    return sqlite3_create_function_v2(db, "edited_row", 2, SQLITE_UTF8, nullptr, editedRow, nullptr, nullptr, nullptr);
}

}  // namespace lockstep::SqlFunctions
