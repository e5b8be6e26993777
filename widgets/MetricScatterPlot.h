#pragma once

#include "DashboardLoader.h"
#include "ScatterDensity.h"

#include <QPointF>
#include <QRectF>
#include <QWidget>
#include <optional>

class QCustomPlot;
class QCPColorMap;
class QCPGraph;
class QCPItemRect;
class QCPItemText;
class QMouseEvent;

namespace lockstep {

// Two metrics against each other. What is drawn follows what the eye can see: while more than
// kExactPointLimit points are in view they are counted into cells of a few pixels and drawn as a density
// image; fewer are drawn as points. The counting happens before each replot, for the visible window only, so
// zooming in on a million points sharpens the picture down to single samples.
// Drag: brush a rectangle (rectangleBrushed). Ctrl+drag: pan. Wheel: zoom. Double-click: show everything.
class MetricScatterPlot final : public QWidget {
    Q_OBJECT
public:
    static constexpr std::size_t kExactPointLimit = 5000;
    static constexpr int kCellPixels = 3;

    explicit MetricScatterPlot(QWidget* parent = nullptr);

    void setPoints(const DashboardLoader::Scatter& scatter);
    const DashboardLoader::Scatter& points() const { return m_scatter; }
    void showMessage(const QString& message);

    void setMarker(std::optional<QPointF> point);
    // The selected sample's point as drawn (read back from the plot), if any.
    std::optional<QPointF> marker() const;
    void setBrushedRectangle(std::optional<QRectF> rect);
    std::optional<QRectF> brushedRectangle() const { return m_brushed; }

    // What dragging a rectangle between two value positions does.
    void brushValues(QPointF from, QPointF to);
    void resetView();

    // The last picture's counts (what the density image or the points show).
    const ScatterDensity& density() const { return m_density; }
    bool isShowingPoints() const;
    QCustomPlot* plot() const { return m_plot; }

signals:
    void rectangleBrushed(double x0, double x1, double y0, double y1);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebinIfNeeded();
    void onSelection(const QRect& rect, QMouseEvent* event);

    QCustomPlot* m_plot = nullptr;
    QCPColorMap* m_map = nullptr;
    QCPGraph* m_dots = nullptr;
    QCPGraph* m_marker = nullptr;
    QCPItemRect* m_brush = nullptr;
    QCPItemText* m_message = nullptr;
    DashboardLoader::Scatter m_scatter;
    ScatterDensity m_density;
    QRectF m_binnedWindow;
    QSize m_binnedSize;
    std::optional<QRectF> m_brushed;
};

}  // namespace lockstep
