#include "PlotStyle.h"

#include <QPalette>
#include "QCustomPlotInclude.h"

namespace lockstep::PlotStyle {

QColor dataColor()
{
    return QColor(0x4c, 0x78, 0xa8);
}

QColor highlightColor()
{
    return QColor(0xe4, 0x57, 0x56);
}

QColor brushColor()
{
    return QColor(0xf5, 0x85, 0x18);
}

QColor cutoffColor(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? QColor(0xc0, 0x8c, 0xe6) : QColor(0x7b, 0x3f, 0xa0);
}

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

void styleAxis(QCPAxis* axis)
{
    styleAxis(axis, axis->parentPlot()->palette());
}

void styleAxis(QCPAxis* axis, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor faint = text;
    faint.setAlpha(40);
    QColor line = text;
    line.setAlpha(140);
    axis->setBasePen(QPen(line));
    axis->setTickPen(QPen(line));
    axis->setSubTickPen(QPen(line));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(faint, 1, Qt::DotLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->setSubTicks(false);
    axis->setTickLength(0, 4);
    QFont font = axis->parentPlot()->font();
    axis->setTickLabelFont(font);
    axis->setLabelFont(font);
}

void applyColors(QCustomPlot* plot, const QPalette& palette)
{
    plot->setBackground(palette.color(QPalette::Base));
    plot->axisRect()->setBackground(palette.color(QPalette::Base));
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis})
        styleAxis(axis, palette);
}

void apply(QCustomPlot* plot)
{
    applyColors(plot, plot->palette());
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    plot->axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    plot->axisRect()->setMargins(QMargins(0, 8, 12, 0));
    plot->setNoAntialiasingOnDrag(true);
}

}  // namespace lockstep::PlotStyle
