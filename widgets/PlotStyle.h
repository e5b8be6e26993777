#pragma once

#include <QColor>

class QCustomPlot;
class QCPAxis;
class QCPColorGradient;

namespace lockstep {

// One look for every dashboard plot: the palette's colours for background, axes and text (so dark and light
// themes both read well), thin grids, and a few named colours that mean the same thing in every plot.
namespace PlotStyle {

QColor dataColor();       // bars and points
QColor highlightColor();  // the selected sample
QColor brushColor();      // a brushed range or rectangle
QColor cutoffColor();     // outlier cut-offs
// Samples per cell of a scatter plot's density image: pale (one sample, visible on the background) to deep.
QCPColorGradient densityGradient();

void apply(QCustomPlot* plot);
void styleAxis(QCPAxis* axis);

}  // namespace PlotStyle

}  // namespace lockstep
