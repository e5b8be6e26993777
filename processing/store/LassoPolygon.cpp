#include "store/LassoPolygon.h"

#include <QLocale>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace lockstep {

namespace {

using Point = LassoPolygon::Point;

// Distance from p to the segment a-b (to a itself when a == b).
double distanceToSegment(const Point& p, const Point& a, const Point& b)
{
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

// Douglas-Peucker over the open polyline points[0..n-1]: which points stay.
std::vector<bool> douglasPeucker(const std::vector<Point>& points, double tolerance)
{
    std::vector<bool> keep(points.size(), false);
    if (points.empty())
        return keep;
    keep.front() = true;
    keep.back() = true;
    std::vector<std::pair<std::size_t, std::size_t>> spans{{0, points.size() - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        double farthest = -1.0;
        std::size_t at = first;
        for (std::size_t i = first + 1; i < last; ++i) {
            const double d = distanceToSegment(points[i], points[first], points[last]);
            if (d > farthest) {
                farthest = d;
                at = i;
            }
        }
        if (at != first && farthest > tolerance) {
            keep[at] = true;
            spans.push_back({first, at});
            spans.push_back({at, last});
        }
    }
    return keep;
}

QString number(double v)
{
    if (v == 0.0)
        return QStringLiteral("0");
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

}  // namespace

LassoPolygon::LassoPolygon(std::vector<Point> vertices) : m_vertices(std::move(vertices))
{
    // A closing vertex equal to the first one adds nothing: the polygon is closed anyway.
    if (m_vertices.size() > 1 && m_vertices.front() == m_vertices.back())
        m_vertices.pop_back();
    if (m_vertices.empty())
        return;
    m_xMin = m_xMax = m_vertices.front().x;
    m_yMin = m_yMax = m_vertices.front().y;
    for (const Point& p : m_vertices) {
        m_xMin = std::min(m_xMin, p.x);
        m_xMax = std::max(m_xMax, p.x);
        m_yMin = std::min(m_yMin, p.y);
        m_yMax = std::max(m_yMax, p.y);
    }
    buildBands();
}

// Horizontal bands over the box, each listing the edges whose y-range meets it. Only such an edge can hold a point
// of that height or be crossed by the ray from it, so contains() tests a few edges instead of all, with the same
// arithmetic edge by edge and so the same answer. The band of a height is monotonic in it, so an edge from y0 to
// y1 is listed in every band that a height between them can fall into.
void LassoPolygon::buildBands()
{
    m_bandStart.clear();
    m_bandEdges.clear();
    const std::size_t n = m_vertices.size();
    if (n < std::size_t(kMinVertices) || !(m_yMax > m_yMin) || !std::isfinite(m_yMax - m_yMin))
        return;
    for (const Point& p : m_vertices)
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return;
    const std::size_t bands = std::min<std::size_t>(256, 2 * n);
    m_bandScale = double(bands) / (m_yMax - m_yMin);
    if (!std::isfinite(m_bandScale))
        return;
    std::vector<std::uint32_t> count(bands + 1, 0);
    const auto forEachEdge = [&](auto f) {
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const std::size_t first = bandOf(std::min(m_vertices[j].y, m_vertices[i].y), bands);
            const std::size_t last = bandOf(std::max(m_vertices[j].y, m_vertices[i].y), bands);
            for (std::size_t b = first; b <= last; ++b)
                f(b, std::uint32_t(i));
        }
    };
    forEachEdge([&](std::size_t b, std::uint32_t) { ++count[b + 1]; });
    for (std::size_t b = 0; b < bands; ++b)
        count[b + 1] += count[b];
    m_bandStart = count;
    m_bandEdges.resize(count[bands]);
    forEachEdge([&](std::size_t b, std::uint32_t edge) { m_bandEdges[count[b]++] = edge; });
}

std::size_t LassoPolygon::bandOf(double y, std::size_t bands) const
{
    const double band = std::floor((y - m_yMin) * m_bandScale);
    return band <= 0 ? 0 : band >= double(bands - 1) ? bands - 1 : std::size_t(band);
}

double LassoPolygon::doubleArea() const
{
    double sum = 0.0;
    const std::size_t n = m_vertices.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Point& a = m_vertices[i];
        const Point& b = m_vertices[(i + 1) % n];
        sum += a.x * b.y - b.x * a.y;
    }
    return sum;
}

bool LassoPolygon::contains(double x, double y) const
{
    if (m_vertices.size() < std::size_t(kMinVertices) || !(x >= m_xMin && x <= m_xMax && y >= m_yMin && y <= m_yMax))
        return false;  // also NaN
    bool inside = false;
    const std::size_t n = m_vertices.size();
    // The edges of the point's band, or every edge (j before i) when there are no bands.
    const bool banded = !m_bandStart.empty();
    const std::size_t band = banded ? bandOf(y, m_bandStart.size() - 1) : 0;
    const std::size_t first = banded ? m_bandStart[band] : 0;
    const std::size_t last = banded ? m_bandStart[band + 1] : n;
    for (std::size_t k = first; k < last; ++k) {
        const std::size_t i = banded ? m_bandEdges[k] : k;
        const Point& a = m_vertices[i == 0 ? n - 1 : i - 1];
        const Point& b = m_vertices[i];
        // On the edge: collinear with it and within its box. Exact for axis-parallel edges and whenever the
        // products are exact (integers, halves, the rounded numbers a lasso writes).
        const double cross = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
        if (cross == 0.0 && x >= std::min(a.x, b.x) && x <= std::max(a.x, b.x) && y >= std::min(a.y, b.y) &&
            y <= std::max(a.y, b.y))
            return true;
        // Even-odd: does a ray to the right cross this edge? (Half-open in y, so a vertex counts once.)
        if ((a.y > y) != (b.y > y)) {
            const double atY = a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y);
            if (x < atY)
                inside = !inside;
        }
    }
    return inside;
}

QString LassoPolygon::problem() const
{
    if (m_vertices.size() < std::size_t(kMinVertices))
        return QStringLiteral("a polygon needs at least %1 corners (x y pairs), this one has %2")
            .arg(kMinVertices)
            .arg(m_vertices.size());
    if (m_vertices.size() > std::size_t(kMaxVertices))
        return QStringLiteral("a polygon may have at most %1 corners, this one has %2")
            .arg(kMaxVertices)
            .arg(m_vertices.size());
    for (const Point& p : m_vertices)
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return QStringLiteral("a corner of the polygon is not a finite number");
    if (doubleArea() == 0.0)
        return QStringLiteral("the polygon encloses nothing (its corners lie on one line)");
    return {};
}

LassoPolygon LassoPolygon::simplified(int maxVertices) const
{
    maxVertices = std::max(maxVertices, kMinVertices);
    std::vector<Point> points;
    points.reserve(m_vertices.size() + 1);
    for (const Point& p : m_vertices)
        if (points.empty() || !(points.back() == p))
            points.push_back(p);
    if (int(points.size()) <= kMinVertices)
        return LassoPolygon(points);
    points.push_back(points.front());  // closed: the polyline returns to its start
    const auto reduce = [&points](double tolerance) {
        const std::vector<bool> keep = douglasPeucker(points, tolerance);
        std::vector<Point> out;
        for (std::size_t i = 0; i + 1 < points.size(); ++i)  // the closing copy of the first vertex goes
            if (keep[i])
                out.push_back(points[i]);
        return out;
    };
    // First only points on a straight line go (to rounding noise); then the tolerance grows from a ten-thousandth
    // of the box.
    const double diagonal = std::hypot(m_xMax - m_xMin, m_yMax - m_yMin);
    std::vector<Point> best = reduce(diagonal * 1e-12);
    for (double tolerance = diagonal * 1e-4; int(best.size()) > maxVertices && tolerance < diagonal; tolerance *= 1.5) {
        std::vector<Point> next = reduce(tolerance);
        if (int(next.size()) < kMinVertices)
            break;
        best = std::move(next);
    }
    // Still too many (a pathological scribble): every k-th vertex.
    if (int(best.size()) > maxVertices) {
        std::vector<Point> thinned;
        const double step = double(best.size()) / maxVertices;
        for (int i = 0; i < maxVertices; ++i)
            thinned.push_back(best[std::size_t(i * step)]);
        best = std::move(thinned);
    }
    return LassoPolygon(std::move(best));
}

QString LassoPolygon::toText() const
{
    QString out;
    for (const Point& p : m_vertices) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += number(p.x) + QLatin1Char(' ') + number(p.y);
    }
    return out;
}

bool LassoPolygon::fromText(const QString& text, LassoPolygon* out)
{
    const QByteArray utf8 = text.toUtf8();
    return fromText(utf8.constData(), int(utf8.size()), out);
}

bool LassoPolygon::fromText(const char* utf8, int bytes, LassoPolygon* out)
{
    // from_chars: the C locale whatever the process's locale is (a German locale would read "0,5" otherwise).
    std::vector<double> numbers;
    const char* p = utf8;
    const char* end = utf8 + std::max(bytes, 0);
    while (p < end) {
        if (*p == ' ') {
            ++p;
            continue;
        }
        double v = 0.0;
        const auto [next, error] = std::from_chars(p, end, v);
        if (error != std::errc() || next == p)
            return false;
        numbers.push_back(v);
        p = next;
    }
    if (numbers.size() % 2 != 0 || numbers.size() > 2 * std::size_t(kMaxVertices))
        return false;
    std::vector<Point> vertices;
    for (std::size_t i = 0; i < numbers.size(); i += 2)
        vertices.push_back({numbers[i], numbers[i + 1]});
    *out = LassoPolygon(std::move(vertices));
    return true;
}

}  // namespace lockstep
