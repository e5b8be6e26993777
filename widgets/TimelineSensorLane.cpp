#include "TimelineSensorLane.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPolygonF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace lockstep {

TimelineSensorLane::TimelineSensorLane(TimelineLaneSpec spec) : TimelineLane(std::move(spec))
{
    setHeight(defaultHeight());
}

TimelineSensorLane::~TimelineSensorLane() = default;

void TimelineSensorLane::setSeries(std::shared_ptr<const SensorSeries> series)
{
    m_series = std::move(series);
    const std::size_t channels = static_cast<std::size_t>(std::max<qsizetype>(1, m_series->channels.size()));
    m_min.assign(channels, std::numeric_limits<double>::infinity());
    m_max.assign(channels, -std::numeric_limits<double>::infinity());
    for (std::size_t i = 0; i < m_series->values.size(); ++i) {
        const double v = m_series->values[i];
        if (!std::isfinite(v))
            continue;
        m_min[i % channels] = std::min(m_min[i % channels], v);
        m_max[i % channels] = std::max(m_max[i % channels], v);
    }
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    double widest = 0.0;
    for (std::size_t c = 0; c < channels; ++c) {
        if (!std::isfinite(m_min[c])) {
            m_min[c] = -1.0;
            m_max[c] = 1.0;
        }
        if (m_max[c] - m_min[c] < 1e-12) {
            m_min[c] -= 1.0;
            m_max[c] += 1.0;
        }
        lo = std::min(lo, m_min[c]);
        hi = std::max(hi, m_max[c]);
        widest = std::max(widest, m_max[c] - m_min[c]);
    }
    // One axis when it leaves every channel at least a quarter of the height.
    m_shared = hi - lo <= 4.0 * widest;
    for (std::size_t c = 0; c < channels; ++c) {
        if (m_shared) {
            m_min[c] = lo;
            m_max[c] = hi;
        }
        const double pad = (m_max[c] - m_min[c]) * 0.06;
        m_min[c] -= pad;
        m_max[c] += pad;
    }
}

QColor TimelineSensorLane::channelColor(int channel, bool dark)
{
    // Distinct, not loud: a muted qualitative palette with a lighter variant for dark themes.
    static const QColor light[] = {QColor(0x2f, 0x6d, 0xb5), QColor(0xd0, 0x6b, 0x2c), QColor(0x3a, 0x9a, 0x5b),
                                   QColor(0x9b, 0x4d, 0xb0), QColor(0xb8, 0x3b, 0x4b), QColor(0x5f, 0x7f, 0x8f)};
    static const QColor darkSet[] = {QColor(0x7d, 0xa9, 0xe8), QColor(0xf0, 0xa0, 0x6a), QColor(0x7c, 0xd0, 0x95),
                                     QColor(0xc8, 0x96, 0xe0), QColor(0xee, 0x84, 0x92), QColor(0xa8, 0xc0, 0xcc)};
    const int i = channel % 6;
    return dark ? darkSet[i] : light[i];
}

double TimelineSensorLane::yOfValue(int channel, double value, const QRect& area) const
{
    const std::size_t c = std::min(m_min.size() - 1, static_cast<std::size_t>(std::max(0, channel)));
    const double top = area.top() + 3.0;
    const double height = area.height() - 6.0;
    return top + (m_max[c] - value) / (m_max[c] - m_min[c]) * height;
}

void TimelineSensorLane::paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context)
{
    if (!m_error.isEmpty()) {
        paintPlaceholder(painter, area, context, m_error);
        return;
    }
    if (!m_series) {
        paintPlaceholder(painter, area, context,
                         QCoreApplication::translate("lockstep::TimelineSensorLane", "Reading the sensor file\u2026"));
        return;
    }
    const SensorSeries& s = *m_series;
    const int channels = static_cast<int>(s.channels.size());
    if (s.times.empty() || channels == 0)
        return;
    const Micros localStart = context.mapping->visibleLocalStart(spec().clock);
    const Micros localEnd = context.mapping->visibleLocalEnd(spec().clock);
    // One reading either side, so lines run to the edges.
    std::size_t first =
        static_cast<std::size_t>(std::lower_bound(s.times.begin(), s.times.end(), localStart) - s.times.begin());
    std::size_t last =
        static_cast<std::size_t>(std::upper_bound(s.times.begin(), s.times.end(), localEnd) - s.times.begin());
    first = first > 0 ? first - 1 : 0;
    last = std::min(s.times.size(), last + 1);

    const QColor base = context.palette.color(QPalette::Base);
    painter.save();
    painter.setClipRect(area);
    if (m_shared && m_min[0] < 0.0 && m_max[0] > 0.0) {
        const double zero = yOfValue(0, 0.0, area);
        painter.setPen(QPen(mix(base, context.palette.color(QPalette::Text), 0.15), 1.0, Qt::DashLine));
        painter.drawLine(QPointF(area.left(), zero), QPointF(area.right(), zero));
    }
    const bool dense = (last - first) > static_cast<std::size_t>(area.width()) * 2;
    for (int c = 0; c < channels; ++c) {
        QPolygonF line;
        line.reserve(dense ? area.width() * 2 + 4 : static_cast<qsizetype>(last - first));
        int column = std::numeric_limits<int>::min();
        double lo = 0.0;
        double hi = 0.0;
        bool firstIsLow = true;
        const auto flush = [&] {
            if (column == std::numeric_limits<int>::min())
                return;
            const double x = area.left() + column + 0.5;
            // Keep the order the extremes came in, so the line does not zigzag backwards.
            line << QPointF(x, yOfValue(c, firstIsLow ? lo : hi, area))
                 << QPointF(x, yOfValue(c, firstIsLow ? hi : lo, area));
        };
        for (std::size_t row = first; row < last; ++row) {
            const double v = s.values[row * static_cast<std::size_t>(channels) + static_cast<std::size_t>(c)];
            if (!std::isfinite(v))
                continue;
            const double x = xOf(s.times[row], context);
            if (!dense) {
                line << QPointF(area.left() + x, yOfValue(c, v, area));
                continue;
            }
            const int col = static_cast<int>(std::floor(x));
            if (col != column) {
                flush();
                column = col;
                lo = hi = v;
                firstIsLow = true;
            } else {
                if (v < lo) {
                    lo = v;
                    firstIsLow = false;
                }
                hi = std::max(hi, v);
            }
        }
        if (dense)
            flush();
        // Antialiased strokes of thousands of points cost tens of milliseconds in the raster engine: a dense
        // envelope is drawn with a plain cosmetic pen, which looks the same at one point per pixel.
        const bool smooth = line.size() < 1200;
        painter.setRenderHint(QPainter::Antialiasing, smooth);
        QPen pen(channelColor(c, context.dark), smooth ? 1.3 : 1.0);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPolyline(line);
    }
    painter.setRenderHint(QPainter::Antialiasing, false);

    // Legend: channel names in their colours, top right, on the lane's background.
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter.setFont(font);
    const QFontMetrics fm(font);
    int x = area.right() - 6;
    for (int c = channels - 1; c >= 0; --c) {
        const QString name = s.channels.at(c);
        const int w = fm.horizontalAdvance(name);
        x -= w;
        QColor chip = base;
        chip.setAlpha(200);
        painter.fillRect(QRect(x - 14, area.top() + 3, w + 16, fm.height()), chip);
        painter.fillRect(QRect(x - 11, area.top() + 3 + fm.height() / 2 - 1, 8, 3), channelColor(c, context.dark));
        painter.setPen(context.palette.color(QPalette::Text));
        painter.drawText(QPoint(x, area.top() + 3 + fm.ascent()), name);
        x -= 22;
    }
    // Value axis: the top and bottom of a shared range (separate ranges are in the hover read-out).
    painter.setPen(muted(context));
    if (m_shared) {
        painter.drawText(QPoint(area.left() + 4, area.top() + 3 + fm.ascent()), QString::number(m_max[0], 'g', 3));
        painter.drawText(QPoint(area.left() + 4, area.bottom() - 3), QString::number(m_min[0], 'g', 3));
    } else {
        // Said once, top left on a chip like the legend's, so it never sits on the lines.
        const QString note =
            QCoreApplication::translate("lockstep::TimelineSensorLane", "each channel on its own scale");
        QColor chip = base;
        chip.setAlpha(200);
        painter.fillRect(QRect(area.left() + 2, area.top() + 3, fm.horizontalAdvance(note) + 8, fm.height()), chip);
        painter.drawText(QPoint(area.left() + 6, area.top() + 3 + fm.ascent()), note);
    }
    painter.restore();
}

QString TimelineSensorLane::hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const
{
    if (!m_series || m_series->times.empty())
        return {};
    const SensorSeries& s = *m_series;
    const Micros local = spec().clock.toLocal(context.mapping->timeAtX(pos.x() - area.left()));
    auto it = std::lower_bound(s.times.begin(), s.times.end(), local);
    if (it == s.times.end())
        --it;
    else if (it != s.times.begin() && (local - *(it - 1)) < (*it - local))
        --it;
    const std::size_t row = static_cast<std::size_t>(it - s.times.begin());
    QStringList parts;
    const int channels = static_cast<int>(s.channels.size());
    for (int c = 0; c < channels; ++c)
        parts << QStringLiteral("%1 %2").arg(
            s.channels.at(c),
            QString::number(s.values[row * static_cast<std::size_t>(channels) + static_cast<std::size_t>(c)], 'g', 4));
    return parts.join(QStringLiteral("  "));
}

}  // namespace lockstep
