#include "TimelineFramesLane.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace lockstep {

TimelineFramesLane::TimelineFramesLane(TimelineLaneSpec spec)
    : TimelineLane(std::move(spec)), m_thumbnails(std::make_unique<TimelineThumbnails>())
{
    setHeight(defaultHeight());
}

TimelineFramesLane::~TimelineFramesLane() = default;

int TimelineFramesLane::frameAt(Micros reference) const
{
    const std::vector<Frame>& frames = spec().frames;
    if (frames.empty())
        return -1;
    const Micros local = spec().clock.toLocal(reference);
    auto it =
        std::upper_bound(frames.begin(), frames.end(), local, [](Micros t, const Frame& f) { return t < f.time; });
    if (it == frames.begin())
        return -1;
    return static_cast<int>(it - frames.begin()) - 1;
}

void TimelineFramesLane::paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context)
{
    m_drawn.clear();
    const std::vector<Frame>& frames = spec().frames;
    if (frames.empty()) {
        paintPlaceholder(painter, area, context,
                         spec().video ? QCoreApplication::translate("lockstep::TimelineFramesLane",
                                                                    "Video file without a frame rate: its frames "
                                                                    "cannot be placed in time")
                                      : QString());
        return;
    }
    const TimelineMapping& mapping = *context.mapping;
    const int thumbHeight = area.height() - 8;
    const int wantedHeight = static_cast<int>(std::lround(thumbHeight * context.devicePixelRatio));
    if (m_thumbnails->height() != wantedHeight)
        m_thumbnails->setThumbnailHeight(wantedHeight);  // the lane was resized: decode at the new size
    const double thumbWidth = m_thumbnails->thumbnailWidth() / context.devicePixelRatio;
    const int current = frameAt(context.playhead);
    const QColor base = context.palette.color(QPalette::Base);
    const QColor placeholder = mix(base, context.palette.color(QPalette::Text), 0.08);
    const QColor tick = mix(base, context.palette.color(QPalette::Text), 0.35);

    painter.save();
    painter.setClipRect(area);
    const Micros localStart = mapping.visibleLocalStart(spec().clock);
    const Micros localEnd = mapping.visibleLocalEnd(spec().clock);
    const auto indexAtOrAfter = [&frames](Micros t) {
        return static_cast<std::size_t>(
            std::lower_bound(frames.begin(), frames.end(), t, [](const Frame& f, Micros v) { return f.time < v; }) -
            frames.begin());
    };
    // Start one thumbnail width early so a frame that began left of the view still shows.
    std::size_t i = indexAtOrAfter(mapping.visibleLocalStart(spec().clock) -
                                   Micros{static_cast<std::int64_t>(thumbWidth * mapping.microsPerPixel())});
    const double y = area.top() + 4.0;
    int guard = 0;
    while (i < frames.size() && frames[i].time <= localEnd && guard++ < 4096) {
        const double x = area.left() + xOf(frames[i].time, context);
        const QRectF box(x, y, thumbWidth, thumbHeight);
        const QImage image = m_thumbnails->thumbnail(static_cast<int>(i));
        if (image.isNull())
            painter.fillRect(box, placeholder);
        else
            painter.drawImage(box, image);
        m_drawn.push_back(static_cast<int>(i));
        // The next frame with room for a whole thumbnail: a binary search, not a walk over hidden frames.
        const Micros nextFree = mapping.timeAtX(x - area.left() + thumbWidth + 2.0);
        const std::size_t next = std::max(i + 1, indexAtOrAfter(spec().clock.toLocal(nextFree)));
        // Frames skipped by the level of detail still show where they are: a tick under the strip.
        if (next > i + 1 && next - i < 64) {
            painter.setPen(tick);
            for (std::size_t k = i + 1; k < next; ++k) {
                const double tx = area.left() + xOf(frames[k].time, context);
                painter.drawLine(QPointF(tx, area.bottom() - 3), QPointF(tx, area.bottom()));
            }
        }
        i = next;
    }
    if (current >= 0 && frames[static_cast<std::size_t>(current)].time >= localStart - Micros{1}) {
        const double x = area.left() + xOf(frames[static_cast<std::size_t>(current)].time, context);
        // The frame under the playhead shows even where the level of detail skipped it (dense video frames).
        const QRectF box(x, y, thumbWidth, thumbHeight);
        if (std::find(m_drawn.begin(), m_drawn.end(), current) == m_drawn.end()) {
            const QImage image = m_thumbnails->thumbnail(current);
            if (image.isNull())
                painter.fillRect(box, placeholder);
            else
                painter.drawImage(box, image);
        }
        painter.setPen(QPen(accent(context), 2.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(box.adjusted(-1, -1, 1, 1));
    }
    painter.restore();
}

QString TimelineFramesLane::hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const
{
    const int index = frameAt(context.mapping->timeAtX(pos.x() - area.left()));
    if (index < 0)
        return {};
    return QCoreApplication::translate("lockstep::TimelineFramesLane", "frame %1 \u00b7 %2")
        .arg(index + 1)
        .arg(QFileInfo(spec().video ? spec().sourcePath : spec().frames.at(static_cast<std::size_t>(index)).path)
                 .fileName());
}

}  // namespace lockstep
