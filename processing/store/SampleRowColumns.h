#pragma once

// The columns of a sample table row and how to read them, shared by every query that returns SampleRows.

#include "store/SampleRow.h"
#include "store/SqliteStatement.h"

namespace lockstep {

#define LOCKSTEP_SAMPLE_ROW_COLUMNS \
    "row, sample_id, label, split, status, modalities, missing_files, stream_count, warning_count, issue_count"

// Reads the LOCKSTEP_SAMPLE_ROW_COLUMNS of the statement's current row.
inline SampleRow readSampleRow(const SqliteStatement& st)
{
    SampleRow r;
    r.row = st.columnInt64(0);
    r.id = st.columnText(1);
    r.label = st.columnText(2);
    r.split = st.columnText(3);
    r.status = st.columnText(4);
    r.modalities = ModalityMask(st.columnInt64(5));
    r.missingFiles = ModalityMask(st.columnInt64(6));
    r.streamCount = st.columnInt(7);
    r.warningCount = st.columnInt(8);
    r.issueCount = st.columnInt(9);
    return r;
}

}  // namespace lockstep
