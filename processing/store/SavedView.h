#pragma once

#include <QString>
#include <vector>

namespace lockstep {

// One column a saved view shows. key names a fixed column of the sample table ("id", "label", "status" ...) or a
// metric of the quality scan ("audio.rms_dbfs"; metric names always hold a dot, fixed keys never do).
struct SavedViewColumn {
    QString key;
    int width = 0;  // pixels; 0 = the table's default width
    bool operator==(const SavedViewColumn&) const = default;
};

// A named way of looking at the sample table: the filter query, the sort and the shown columns in their order.
// Stored in the project file, so the views travel with the project.
struct SavedView {
    QString name;
    QString filter;      // the query bar's text; "" = every sample
    QString sortColumn;  // a column key as above; "" = import order
    bool sortDescending = false;
    std::vector<SavedViewColumn> columns;  // shown, left to right
    bool operator==(const SavedView&) const = default;
};

using SavedViews = std::vector<SavedView>;

}  // namespace lockstep
