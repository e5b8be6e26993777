#include "MetricScatterPlot.h"

#include "PlotStyle.h"

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include "QCustomPlotInclude.h"

namespace lockstep {

namespace {

// Pale to deep blue: one sample per cell is visible on white, the densest cells stand out.
QCPColorGradient densityGradient()
{
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.0, QColor(0x9e, 0xca, 0xe1));
    g.setColorStopAt(0.35, QColor(0x42, 0x92, 0xc6));
    g.setColorStopAt(0.7, QColor(0x08, 0x51, 0x9c));
    g.setColorStopAt(1.0, QColor(0x08, 0x1d, 0x58));
    g.setNanHandling(QCPColorGradient::nhTransparent);
    g.setLevelCount(64);
    return g;
}

QCPRange paddedRange(double lo, double hi)
{
    if (!(hi > lo)) {
        const double half = lo != 0.0 ? std::abs(lo) * 0.05 : 0.5;
        return QCPRange(lo - half, hi + half);
    }
    const double pad = 0.04 * (hi - lo);
    return QCPRange(lo - pad, hi + pad);
}

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
    m_map->setGradient(densityGradient());
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
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) { resetView(); });
    connect(m_plot, &QCustomPlot::beforeReplot, this, &MetricScatterPlot::rebinIfNeeded);
    setToolTip(
        tr("Drag a rectangle to show only those samples \u00b7 Ctrl+drag to pan \u00b7 wheel to zoom "
           "\u00b7 double-click to show everything"));
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
    m_plot->xAxis->setLabel(scatter.xMetric);
    m_plot->yAxis->setLabel(scatter.yMetric);
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
    const int columns = std::max(1, size.width() / kCellPixels);
    const int rows = std::max(1, size.height() / kCellPixels);
    const ScatterDensity::Window w{xr.lower, xr.upper, yr.lower, yr.upper};
    const MetricColumnQuery::Pairs& p = *m_scatter.points;
    m_density = ScatterDensity::compute(p.x.data(), p.y.data(), p.x.size(), w, columns, rows, kExactPointLimit);

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
    // Four significant digits beyond the view's resolution read well in the query bar and move the edges by
    // less than a pixel.
    const auto round = [](double v, double span) {
        if (!(span > 0.0) || !std::isfinite(v))
            return v;
        const int exponent = int(std::floor(std::log10(span))) - 3;
        if (exponent < 0)  // through decimal text, so that 0.1234 stays 0.1234 and not 0.12340000000000001
            return QString::number(v, 'f', -exponent).toDouble();
        const double unit = std::pow(10.0, exponent);
        return std::round(v / unit) * unit;
    };
    const double xSpan = m_plot->xAxis->range().size();
    const double ySpan = m_plot->yAxis->range().size();
    const double x0 = round(std::min(from.x(), to.x()), xSpan);
    const double x1 = round(std::max(from.x(), to.x()), xSpan);
    const double y0 = round(std::min(from.y(), to.y()), ySpan);
    const double y1 = round(std::max(from.y(), to.y()), ySpan);
    setBrushedRectangle(QRectF(QPointF(x0, y0), QPointF(x1, y1)));
    emit rectangleBrushed(x0, x1, y0, y1);
}

void MetricScatterPlot::onSelection(const QRect& rect, QMouseEvent*)
{
    if (rect.width() < 3 && rect.height() < 3)
        return;  // a click, not a rectangle
    brushValues(QPointF(m_plot->xAxis->pixelToCoord(rect.left()), m_plot->yAxis->pixelToCoord(rect.bottom())),
                QPointF(m_plot->xAxis->pixelToCoord(rect.right()), m_plot->yAxis->pixelToCoord(rect.top())));
}

}  // namespace lockstep
