#pragma once

#include <QtGlobal>
#include <cstddef>
#include <vector>

namespace lockstep {

// The points of a scatter plot that fall in a window, counted on a grid of cells (about one per few pixels):
// a million points become a density image of the cells a screen can show. When few points are visible,
// their indices are kept too, so the plot can draw them exactly. One pass; pure; thread-safe.
struct ScatterDensity {
    struct Window {
        double xMin = 0.0;
        double xMax = 1.0;
        double yMin = 0.0;
        double yMax = 1.0;
    };

    Window window;
    int columns = 0;
    int rows = 0;
    std::vector<quint32> counts;  // rows x columns, row-major, row 0 at yMin, column 0 at xMin
    quint32 maxCount = 0;
    qint64 visible = 0;              // points inside the window (edges included)
    std::vector<std::size_t> exact;  // their indices, when visible <= the exact limit; else empty
    bool isExact = false;

    quint32 countAt(int column, int row) const
    {
        return counts[std::size_t(row) * std::size_t(columns) + std::size_t(column)];
    }
    // The cell of a coordinate: floor((v - min) * (cells / (max - min))), the max edge in the last cell.
    static int cellOf(double v, double min, double max, int cells);

    static ScatterDensity compute(const double* x, const double* y, std::size_t count, const Window& window,
                                  int columns, int rows, std::size_t exactLimit);
};

}  // namespace lockstep
