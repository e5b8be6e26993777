#pragma once

#include "TimelineLane.h"
#include "TimelineThumbnails.h"

#include <memory>

namespace lockstep {

// A frame strip: thumbnails at their timestamps. Level of detail follows the zoom: zoomed out, only frames
// with room for a whole thumbnail are drawn (the others are ticks); zoomed in, every frame is. The frame
// under the playhead gets an accent border.
class TimelineFramesLane final : public TimelineLane {
public:
    explicit TimelineFramesLane(TimelineLaneSpec spec);
    ~TimelineFramesLane() override;

    int defaultHeight() const override { return 60; }
    TimelineThumbnails* thumbnails() const { return m_thumbnails.get(); }
    // Frame index shown at a reference time (the last frame at or before it), or -1.
    int frameAt(Micros reference) const;
    // Indices of the thumbnails drawn by the last paint (tests, level of detail).
    const std::vector<int>& drawnFrames() const { return m_drawn; }

    void paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context) override;
    QString hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const override;

private:
    std::unique_ptr<TimelineThumbnails> m_thumbnails;
    std::vector<int> m_drawn;
};

}  // namespace lockstep
