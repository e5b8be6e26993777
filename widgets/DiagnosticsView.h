#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace lockstep {

class DiagnosticsFilterModel;
class DiagnosticsModel;

// All of the dataset's diagnostics as "file:line: message" rows, filterable by severity and text. Activating
// a row that names a sample asks to show that sample.
class DiagnosticsView final : public QWidget {
    Q_OBJECT
public:
    explicit DiagnosticsView(QWidget* parent = nullptr);

    void setDiagnosticsModel(DiagnosticsModel* model);
    QTreeView* view() const { return m_view; }
    int visibleRowCount() const;
    void setFilterText(const QString& text);

signals:
    void sampleActivated(const QString& sampleId);

private:
    void updateSummary();

    DiagnosticsModel* m_model = nullptr;
    DiagnosticsFilterModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_severity = nullptr;
    QLabel* m_summary = nullptr;
    QTreeView* m_view = nullptr;
};

}  // namespace lockstep
