#pragma once

// One metric term of the query language, kept as data instead of SQL so that it can be evaluated on a metric
// column in memory (MetricColumnCache) or through the (name, value) index, whichever is cheaper for this query:
//
//   Range      lower <(=) metric <(=) upper   (one-sided bounds have an infinite other side; `x = v` is [v, v];
//                                              bounds on the same metric joined by "and" are merged into one)
//   NotEqual   metric != value
//   Polygon    inside(metric, yMetric: ...)   (edges in; the polygon's box first, as the index walk did)
//
// A sample without the metric never matches (so `not ...` passes it). A NaN bound matches nothing, as a NULL
// parameter did in SQL. Pure; cheap to copy.

#include "lockstep_processing_export.h"
#include "store/LassoPolygon.h"

#include <QString>
#include <cmath>
#include <limits>
#include <memory>

namespace lockstep {

struct LOCKSTEP_PROCESSING_EXPORT MetricCondition {
    enum class Kind { Range, NotEqual, Polygon };

    Kind kind = Kind::Range;
    QString metric;   // the (x) metric
    QString yMetric;  // Polygon only
    double lower = -std::numeric_limits<double>::infinity();
    double upper = std::numeric_limits<double>::infinity();
    bool lowerInclusive = true;
    bool upperInclusive = true;
    double value = 0.0;                           // NotEqual
    std::shared_ptr<const LassoPolygon> polygon;  // Polygon

    // A NaN anywhere in the bounds: nothing matches.
    bool matchesNothing() const
    {
        return std::isnan(lower) || std::isnan(upper) || (kind == Kind::NotEqual && std::isnan(value));
    }
    // Range and NotEqual: whether a sample whose metric is x matches (x is never NaN: the project stores none).
    bool matches(double x) const
    {
        if (kind == Kind::NotEqual)
            return x != value;
        return (lowerInclusive ? x >= lower : x > lower) && (upperInclusive ? x <= upper : x < upper);
    }
    // Polygon: whether (x, y) matches.
    bool matches(double x, double y) const
    {
        return x >= polygon->xMin() && x <= polygon->xMax() && y >= polygon->yMin() && y <= polygon->yMax() &&
               polygon->contains(x, y);
    }

    // The condition from "metric op number" (op one of = < <= > >= !=).
    static MetricCondition compare(const QString& metric, const QString& op, double number);
    // The range both ranges on the same metric allow (this and other).
    void intersect(const MetricCondition& other);
};

}  // namespace lockstep
