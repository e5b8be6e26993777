#include "dataset/ClockTransform.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace lockstep {

namespace {

Micros roundMicros(double us)
{
    return Micros{static_cast<std::int64_t>(std::llround(us))};
}

// Linear interpolation/extrapolation through (x0,y0),(x1,y1) evaluated at x.
Micros interpolate(Micros x0, Micros y0, Micros x1, Micros y1, Micros x)
{
    const double dx = static_cast<double>((x1 - x0).count());
    if (dx == 0.0)
        return y0 + (x - x0);
    const double slope = static_cast<double>((y1 - y0).count()) / dx;
    return y0 + roundMicros(slope * static_cast<double>((x - x0).count()));
}

}  // namespace

ClockTransform ClockTransform::withOffset(Micros offset)
{
    ClockTransform t;
    t.m_offset = offset;
    return t;
}

ClockTransform ClockTransform::linear(Micros offset, double scale)
{
    ClockTransform t;
    t.m_offset = offset;
    t.m_scale = scale;
    return t;
}

ClockTransform ClockTransform::piecewise(std::vector<Anchor> anchors)
{
    ClockTransform t;
    std::sort(anchors.begin(), anchors.end(), [](const Anchor& a, const Anchor& b) { return a.local < b.local; });
    anchors.erase(std::unique(anchors.begin(), anchors.end(),
                              [](const Anchor& a, const Anchor& b) { return a.local == b.local; }),
                  anchors.end());
    if (anchors.size() == 1) {
        t.m_offset = anchors.front().reference - anchors.front().local;
        return t;
    }
    t.m_anchors = std::move(anchors);
    return t;
}

bool ClockTransform::isIdentity() const
{
    return m_anchors.empty() && m_offset.count() == 0 && m_scale == 1.0;
}

Micros ClockTransform::toReference(Micros local) const
{
    if (m_anchors.size() >= 2) {
        auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(), local,
                                   [](Micros t, const Anchor& a) { return t < a.local; });
        // Segment [i-1, i] containing local; clamp to the first/last segment for extrapolation.
        std::size_t i = static_cast<std::size_t>(it - m_anchors.begin());
        i = std::clamp<std::size_t>(i, 1, m_anchors.size() - 1);
        const Anchor& a = m_anchors[i - 1];
        const Anchor& b = m_anchors[i];
        return interpolate(a.local, a.reference, b.local, b.reference, local);
    }
    return m_offset + roundMicros(m_scale * static_cast<double>(local.count()));
}

Micros ClockTransform::toLocal(Micros reference) const
{
    if (m_anchors.size() >= 2) {
        // Anchors are monotonic in local time; reference times are assumed monotonic too (a clock does not
        // run backwards), so the same search works on the reference side.
        auto it = std::upper_bound(m_anchors.begin(), m_anchors.end(), reference,
                                   [](Micros t, const Anchor& a) { return t < a.reference; });
        std::size_t i = static_cast<std::size_t>(it - m_anchors.begin());
        i = std::clamp<std::size_t>(i, 1, m_anchors.size() - 1);
        const Anchor& a = m_anchors[i - 1];
        const Anchor& b = m_anchors[i];
        return interpolate(a.reference, a.local, b.reference, b.local, reference);
    }
    if (m_scale == 0.0)
        return Micros{0};
    return roundMicros(static_cast<double>((reference - m_offset).count()) / m_scale);
}

QString ClockTransform::serialize() const
{
    if (m_anchors.size() >= 2) {
        QStringList parts;
        parts.reserve(static_cast<qsizetype>(m_anchors.size()));
        for (const Anchor& a : m_anchors)
            parts << QString::number(a.local.count()) + QLatin1Char('=') + QString::number(a.reference.count());
        return QStringLiteral("a:") + parts.join(QLatin1Char(','));
    }
    return QString::number(m_offset.count()) + QLatin1Char(' ') + QString::number(m_scale, 'g', 17);
}

bool ClockTransform::deserialize(const QString& text, ClockTransform* out)
{
    if (text.startsWith(QLatin1String("a:"))) {
        std::vector<Anchor> anchors;
        const QStringList parts = text.mid(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            const int eq = static_cast<int>(part.indexOf(QLatin1Char('=')));
            bool ok1 = false;
            bool ok2 = false;
            const qint64 l = part.left(eq).toLongLong(&ok1);
            const qint64 r = part.mid(eq + 1).toLongLong(&ok2);
            if (eq < 0 || !ok1 || !ok2)
                return false;
            anchors.push_back({Micros{l}, Micros{r}});
        }
        *out = piecewise(std::move(anchors));
        return true;
    }
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    const qint64 offset = parts[0].toLongLong(&ok1);
    const double scale = parts[1].toDouble(&ok2);
    if (!ok1 || !ok2 || !std::isfinite(scale))
        return false;
    *out = linear(Micros{offset}, scale);
    return true;
}

}  // namespace lockstep
