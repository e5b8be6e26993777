#include "store/SqlFunctions.h"

#include "store/LassoPolygon.h"

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

}  // namespace

int registerAll(sqlite3* db)
{
    return sqlite3_create_function_v2(db, "point_in_polygon", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, pointInPolygon, nullptr, nullptr, nullptr);
}

}  // namespace lockstep::SqlFunctions
