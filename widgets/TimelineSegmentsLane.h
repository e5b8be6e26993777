#pragma once

#include "TimelineLane.h"

#include <QCoreApplication>

namespace lockstep {

// A text tier: segments as labelled blocks at their times (through the stream's clock), points as thin
// markers; the segment under the playhead is highlighted. A caption lane is one block over the clip. A fixed
// (edited) text has a small corner mark and the dataset's original in its hover text.
class TimelineSegmentsLane final : public TimelineLane {
    Q_DECLARE_TR_FUNCTIONS(lockstep::TimelineSegmentsLane)

public:
    explicit TimelineSegmentsLane(TimelineLaneSpec spec);

    int defaultHeight() const override { return 30; }
    void paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context) override;
    QString hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const override;

    // Index of the segment containing the reference time, or -1.
    int segmentAt(Micros reference) const;
    // The block of segment i in lane coordinates (area = the lane's rectangle).
    QRectF blockRect(int index, const QRect& area, const TimelinePaintContext& context) const;
    // Reference-time start and end of segment i.
    Micros referenceStart(int index) const;
    Micros referenceEnd(int index) const;
    // Segments may arrive late (the caption): recompute the search helpers.
    void refresh();
    // The colour of the "edited" mark.
    static QColor editedMark(const TimelinePaintContext& context);

private:
    // First segment that may overlap local time t (segments are sorted by start).
    std::size_t firstOverlapping(Micros local) const;

    Micros m_longest{0};
};

}  // namespace lockstep
