#pragma once

#include <QColor>

class QPalette;

class QCustomPlot;
class QCPAxis;
class QCPColorGradient;

namespace lockstep {

// One look for every dashboard plot: the palette's colours for background, axes and text (so dark and light
// themes both read well), thin grids, and a few named colours that mean the same thing in every plot.
namespace PlotStyle {

QColor dataColor();                           // bars and points
QColor highlightColor();                      // the selected sample
QColor brushColor();                          // a brushed range or rectangle
QColor cutoffColor(const QPalette& palette);  // outlier cut-offs (lighter on a dark base)
// Samples per cell of a scatter plot's density image: pale (one sample, visible on the background) to deep.
QCPColorGradient densityGradient();

void apply(QCustomPlot* plot);
// The palette's colours again (background, axes, grid): call on QEvent::PaletteChange with the receiving
// widget's palette (the plot inside it gets the new palette only after its parent's event), then replot.
void applyColors(QCustomPlot* plot, const QPalette& palette);
void styleAxis(QCPAxis* axis);
void styleAxis(QCPAxis* axis, const QPalette& palette);

}  // namespace PlotStyle

}  // namespace lockstep
