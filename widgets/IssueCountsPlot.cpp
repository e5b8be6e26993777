#include "IssueCountsPlot.h"

#include "PlotStyle.h"
#include "QualityNames.h"

#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>
#include "QCustomPlotInclude.h"

namespace lockstep {

namespace {

constexpr double kBarWidth = 0.7;

}  // namespace

IssueCountsPlot::IssueCountsPlot(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("issueCountsPlot"));
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("issueCountsCanvas"));
    m_plot->setMinimumHeight(120);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    PlotStyle::apply(m_plot);
    m_plot->xAxis->setLabel(tr("samples with the issue"));
    m_plot->xAxis->setNumberFormat(QStringLiteral("gb"));
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setTickLength(0, 0);

    // Key axis vertical: one row per type.
    m_bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    QColor fill = PlotStyle::dataColor();
    fill.setAlpha(200);
    m_bars->setBrush(fill);
    m_bars->setPen(Qt::NoPen);
    m_bars->setWidth(kBarWidth);
    m_bars->setAntialiased(false);
    m_bars->setSelectable(QCP::stNone);
    m_highlightBars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    m_highlightBars->setBrush(PlotStyle::highlightColor());
    m_highlightBars->setPen(Qt::NoPen);
    m_highlightBars->setWidth(kBarWidth);
    m_highlightBars->setAntialiased(false);
    m_highlightBars->setSelectable(QCP::stNone);

    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) { m_pressPosition = event->pos(); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent* event) {
        if (event->button() != Qt::LeftButton || (event->pos() - m_pressPosition).manhattanLength() > 4)
            return;
        const QString type = typeAt(event->pos());
        if (!type.isEmpty())
            emit issueClicked(type);
    });
    setToolTip(tr("Click a bar to show only the samples with that issue"));
    rebuild();
}

void IssueCountsPlot::setCounts(const std::vector<MetricColumnQuery::IssueTypeCount>& counts)
{
    m_counts = counts;
    rebuild();
}

void IssueCountsPlot::setHighlighted(const QStringList& types)
{
    m_highlighted = types;
    rebuild();
}

void IssueCountsPlot::setActiveType(const QString& type)
{
    m_active = type;
    rebuild();
}

void IssueCountsPlot::changeEvent(QEvent* event)
{
    // QCustomPlot keeps the colours it was given: give it the new palette's (rebuild colours the count labels).
    if (event->type() == QEvent::PaletteChange) {
        PlotStyle::applyColors(m_plot, palette());
        m_plot->yAxis->setTickLength(0, 0);
        rebuild();
    }
    QWidget::changeEvent(event);
}

void IssueCountsPlot::rebuild()
{
    m_plot->clearItems();
    QVector<double> keys;
    QVector<double> values;
    QVector<double> highlightKeys;
    QVector<double> highlightValues;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    qint64 highest = 0;
    const QLocale locale;
    for (int i = 0; i < int(m_counts.size()); ++i) {
        const MetricColumnQuery::IssueTypeCount& c = m_counts[std::size_t(i)];
        const double key = keyOf(i);
        ticker->addTick(key, QualityNames::issueTypeShort(c.type));
        (m_highlighted.contains(c.type) ? highlightKeys : keys) << key;
        (m_highlighted.contains(c.type) ? highlightValues : values) << double(c.samples);
        highest = std::max(highest, c.samples);
        auto* label = new QCPItemText(m_plot);
        label->position->setCoords(double(c.samples), key);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(4, 0, 0, 0));
        label->setText(locale.toString(c.samples));
        label->setColor(palette().color(QPalette::Text));
        label->setClipToAxisRect(false);
        if (c.type == m_active) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            auto* outline = new QCPItemRect(m_plot);
            outline->topLeft->setCoords(0, key + kBarWidth / 2 + 0.1);
            outline->bottomRight->setCoords(double(c.samples), key - kBarWidth / 2 - 0.1);
            outline->setPen(QPen(PlotStyle::brushColor(), 2));
        }
    }
    m_bars->setData(keys, values);
    m_highlightBars->setData(highlightKeys, highlightValues);
    m_plot->yAxis->setTicker(ticker);
    const int n = std::max<int>(1, int(m_counts.size()));
    // A readable row per type; the dashboard scrolls when there are many.
    m_plot->setMinimumHeight(std::max(120, n * fontMetrics().height() * 3 / 2 + 50));
    m_plot->yAxis->setRange(-0.6, double(n) - 0.4);
    // Room on the right for the count labels.
    m_plot->xAxis->setRange(0, std::max<double>(1.0, double(highest) * 1.18));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QPoint IssueCountsPlot::barCenter(const QString& type) const
{
    for (int i = 0; i < int(m_counts.size()); ++i) {
        if (m_counts[std::size_t(i)].type != type)
            continue;
        const double x = m_plot->xAxis->coordToPixel(double(m_counts[std::size_t(i)].samples) / 2);
        const double y = m_plot->yAxis->coordToPixel(keyOf(i));
        return QPoint(int(x), int(y));
    }
    return {};
}

QString IssueCountsPlot::typeAt(const QPoint& position) const
{
    // The whole row is the target (short bars are hard to hit), labels on the axis included.
    const QRect rect = m_plot->axisRect()->rect();
    if (position.y() < rect.top() || position.y() > rect.bottom() || position.x() > rect.right())
        return {};
    const double key = m_plot->yAxis->pixelToCoord(position.y());
    const int index = int(m_counts.size()) - 1 - int(std::lround(key));
    if (index < 0 || index >= int(m_counts.size()) || std::abs(key - std::round(key)) > 0.5)
        return {};
    return m_counts[std::size_t(index)].type;
}

}  // namespace lockstep
