#include "TimelineMapping.h"

#include <algorithm>
#include <cmath>

namespace lockstep {

namespace {

Micros roundMicros(double us)
{
    return Micros{static_cast<std::int64_t>(std::llround(us))};
}

}  // namespace

void TimelineMapping::setExtent(Micros start, Micros end)
{
    m_extentStart = start;
    // An empty extent would give a zero scale; one second is a sensible view of "nothing yet".
    m_extentEnd = end > start ? end : start + Micros{1'000'000};
    fit();
}

void TimelineMapping::setWidth(int pixels)
{
    m_width = std::max(1, pixels);
    clamp();
}

Micros TimelineMapping::visibleEnd() const
{
    return m_visibleStart + roundMicros(m_microsPerPixel * m_width);
}

double TimelineMapping::fitMicrosPerPixel() const
{
    return std::max(kFinestMicrosPerPixel, static_cast<double>(extentDuration().count()) / m_width);
}

bool TimelineMapping::isFit() const
{
    return m_microsPerPixel >= fitMicrosPerPixel() * (1.0 - 1e-9);
}

double TimelineMapping::xForTime(Micros reference) const
{
    return static_cast<double>((reference - m_visibleStart).count()) / m_microsPerPixel;
}

Micros TimelineMapping::timeAtX(double x) const
{
    return m_visibleStart + roundMicros(x * m_microsPerPixel);
}

double TimelineMapping::xForLocal(Micros local, const ClockTransform& clock) const
{
    return xForTime(clock.toReference(local));
}

Micros TimelineMapping::visibleLocalStart(const ClockTransform& clock) const
{
    // toLocal is monotonic for positive scales; min/max covers a (strange) negative one too.
    return std::min(clock.toLocal(m_visibleStart), clock.toLocal(visibleEnd()));
}

Micros TimelineMapping::visibleLocalEnd(const ClockTransform& clock) const
{
    return std::max(clock.toLocal(m_visibleStart), clock.toLocal(visibleEnd()));
}

void TimelineMapping::zoomAbout(double factor, double x)
{
    if (!(factor > 0.0) || !std::isfinite(factor))
        return;
    setMicrosPerPixel(m_microsPerPixel * factor, x);
}

void TimelineMapping::setMicrosPerPixel(double microsPerPixel, double x)
{
    const Micros anchor = timeAtX(x);
    m_microsPerPixel = std::clamp(microsPerPixel, kFinestMicrosPerPixel, fitMicrosPerPixel());
    m_visibleStart = anchor - roundMicros(x * m_microsPerPixel);
    clamp();
}

void TimelineMapping::panByPixels(double dx)
{
    m_visibleStart += roundMicros(dx * m_microsPerPixel);
    clamp();
}

void TimelineMapping::setVisibleStart(Micros start)
{
    m_visibleStart = start;
    clamp();
}

void TimelineMapping::showRange(Micros start, Micros end)
{
    if (end <= start)
        return;
    m_microsPerPixel =
        std::clamp(static_cast<double>((end - start).count()) / m_width, kFinestMicrosPerPixel, fitMicrosPerPixel());
    m_visibleStart = start;
    clamp();
}

void TimelineMapping::ensureVisible(Micros reference, double marginPixels)
{
    const double x = xForTime(reference);
    if (x >= 0.0 && x <= m_width - marginPixels)
        return;
    // Page so that the time lands near the left edge: the eye follows a playhead that jumps rarely.
    m_visibleStart = reference - roundMicros(marginPixels * m_microsPerPixel);
    clamp();
}

void TimelineMapping::fit()
{
    m_microsPerPixel = fitMicrosPerPixel();
    m_visibleStart = m_extentStart;
    clamp();
}

void TimelineMapping::clamp()
{
    m_microsPerPixel = std::clamp(m_microsPerPixel, kFinestMicrosPerPixel, fitMicrosPerPixel());
    const Micros span = roundMicros(m_microsPerPixel * m_width);
    const Micros latestStart = std::max(m_extentStart, m_extentEnd - span);
    m_visibleStart = std::clamp(m_visibleStart, m_extentStart, latestStart);
}

}  // namespace lockstep
