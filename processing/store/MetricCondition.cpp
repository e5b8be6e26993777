#include "store/MetricCondition.h"

namespace lockstep {

MetricCondition MetricCondition::compare(const QString& metric, const QString& op, double number)
{
    MetricCondition c;
    c.metric = metric;
    if (op == QLatin1String("!=")) {
        c.kind = Kind::NotEqual;
        c.value = number;
    } else if (op == QLatin1String("<")) {
        c.upper = number;
        c.upperInclusive = false;
    } else if (op == QLatin1String("<=")) {
        c.upper = number;
    } else if (op == QLatin1String(">")) {
        c.lower = number;
        c.lowerInclusive = false;
    } else if (op == QLatin1String(">=")) {
        c.lower = number;
    } else {  // =
        c.lower = number;
        c.upper = number;
    }
    if (std::isnan(number))
        c.lower = c.upper = number;  // matchesNothing(), whatever the operator
    return c;
}

void MetricCondition::intersect(const MetricCondition& other)
{
    if (std::isnan(other.lower) || std::isnan(other.upper)) {
        lower = upper = other.lower;
        return;
    }
    if (other.lower > lower || (other.lower == lower && !other.lowerInclusive)) {
        lower = other.lower;
        lowerInclusive = other.lowerInclusive;
    }
    if (other.upper < upper || (other.upper == upper && !other.upperInclusive)) {
        upper = other.upper;
        upperInclusive = other.upperInclusive;
    }
}

}  // namespace lockstep
