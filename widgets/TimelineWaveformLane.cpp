#include "TimelineWaveformLane.h"

#include "signal/WaveformSummary.h"

#include <QCoreApplication>
#include <QLine>
#include <QPainter>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>

namespace lockstep {

TimelineWaveformLane::TimelineWaveformLane(TimelineLaneSpec spec) : TimelineLane(std::move(spec))
{
    setHeight(defaultHeight());
}

TimelineWaveformLane::~TimelineWaveformLane() = default;

double TimelineWaveformLane::displayGain() const
{
    if (m_gain > 0.0)
        return m_gain;
    float peak = 0.0f;
    const int level = m_summary->levelCount() - 1;
    for (int c = 0; c < m_summary->channels(); ++c)
        for (const WaveformBlock& b : m_summary->blocks(level, c))
            peak = std::max({peak, std::abs(b.min), std::abs(b.max)});
    m_gain = peak > 0.0f ? std::clamp(0.95 / peak, 1.0, 8.0) : 1.0;
    return m_gain;
}

qint64 TimelineWaveformLane::frameAt(Micros reference) const
{
    const Micros local = spec().clock.toLocal(reference);
    return static_cast<qint64>(std::floor(static_cast<double>(local.count()) * m_summary->sampleRate() / 1e6));
}

void TimelineWaveformLane::paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context)
{
    if (!m_error.isEmpty()) {
        paintPlaceholder(painter, area, context, m_error);
        return;
    }
    if (!m_summary) {
        paintPlaceholder(painter, area, context,
                         QCoreApplication::translate("lockstep::TimelineWaveformLane", "Computing the waveform\u2026"));
        return;
    }
    const TimelineMapping& mapping = *context.mapping;
    // One column per device pixel: on a 2x screen the waveform has twice the detail, not doubled steps.
    const double ratio = std::max(1.0, context.devicePixelRatio);
    const double framesPerPixel = mapping.microsPerPixel() * m_summary->sampleRate() / 1e6 / ratio;
    const int level = m_summary->levelFor(framesPerPixel);
    const double mid = area.top() + area.height() / 2.0;
    // Quiet recordings are drawn louder (up to 8x) so their shape reads; the hover read-out stays in dBFS.
    const double half = (area.height() / 2.0 - 2.0) * displayGain();
    const QColor base = context.palette.color(QPalette::Base);
    const QColor color = accent(context);

    painter.save();
    painter.setClipRect(area);
    painter.setPen(mix(base, context.palette.color(QPalette::Text), 0.18));
    painter.drawLine(QPointF(area.left(), mid), QPointF(area.right(), mid));

    // Columns where the file has audio, in lane pixels.
    const double xStart = std::max(0.0, std::floor(xOf(Micros{0}, context)));
    const Micros fileEnd{static_cast<std::int64_t>(std::llround(m_summary->frames() * 1e6 / m_summary->sampleRate()))};
    const double xEnd = std::min<double>(area.width(), std::ceil(xOf(fileEnd, context)));
    QVarLengthArray<QLineF, 2048> peaks;
    QVarLengthArray<QLineF, 2048> rms;
    qint64 frame = frameAt(mapping.timeAtX(xStart));
    const int columnEnd = static_cast<int>(std::ceil(xEnd * ratio));
    for (int column = static_cast<int>(xStart * ratio); column < columnEnd; ++column) {
        const qint64 next = std::max(frame + 1, frameAt(mapping.timeAtX((column + 1) / ratio)));
        const qint64 first = std::max<qint64>(0, frame);
        const qint64 last = std::min(m_summary->frames(), next);
        frame = next;
        if (last <= first)
            continue;
        float lo = 1.0f;
        float hi = -1.0f;
        float r = 0.0f;
        for (int c = 0; c < m_summary->channels(); ++c) {
            const WaveformBlock b = m_summary->range(c, first, last, level);
            lo = std::min(lo, b.min);
            hi = std::max(hi, b.max);
            r = std::max(r, b.rms);
        }
        const double px = area.left() + (column + 0.5) / ratio;
        // At least one pixel tall, so silence still shows where the audio is.
        const double limit = area.height() / 2.0 - 1.0;
        const double top = mid - std::clamp(static_cast<double>(hi) * half, -limit, limit);
        const double bottom = mid - std::clamp(static_cast<double>(lo) * half, -limit, limit);
        peaks.append(QLineF(px, std::min(top, mid - 0.5), px, std::max(bottom, mid + 0.5)));
        const double rr = std::min(area.height() / 2.0 - 1.0, static_cast<double>(r) * half);
        if (rr > 0.5)
            rms.append(QLineF(px, mid - rr, px, mid + rr));
    }
    painter.setPen(QPen(mix(base, color, context.dark ? 0.65 : 0.55), 1.0 / ratio));
    painter.drawLines(peaks.constData(), static_cast<int>(peaks.size()));
    painter.setPen(QPen(color, 1.0 / ratio));
    painter.drawLines(rms.constData(), static_cast<int>(rms.size()));
    painter.restore();
}

QString TimelineWaveformLane::hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const
{
    if (!m_summary)
        return {};
    const TimelineMapping& mapping = *context.mapping;
    const qint64 first = std::max<qint64>(0, frameAt(mapping.timeAtX(pos.x() - area.left())));
    const qint64 last =
        std::min(m_summary->frames(), std::max(first + 1, frameAt(mapping.timeAtX(pos.x() - area.left() + 1))));
    if (last <= first)
        return {};
    const double framesPerPixel = mapping.microsPerPixel() * m_summary->sampleRate() / 1e6;
    const WaveformBlock b = m_summary->range(0, first, last, m_summary->levelFor(framesPerPixel));
    const double peak = std::max(std::abs(b.min), std::abs(b.max));
    const double db = peak > 0 ? 20.0 * std::log10(peak) : -120.0;
    return QCoreApplication::translate("lockstep::TimelineWaveformLane", "peak %1 dBFS")
        .arg(QString::number(db, 'f', 1));
}

}  // namespace lockstep
