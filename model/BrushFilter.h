#pragma once

#include <QPointF>
#include <QString>
#include <QVector>
#include <optional>

namespace lockstep {

// Turns a brush on a plot into a query of the sample filter language and combines it with what the user typed:
// the query bar then shows exactly what is applied, and Escape clears it. A new brush replaces the previous
// one instead of piling up: the query the user had before brushing is remembered for as long as the applied
// query is the one the last brush made.
class BrushFilter {
public:
    // The query to apply for a brush clause, given the query applied now.
    QString combine(const QString& appliedNow, const QString& clause);
    // The query without the brush (the user's own), given the query applied now.
    QString withoutBrush(const QString& appliedNow) const;
    // Whether the applied query is still the one the last brush made.
    bool isActive(const QString& appliedNow) const { return !m_combined.isEmpty() && appliedNow == m_combined; }
    void forget();

    // metric >= lower and metric < upper; a NaN bound is open (metric < upper, metric >= lower)
    static QString rangeClause(const QString& metric, double lower, double upper);
    // x >= x0 and x <= x1 and y >= y0 and y <= y1 (edges included: what the rectangle shows)
    static QString rectangleClause(const QString& xMetric, double x0, double x1, const QString& yMetric, double y0,
                                   double y1);
    // inside(x, y: x1 y1, x2 y2, ...): the samples in a lassoed polygon (edges included)
    static QString lassoClause(const QString& xMetric, const QString& yMetric, const QVector<QPointF>& corners);
    static QString issueClause(const QString& type);
    // The corners (x, y) of the first inside(...) term of a query on these two metrics, in either order (the
    // engine's parser reads the query), or none: a plot of the two draws it as a lasso.
    static std::optional<QVector<QPointF>> polygonOf(const QString& query, const QString& xMetric,
                                                     const QString& yMetric);
    // The shortest text that reads back as exactly this number.
    static QString number(double value);

private:
    QString m_base;      // the user's own query when the brush was made
    QString m_combined;  // the query the brush made
};

}  // namespace lockstep
