#pragma once

#include "dataset/ClockTransform.h"
#include "dataset/Micros.h"

namespace lockstep {

// Maps the sample's reference time to horizontal pixels of a timeline view and back: the time at pixel 0
// (visible start) and a scale in microseconds per pixel. Zooming keeps the time under a pixel in place,
// panning moves by pixels; both are clamped so the view stays inside the sample's extent (with a small margin)
// and between a finest zoom and "the whole extent fits". Stream times go through their ClockTransform first.
class TimelineMapping {
public:
    static constexpr double kFinestMicrosPerPixel = 10.0;  // 100 px per millisecond: below one audio sample

    TimelineMapping() = default;

    // The extent the view may show (reference time); fits the view to it.
    void setExtent(Micros start, Micros end);
    Micros extentStart() const { return m_extentStart; }
    Micros extentEnd() const { return m_extentEnd; }
    Micros extentDuration() const { return m_extentEnd - m_extentStart; }

    // Width of the drawing area in pixels; the visible start stays, the scale is clamped.
    void setWidth(int pixels);
    int width() const { return m_width; }

    Micros visibleStart() const { return m_visibleStart; }
    Micros visibleEnd() const;
    Micros visibleDuration() const { return visibleEnd() - m_visibleStart; }
    double microsPerPixel() const { return m_microsPerPixel; }
    // The coarsest scale: the whole extent in the width.
    double fitMicrosPerPixel() const;
    bool isFit() const;

    double xForTime(Micros reference) const;
    Micros timeAtX(double x) const;
    // A stream's own time through its clock.
    double xForLocal(Micros local, const ClockTransform& clock) const;
    // The stream-local times [first, last] that are visible through a clock (for binary searches).
    Micros visibleLocalStart(const ClockTransform& clock) const;
    Micros visibleLocalEnd(const ClockTransform& clock) const;

    // Multiplies the scale by factor (< 1 zooms in) keeping the time under pixel x where it is.
    void zoomAbout(double factor, double x);
    // Sets the scale directly, keeping pixel x fixed.
    void setMicrosPerPixel(double microsPerPixel, double x);
    // Moves the view by pixels (positive: later times).
    void panByPixels(double dx);
    // Shows [start, ...) at the current scale, clamped.
    void setVisibleStart(Micros start);
    // Shows [start, end] as well as the width allows.
    void showRange(Micros start, Micros end);
    // Makes the playhead (or any time) visible, paging when it leaves the right edge.
    void ensureVisible(Micros reference, double marginPixels);
    void fit();

private:
    void clamp();

    Micros m_extentStart{0};
    Micros m_extentEnd{1'000'000};
    Micros m_visibleStart{0};
    double m_microsPerPixel = 1000.0;
    int m_width = 1000;
};

}  // namespace lockstep
