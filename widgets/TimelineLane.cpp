#include "TimelineLane.h"

#include <QPainter>
#include <algorithm>

namespace lockstep {

TimelineLane::TimelineLane(TimelineLaneSpec spec) : m_spec(std::move(spec)) {}

TimelineLane::~TimelineLane() = default;

void TimelineLane::setHeight(int height)
{
    m_height = std::clamp(height, kMinHeight, kMaxHeight);
}

QString TimelineLane::hoverText(const QPoint&, const QRect&, const TimelinePaintContext&) const
{
    return {};
}

void TimelineLane::addMenuActions(QMenu*, const std::function<void()>&) {}

QColor TimelineLane::mix(const QColor& a, const QColor& b, double t)
{
    const double s = 1.0 - t;
    return QColor::fromRgbF(static_cast<float>(a.redF() * s + b.redF() * t),
                            static_cast<float>(a.greenF() * s + b.greenF() * t),
                            static_cast<float>(a.blueF() * s + b.blueF() * t));
}

QColor TimelineLane::accent(const TimelinePaintContext& context)
{
    // A soft blue that reads on white and on near-black alike; the theme's highlight when it is bluish.
    return context.dark ? QColor(0x7d, 0xa9, 0xe8) : QColor(0x2f, 0x6d, 0xb5);
}

QColor TimelineLane::muted(const TimelinePaintContext& context)
{
    return mix(context.palette.color(QPalette::Base), context.palette.color(QPalette::Text), 0.45);
}

void TimelineLane::paintPlaceholder(QPainter& painter, const QRect& area, const TimelinePaintContext& context,
                                    const QString& text)
{
    painter.save();
    painter.setPen(muted(context));
    painter.drawText(area, Qt::AlignCenter, text);
    painter.restore();
}

}  // namespace lockstep
