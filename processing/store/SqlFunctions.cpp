#include "store/SqlFunctions.h"

#include "store/LassoPolygon.h"
#include "store/RowMask.h"
#include "store/SqliteStatement.h"

#include <sqlite3.h>
#include <QByteArray>
#include <memory>
#include <new>

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

// ASCII letters folded to lower case, every other byte as it is: what LIKE compares without regard to case.
inline unsigned char foldAscii(unsigned char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

void deleteBytes(void* bytes)
{
    delete static_cast<QByteArray*>(bytes);
}

// Whether the folded needle occurs in text (length bytes), ASCII letters in either case.
bool containsFolded(const unsigned char* text, int length, const QByteArray& needle)
{
    const auto* want = reinterpret_cast<const unsigned char*>(needle.constData());
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    if (!text || n > length)
        return false;
    const unsigned char first = want[0];
    for (int i = 0; i + n <= length; ++i) {
        if (foldAscii(text[i]) != first)
            continue;
        qsizetype k = 1;
        while (k < n && foldAscii(text[i + k]) == want[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

// text_contains(needle, text, ...): text LIKE '%needle%' ESCAPE '\\' (needle's % _ \\ escaped) OR ... for each
// text, i.e. whether the needle occurs in one of them, ASCII letters in either case. On UTF-8 a byte-wise search
// is the same thing: a character's continuation bytes are never ASCII, so a match starts and ends on character
// boundaries. NULL as SQL's OR of LIKEs gives it: no match and a NULL text, or a NULL needle.
void textContains(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    // The needle is a bound parameter, the same on every row: folded once per statement.
    const auto* needle = static_cast<const QByteArray*>(sqlite3_get_auxdata(context, 0));
    std::unique_ptr<QByteArray> folded;
    if (!needle) {
        const auto* raw = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
        folded = std::make_unique<QByteArray>(raw ? raw : "", sqlite3_value_bytes(argv[0]));
        for (char& c : *folded)
            c = char(foldAscii(static_cast<unsigned char>(c)));
        needle = folded.get();
    }
    bool found = false;
    bool sawNull = false;
    for (int a = 1; a < argc && !found; ++a) {
        if (sqlite3_value_type(argv[a]) == SQLITE_NULL) {
            sawNull = true;
            continue;
        }
        const unsigned char* text = sqlite3_value_text(argv[a]);
        found = containsFolded(text, sqlite3_value_bytes(argv[a]), *needle);
    }
    if (folded)
        sqlite3_set_auxdata(context, 0, folded.release(), deleteBytes);  // SQLite owns it (may delete it at once)
    if (!found && sawNull)
        sqlite3_result_null(context);
    else
        sqlite3_result_int(context, found ? 1 : 0);
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

// mask_rows(mask): a table of one column, row, holding the rows set in a bound RowMask in increasing order, so
// that a query can start from a mask's few rows ("FROM mask_rows(?1) r CROSS JOIN samples s ON s.row = r.row")
// instead of scanning every sample. Eponymous and read-only, like carray.
struct MaskRowsCursor {
    sqlite3_vtab_cursor base{};
    const RowMask* mask = nullptr;
    qint64 row = 0;
};

int maskRowsConnect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** out, char**)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(row INTEGER, mask HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    auto* table = static_cast<sqlite3_vtab*>(sqlite3_malloc(sizeof(sqlite3_vtab)));
    if (!table)
        return SQLITE_NOMEM;
    *table = sqlite3_vtab{};
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    *out = table;
    return SQLITE_OK;
}

int maskRowsDisconnect(sqlite3_vtab* table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

int maskRowsBestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    int maskConstraint = -1;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& c = info->aConstraint[i];
        if (c.iColumn == 1 && c.op == SQLITE_INDEX_CONSTRAINT_EQ) {
            if (!c.usable)
                return SQLITE_CONSTRAINT;  // the planner must supply the mask
            maskConstraint = i;
        }
    }
    if (maskConstraint < 0)
        return SQLITE_CONSTRAINT;  // mask_rows() without its argument has no rows to give
    info->aConstraintUsage[maskConstraint].argvIndex = 1;
    info->aConstraintUsage[maskConstraint].omit = 1;
    info->estimatedCost = 1000;
    info->estimatedRows = 1000;
    // Rows come in increasing order.
    if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn == 0 && !info->aOrderBy[0].desc)
        info->orderByConsumed = 1;
    return SQLITE_OK;
}

int maskRowsOpen(sqlite3_vtab*, sqlite3_vtab_cursor** out)
{
    auto* cursor = new (std::nothrow) MaskRowsCursor;
    if (!cursor)
        return SQLITE_NOMEM;
    *out = &cursor->base;
    return SQLITE_OK;
}

int maskRowsClose(sqlite3_vtab_cursor* cursor)
{
    delete reinterpret_cast<MaskRowsCursor*>(cursor);
    return SQLITE_OK;
}

int maskRowsFilter(sqlite3_vtab_cursor* base, int, const char*, int argc, sqlite3_value** argv)
{
    auto* cursor = reinterpret_cast<MaskRowsCursor*>(base);
    cursor->mask =
        argc == 1 ? static_cast<const RowMask*>(sqlite3_value_pointer(argv[0], RowMask::kPointerType)) : nullptr;
    if (!cursor->mask) {
        sqlite3_free(base->pVtab->zErrMsg);
        base->pVtab->zErrMsg = sqlite3_mprintf("mask_rows: the mask parameter is not bound");
        return SQLITE_ERROR;
    }
    cursor->row = cursor->mask->next(0);
    return SQLITE_OK;
}

int maskRowsNext(sqlite3_vtab_cursor* base)
{
    auto* cursor = reinterpret_cast<MaskRowsCursor*>(base);
    cursor->row = cursor->mask->next(cursor->row + 1);
    return SQLITE_OK;
}

int maskRowsEof(sqlite3_vtab_cursor* base)
{
    const auto* cursor = reinterpret_cast<const MaskRowsCursor*>(base);
    return !cursor->mask || cursor->row >= cursor->mask->rows();
}

int maskRowsColumn(sqlite3_vtab_cursor* base, sqlite3_context* context, int column)
{
    const auto* cursor = reinterpret_cast<const MaskRowsCursor*>(base);
    if (column == 0)
        sqlite3_result_int64(context, cursor->row);
    else
        sqlite3_result_null(context);
    return SQLITE_OK;
}

int maskRowsRowid(sqlite3_vtab_cursor* base, sqlite3_int64* rowid)
{
    *rowid = reinterpret_cast<const MaskRowsCursor*>(base)->row;
    return SQLITE_OK;
}

sqlite3_module maskRowsModule()
{
    sqlite3_module m{};
    m.iVersion = 0;
    m.xCreate = nullptr;  // eponymous only: no CREATE VIRTUAL TABLE
    m.xConnect = maskRowsConnect;
    m.xBestIndex = maskRowsBestIndex;
    m.xDisconnect = maskRowsDisconnect;
    m.xDestroy = maskRowsDisconnect;
    m.xOpen = maskRowsOpen;
    m.xClose = maskRowsClose;
    m.xFilter = maskRowsFilter;
    m.xNext = maskRowsNext;
    m.xEof = maskRowsEof;
    m.xColumn = maskRowsColumn;
    m.xRowid = maskRowsRowid;
    return m;
}

}  // namespace

int registerAll(sqlite3* db)
{
    static const sqlite3_module kMaskRows = maskRowsModule();
    if (const int rc = sqlite3_create_module_v2(db, "mask_rows", &kMaskRows, nullptr, nullptr); rc != SQLITE_OK)
        return rc;

    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    const int rc = sqlite3_create_function_v2(db, "point_in_polygon", 3, flags, nullptr, pointInPolygon, nullptr,
                                              nullptr, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    const int rcMask =
        sqlite3_create_function_v2(db, "row_in_mask", 2, flags, nullptr, rowInMask, nullptr, nullptr, nullptr);
    if (rcMask != SQLITE_OK)
        return rcMask;
    const int rcText =
        sqlite3_create_function_v2(db, "text_contains", -1, flags, nullptr, textContains, nullptr, nullptr, nullptr);
    if (rcText != SQLITE_OK)
        return rcText;
    // Reads a table: neither deterministic across statements nor innocuous.
    return sqlite3_create_function_v2(db, "edited_row", 2, SQLITE_UTF8, nullptr, editedRow, nullptr, nullptr, nullptr);
}

}  // namespace lockstep::SqlFunctions
