#include "TimelineSegmentsLane.h"

#include "TimelineTextEdits.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

namespace lockstep {

TimelineSegmentsLane::TimelineSegmentsLane(TimelineLaneSpec spec) : TimelineLane(std::move(spec))
{
    setHeight(defaultHeight());
    refresh();
}

void TimelineSegmentsLane::refresh()
{
    std::vector<Segment>& segments = this->spec().segments;
    std::stable_sort(segments.begin(), segments.end(),
                     [](const Segment& a, const Segment& b) { return a.start < b.start; });
    m_longest = Micros{0};
    for (const Segment& s : segments)
        m_longest = std::max(m_longest, s.end - s.start);
}

std::size_t TimelineSegmentsLane::firstOverlapping(Micros local) const
{
    const std::vector<Segment>& segments = spec().segments;
    const Micros from = local - m_longest;
    return static_cast<std::size_t>(std::lower_bound(segments.begin(), segments.end(), from,
                                                     [](const Segment& s, Micros t) { return s.start < t; }) -
                                    segments.begin());
}

Micros TimelineSegmentsLane::referenceStart(int index) const
{
    return spec().clock.toReference(spec().segments.at(static_cast<std::size_t>(index)).start);
}

Micros TimelineSegmentsLane::referenceEnd(int index) const
{
    return spec().clock.toReference(spec().segments.at(static_cast<std::size_t>(index)).end);
}

int TimelineSegmentsLane::segmentAt(Micros reference) const
{
    const std::vector<Segment>& segments = spec().segments;
    const Micros local = spec().clock.toLocal(reference);
    int found = -1;
    for (std::size_t i = firstOverlapping(local); i < segments.size() && segments[i].start <= local; ++i)
        if (local < segments[i].end)
            found = static_cast<int>(i);  // the latest starting one wins when they overlap
    return found;
}

QRectF TimelineSegmentsLane::blockRect(int index, const QRect& area, const TimelinePaintContext& context) const
{
    const Segment& s = spec().segments.at(static_cast<std::size_t>(index));
    const double x0 = area.left() + xOf(s.start, context);
    const double x1 = area.left() + xOf(s.end, context);
    return QRectF(x0, area.top() + 4.0, std::max(1.0, x1 - x0), area.height() - 8.0);
}

void TimelineSegmentsLane::paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context)
{
    const std::vector<Segment>& segments = spec().segments;
    if (segments.empty()) {
        paintPlaceholder(painter, area, context, QString());
        return;
    }
    const Micros localStart = context.mapping->visibleLocalStart(spec().clock);
    const Micros localEnd = context.mapping->visibleLocalEnd(spec().clock);
    const int current = segmentAt(context.playhead);
    const QColor base = context.palette.color(QPalette::Base);
    const QColor text = context.palette.color(QPalette::Text);
    const QColor accentColor = accent(context);
    const QColor fill = mix(base, accentColor, context.dark ? 0.28 : 0.16);
    const QColor border = mix(base, accentColor, 0.55);
    const QColor currentFill = mix(base, accentColor, context.dark ? 0.55 : 0.42);
    const QFontMetrics fm(painter.font());
    painter.save();
    painter.setClipRect(area);
    painter.setRenderHint(QPainter::Antialiasing, true);
    double lastLabelEnd = -1e9;
    int lastColumn = std::numeric_limits<int>::min();
    for (std::size_t i = firstOverlapping(localStart); i < segments.size() && segments[i].start <= localEnd; ++i) {
        const Segment& s = segments[i];
        if (s.end < localStart)
            continue;
        const QRectF block = blockRect(static_cast<int>(i), area, context);
        const bool isCurrent = static_cast<int>(i) == current;
        if (block.width() < 4.0 && s.start != s.end) {
            // Zoomed far out: blocks narrower than a few pixels are plain rectangles, at most one per pixel
            // column (thousands of rounded, antialiased ones would cost more than the rest of the paint).
            const int column = static_cast<int>(std::floor(block.left()));
            if (column == lastColumn && !isCurrent)
                continue;
            lastColumn = column;
            painter.setRenderHint(QPainter::Antialiasing, false);
            painter.fillRect(QRectF(column, block.top(), std::max(1.0, std::round(block.width())), block.height()),
                             isCurrent ? accentColor : border);
            painter.setRenderHint(QPainter::Antialiasing, true);
            continue;
        }
        if (s.start == s.end) {
            // A point tier: a marker with its label beside it.
            painter.setPen(QPen(isCurrent ? accentColor : border, 1.5));
            painter.drawLine(QPointF(block.left(), block.top()), QPointF(block.left(), block.bottom()));
        } else {
            painter.setPen(QPen(isCurrent ? accentColor : border, 1.0));
            painter.setBrush(isCurrent ? currentFill : fill);
            const QRectF r = block.adjusted(0.5, 0.5, -0.5, -0.5);
            painter.drawRoundedRect(r, std::min(3.0, r.width() / 2), std::min(3.0, r.width() / 2));
        }
        if (s.start != s.end && block.width() >= 10.0 && TimelineTextEdits::isEdited(spec(), s)) {
            // Edited: a small amber corner, like a margin mark in a proofread text.
            const double size = std::min(7.0, block.height() / 2);
            QPainterPath corner;
            corner.moveTo(block.right() - size - 1.0, block.top() + 1.0);
            corner.lineTo(block.right() - 1.0, block.top() + 1.0);
            corner.lineTo(block.right() - 1.0, block.top() + 1.0 + size);
            corner.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(editedMark(context));
            painter.drawPath(corner);
        }
        // Labels only where they fit and do not run into the previous one.
        const double labelLeft = std::max(block.left() + 5.0, static_cast<double>(area.left()) + 2.0);
        const double room = (s.start == s.end ? 160.0 : block.right() - labelLeft - 4.0);
        if (room >= 14.0 && labelLeft >= lastLabelEnd) {
            const QString label = fm.elidedText(s.text, Qt::ElideRight, static_cast<int>(room));
            painter.setPen(isCurrent ? text : mix(base, text, 0.85));
            const QRectF textRect(labelLeft, block.top(), room, block.height());
            painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, label);
            lastLabelEnd = labelLeft + fm.horizontalAdvance(label) + 4.0;
        }
    }
    painter.restore();
}

QString TimelineSegmentsLane::hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const
{
    const int index = segmentAt(context.mapping->timeAtX(pos.x() - area.left()));
    if (index < 0)
        return {};
    const Segment& s = spec().segments.at(static_cast<std::size_t>(index));
    if (TimelineTextEdits::isEdited(spec(), s))
        return tr("%1  (edited; original: %2)").arg(s.text, TimelineTextEdits::originalText(spec(), s));
    return s.text;
}

QColor TimelineSegmentsLane::editedMark(const TimelinePaintContext& context)
{
    return context.dark ? QColor(0xf0, 0xb4, 0x4c) : QColor(0xd9, 0x8a, 0x00);
}

}  // namespace lockstep
