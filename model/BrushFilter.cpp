#include "BrushFilter.h"

#include "store/SampleFilter.h"

#include <QLocale>
#include <QStringList>
#include <cmath>

namespace lockstep {

QString BrushFilter::combine(const QString& appliedNow, const QString& clause)
{
    if (!isActive(appliedNow))
        m_base = appliedNow.trimmed();
    // Parentheses keep "a or b" from binding to the clause.
    m_combined = m_base.isEmpty() ? clause : QStringLiteral("(%1) and %2").arg(m_base, clause);
    return m_combined;
}

QString BrushFilter::withoutBrush(const QString& appliedNow) const
{
    return isActive(appliedNow) ? m_base : appliedNow;
}

void BrushFilter::forget()
{
    m_base.clear();
    m_combined.clear();
}

QString BrushFilter::number(double value)
{
    if (value == 0.0)
        return QStringLiteral("0");  // not "-0"
    // Whole numbers as integers ("1000000", not "1e+06"); both read back as the same double.
    if (std::abs(value) < 1e15 && value == std::round(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString BrushFilter::rangeClause(const QString& metric, double lower, double upper)
{
    if (std::isnan(lower))
        return QStringLiteral("%1 < %2").arg(metric, number(upper));
    if (std::isnan(upper))
        return QStringLiteral("%1 >= %2").arg(metric, number(lower));
    return QStringLiteral("%1 >= %2 and %1 < %3").arg(metric, number(lower), number(upper));
}

QString BrushFilter::rectangleClause(const QString& xMetric, double x0, double x1, const QString& yMetric, double y0,
                                     double y1)
{
    return QStringLiteral("%1 >= %2 and %1 <= %3 and %4 >= %5 and %4 <= %6")
        .arg(xMetric, number(x0), number(x1), yMetric, number(y0), number(y1));
}

QString BrushFilter::lassoClause(const QString& xMetric, const QString& yMetric, const QVector<QPointF>& corners)
{
    QStringList points;
    points.reserve(corners.size());
    for (const QPointF& p : corners)
        points << number(p.x()) + QLatin1Char(' ') + number(p.y());
    return QStringLiteral("inside(%1, %2: %3)").arg(xMetric, yMetric, points.join(QStringLiteral(", ")));
}

std::optional<QVector<QPointF>> BrushFilter::polygonOf(const QString& query, const QString& xMetric,
                                                       const QString& yMetric)
{
    if (xMetric.isEmpty() || yMetric.isEmpty() || !query.contains(QLatin1String("inside"), Qt::CaseInsensitive))
        return std::nullopt;  // most queries have none: no need to parse them
    const SampleFilter filter = SampleFilter::parse(query);
    for (const SampleFilter::Polygon& p : filter.polygons) {
        const bool same = p.xMetric == xMetric && p.yMetric == yMetric;
        const bool swapped = p.xMetric == yMetric && p.yMetric == xMetric;
        if (!same && !swapped)
            continue;
        QVector<QPointF> corners;
        corners.reserve(p.polygon.size());
        for (const LassoPolygon::Point& v : p.polygon.vertices())
            corners << (same ? QPointF(v.x, v.y) : QPointF(v.y, v.x));
        return corners;
    }
    return std::nullopt;
}

QString BrushFilter::issueClause(const QString& type)
{
    return QStringLiteral("has:%1").arg(type);
}

}  // namespace lockstep
