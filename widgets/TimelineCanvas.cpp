#include "TimelineCanvas.h"

#include "TimelineRegionsLane.h"
#include "TimelineRuler.h"
#include "TimelineSegmentsLane.h"

#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace lockstep {

namespace {

constexpr double kZoomStep = 1.25;
constexpr Micros kBoundaryContext{500'000};  // "play 500 ms before/after a boundary"

QColor playheadColor(bool dark)
{
    return dark ? QColor(0xff, 0x7a, 0x5c) : QColor(0xd9, 0x48, 0x2b);
}

}  // namespace

TimelineCanvas::TimelineCanvas(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineCanvas"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumHeight(kRulerHeight + 40);
    m_mapping.setWidth(plotWidth());
}

TimelineCanvas::~TimelineCanvas() = default;

void TimelineCanvas::setLanes(std::vector<std::unique_ptr<TimelineLane>> lanes)
{
    m_lanes = std::move(lanes);
    m_scrollY = 0;
    m_hover.reset();
    changed();
    emit lanesChanged();
}

void TimelineCanvas::clearLanes()
{
    setLanes({});
    m_selection.reset();
    m_playhead = Micros{0};
}

int TimelineCanvas::indexOfLane(const QString& key) const
{
    for (int i = 0; i < laneCount(); ++i)
        if (lane(i)->key() == key)
            return i;
    return -1;
}

void TimelineCanvas::moveLane(int from, int to)
{
    if (from < 0 || from >= laneCount() || to < 0 || to >= laneCount() || from == to)
        return;
    auto moved = std::move(m_lanes[static_cast<std::size_t>(from)]);
    m_lanes.erase(m_lanes.begin() + from);
    m_lanes.insert(m_lanes.begin() + to, std::move(moved));
    changed();
    emit lanesChanged();
}

void TimelineCanvas::setLaneVisible(int index, bool visible)
{
    if (index < 0 || index >= laneCount())
        return;
    lane(index)->setVisible(visible);
    setVerticalOffset(m_scrollY);
    changed();
    emit lanesChanged();
}

void TimelineCanvas::changed()
{
    update();
    emit viewChanged();
}

void TimelineCanvas::setExtent(Micros start, Micros end, bool refit)
{
    const bool wasFit = m_mapping.isFit();
    const Micros visible = m_mapping.visibleStart();
    const double scale = m_mapping.microsPerPixel();
    m_mapping.setExtent(start, end);
    if (!refit && !wasFit) {
        m_mapping.setMicrosPerPixel(scale, 0);
        m_mapping.setVisibleStart(visible);
    }
    changed();
}

void TimelineCanvas::zoomBy(double factor, double plotX)
{
    m_mapping.zoomAbout(factor, plotX);
    changed();
}

void TimelineCanvas::zoomIn()
{
    // About the playhead when it is on screen, else about the middle.
    const double x = m_mapping.xForTime(m_playhead);
    zoomBy(1.0 / kZoomStep / kZoomStep, x >= 0 && x <= plotWidth() ? x : plotWidth() / 2.0);
}

void TimelineCanvas::zoomOut()
{
    const double x = m_mapping.xForTime(m_playhead);
    zoomBy(kZoomStep * kZoomStep, x >= 0 && x <= plotWidth() ? x : plotWidth() / 2.0);
}

void TimelineCanvas::fit()
{
    m_mapping.fit();
    changed();
}

void TimelineCanvas::panBy(double pixels)
{
    m_mapping.panByPixels(pixels);
    changed();
}

void TimelineCanvas::setPlayhead(Micros time, bool follow)
{
    time = std::clamp(time, m_mapping.extentStart(), m_mapping.extentEnd());
    if (time == m_playhead && !follow)
        return;
    m_playhead = time;
    if (follow && m_drag == Drag::None) {
        const Micros before = m_mapping.visibleStart();
        m_mapping.ensureVisible(time, plotWidth() * 0.1);
        if (m_mapping.visibleStart() != before)
            emit viewChanged();
    }
    update();
}

void TimelineCanvas::setSelection(Micros start, Micros end)
{
    if (end < start)
        std::swap(start, end);
    m_selection = std::make_pair(start, end);
    update();
    emit selectionChanged();
}

void TimelineCanvas::clearSelection()
{
    if (!m_selection)
        return;
    m_selection.reset();
    update();
    emit selectionChanged();
}

void TimelineCanvas::playSelection()
{
    if (m_selection)
        emit playRangeRequested(m_selection->first, m_selection->second);
}

int TimelineCanvas::contentHeight() const
{
    int h = 0;
    for (const auto& l : m_lanes)
        if (l->isVisible())
            h += l->height() + kLaneGap;
    return h;
}

void TimelineCanvas::setVerticalOffset(int offset)
{
    const int available = height() - kRulerHeight;
    m_scrollY = std::clamp(offset, 0, std::max(0, contentHeight() - available));
    update();
}

QRect TimelineCanvas::rulerRect() const
{
    return QRect(kHeaderWidth, 0, plotWidth(), kRulerHeight);
}

QRect TimelineCanvas::lanePlotRect(int index) const
{
    int y = kRulerHeight - m_scrollY;
    for (int i = 0; i < laneCount(); ++i) {
        const TimelineLane* l = lane(i);
        if (!l->isVisible())
            continue;
        if (i == index)
            return QRect(kHeaderWidth, y, plotWidth(), l->height());
        y += l->height() + kLaneGap;
    }
    return {};
}

QRect TimelineCanvas::laneHeaderRect(int index) const
{
    const QRect plot = lanePlotRect(index);
    return plot.isNull() ? QRect() : QRect(0, plot.top(), kHeaderWidth, plot.height());
}

int TimelineCanvas::laneAt(int y) const
{
    if (y < kRulerHeight)
        return -1;
    for (int i = 0; i < laneCount(); ++i) {
        const QRect r = lanePlotRect(i);
        if (!r.isNull() && y >= r.top() && y < r.bottom() + 1 + kLaneGap)
            return i;
    }
    return -1;
}

Micros TimelineCanvas::timeAtWidgetX(double x) const
{
    return m_mapping.timeAtX(x - kHeaderWidth);
}

TimelinePaintContext TimelineCanvas::paintContext() const
{
    TimelinePaintContext context;
    context.mapping = &m_mapping;
    context.playhead = m_playhead;
    context.palette = palette();
    context.dark = palette().color(QPalette::Base).lightness() < 128;
    context.devicePixelRatio = devicePixelRatioF();
    return context;
}

void TimelineCanvas::paintEvent(QPaintEvent*)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(this);
    const TimelinePaintContext context = paintContext();
    const QColor base = context.palette.color(QPalette::Base);
    painter.fillRect(rect(), base);

    const QColor separator = TimelineLane::mix(base, context.palette.color(QPalette::Text), 0.10);
    for (int i = 0; i < laneCount(); ++i) {
        TimelineLane* l = lane(i);
        if (!l->isVisible())
            continue;
        const QRect plot = lanePlotRect(i);
        if (plot.bottom() < kRulerHeight || plot.top() > height())
            continue;
        painter.save();
        painter.setClipRect(QRect(0, kRulerHeight, width(), height() - kRulerHeight));
        l->paint(painter, plot, context);
        paintHeader(painter, laneHeaderRect(i), *l, context);
        painter.fillRect(QRect(0, plot.bottom() + 1, width(), kLaneGap), separator);
        painter.restore();
    }
    paintRuler(painter, context);
    paintOverlays(painter, context);
    paintReadout(painter, context);
    m_lastPaintNs = timer.nsecsElapsed();
    emit painted(m_lastPaintNs);
}

void TimelineCanvas::paintHeader(QPainter& painter, const QRect& rect, const TimelineLane& lane,
                                 const TimelinePaintContext& context)
{
    const QColor window = context.palette.color(QPalette::Window);
    painter.fillRect(rect, window);
    painter.fillRect(QRect(rect.right(), rect.top(), 1, rect.height()),
                     TimelineLane::mix(window, context.palette.color(QPalette::WindowText), 0.15));
    // A thin colour mark tells the lane kinds apart at a glance.
    QColor mark = TimelineLane::accent(context);
    switch (lane.kind()) {
    case TimelineLaneKind::Frames: mark = QColor(0x8a, 0x8f, 0x98); break;
    case TimelineLaneKind::Segments: mark = TimelineLane::mix(mark, window, 0.35); break;
    case TimelineLaneKind::Waveform: break;
    case TimelineLaneKind::Spectrogram: mark = QColor(0xb5, 0x4d, 0x7a); break;
    case TimelineLaneKind::Sensor: mark = QColor(0x3a, 0x9a, 0x5b); break;
    case TimelineLaneKind::Regions: mark = QColor(0xd9, 0x8a, 0x00); break;
    }
    painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), mark);
    // "transcript/utterances": the tier on the first line, where it comes from underneath, quieter.
    const QFontMetrics fm(painter.font());
    const QRect text = rect.adjusted(10, 0, -6, 0);
    const QString title = lane.title();
    const qsizetype slash = title.lastIndexOf(QLatin1Char('/'));
    const bool twoLines = slash > 0 && text.height() >= 2 * fm.lineSpacing();
    // A lane too low for two lines (a taller CJK font) keeps the tier; the header's tooltip has the whole title.
    const QString name = slash > 0 ? title.mid(slash + 1) : title;
    painter.setPen(context.palette.color(QPalette::WindowText));
    if (!twoLines) {
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(name, Qt::ElideMiddle, text.width()));
        return;
    }
    const int top = text.top() + (text.height() - 2 * fm.lineSpacing()) / 2;
    painter.drawText(QRect(text.left(), top, text.width(), fm.lineSpacing()), Qt::AlignVCenter | Qt::AlignLeft,
                     fm.elidedText(name, Qt::ElideMiddle, text.width()));
    painter.setPen(TimelineLane::mix(window, context.palette.color(QPalette::WindowText), 0.55));
    painter.drawText(QRect(text.left(), top + fm.lineSpacing(), text.width(), fm.lineSpacing()),
                     Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(title.left(slash), Qt::ElideMiddle, text.width()));
}

void TimelineCanvas::paintRuler(QPainter& painter, const TimelinePaintContext& context)
{
    const QColor window = context.palette.color(QPalette::Window);
    const QColor text = context.palette.color(QPalette::WindowText);
    painter.fillRect(QRect(0, 0, width(), kRulerHeight), window);
    painter.fillRect(QRect(0, kRulerHeight - 1, width(), 1), TimelineLane::mix(window, text, 0.25));
    const QFontMetrics fm(painter.font());
    const double spacing = fm.horizontalAdvance(QStringLiteral("0:00:00.000")) + 16.0;
    const std::vector<TimelineTick> ticks = TimelineRuler::ticks(m_mapping, spacing);
    painter.save();
    painter.setClipRect(rulerRect());
    const QColor minor = TimelineLane::mix(window, text, 0.35);
    for (const TimelineTick& tick : ticks) {
        const double x = kHeaderWidth + m_mapping.xForTime(tick.time);
        if (tick.major) {
            painter.setPen(TimelineLane::mix(window, text, 0.6));
            painter.drawLine(QPointF(x + 0.5, kRulerHeight - 9), QPointF(x + 0.5, kRulerHeight - 1));
            painter.setPen(text);
            painter.drawText(QPointF(x + 4, kRulerHeight - 9), tick.label);
        } else {
            painter.setPen(minor);
            painter.drawLine(QPointF(x + 0.5, kRulerHeight - 5), QPointF(x + 0.5, kRulerHeight - 1));
        }
    }
    painter.restore();
    // The header column above the lane names shows the playhead time.
    painter.setPen(text);
    QFont bold = painter.font();
    bold.setBold(true);
    painter.save();
    painter.setFont(bold);
    painter.drawText(QRect(10, 0, kHeaderWidth - 14, kRulerHeight - 1), Qt::AlignVCenter | Qt::AlignLeft,
                     TimelineRuler::readout(m_playhead, 1000.0));
    painter.restore();
}

void TimelineCanvas::paintOverlays(QPainter& painter, const TimelinePaintContext& context)
{
    painter.save();
    painter.setClipRect(QRect(kHeaderWidth, 0, plotWidth(), height()));
    if (m_selection) {
        const double x0 = kHeaderWidth + m_mapping.xForTime(m_selection->first);
        const double x1 = kHeaderWidth + m_mapping.xForTime(m_selection->second);
        QColor fill = context.palette.color(QPalette::Highlight);
        fill.setAlpha(48);
        painter.fillRect(QRectF(x0, 0, std::max(1.0, x1 - x0), height()), fill);
        QColor edge = context.palette.color(QPalette::Highlight);
        edge.setAlpha(160);
        painter.setPen(edge);
        painter.drawLine(QPointF(x0, 0), QPointF(x0, height()));
        painter.drawLine(QPointF(x1, 0), QPointF(x1, height()));
    }
    const double x = std::round(kHeaderWidth + m_mapping.xForTime(m_playhead));
    const QColor play = playheadColor(context.dark);
    painter.fillRect(QRectF(x, 0, 1.5, height()), play);
    // A small handle on the ruler: the thing to grab.
    QPainterPath handle;
    handle.moveTo(x - 5, 0);
    handle.lineTo(x + 6.5, 0);
    handle.lineTo(x + 0.75, 8);
    handle.closeSubpath();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillPath(handle, play);
    painter.restore();
}

void TimelineCanvas::paintReadout(QPainter& painter, const TimelinePaintContext& context)
{
    if (!m_hover || m_hover->x() < kHeaderWidth || m_drag == Drag::Resize)
        return;
    const QPoint pos = *m_hover;
    QString text = TimelineRuler::readout(timeAtWidgetX(pos.x()), m_mapping.microsPerPixel());
    const int index = laneAt(pos.y());
    if (index >= 0) {
        const QString extra = lane(index)->hoverText(pos, lanePlotRect(index), context);
        if (!extra.isEmpty())
            text += QStringLiteral("  \u00b7  ") + extra;
    }
    painter.save();
    QColor line = context.palette.color(QPalette::Text);
    line.setAlpha(70);
    painter.fillRect(QRectF(pos.x(), kRulerHeight, 1, height() - kRulerHeight), line);
    const QFontMetrics fm(painter.font());
    const QString shown = fm.elidedText(text, Qt::ElideRight, 520);
    QRect box(0, 0, fm.horizontalAdvance(shown) + 12, fm.height() + 6);
    box.moveTopLeft(QPoint(pos.x() + 12, std::max(kRulerHeight + 2, pos.y() - box.height() - 6)));
    if (box.right() > width() - 4)
        box.moveRight(pos.x() - 12);
    QColor bg = context.palette.color(QPalette::ToolTipBase);
    bg.setAlpha(235);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(TimelineLane::mix(bg, context.palette.color(QPalette::ToolTipText), 0.3));
    painter.setBrush(bg);
    painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.setPen(context.palette.color(QPalette::ToolTipText));
    painter.drawText(box, Qt::AlignCenter, shown);
    painter.restore();
}

void TimelineCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool wasFit = m_mapping.isFit();
    m_mapping.setWidth(plotWidth());
    if (wasFit)
        m_mapping.fit();
    setVerticalOffset(m_scrollY);
    emit viewChanged();
}

int TimelineCanvas::resizeHandleAt(const QPoint& pos) const
{
    if (pos.x() >= kHeaderWidth)
        return -1;
    for (int i = 0; i < laneCount(); ++i) {
        const QRect r = laneHeaderRect(i);
        if (!r.isNull() && std::abs(pos.y() - (r.bottom() + 1)) <= 3)
            return i;
    }
    return -1;
}

void TimelineCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    m_lastDragX = event->position().x();
    m_moved = false;
    if (event->button() != Qt::LeftButton && event->button() != Qt::MiddleButton)
        return;
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        return;
    }
    if (const int handle = resizeHandleAt(pos); handle >= 0) {
        m_drag = Drag::Resize;
        m_resizeLane = handle;
        m_resizeStartHeight = lane(handle)->height();
        return;
    }
    if (pos.x() < kHeaderWidth)
        return;
    if (pos.y() < kRulerHeight) {
        m_drag = Drag::Seek;
        emit seekRequested(timeAtWidgetX(pos.x()));
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::Select;
        m_selectAnchor = m_selection && std::abs(m_mapping.xForTime(m_selection->first) - (pos.x() - kHeaderWidth)) >
                                            std::abs(m_mapping.xForTime(m_selection->second) - (pos.x() - kHeaderWidth))
                             ? m_selection->first
                             : timeAtWidgetX(pos.x());
        setSelection(m_selectAnchor, timeAtWidgetX(pos.x()));
        return;
    }
    m_drag = Drag::Pan;
    setCursor(Qt::ClosedHandCursor);
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    m_hover = pos;
    if ((pos - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    switch (m_drag) {
    case Drag::None:
        setCursor(resizeHandleAt(pos) >= 0 ? Qt::SizeVerCursor : Qt::ArrowCursor);
        update();
        break;
    case Drag::Seek: emit seekRequested(timeAtWidgetX(std::clamp(pos.x(), kHeaderWidth, width()))); break;
    case Drag::Pan:
        if (m_moved) {
            m_mapping.panByPixels(m_lastDragX - event->position().x());
            changed();
        }
        break;
    case Drag::Select: setSelection(m_selectAnchor, timeAtWidgetX(std::clamp(pos.x(), kHeaderWidth, width()))); break;
    case Drag::Resize:
        lane(m_resizeLane)->setHeight(m_resizeStartHeight + pos.y() - m_pressPos.y());
        setVerticalOffset(m_scrollY);
        changed();
        break;
    }
    m_lastDragX = event->position().x();
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    const QPoint pos = event->position().toPoint();
    if (drag == Drag::Pan && !m_moved && event->button() == Qt::LeftButton) {
        // A click (no drag) in a lane moves the playhead there.
        clearSelection();
        emit seekRequested(timeAtWidgetX(pos.x()));
    } else if (drag == Drag::Select && m_selection && m_selection->first == m_selection->second) {
        clearSelection();
    } else if (drag == Drag::Resize) {
        emit lanesChanged();
    }
    update();
}

void TimelineCanvas::wheelEvent(QWheelEvent* event)
{
    const QPoint angle = event->angleDelta();
    const double x = event->position().x() - kHeaderWidth;
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = angle.y() / 120.0;
        zoomBy(std::pow(kZoomStep, -steps), std::clamp(x, 0.0, static_cast<double>(plotWidth())));
    } else if (event->modifiers() & Qt::AltModifier) {
        setVerticalOffset(m_scrollY - angle.y() / 2);
        emit viewChanged();
    } else {
        // Vertical wheels pan horizontally: there is one axis that matters here.
        const int delta = angle.x() != 0 ? angle.x() : angle.y();
        panBy(-delta / 120.0 * plotWidth() / 8.0);
    }
    event->accept();
}

void TimelineCanvas::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_0: fit(); return;
    case Qt::Key_Left: panBy(-plotWidth() / 8.0); return;
    case Qt::Key_Right: panBy(plotWidth() / 8.0); return;
    case Qt::Key_Home: emit seekRequested(m_mapping.extentStart()); return;
    case Qt::Key_End: emit seekRequested(m_mapping.extentEnd()); return;
    case Qt::Key_Escape: clearSelection(); return;
    case Qt::Key_Space:
        if (event->modifiers() & Qt::ShiftModifier) {
            playSelection();
        } else {
            emit playPauseRequested();
        }
        return;
    default: QWidget::keyPressEvent(event);
    }
}

void TimelineCanvas::leaveEvent(QEvent* event)
{
    m_hover.reset();
    update();
    QWidget::leaveEvent(event);
}

void TimelineCanvas::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

bool TimelineCanvas::event(QEvent* event)
{
    // A lane's header may show only its tier: hovering it names the whole lane ("transcript/utterances").
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int index = help->pos().x() < kHeaderWidth ? laneAt(help->pos().y()) : -1;
        if (index >= 0 && laneHeaderRect(index).contains(help->pos()))
            QToolTip::showText(help->globalPos(), lane(index)->title(), this, laneHeaderRect(index));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void TimelineCanvas::fillLanesMenu(QMenu* menu)
{
    for (int i = 0; i < laneCount(); ++i) {
        QAction* action = menu->addAction(lane(i)->title());
        action->setCheckable(true);
        action->setChecked(lane(i)->isVisible());
        const QString key = lane(i)->key();
        connect(action, &QAction::toggled, this, [this, key](bool on) { setLaneVisible(indexOfLane(key), on); });
    }
    menu->setEnabled(laneCount() > 0);
}

void TimelineCanvas::laneMenu(QMenu* menu, int index, const QPoint& pos)
{
    TimelineLane* l = lane(index);
    const QString key = l->key();
    // Segment actions first: they are what a reviewer reaches for on a text lane.
    if (auto* segments = dynamic_cast<TimelineSegmentsLane*>(l); segments && pos.x() >= kHeaderWidth) {
        const int s = segments->segmentAt(timeAtWidgetX(pos.x()));
        if (s >= 0) {
            const Micros start = segments->referenceStart(s);
            const Micros end = segments->referenceEnd(s);
            connect(menu->addAction(tr("Play Segment")), &QAction::triggered, this,
                    [this, start, end] { emit playRangeRequested(start, end); });
            connect(menu->addAction(tr("Play 500 ms Before the Start")), &QAction::triggered, this,
                    [this, start] { emit playRangeRequested(start - kBoundaryContext, start); });
            connect(menu->addAction(tr("Play 500 ms After the Start")), &QAction::triggered, this,
                    [this, start] { emit playRangeRequested(start, start + kBoundaryContext); });
            connect(menu->addAction(tr("Play 500 ms Before the End")), &QAction::triggered, this,
                    [this, end] { emit playRangeRequested(end - kBoundaryContext, end); });
            connect(menu->addAction(tr("Play 500 ms After the End")), &QAction::triggered, this,
                    [this, end] { emit playRangeRequested(end, end + kBoundaryContext); });
            connect(menu->addAction(tr("Select Segment")), &QAction::triggered, this,
                    [this, start, end] { setSelection(start, end); });
            menu->addSeparator();
        }
    }
    annotationMenu(menu, index, pos);
    if (m_selection) {
        connect(menu->addAction(tr("Play Selection")), &QAction::triggered, this,
                [this] { emit playRangeRequested(m_selection->first, m_selection->second); });
        connect(menu->addAction(tr("Zoom to Selection")), &QAction::triggered, this, [this] {
            m_mapping.showRange(m_selection->first, m_selection->second);
            changed();
        });
        menu->addSeparator();
    }
    connect(menu->addAction(tr("Hide Lane")), &QAction::triggered, this,
            [this, key] { setLaneVisible(indexOfLane(key), false); });
    QAction* up = menu->addAction(tr("Move Up"));
    up->setEnabled(index > 0);
    connect(up, &QAction::triggered, this, [this, key] { moveLane(indexOfLane(key), indexOfLane(key) - 1); });
    QAction* down = menu->addAction(tr("Move Down"));
    down->setEnabled(index + 1 < laneCount());
    connect(down, &QAction::triggered, this, [this, key] { moveLane(indexOfLane(key), indexOfLane(key) + 1); });
    connect(menu->addAction(tr("Reset Height")), &QAction::triggered, this, [this, key] {
        if (TimelineLane* target = lane(indexOfLane(key))) {
            target->setHeight(target->defaultHeight());
            setVerticalOffset(m_scrollY);
            changed();
        }
    });
    menu->addSeparator();
    const int before = static_cast<int>(menu->actions().size());
    l->addMenuActions(menu, [this] { update(); });
    if (static_cast<int>(menu->actions().size()) > before)
        menu->addSeparator();
    fillLanesMenu(menu->addMenu(tr("Show Lanes")));
}

// Edits of what is under the pointer: a segment's text, a region; a region from the selection.
void TimelineCanvas::annotationMenu(QMenu* menu, int index, const QPoint& pos)
{
    const Micros time = timeAtWidgetX(pos.x());
    const bool inPlot = pos.x() >= kHeaderWidth;
    if (auto* segments = dynamic_cast<TimelineSegmentsLane*>(lane(index)); segments && inPlot) {
        if (const int s = segments->segmentAt(time); s >= 0)
            connect(menu->addAction(tr("Edit Text\u2026")), &QAction::triggered, this,
                    [this, index, s] { emit segmentEditRequested(index, s); });
    }
    if (auto* regions = dynamic_cast<TimelineRegionsLane*>(lane(index)); regions && inPlot) {
        if (const int r = regions->regionAt(time); r >= 0) {
            const QString key = regions->regions().at(static_cast<std::size_t>(r)).key;
            connect(menu->addAction(tr("Rename Region\u2026")), &QAction::triggered, this,
                    [this, key] { emit regionRenameRequested(key); });
            connect(menu->addAction(tr("Delete Region")), &QAction::triggered, this,
                    [this, key] { emit regionDeleteRequested(key); });
        }
    }
    if (m_selection)
        connect(menu->addAction(tr("Add Region from Selection\u2026")), &QAction::triggered, this,
                [this] { emit regionRequested(m_selection->first, m_selection->second); });
    if (!menu->actions().isEmpty() && !menu->actions().constLast()->isSeparator())
        menu->addSeparator();
}

void TimelineCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const int index = event->button() == Qt::LeftButton && pos.x() >= kHeaderWidth ? laneAt(pos.y()) : -1;
    if (index < 0) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    const Micros time = timeAtWidgetX(pos.x());
    if (auto* segments = dynamic_cast<TimelineSegmentsLane*>(lane(index))) {
        if (const int s = segments->segmentAt(time); s >= 0)
            emit segmentEditRequested(index, s);
    } else if (auto* regions = dynamic_cast<TimelineRegionsLane*>(lane(index))) {
        if (const int r = regions->regionAt(time); r >= 0)
            emit regionRenameRequested(regions->regions().at(static_cast<std::size_t>(r)).key);
    }
    m_drag = Drag::None;
    event->accept();
}

void TimelineCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    const int index = laneAt(event->pos().y());
    if (index < 0)
        return;
    QMenu menu(this);
    laneMenu(&menu, index, event->pos());
    menu.exec(event->globalPos());
}

}  // namespace lockstep
