#pragma once

#include <QTableView>

namespace lockstep {

class SampleTableModel;

// The sample table, set up for very long lists: uniform row heights, no word wrap, sensible column widths,
// single-row selection. Emits the selected row (or -1).
class SampleTableView final : public QTableView {
    Q_OBJECT
public:
    explicit SampleTableView(QWidget* parent = nullptr);

    void setSampleModel(SampleTableModel* model);
    SampleTableModel* sampleModel() const { return m_model; }

    int currentSampleRow() const;
    void selectSampleRow(int row);

signals:
    void currentSampleRowChanged(int row);

private:
    void applyColumnWidths();

    SampleTableModel* m_model = nullptr;
};

}  // namespace lockstep
