#pragma once

#include <QString>
#include <QtGlobal>
#include <cmath>
#include <vector>

namespace lockstep {

// One metric's values counted into bins with round edges (steps of 1, 2 or 5 x 10^k, rounded to 12 digits),
// so that a brushed range reads well in the query bar. BrushFilter::number() prints an edge exactly: a filter
// written from edges selects exactly the samples counted in those bins. A focus range keeps a few far outliers
// from squeezing the bulk into a handful of bins: values outside it are counted below / above. Pure; thread-safe.
struct MetricHistogram {
    std::vector<double> edges;   // ascending, counts.size() + 1 of them; bin i = [edges[i], edges[i + 1])
    std::vector<qint64> counts;  // finite values per bin
    qint64 total = 0;            // finite values counted (in bins, below and above)
    qint64 below = 0;            // finite values under edges.front()
    qint64 above = 0;            // finite values at or over edges.back()
    qint64 skipped = 0;          // NaN and infinities
    double min = 0.0;
    double max = 0.0;

    bool isEmpty() const { return counts.empty(); }
    int binCount() const { return int(counts.size()); }
    double step() const { return edges.size() > 1 ? edges[1] - edges[0] : 0.0; }
    // The bin holding value, or -1 outside the edges.
    int binOf(double value) const;

    // About targetBins bins over [min, max] of the finite values, or over [focusMin, focusMax] where that is
    // narrower (NaN: no limit on that side).
    static MetricHistogram build(const std::vector<double>& values, int targetBins = 40, double focusMin = std::nan(""),
                                 double focusMax = std::nan(""));
    // The values counted into these edges (another histogram's: a subset drawn on the same bins).
    static MetricHistogram withEdges(const std::vector<double>& edges, const std::vector<double>& values);
    // 1, 2 or 5 x 10^k nearest above span / targetBins.
    static double niceStep(double span, int targetBins);

private:
    void count(const std::vector<double>& values);
};

}  // namespace lockstep
