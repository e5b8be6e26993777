#pragma once

#include "store/SqliteStatement.h"
#include "store/SqliteTransaction.h"

#include <QString>
#include <vector>

namespace lockstep {

// The read loop the annotation repositories share: one prepared query whose only parameter is the sample id,
// run once per id; readRow(out[i], statement) is called for the rows the query gives sample i, as long as it
// returns true (false: this sample's value is complete).
template <typename Value, typename ReadRow>
std::vector<Value> readPerSample(sqlite3* db, const char* sql, const std::vector<QString>& sampleIds, ReadRow readRow)
{
    std::vector<Value> out(sampleIds.size());
    const SqliteReadTransaction read(db);  // one snapshot, one read lock for all of them
    SqliteStatement st(db, sql);
    for (std::size_t i = 0; i < sampleIds.size(); ++i) {
        st.bind(1, sampleIds[i]);
        while (st.step() == SQLITE_ROW && readRow(out[i], st)) {
        }
        st.reset();
    }
    return out;
}

// The first row's first column for each sample ("" when the query gives it no row).
inline std::vector<QString> readTextPerSample(sqlite3* db, const char* sql, const std::vector<QString>& sampleIds)
{
    return readPerSample<QString>(db, sql, sampleIds, [](QString& value, const SqliteStatement& st) {
        value = st.columnText(0);
        return false;
    });
}

}  // namespace lockstep
