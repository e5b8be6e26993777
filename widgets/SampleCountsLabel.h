#pragma once

#include <QLabel>

class QItemSelectionModel;

namespace lockstep {

class SampleTableModel;
class ShownIssueCounter;

// The status bar's counts for the open project: "12,000 samples · 310 shown · 3 selected · 1,204 issues", plus
// the importer's warnings and errors when there are any. Every number is cheap at a million samples: samples and
// shown rows come from the table model, the selection is counted from its ranges (never row by row), and the
// issues among the shown samples from one background query per filter change (ShownIssueCounter).
class SampleCountsLabel final : public QLabel {
    Q_OBJECT
public:
    SampleCountsLabel(SampleTableModel* model, QItemSelectionModel* selection, QWidget* parent = nullptr);

    // The import's warnings and errors (from the project summary); both 0 hides them.
    void setDiagnosticCounts(qint64 warnings, qint64 errors);
    qint64 selectedCount() const;
    ShownIssueCounter* issueCounter() const { return m_issues; }

    // The text for these counts (issues < 0: not known yet, left out).
    static QString countsText(qint64 samples, qint64 shown, qint64 selected, qint64 issues, qint64 warnings,
                              qint64 errors);

private:
    void refreshCounts();

    SampleTableModel* m_model;
    QItemSelectionModel* m_selection;
    ShownIssueCounter* m_issues;
    qint64 m_warnings = 0;
    qint64 m_errors = 0;
};

}  // namespace lockstep
