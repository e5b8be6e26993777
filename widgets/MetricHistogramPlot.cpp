#include "MetricHistogramPlot.h"

#include "PlotStyle.h"
#include "QualityNames.h"

#include <QLocale>
#include <QVBoxLayout>
#include <cmath>
#include "QCustomPlotInclude.h"

namespace lockstep {

namespace {

QString methodText(const OutlierOptions& options)
{
    const QString cutoff = QLocale().toString(options.cutoff, 'g', 3);
    switch (options.method) {
    case OutlierMethod::RobustZ: return MetricHistogramPlot::tr("robust z \u00b1%1").arg(cutoff);
    case OutlierMethod::ZScore: return MetricHistogramPlot::tr("z \u00b1%1").arg(cutoff);
    case OutlierMethod::Iqr: return MetricHistogramPlot::tr("IQR fences \u00d7%1").arg(cutoff);
    }
    return {};
}

// The label beside one cut-off line: what it is in the method's own terms.
QString cutoffText(const OutlierOptions& options, bool upper)
{
    const QString cutoff = QLocale().toString(options.cutoff, 'g', 3);
    const QString sign = upper ? QStringLiteral("+") : QStringLiteral("\u2212");
    switch (options.method) {
    case OutlierMethod::RobustZ: return MetricHistogramPlot::tr("robust z %1%2").arg(sign, cutoff);
    case OutlierMethod::ZScore: return MetricHistogramPlot::tr("z %1%2").arg(sign, cutoff);
    case OutlierMethod::Iqr:
        return upper ? MetricHistogramPlot::tr("Q3 + %1 IQR").arg(cutoff)
                     : MetricHistogramPlot::tr("Q1 \u2212 %1 IQR").arg(cutoff);
    }
    return {};
}

}  // namespace

MetricHistogramPlot::MetricHistogramPlot(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("metricHistogramPlot"));
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("metricHistogramCanvas"));
    m_plot->setMinimumHeight(150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    PlotStyle::apply(m_plot);
    m_plot->yAxis->setLabel(tr("samples"));
    m_plot->yAxis->setNumberFormat(QStringLiteral("gb"));
    m_plot->axisRect()->setMargins(QMargins(0, 18, 12, 0));  // room above for the selected sample's id

    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    QColor fill = PlotStyle::dataColor();
    fill.setAlpha(200);
    m_bars->setBrush(fill);
    m_bars->setPen(QPen(PlotStyle::dataColor().darker(130), 0.5));
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->setAntialiased(false);
    m_bars->setSelectable(QCP::stNone);

    m_outside = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    // The data colour, washed out: the same kind of count, outside the bins' scale.
    m_outside->setBrush(QBrush(PlotStyle::dataColor(), Qt::Dense4Pattern));
    m_outside->setPen(Qt::NoPen);
    m_outside->setWidthType(QCPBars::wtPlotCoords);
    m_outside->setAntialiased(false);
    m_outside->setSelectable(QCP::stNone);
    for (QCPItemText** label : {&m_belowLabel, &m_aboveLabel}) {
        *label = new QCPItemText(m_plot);
        (*label)->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        (*label)->setColor(palette().color(QPalette::PlaceholderText));
        (*label)->setVisible(false);
    }

    const auto makeCutoff = [this](QCPItemStraightLine** line, QCPItemText** label, Qt::Alignment align) {
        *line = new QCPItemStraightLine(m_plot);
        (*line)->setPen(QPen(PlotStyle::cutoffColor(palette()), 1.5, Qt::DashLine));
        (*label) = new QCPItemText(m_plot);
        (*label)->setColor(PlotStyle::cutoffColor(palette()));
        (*label)->setPositionAlignment(align | Qt::AlignTop);
        (*label)->position->setTypeX(QCPItemPosition::ptPlotCoords);
        (*label)->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        (*label)->setPadding(QMargins(4, 2, 4, 2));
        (*line)->setVisible(false);
        (*label)->setVisible(false);
    };
    makeCutoff(&m_lower, &m_lowerLabel, Qt::AlignLeft);
    makeCutoff(&m_upper, &m_upperLabel, Qt::AlignRight);

    m_brush = new QCPItemRect(m_plot);
    QColor brush = PlotStyle::brushColor();
    brush.setAlpha(50);
    m_brush->setBrush(brush);
    m_brush->setPen(QPen(PlotStyle::brushColor(), 1));
    m_brush->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_brush->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_brush->setVisible(false);

    m_marker = new QCPItemStraightLine(m_plot);
    m_marker->setPen(QPen(PlotStyle::highlightColor(), 2));
    m_marker->setVisible(false);
    m_markerLabel = new QCPItemText(m_plot);
    m_markerLabel->position->setTypeX(QCPItemPosition::ptPlotCoords);
    m_markerLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_markerLabel->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
    m_markerLabel->setColor(PlotStyle::highlightColor());
    m_markerLabel->setClipToAxisRect(false);
    m_markerLabel->setVisible(false);

    m_message = new QCPItemText(m_plot);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setColor(palette().color(QPalette::PlaceholderText));
    m_message->setVisible(false);

    // Dragging brushes a range; the rectangle QCustomPlot draws while dragging shows what will be taken.
    m_plot->setSelectionRectMode(QCP::srmCustom);
    m_plot->selectionRect()->setPen(QPen(PlotStyle::brushColor(), 1, Qt::DashLine));
    m_plot->selectionRect()->setBrush(brush);
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this, &MetricHistogramPlot::onSelection);
    setToolTip(tr("Drag across bars to show only the samples in that range"));
    showMessage(QString());
}

void MetricHistogramPlot::changeEvent(QEvent* event)
{
    // QCustomPlot keeps the colours it was given: give it the new palette's.
    if (event->type() == QEvent::PaletteChange) {
        PlotStyle::applyColors(m_plot, palette());
        for (QCPItemStraightLine* line : {m_lower, m_upper})
            line->setPen(QPen(PlotStyle::cutoffColor(palette()), 1.5, Qt::DashLine));
        for (QCPItemText* label : {m_lowerLabel, m_upperLabel})
            label->setColor(PlotStyle::cutoffColor(palette()));
        for (QCPItemText* label : {m_belowLabel, m_aboveLabel, m_message})
            label->setColor(palette().color(QPalette::PlaceholderText));
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    QWidget::changeEvent(event);
}

void MetricHistogramPlot::showMessage(const QString& message)
{
    m_histogram = {};
    m_bars->data()->clear();
    m_outside->data()->clear();
    const QList<QCPAbstractItem*> items = {m_lower,      m_upper,  m_lowerLabel,  m_upperLabel, m_belowLabel,
                                           m_aboveLabel, m_marker, m_markerLabel, m_brush};
    for (QCPAbstractItem* item : items)
        item->setVisible(false);
    m_brushed.reset();
    m_markerValue.reset();
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_plot->xAxis->setLabel(QString());
    m_plot->xAxis->setRange(0, 1);
    m_plot->yAxis->setRange(0, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricHistogramPlot::placeCutoff(QCPItemStraightLine* line, QCPItemText* label, double value, const QString& text)
{
    const bool shown = std::isfinite(value);
    line->setVisible(shown);
    label->setVisible(shown);
    if (!shown)
        return;
    line->point1->setCoords(value, 0);
    line->point2->setCoords(value, 1);
    label->position->setCoords(value, 0.0);
    label->setText(text);
}

void MetricHistogramPlot::setHistogram(const DashboardLoader::Histogram& histogram)
{
    const std::optional<double> marker = m_markerValue;
    const QString markerLabel = m_markerLabel->text();
    showMessage(histogram.bins.isEmpty() ? tr("No values of %1 in the last scan").arg(histogram.metric) : QString());
    m_histogram = histogram;
    const MetricHistogram& bins = histogram.bins;
    if (bins.isEmpty())
        return;
    QVector<double> keys;
    QVector<double> values;
    keys.reserve(bins.binCount());
    values.reserve(bins.binCount());
    qint64 highest = 0;
    for (int i = 0; i < bins.binCount(); ++i) {
        keys << 0.5 * (bins.edges[std::size_t(i)] + bins.edges[std::size_t(i) + 1]);
        values << double(bins.counts[std::size_t(i)]);
        highest = std::max(highest, bins.counts[std::size_t(i)]);
    }
    m_bars->setWidth(bins.step());
    m_bars->setData(keys, values, true);
    // Side bars, half a step apart from the bins, for what lies beyond them.
    m_outside->setWidth(bins.step());
    const auto sideBar = [&](qint64 count, double key, QCPItemText* label, const QString& text) {
        if (count == 0)
            return;
        m_outside->addData(key, double(count));
        highest = std::max(highest, count);
        label->position->setCoords(key, double(count));
        label->setText(text);
        label->setVisible(true);
    };
    const QLocale locale;
    sideBar(bins.below, belowKey(), m_belowLabel, QStringLiteral("< ") + locale.toString(bins.edges.front(), 'g', 4));
    sideBar(bins.above, aboveKey(), m_aboveLabel,
            QStringLiteral("\u2265 ") + locale.toString(bins.edges.back(), 'g', 4));
    m_plot->xAxis->setLabel(QualityNames::metricLabel(histogram.metric) +
                            (histogram.logScale ? tr("  (outliers judged on log\u2081\u2080)") : QString()));

    // The cut-offs are drawn when they are near the data; far ones would squeeze the bars into a sliver.
    const double lo = bins.below > 0 ? belowKey() - bins.step() / 2 : bins.edges.front();
    const double hi = bins.above > 0 ? aboveKey() + bins.step() / 2 : bins.edges.back();
    const double reach = 0.25 * (hi - lo);
    double xMin = lo;
    double xMax = hi;
    const auto near = [&](double v) { return std::isfinite(v) && v >= lo - reach && v <= hi + reach; };
    if (near(histogram.cutoffs.lower)) {
        placeCutoff(m_lower, m_lowerLabel, histogram.cutoffs.lower, cutoffText(histogram.options, false));
        xMin = std::min(xMin, histogram.cutoffs.lower);
    }
    if (near(histogram.cutoffs.upper)) {
        placeCutoff(m_upper, m_upperLabel, histogram.cutoffs.upper, cutoffText(histogram.options, true));
        xMax = std::max(xMax, histogram.cutoffs.upper);
    }
    const double pad = 0.03 * (xMax - xMin);
    m_plot->xAxis->setRange(xMin - pad, xMax + pad);
    m_plot->yAxis->setRange(0, std::max<double>(1.0, double(highest) * 1.12));
    setMarker(marker, markerLabel);
}

QString MetricHistogramPlot::caption() const
{
    if (m_histogram.bins.isEmpty())
        return {};
    const QLocale locale;
    const auto num = [&locale](double v) { return locale.toString(v, 'g', 4); };
    if (!m_histogram.filter.isEmpty())
        return tr("%1 of %2 samples (the filter's) \u00b7 %3 from all: %4 below %5, %6 above %7")
            .arg(locale.toString(m_histogram.bins.total), locale.toString(m_histogram.allValues))
            .arg(methodText(m_histogram.options))
            .arg(locale.toString(m_histogram.below))
            .arg(num(m_histogram.cutoffs.lower))
            .arg(locale.toString(m_histogram.above))
            .arg(num(m_histogram.cutoffs.upper));
    return tr("%1 samples \u00b7 %2: %3 below %4, %5 above %6")
        .arg(locale.toString(m_histogram.bins.total))
        .arg(methodText(m_histogram.options))
        .arg(locale.toString(m_histogram.below))
        .arg(num(m_histogram.cutoffs.lower))
        .arg(locale.toString(m_histogram.above))
        .arg(num(m_histogram.cutoffs.upper));
}

void MetricHistogramPlot::setMarker(std::optional<double> value, const QString& label)
{
    m_markerValue = value;
    const bool shown = value && std::isfinite(*value) && !m_histogram.bins.isEmpty();
    m_marker->setVisible(shown);
    m_markerLabel->setVisible(shown && !label.isEmpty());
    if (shown) {
        // A sample beyond the bins is drawn on its side bar.
        const MetricHistogram& bins = m_histogram.bins;
        const double x = *value < bins.edges.front() && bins.below > 0   ? belowKey()
                         : *value >= bins.edges.back() && bins.above > 0 ? aboveKey()
                                                                         : *value;
        m_marker->point1->setCoords(x, 0);
        m_marker->point2->setCoords(x, 1);
        m_markerLabel->position->setCoords(x, 0.0);
        m_markerLabel->setText(label);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void MetricHistogramPlot::setBrushedRange(std::optional<std::pair<double, double>> range)
{
    m_brushed = range;
    m_brush->setVisible(range.has_value());
    if (range) {
        // An open side reaches over its side bar.
        const double step = m_histogram.bins.step();
        m_brush->topLeft->setCoords(std::isnan(range->first) ? belowKey() - step / 2 : range->first, 0.0);
        m_brush->bottomRight->setCoords(std::isnan(range->second) ? aboveKey() + step / 2 : range->second, 1.0);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

double MetricHistogramPlot::belowKey() const
{
    const MetricHistogram& bins = m_histogram.bins;
    return bins.isEmpty() ? 0.0 : bins.edges.front() - 1.5 * bins.step();
}

double MetricHistogramPlot::aboveKey() const
{
    const MetricHistogram& bins = m_histogram.bins;
    return bins.isEmpty() ? 0.0 : bins.edges.back() + 1.5 * bins.step();
}

void MetricHistogramPlot::brushValues(double from, double to)
{
    const MetricHistogram& bins = m_histogram.bins;
    if (bins.isEmpty())
        return;
    if (from > to)
        std::swap(from, to);
    // Whole bins, so that the range always matches what the bars count; a drag into a side bar leaves that
    // side open.
    const double open = std::nan("");
    const bool openBelow = bins.below > 0 && from < bins.edges.front();
    const bool openAbove = bins.above > 0 && to >= bins.edges.back();
    const auto clampedBin = [&bins](double v) {
        if (v < bins.edges.front())
            return 0;
        if (v >= bins.edges.back())
            return bins.binCount() - 1;
        return bins.binOf(v);
    };
    const int first = clampedBin(from);
    const int last = clampedBin(to);
    if (first < 0 || last < first)
        return;
    double lower = openBelow ? open : bins.edges[std::size_t(first)];
    const double upper = openAbove ? open : bins.edges[std::size_t(last) + 1];
    if (openBelow && openAbove)
        lower = bins.min;  // everything with a value
    setBrushedRange(std::make_pair(lower, upper));
    emit rangeBrushed(lower, upper);
}

void MetricHistogramPlot::onSelection(const QRect& rect, QMouseEvent*)
{
    brushValues(m_plot->xAxis->pixelToCoord(rect.left()), m_plot->xAxis->pixelToCoord(rect.right()));
}

}  // namespace lockstep
