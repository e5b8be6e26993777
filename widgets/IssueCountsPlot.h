#pragma once

#include "store/MetricColumnQuery.h"

#include <QStringList>
#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPBars;
class QMouseEvent;

namespace lockstep {

// Samples per issue type of the last scan, as horizontal bars (type names read along the axis, most frequent
// on top). Clicking a bar asks for the samples of that type (issueClicked); the selected sample's issue types
// are drawn in the highlight colour.
class IssueCountsPlot final : public QWidget {
    Q_OBJECT
public:
    explicit IssueCountsPlot(QWidget* parent = nullptr);

    void setCounts(const std::vector<MetricColumnQuery::IssueTypeCount>& counts);
    const std::vector<MetricColumnQuery::IssueTypeCount>& counts() const { return m_counts; }
    void setHighlighted(const QStringList& types);
    QStringList highlighted() const { return m_highlighted; }
    void setActiveType(const QString& type);  // the type the table is filtered to, drawn outlined

    // Where the bar of a type is drawn (widget coordinates of the plot), for clicks.
    QPoint barCenter(const QString& type) const;
    // The type under a plot position, or "".
    QString typeAt(const QPoint& position) const;
    QCustomPlot* plot() const { return m_plot; }

signals:
    void issueClicked(const QString& type);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    double keyOf(int index) const { return double(int(m_counts.size()) - 1 - index); }

    QCustomPlot* m_plot = nullptr;
    QCPBars* m_bars = nullptr;
    QCPBars* m_highlightBars = nullptr;
    std::vector<MetricColumnQuery::IssueTypeCount> m_counts;
    QStringList m_highlighted;
    QString m_active;
    QPoint m_pressPosition;
};

}  // namespace lockstep
