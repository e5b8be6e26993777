#include "TimelineRegionsLane.h"

#include "TimelineRuler.h"

#include <QFontMetrics>
#include <QPainter>
#include <algorithm>

namespace lockstep {

TimelineRegionsLane::TimelineRegionsLane() : TimelineLane(makeSpec())
{
    setHeight(defaultHeight());
}

TimelineLaneSpec TimelineRegionsLane::makeSpec()
{
    TimelineLaneSpec spec;
    spec.kind = TimelineLaneKind::Regions;
    spec.key = QStringLiteral("regions");
    spec.title = tr("Regions");
    return spec;
}

void TimelineRegionsLane::setRegions(std::vector<TimeRegion> regions)
{
    m_regions = std::move(regions);
    std::stable_sort(m_regions.begin(), m_regions.end(),
                     [](const TimeRegion& a, const TimeRegion& b) { return a.start < b.start; });
}

int TimelineRegionsLane::regionAt(Micros reference) const
{
    int found = -1;
    for (int i = 0; i < static_cast<int>(m_regions.size()); ++i) {
        const TimeRegion& r = m_regions[static_cast<std::size_t>(i)];
        if (r.start <= reference && reference < r.end &&
            (found < 0 || r.end - r.start < m_regions[static_cast<std::size_t>(found)].end -
                                                m_regions[static_cast<std::size_t>(found)].start))
            found = i;
    }
    return found;
}

QRectF TimelineRegionsLane::blockRect(int index, const QRect& area, const TimelinePaintContext& context) const
{
    const TimeRegion& r = m_regions.at(static_cast<std::size_t>(index));
    // Regions are on the reference clock itself: no stream clock in between.
    const double x0 = area.left() + context.mapping->xForTime(r.start);
    const double x1 = area.left() + context.mapping->xForTime(r.end);
    return QRectF(x0, area.top() + 3.0, std::max(2.0, x1 - x0), area.height() - 6.0);
}

QColor TimelineRegionsLane::colorOf(const QString& label, bool dark)
{
    // A stable hue per label (qHash is seeded per process; this is not).
    uint h = 0;
    for (const QChar c : label.toLower())
        h = h * 31u + c.unicode();
    const int hue = static_cast<int>((h * 47u) % 360u);
    return QColor::fromHsl(hue, dark ? 120 : 150, dark ? 150 : 120);
}

QString TimelineRegionsLane::placeholderText() const
{
    return m_addRegionKey.isEmpty() ? tr("Shift+drag to select a range, then Annotate \u25b8 Add Region adds a region")
                                    : tr("Shift+drag to select a range, then %1 adds a region").arg(m_addRegionKey);
}

void TimelineRegionsLane::paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context)
{
    if (m_regions.empty()) {
        paintPlaceholder(painter, area, context, placeholderText());
        return;
    }
    const QColor base = context.palette.color(QPalette::Base);
    const QColor text = context.palette.color(QPalette::Text);
    const QFontMetrics fm(painter.font());
    const Micros visibleStart = context.mapping->timeAtX(0);
    const Micros visibleEnd = context.mapping->timeAtX(area.width());
    painter.save();
    painter.setClipRect(area);
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int i = 0; i < static_cast<int>(m_regions.size()); ++i) {
        const TimeRegion& r = m_regions[static_cast<std::size_t>(i)];
        if (r.end < visibleStart || r.start > visibleEnd)
            continue;
        const QColor colour = colorOf(r.label, context.dark);
        const QRectF block = blockRect(i, area, context).adjusted(0.5, 0.5, -0.5, -0.5);
        painter.setPen(QPen(colour, 1.2));
        painter.setBrush(mix(base, colour, context.dark ? 0.45 : 0.30));
        painter.drawRoundedRect(block, std::min(3.0, block.width() / 2), std::min(3.0, block.width() / 2));
        const double left = std::max(block.left() + 5.0, static_cast<double>(area.left()) + 2.0);
        const double room = block.right() - left - 4.0;
        if (room >= 14.0) {
            painter.setPen(text);
            painter.drawText(
                QRectF(left, block.top(), room, block.height()), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                fm.elidedText(r.label.isEmpty() ? tr("(no label)") : r.label, Qt::ElideRight, static_cast<int>(room)));
        }
    }
    painter.restore();
}

QString TimelineRegionsLane::hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const
{
    const int index = regionAt(context.mapping->timeAtX(pos.x() - area.left()));
    if (index < 0)
        return {};
    const TimeRegion& r = m_regions[static_cast<std::size_t>(index)];
    return QStringLiteral("%1  %2 \u2013 %3")
        .arg(r.label, TimelineRuler::readout(r.start, 1000.0), TimelineRuler::readout(r.end, 1000.0));
}

}  // namespace lockstep
