#pragma once

#include "store/SavedView.h"

#include <QTableView>

namespace lockstep {

class SampleTableModel;

// The sample table, set up for very long lists: uniform row heights, no word wrap, sensible column widths,
// row selection (Shift/Ctrl extend it, for bulk edits), the label editable (double-click or F2), sorting by any column
// through the model (in SQL), and metric columns chosen from the header's context menu (remembered across sessions).
// Emits the selected row (or -1).
class SampleTableView final : public QTableView {
    Q_OBJECT
public:
    explicit SampleTableView(QWidget* parent = nullptr);

    void setSampleModel(SampleTableModel* model);
    SampleTableModel* sampleModel() const { return m_model; }

    int currentSampleRow() const;
    void selectSampleRow(int row);
    // The selected rows, sorted (the current row alone when nothing else is selected).
    QList<int> selectedSampleRows() const;
    // The header's context menu: the fixed columns to show or hide, and one checkable action per metric of the
    // last scan, grouped by modality. Both choices are remembered across sessions.
    void showColumnMenu(const QPoint& position);
    void setMetricColumns(const QStringList& names);
    void setColumnShown(int column, bool shown);

    // --- what a saved view keeps of the table ---
    // The shown columns, left to right as the user sees them, with their widths.
    std::vector<SavedViewColumn> shownColumns() const;
    // Shows exactly these columns in this order (widths too, where given) and hides the others. Returns the keys
    // that cannot be shown now: metrics the project has no values for (not scanned yet) or unknown keys.
    QStringList showColumns(const std::vector<SavedViewColumn>& columns, const QString& sortColumn = {});
    // The sorted-by column's key ("" = import order).
    QString sortColumnKey() const;
    bool isSortDescending() const;
    // Sorts by the column with this key ("" = import order); false when no column has it (import order then).
    bool sortByColumnKey(const QString& key, bool descending);

signals:
    void currentSampleRowChanged(int row);

protected:
    // A dock opening below makes the table shorter: the current row, if it was in view, stays in view.
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyColumnWidths();
    void saveHiddenColumns() const;

    SampleTableModel* m_model = nullptr;
    int m_sizedColumns = 0;  // columns whose widths were set (metric columns come and go)
};

}  // namespace lockstep
