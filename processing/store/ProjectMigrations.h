#pragma once

// The project file's forward migrations: entry i brings the schema from version i to i + 1, as SQL plus what a
// migration needs beyond its SQL (filling new tables), both run by ProjectStore::migrate in one transaction.

#include <QString>

struct sqlite3;

namespace lockstep {

namespace ProjectMigrations {

// The SQL that brings the schema from `version` to `version + 1`; null outside 0 .. kSchemaVersion - 1.
const char* sql(int version);
// The rest of the migration to `version` (data the SQL cannot derive); false with *error set on failure.
bool complete(sqlite3* db, int version, QString* error);

}  // namespace ProjectMigrations

}  // namespace lockstep
