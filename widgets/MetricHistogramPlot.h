#pragma once

#include "DashboardLoader.h"

#include <QWidget>
#include <optional>
#include <utility>

class QCustomPlot;
class QCPBars;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;
class QMouseEvent;

namespace lockstep {

// A histogram of one metric with the outlier cut-offs drawn as dashed lines; the few values beyond the bins
// are one muted bar on each side. Dragging across it brushes a range of whole bins (rangeBrushed; a NaN bound
// is open, when the drag reaches a side bar); the selected sample is a line at its value.
class MetricHistogramPlot final : public QWidget {
    Q_OBJECT
public:
    explicit MetricHistogramPlot(QWidget* parent = nullptr);

    void setHistogram(const DashboardLoader::Histogram& histogram);
    const DashboardLoader::Histogram& histogram() const { return m_histogram; }
    // Shows a message instead of bars (no scan yet, no values).
    void showMessage(const QString& message);

    // The selected sample's value, drawn as a line with its label (the id) above the plot.
    void setMarker(std::optional<double> value, const QString& label = QString());
    std::optional<double> marker() const { return m_markerValue; }
    void setBrushedRange(std::optional<std::pair<double, double>> range);
    std::optional<std::pair<double, double>> brushedRange() const { return m_brushed; }

    // What a drag from one value to another does: brushes the bins the two touch.
    // Where the side bars are drawn (their centres), for drags.
    double belowKey() const;
    double aboveKey() const;
    void brushValues(double from, double to);
    // A one-line caption: method, cut-offs and how many samples lie beyond them.
    QString caption() const;

    QCustomPlot* plot() const { return m_plot; }

signals:
    void rangeBrushed(double lower, double upper);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onSelection(const QRect& rect, QMouseEvent* event);
    void placeCutoff(QCPItemStraightLine* line, QCPItemText* label, double value, const QString& text);

    QCustomPlot* m_plot = nullptr;
    QCPBars* m_bars = nullptr;
    QCPBars* m_outside = nullptr;  // values below / above the bins, one bar each beside them
    QCPItemText* m_belowLabel = nullptr;
    QCPItemText* m_aboveLabel = nullptr;
    QCPItemStraightLine* m_lower = nullptr;
    QCPItemStraightLine* m_upper = nullptr;
    QCPItemText* m_lowerLabel = nullptr;
    QCPItemText* m_upperLabel = nullptr;
    QCPItemStraightLine* m_marker = nullptr;
    QCPItemText* m_markerLabel = nullptr;
    QCPItemRect* m_brush = nullptr;
    QCPItemText* m_message = nullptr;
    DashboardLoader::Histogram m_histogram;
    std::optional<double> m_markerValue;
    std::optional<std::pair<double, double>> m_brushed;
};

}  // namespace lockstep
