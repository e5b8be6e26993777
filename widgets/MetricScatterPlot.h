#pragma once

#include "DashboardLoader.h"
#include "ScatterDensity.h"

#include <QPointF>
#include <QRectF>
#include <QVector>
#include <QWidget>
#include <optional>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPCurve;
class QCPGraph;
class QCPItemRect;
class QCPItemText;
class QMouseEvent;

namespace lockstep {

// Two metrics against each other. What is drawn follows what the eye can see: while more than
// kExactPointLimit points are in view they are counted into cells of a few pixels and drawn as a density
// image; fewer are drawn as points. The counting happens before each replot, for the visible window only, so
// zooming in on a million points sharpens the picture down to single samples.
// A colour scale beside the density image says how many samples a cell's colour stands for.
// Drag: brush a rectangle (rectangleBrushed), or draw a lasso (lassoBrushed) in lasso mode; Shift+drag draws the
// other shape. Escape while drawing drops the lasso. Ctrl+drag: pan. Wheel: zoom. Double-click: show everything.
class MetricScatterPlot final : public QWidget {
    Q_OBJECT
public:
    static constexpr std::size_t kExactPointLimit = 5000;
    static constexpr int kCellPixels = 3;
    enum class BrushShape { Rectangle, Lasso };

    explicit MetricScatterPlot(QWidget* parent = nullptr);

    void setPoints(const DashboardLoader::Scatter& scatter);
    const DashboardLoader::Scatter& points() const { return m_scatter; }
    void showMessage(const QString& message);

    void setMarker(std::optional<QPointF> point);
    // The selected sample's point as drawn (read back from the plot), if any.
    std::optional<QPointF> marker() const;
    void setBrushedRectangle(std::optional<QRectF> rect);
    std::optional<QRectF> brushedRectangle() const { return m_brushed; }

    // The lassoed polygon (value coordinates, not closed) shown as the brush, or none.
    void setBrushedPolygon(std::optional<QVector<QPointF>> corners);
    std::optional<QVector<QPointF>> brushedPolygon() const { return m_brushedPolygon; }
    void setBrushShape(BrushShape shape);
    BrushShape brushShape() const { return m_shape; }
    bool isDrawingLasso() const { return m_drawing; }

    // What dragging a rectangle between two value positions does.
    void brushValues(QPointF from, QPointF to);
    // What releasing a lasso drawn through these widget pixels does: simplified to at most
    // LassoPolygon::kReadableVertices corners, rounded to the view's resolution, emitted as lassoBrushed.
    void brushLasso(const QVector<QPointF>& pixels);
    void resetView();

    // The last picture's counts (what the density image or the points show).
    const ScatterDensity& density() const { return m_density; }
    bool isShowingPoints() const;
    // The "samples per cell" scale; in the plot's layout only while the density image is shown.
    QCPColorScale* colorScale() const { return m_colorScale; }
    bool isShowingColorScale() const;
    QCustomPlot* plot() const { return m_plot; }
    // Where the data is drawn, in the plot's pixels (laid out now, for scripts that draw a brush).
    QRect dataArea();

signals:
    void rectangleBrushed(double x0, double x1, double y0, double y1);
    void lassoBrushed(const QVector<QPointF>& corners);
    void brushShapeChanged(lockstep::MetricScatterPlot::BrushShape shape);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebinIfNeeded();
    void showColorScale(bool show);
    void onSelection(const QRect& rect, QMouseEvent* event);
    bool lassoEvent(QEvent* event);
    void showLasso(const QVector<QPointF>& values, bool drawing);

    QCustomPlot* m_plot = nullptr;
    QCPColorMap* m_map = nullptr;
    QCPGraph* m_dots = nullptr;
    QCPGraph* m_marker = nullptr;
    QCPItemRect* m_brush = nullptr;
    QCPCurve* m_lasso = nullptr;
    QCPColorScale* m_colorScale = nullptr;
    QCPItemText* m_message = nullptr;
    DashboardLoader::Scatter m_scatter;
    ScatterDensity m_density;
    QRectF m_binnedWindow;
    QSize m_binnedSize;
    std::optional<QRectF> m_brushed;
    std::optional<QVector<QPointF>> m_brushedPolygon;
    BrushShape m_shape = BrushShape::Rectangle;
    bool m_drawing = false;
    QVector<QPointF> m_lassoPixels;  // while drawing
};

}  // namespace lockstep
