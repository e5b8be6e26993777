#pragma once

// A closed polygon in the plane of two metrics: what a lasso on the scatter plot encloses. The query language
// writes it as `inside(x.metric, y.metric: x1 y1, x2 y2, ...)`; the SQL it compiles to calls the
// point_in_polygon() function (SqlFunctions) with the vertices as one bound parameter in the text form below.
// Pure; thread-safe.

#include "lockstep_processing_export.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace lockstep {

class LOCKSTEP_PROCESSING_EXPORT LassoPolygon {
public:
    struct Point {
        double x = 0.0;
        double y = 0.0;
        friend bool operator==(const Point&, const Point&) = default;
    };

    // A polygon needs this many vertices at least, and the query language accepts this many at most (a lasso
    // is simplified to kReadableVertices before it becomes a query).
    static constexpr int kMinVertices = 3;
    static constexpr int kMaxVertices = 1000;
    static constexpr int kReadableVertices = 64;

    LassoPolygon() = default;
    explicit LassoPolygon(std::vector<Point> vertices);

    const std::vector<Point>& vertices() const { return m_vertices; }
    int size() const { return int(m_vertices.size()); }
    // The bounding box (meaningless when empty).
    double xMin() const { return m_xMin; }
    double xMax() const { return m_xMax; }
    double yMin() const { return m_yMin; }
    double yMax() const { return m_yMax; }
    // Twice the signed area (shoelace): zero for a polygon that encloses nothing.
    double doubleArea() const;

    // Whether (x, y) lies inside or on the boundary (an edge or a vertex counts as inside, as the edges of a
    // brushed rectangle do). Even-odd rule, so a lasso that crosses itself leaves the twice-enclosed part out.
    bool contains(double x, double y) const;

    // Why these vertices cannot be a filter (fewer than three, not finite, too many, no area), or empty.
    QString problem() const;

    // Douglas-Peucker with a tolerance that grows until at most maxVertices remain (the first vertex is kept).
    // A drawn lasso of hundreds of mouse positions becomes a few dozen vertices that read well in a query.
    LassoPolygon simplified(int maxVertices = kReadableVertices) const;

    // "x1 y1 x2 y2 ..." with every number exact (shortest round-trip form): the bound parameter of
    // point_in_polygon(). fromText() reads it back; false (and no polygon) on anything else.
    QString toText() const;
    static bool fromText(const QString& text, LassoPolygon* out);
    static bool fromText(const char* utf8, int bytes, LassoPolygon* out);

private:
    void buildBands();
    std::size_t bandOf(double y, std::size_t bands) const;

    std::vector<Point> m_vertices;
    double m_xMin = 0.0;
    double m_xMax = 0.0;
    double m_yMin = 0.0;
    double m_yMax = 0.0;
    // contains() tests only the edges of the point's horizontal band: a few, not all (empty: no bands).
    std::vector<std::uint32_t> m_bandStart;  // bands + 1 offsets into m_bandEdges
    std::vector<std::uint32_t> m_bandEdges;  // edge i runs from vertex i - 1 (the last for 0) to vertex i
    double m_bandScale = 0.0;
};

}  // namespace lockstep
