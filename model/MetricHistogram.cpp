#include "MetricHistogram.h"

#include <algorithm>
#include <cmath>

namespace lockstep {

namespace {

// first + i * step carries binary noise (0.30000000000000004): an edge is rounded to 12 digits.
double roundTrip(double edge)
{
    return QString::number(edge, 'g', 12).toDouble();
}

}  // namespace

double MetricHistogram::niceStep(double span, int targetBins)
{
    if (!(span > 0.0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / double(std::max(1, targetBins));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0})
        if (factor * magnitude >= raw * (1.0 - 1e-12))
            return factor * magnitude;
    return 10.0 * magnitude;
}

int MetricHistogram::binOf(double value) const
{
    if (edges.size() < 2 || !(value >= edges.front()) || !(value < edges.back()))
        return -1;
    const auto it = std::upper_bound(edges.begin(), edges.end(), value);
    return int(it - edges.begin()) - 1;
}

MetricHistogram MetricHistogram::build(const std::vector<double>& values, int targetBins, double focusMin,
                                       double focusMax)
{
    MetricHistogram h;
    bool any = false;
    for (const double v : values) {
        if (!std::isfinite(v)) {
            ++h.skipped;
            continue;
        }
        if (!any) {
            h.min = h.max = v;
            any = true;
        } else {
            h.min = std::min(h.min, v);
            h.max = std::max(h.max, v);
        }
    }
    if (!any)
        return h;
    const double lo = focusMin > h.min && focusMin < h.max ? focusMin : h.min;
    const double hi = focusMax < h.max && focusMax > lo ? focusMax : h.max;
    // A single value gets a bin of a tenth of its size around it (or a unit bin at 0).
    const double span = hi > lo ? hi - lo : (lo != 0.0 ? std::abs(lo) * 0.1 * targetBins : 1.0);
    const double step = niceStep(span, targetBins);
    // Edges at whole multiples of the step; floor() of a rounded quotient can land one step high.
    double first = std::floor(lo / step);
    while (roundTrip(first * step) > lo)
        first -= 1.0;
    h.edges.push_back(roundTrip(first * step));
    for (double i = first + 1.0; h.edges.back() <= hi; i += 1.0) {
        double edge = roundTrip(i * step);
        if (!(edge > h.edges.back()))  // a step below 12 digits of the values' size
            edge = std::max(i * step, std::nextafter(h.edges.back(), hi + 1.0));
        if (h.edges.size() > 100000) {
            h.edges.push_back(std::nextafter(hi, hi + 1.0));
            break;
        }
        h.edges.push_back(edge);
    }
    h.count(values);
    return h;
}

void MetricHistogram::count(const std::vector<double>& values)
{
    counts.assign(edges.size() - 1, 0);
    total = below = above = 0;
    for (const double v : values) {
        if (!std::isfinite(v))
            continue;
        ++total;
        if (v < edges.front())
            ++below;
        else if (v >= edges.back())
            ++above;
        else
            ++counts[std::size_t(binOf(v))];
    }
}

MetricHistogram MetricHistogram::withEdges(const std::vector<double>& edges, const std::vector<double>& values)
{
    MetricHistogram h;
    if (edges.size() < 2)
        return h;
    h.edges = edges;
    bool any = false;
    for (const double v : values) {
        if (!std::isfinite(v)) {
            ++h.skipped;
        } else if (!any) {
            h.min = h.max = v;
            any = true;
        } else {
            h.min = std::min(h.min, v);
            h.max = std::max(h.max, v);
        }
    }
    h.count(values);
    return h;
}

}  // namespace lockstep
