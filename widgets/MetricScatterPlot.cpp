#include "MetricScatterPlot.h"

#include "PlotStyle.h"
#include "QualityNames.h"
#include "store/LassoPolygon.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <utility>
#include "QCustomPlotInclude.h"

namespace lockstep {

namespace {

QCPRange paddedRange(double lo, double hi)
{
    if (!(hi > lo)) {
        const double half = lo != 0.0 ? std::abs(lo) * 0.05 : 0.5;
        return QCPRange(lo - half, hi + half);
    }
    const double pad = 0.04 * (hi - lo);
    return QCPRange(lo - pad, hi + pad);
}

// Four significant digits beyond the view's resolution read well in the query bar and move an edge by less than a
// pixel.
double roundToView(double v, double span)
{
    if (!(span > 0.0) || !std::isfinite(v))
        return v;
    const int exponent = int(std::floor(std::log10(span))) - 3;
    if (exponent < 0)  // through decimal text, so that 0.1234 stays 0.1234 and not 0.12340000000000001
        return QString::number(v, 'f', -exponent).toDouble();
    const double unit = std::pow(10.0, exponent);
    return std::round(v / unit) * unit;
}

// A lasso smaller than this (square pixels) was a click or a slip, not a shape.
constexpr double kMinLassoArea = 16.0;
// Mouse positions closer than this to the last one add nothing to a lasso.
constexpr double kLassoStepPixels = 2.0;

}  // namespace

MetricScatterPlot::MetricScatterPlot(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("metricScatterPlot"));
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("metricScatterCanvas"));
    m_plot->setMinimumHeight(180);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    PlotStyle::apply(m_plot);

    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    m_map->setGradient(PlotStyle::densityGradient());
    m_map->setDataScaleType(QCPAxis::stLogarithmic);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(true);
    m_map->setAntialiased(false);
    m_map->setSelectable(QCP::stNone);

    m_dots = m_plot->addGraph();
    m_dots->setLineStyle(QCPGraph::lsNone);
    QColor dot = PlotStyle::dataColor();
    dot.setAlpha(190);
    m_dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, dot, dot, 4));
    m_dots->setSelectable(QCP::stNone);

    m_brush = new QCPItemRect(m_plot);
    QColor brush = PlotStyle::brushColor();
    brush.setAlpha(45);
    m_brush->setBrush(brush);
    m_brush->setPen(QPen(PlotStyle::brushColor(), 1.5));
    m_brush->setVisible(false);

    m_lasso = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
    m_lasso->setBrush(brush);
    m_lasso->setPen(QPen(PlotStyle::brushColor(), 1.5));
    m_lasso->setSelectable(QCP::stNone);
    m_lasso->setAntialiased(true);
    m_lasso->setAntialiasedFill(true);
    m_lasso->setVisible(false);

    // The colour scale of the density image: log scale like the image; beside the plot only while it is shown.
    m_colorScale = new QCPColorScale(m_plot);
    m_colorScale->setObjectName(QStringLiteral("densityColorScale"));
    m_colorScale->setType(QCPAxis::atRight);
    m_colorScale->setBarWidth(9);
    m_colorScale->setRangeDrag(false);
    m_colorScale->setRangeZoom(false);
    m_map->setColorScale(m_colorScale);
    m_colorScale->setDataScaleType(QCPAxis::stLogarithmic);
    m_colorScale->setGradient(PlotStyle::densityGradient());
    PlotStyle::styleAxis(m_colorScale->axis());
    m_colorScale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_colorScale->axis()->setNumberFormat(QStringLiteral("gb"));
    m_colorScale->axis()->setLabel(tr("samples per cell"));
    auto* margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_colorScale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
    m_plot->plotLayout()->take(m_colorScale);
    m_colorScale->setVisible(false);

    m_marker = m_plot->addGraph();
    m_marker->setLineStyle(QCPGraph::lsNone);
    m_marker->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(PlotStyle::highlightColor(), 2.5), Qt::NoBrush, 13));
    m_marker->setSelectable(QCP::stNone);
    m_marker->setAntialiasedScatters(true);

    m_message = new QCPItemText(m_plot);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setColor(palette().color(QPalette::PlaceholderText));
    m_message->setVisible(false);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setSelectionRectMode(QCP::srmCustom);
    m_plot->selectionRect()->setPen(QPen(PlotStyle::brushColor(), 1, Qt::DashLine));
    m_plot->selectionRect()->setBrush(brush);
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this, &MetricScatterPlot::onSelection);
    // Ctrl+drag pans: QCustomPlot hands a press to the axis rect only when no selection rectangle is armed.
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        m_plot->setSelectionRectMode((event->modifiers() & Qt::ControlModifier) ? QCP::srmNone : QCP::srmCustom);
    });
    // Lasso strokes are taken before QCustomPlot sees them (it would start a rectangle or a pan).
    m_plot->installEventFilter(this);
    m_plot->setFocusPolicy(Qt::ClickFocus);  // Escape reaches the plot while a lasso is drawn
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { resetView(); });
    connect(m_plot, &QCustomPlot::beforeReplot, this, &MetricScatterPlot::rebinIfNeeded);
    setBrushShape(BrushShape::Rectangle);
    showMessage(QString());
}

void MetricScatterPlot::changeEvent(QEvent* event)
{
    // QCustomPlot keeps the colours it was given: give it the new palette's.
    if (event->type() == QEvent::PaletteChange) {
        PlotStyle::applyColors(m_plot, palette());
        m_message->setColor(palette().color(QPalette::PlaceholderText));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void MetricScatterPlot::showMessage(const QString& message)
{
    m_scatter = {};
    m_density = {};
    m_binnedWindow = {};
    m_map->data()->clear();
    m_map->setVisible(false);
    m_dots->data()->clear();
    m_marker->data()->clear();
    m_brush->setVisible(false);
    m_brushed.reset();
    m_brushedPolygon.reset();
    m_drawing = false;
    m_lassoPixels.clear();
    m_lasso->data()->clear();
    m_lasso->setVisible(false);
    showColorScale(false);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_plot->xAxis->setLabel(QString());
    m_plot->yAxis->setLabel(QString());
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricScatterPlot::setPoints(const DashboardLoader::Scatter& scatter)
{
    const std::optional<QPointF> marker = this->marker();
    const bool empty = !scatter.points || scatter.points->x.empty();
    showMessage(empty ? tr("No sample has both %1 and %2").arg(scatter.xMetric, scatter.yMetric) : QString());
    m_scatter = scatter;
    m_plot->xAxis->setLabel(QualityNames::metricLabel(scatter.xMetric));
    m_plot->yAxis->setLabel(QualityNames::metricLabel(scatter.yMetric));
    if (!empty)
        resetView();
    setMarker(marker);
}

void MetricScatterPlot::resetView()
{
    if (!m_scatter.points || m_scatter.points->x.empty())
        return;
    const auto [xMin, xMax] = std::minmax_element(m_scatter.points->x.begin(), m_scatter.points->x.end());
    const auto [yMin, yMax] = std::minmax_element(m_scatter.points->y.begin(), m_scatter.points->y.end());
    m_plot->xAxis->setRange(paddedRange(*xMin, *xMax));
    m_plot->yAxis->setRange(paddedRange(*yMin, *yMax));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool MetricScatterPlot::isShowingPoints() const
{
    return m_dots->visible() && !m_dots->data()->isEmpty();
}

void MetricScatterPlot::rebinIfNeeded()
{
    if (!m_scatter.points || m_scatter.points->x.empty())
        return;
    const QCPRange xr = m_plot->xAxis->range();
    const QCPRange yr = m_plot->yAxis->range();
    const QRectF window(QPointF(xr.lower, yr.lower), QPointF(xr.upper, yr.upper));
    const QSize size = m_plot->axisRect()->size();
    if (window == m_binnedWindow && size == m_binnedSize)
        return;
    m_binnedWindow = window;
    m_binnedSize = size;
    int columns = std::max(1, size.width() / kCellPixels);
    int rows = std::max(1, size.height() / kCellPixels);
    const ScatterDensity::Window w{xr.lower, xr.upper, yr.lower, yr.upper};
    const MetricColumnQuery::Pairs& p = *m_scatter.points;
    m_density = ScatterDensity::compute(p.x.data(), p.y.data(), p.x.size(), w, columns, rows, kExactPointLimit);
    // The colour scale comes and goes with the density image; it takes width from the axis rect, so the grid is
    // counted again for the new size (whether points are exact does not depend on the size). Its tick labels
    // settle only in this replot's layout: the next frame counts once more for the final size.
    if (m_density.isExact == isShowingColorScale()) {
        showColorScale(!m_density.isExact);
        const QSize laidOut = m_plot->axisRect()->size();
        columns = std::max(1, laidOut.width() / kCellPixels);
        rows = std::max(1, laidOut.height() / kCellPixels);
        m_density = ScatterDensity::compute(p.x.data(), p.y.data(), p.x.size(), w, columns, rows, kExactPointLimit);
        m_binnedSize = QSize();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }

    if (m_density.isExact) {
        QVector<double> xs;
        QVector<double> ys;
        xs.reserve(qsizetype(m_density.exact.size()));
        ys.reserve(qsizetype(m_density.exact.size()));
        for (const std::size_t i : m_density.exact) {
            xs << p.x[i];
            ys << p.y[i];
        }
        m_dots->setData(xs, ys);
        m_dots->setVisible(true);
        m_map->setVisible(false);
        return;
    }
    m_dots->data()->clear();
    m_dots->setVisible(false);
    // The map's range names the centres of its first and last cells.
    const double cw = (xr.upper - xr.lower) / columns;
    const double ch = (yr.upper - yr.lower) / rows;
    QCPColorMapData* data = m_map->data();
    data->setSize(columns, rows);
    data->setRange(QCPRange(xr.lower + cw / 2, xr.upper - cw / 2), QCPRange(yr.lower + ch / 2, yr.upper - ch / 2));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const quint32 n = m_density.countAt(c, r);
            data->setCell(c, r, n > 0 ? double(n) : std::nan(""));  // empty cells stay transparent
        }
    m_map->setDataRange(QCPRange(1.0, std::max(2.0, double(m_density.maxCount))));
    m_map->setVisible(true);
}

void MetricScatterPlot::setMarker(std::optional<QPointF> point)
{
    m_marker->data()->clear();
    if (point && std::isfinite(point->x()) && std::isfinite(point->y()) && m_scatter.points)
        m_marker->addData(point->x(), point->y());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

std::optional<QPointF> MetricScatterPlot::marker() const
{
    if (m_marker->data()->isEmpty())
        return std::nullopt;
    const auto it = m_marker->data()->constBegin();
    return QPointF(it->key, it->value);
}

void MetricScatterPlot::setBrushedRectangle(std::optional<QRectF> rect)
{
    m_brushed = rect;
    m_brush->setVisible(rect.has_value());
    if (rect) {
        m_brush->topLeft->setCoords(rect->left(), rect->bottom());
        m_brush->bottomRight->setCoords(rect->right(), rect->top());
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricScatterPlot::brushValues(QPointF from, QPointF to)
{
    if (!m_scatter.points)
        return;
    const auto round = roundToView;
    const double xSpan = m_plot->xAxis->range().size();
    const double ySpan = m_plot->yAxis->range().size();
    const double x0 = round(std::min(from.x(), to.x()), xSpan);
    const double x1 = round(std::max(from.x(), to.x()), xSpan);
    const double y0 = round(std::min(from.y(), to.y()), ySpan);
    const double y1 = round(std::max(from.y(), to.y()), ySpan);
    setBrushedRectangle(QRectF(QPointF(x0, y0), QPointF(x1, y1)));
    emit rectangleBrushed(x0, x1, y0, y1);
}

void MetricScatterPlot::brushLasso(const QVector<QPointF>& pixels)
{
    if (!m_scatter.points)
        return;
    // Simplified in pixels, where a tolerance means the same on both axes whatever their units.
    std::vector<LassoPolygon::Point> drawn;
    drawn.reserve(std::size_t(pixels.size()));
    for (const QPointF& p : pixels)
        drawn.push_back({p.x(), p.y()});
    const LassoPolygon simplified = LassoPolygon(std::move(drawn)).simplified(LassoPolygon::kReadableVertices);
    if (!simplified.problem().isEmpty() || std::abs(simplified.doubleArea()) / 2 < kMinLassoArea)
        return;
    const double xSpan = m_plot->xAxis->range().size();
    const double ySpan = m_plot->yAxis->range().size();
    QVector<QPointF> corners;
    std::vector<LassoPolygon::Point> values;
    for (const LassoPolygon::Point& p : simplified.vertices()) {
        const QPointF v(roundToView(m_plot->xAxis->pixelToCoord(p.x), xSpan),
                        roundToView(m_plot->yAxis->pixelToCoord(p.y), ySpan));
        if (!corners.isEmpty() && corners.back() == v)
            continue;  // two corners a fraction of a pixel apart round to one
        corners << v;
        values.push_back({v.x(), v.y()});
    }
    if (!LassoPolygon(std::move(values)).problem().isEmpty())
        return;
    setBrushedPolygon(corners);
    emit lassoBrushed(corners);
}

void MetricScatterPlot::setBrushedPolygon(std::optional<QVector<QPointF>> corners)
{
    m_brushedPolygon = std::move(corners);
    if (m_brushedPolygon) {
        showLasso(*m_brushedPolygon, false);
    } else if (!m_drawing) {
        m_lasso->data()->clear();
        m_lasso->setVisible(false);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricScatterPlot::showLasso(const QVector<QPointF>& values, bool drawing)
{
    QVector<double> xs;
    QVector<double> ys;
    for (const QPointF& v : values) {
        xs << v.x();
        ys << v.y();
    }
    if (!values.isEmpty()) {  // closed
        xs << values.front().x();
        ys << values.front().y();
    }
    m_lasso->setData(xs, ys);
    m_lasso->setPen(QPen(PlotStyle::brushColor(), 1.5, drawing ? Qt::DashLine : Qt::SolidLine));
    m_lasso->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricScatterPlot::setBrushShape(BrushShape shape)
{
    const bool changed = shape != m_shape;
    m_shape = shape;
    setToolTip(shape == BrushShape::Lasso
                   ? tr("Draw around samples to show only those \u00b7 Shift+drag for a rectangle \u00b7 "
                        "Ctrl+drag to pan \u00b7 wheel to zoom \u00b7 double-click to show everything")
                   : tr("Drag a rectangle to show only those samples \u00b7 Shift+drag to draw a lasso \u00b7 "
                        "Ctrl+drag to pan \u00b7 wheel to zoom \u00b7 double-click to show everything"));
    if (changed)
        emit brushShapeChanged(shape);
}

bool MetricScatterPlot::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_plot && lassoEvent(event))
        return true;
    return QWidget::eventFilter(watched, event);
}

bool MetricScatterPlot::lassoEvent(QEvent* event)
{
    const auto valuesOf = [this](const QVector<QPointF>& pixels) {
        QVector<QPointF> values;
        for (const QPointF& p : pixels)
            values << QPointF(m_plot->xAxis->pixelToCoord(p.x()), m_plot->yAxis->pixelToCoord(p.y()));
        return values;
    };
    // Inside the axis rect: a lasso dragged past the edge follows the edge.
    const auto clamped = [this](QPointF p) {
        const QRect r = m_plot->axisRect()->rect();
        return QPointF(std::clamp(p.x(), double(r.left()), double(r.right())),
                       std::clamp(p.y(), double(r.top()), double(r.bottom())));
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (m_drawing)
            return true;
        if (mouse->button() != Qt::LeftButton || (mouse->modifiers() & Qt::ControlModifier) || !m_scatter.points ||
            m_scatter.points->x.empty())
            return false;
        const bool shifted = mouse->modifiers() & Qt::ShiftModifier;
        if ((m_shape == BrushShape::Lasso) == shifted || !m_plot->axisRect()->rect().contains(mouse->pos()))
            return false;  // a rectangle (QCustomPlot's selection rectangle) or outside the plot
        m_drawing = true;
        m_lassoPixels = {mouse->position()};
        showLasso(valuesOf(m_lassoPixels), true);
        return true;
    }
    case QEvent::MouseMove: {
        if (!m_drawing)
            return false;
        const QPointF at = clamped(static_cast<QMouseEvent*>(event)->position());
        if (QLineF(at, m_lassoPixels.back()).length() >= kLassoStepPixels) {
            m_lassoPixels << at;
            showLasso(valuesOf(m_lassoPixels), true);
        }
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_drawing || mouse->button() != Qt::LeftButton)
            return m_drawing;
        m_drawing = false;
        m_lassoPixels << clamped(mouse->position());
        const QVector<QPointF> pixels = std::exchange(m_lassoPixels, {});
        const std::optional<QVector<QPointF>> before = m_brushedPolygon;
        brushLasso(pixels);
        if (m_brushedPolygon == before)  // nothing brushed (a click or a line): back to what was shown
            setBrushedPolygon(before);
        return true;
    }
    case QEvent::MouseButtonDblClick: return m_drawing;
    case QEvent::KeyPress:
        if (m_drawing && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            m_drawing = false;
            m_lassoPixels.clear();
            setBrushedPolygon(m_brushedPolygon);
            return true;
        }
        return false;
    default: return false;
    }
}

QRect MetricScatterPlot::dataArea()
{
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    return m_plot->axisRect()->rect();
}

bool MetricScatterPlot::isShowingColorScale() const
{
    return m_colorScale->layout() != nullptr;
}

void MetricScatterPlot::showColorScale(bool show)
{
    if (show == isShowingColorScale())
        return;
    QCPLayoutGrid* layout = m_plot->plotLayout();
    if (show) {
        layout->addElement(0, 1, m_colorScale);
    } else {
        layout->take(m_colorScale);
        layout->simplify();
    }
    m_colorScale->setVisible(show);
    // Lays the plot out now, so the axis rect has its new width for the counting that follows.
    layout->update(QCPLayoutElement::upPreparation);
    layout->update(QCPLayoutElement::upMargins);
    layout->update(QCPLayoutElement::upLayout);
}

void MetricScatterPlot::onSelection(const QRect& rect, QMouseEvent*)
{
    if (rect.width() < 3 && rect.height() < 3)
        return;  // a click, not a rectangle
    brushValues(QPointF(m_plot->xAxis->pixelToCoord(rect.left()), m_plot->yAxis->pixelToCoord(rect.bottom())),
                QPointF(m_plot->xAxis->pixelToCoord(rect.right()), m_plot->yAxis->pixelToCoord(rect.top())));
}

}  // namespace lockstep
