#include "ScatterDensity.h"

#include <algorithm>
#include <cmath>

namespace lockstep {

int ScatterDensity::cellOf(double v, double min, double max, int cells)
{
    return std::clamp(int(std::floor((v - min) * (double(cells) / (max - min)))), 0, cells - 1);
}

ScatterDensity ScatterDensity::compute(const double* x, const double* y, std::size_t count, const Window& window,
                                       int columns, int rows, std::size_t exactLimit)
{
    ScatterDensity d;
    d.window = window;
    d.columns = std::max(1, columns);
    d.rows = std::max(1, rows);
    d.counts.assign(std::size_t(d.columns) * std::size_t(d.rows), 0);
    const double xSpan = window.xMax - window.xMin;
    const double ySpan = window.yMax - window.yMin;
    if (!(xSpan > 0.0) || !(ySpan > 0.0))
        return d;
    // Multiplying by the reciprocal keeps the loop free of divisions; the clamp puts the max edge inside.
    const double xScale = double(d.columns) / xSpan;
    const double yScale = double(d.rows) / ySpan;
    const int lastColumn = d.columns - 1;
    const int lastRow = d.rows - 1;
    d.exact.reserve(std::min(exactLimit + 1, count));
    bool keepExact = true;
    for (std::size_t i = 0; i < count; ++i) {
        const double px = x[i];
        const double py = y[i];
        if (!(px >= window.xMin && px <= window.xMax && py >= window.yMin && py <= window.yMax))
            continue;  // also drops NaN
        const int c = std::min(int((px - window.xMin) * xScale), lastColumn);
        const int r = std::min(int((py - window.yMin) * yScale), lastRow);
        quint32& cell = d.counts[std::size_t(r) * std::size_t(d.columns) + std::size_t(c)];
        ++cell;
        d.maxCount = std::max(d.maxCount, cell);
        ++d.visible;
        if (keepExact) {
            if (d.exact.size() < exactLimit) {
                d.exact.push_back(i);
            } else {
                keepExact = false;
                d.exact.clear();
                d.exact.shrink_to_fit();
            }
        }
    }
    d.isExact = keepExact;
    return d;
}

}  // namespace lockstep
