#pragma once

#include "store/DatasetSummary.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;

namespace lockstep {

class SampleDetailsPane;
class SampleTableModel;
class SampleTableView;

// The page shown while a dataset is open: a one-line summary and a "go to sample" field above the sample
// table, and the selected sample's details beside it.
class WorkspacePage final : public QWidget {
    Q_OBJECT
public:
    explicit WorkspacePage(SampleTableModel* model, QWidget* parent = nullptr);

    SampleTableView* table() const { return m_table; }
    SampleDetailsPane* details() const { return m_details; }
    QSplitter* splitter() const { return m_splitter; }

    void setSummary(const DatasetSummary& summary);
    QString summaryText() const;
    void focusGoTo();

    static QString summaryLine(const DatasetSummary& summary);

signals:
    void currentSampleRowChanged(int row);

private:
    void goToSample();

    SampleTableModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QLineEdit* m_goTo = nullptr;
    QSplitter* m_splitter = nullptr;
    SampleTableView* m_table = nullptr;
    SampleDetailsPane* m_details = nullptr;
};

}  // namespace lockstep
