#pragma once

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
    // The header's context menu: one checkable action per metric of the last scan.
    void showColumnMenu(const QPoint& position);
    void setMetricColumns(const QStringList& names);

signals:
    void currentSampleRowChanged(int row);

protected:
    // A dock opening below makes the table shorter: the current row, if it was in view, stays in view.
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyColumnWidths();

    SampleTableModel* m_model = nullptr;
    int m_sizedColumns = 0;  // columns whose widths were set (metric columns come and go)
};

}  // namespace lockstep
