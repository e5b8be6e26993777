#pragma once

#include "store/DatasetSummary.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QSplitter;
class QStackedWidget;

namespace lockstep {

class ElidedLabel;
class SampleDetailsPane;
class SampleFilterBar;
class SampleGridView;
class SampleTableModel;
class SampleTableView;
class TimelinePanel;

// The page shown while a dataset is open: a one-line summary and a "go to sample" field above the sample
// table, the selected sample's details beside it, and its timeline (every stream on one axis) below both.
class WorkspacePage final : public QWidget {
    Q_OBJECT
public:
    explicit WorkspacePage(SampleTableModel* model, QWidget* parent = nullptr);

    SampleTableView* table() const { return m_table; }
    // The same samples as thumbnails (View > Thumbnail Grid): same order, filter and selection as the table.
    SampleGridView* grid() const { return m_grid; }
    QAction* gridAction() const { return m_gridAction; }
    void setGridShown(bool shown);
    bool isGridShown() const;
    void focusSamples();  // the table or the grid, whichever is shown
    SampleDetailsPane* details() const { return m_details; }
    QSplitter* splitter() const { return m_splitter; }
    QSplitter* verticalSplitter() const { return m_vertical; }
    TimelinePanel* timeline() const { return m_timeline; }

    void setSummary(const DatasetSummary& summary);
    QString summaryText() const;
    void focusGoTo();
    // The window's "Go to Sample" command: the field's tooltip names its key.
    void setGoToAction(QAction* action);
    void focusFilter();
    SampleFilterBar* filterBar() const { return m_filter; }
    // The summary, query bar and table/grid column (a review queue hides it for a bigger inspector).
    QWidget* browserPane() const { return m_browserPane; }
    // A strip above everything else on the page (the review queue's).
    void addTopBar(QWidget* bar);

    static QString summaryLine(const DatasetSummary& summary);

    // Rows of the sample table the default layout keeps in view: the timeline gives up room for them, down
    // to a share of the page it keeps for itself.
    static constexpr int kDefaultTableRows = 8;
    // Moves the split between table and timeline so that the table shows `rows` rows (if the timeline can
    // spare the room). For a layout the user has not arranged: a first start, a dock that took room.
    void keepTableRows(int rows = kDefaultTableRows);
    // The same once the page is shown and laid out (a first start: the window is not shown yet), and after
    // each resize of the page, until the user moves the split.
    void keepTableRowsWhenShown();
    // Rows of the table in view now.
    int visibleTableRows() const;

signals:
    void currentSampleRowChanged(int row);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void goToSample();
    void keepTableRowsIfPending();

    SampleTableModel* m_model = nullptr;
    ElidedLabel* m_summary = nullptr;
    QString goToTip() const;

    QLineEdit* m_goTo = nullptr;
    QAction* m_goToAction = nullptr;
    SampleFilterBar* m_filter = nullptr;
    QSplitter* m_vertical = nullptr;
    QSplitter* m_splitter = nullptr;
    TimelinePanel* m_timeline = nullptr;
    SampleTableView* m_table = nullptr;
    SampleGridView* m_grid = nullptr;
    QStackedWidget* m_browser = nullptr;
    QWidget* m_browserPane = nullptr;
    QAction* m_gridAction = nullptr;
    SampleDetailsPane* m_details = nullptr;
    bool m_keepRowsPending = false;
};

}  // namespace lockstep
