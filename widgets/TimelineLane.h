#pragma once

#include "TimelineDescription.h"
#include "TimelineMapping.h"

#include <QColor>
#include <QPalette>
#include <QRect>
#include <QString>
#include <functional>

class QMenu;
class QPainter;

namespace lockstep {

// What every lane needs to draw itself: the shared time axis, the playhead and the theme.
struct TimelinePaintContext {
    const TimelineMapping* mapping = nullptr;
    Micros playhead{0};
    QPalette palette;
    bool dark = false;
    qreal devicePixelRatio = 1.0;
};

// One horizontal band of the timeline (frames, text tier, waveform, spectrogram, sensor). A lane draws into
// the rectangle it is given, only what falls inside the visible time window, and answers hover questions.
// Lanes are not widgets: the canvas stacks them, so one paint covers all lanes with one shared axis.
class TimelineLane {
public:
    explicit TimelineLane(TimelineLaneSpec spec);
    virtual ~TimelineLane();
    TimelineLane(const TimelineLane&) = delete;
    TimelineLane& operator=(const TimelineLane&) = delete;

    const TimelineLaneSpec& spec() const { return m_spec; }
    TimelineLaneSpec& spec() { return m_spec; }
    QString title() const { return m_spec.title; }
    QString key() const { return m_spec.key; }
    TimelineLaneKind kind() const { return m_spec.kind; }

    int height() const { return m_height; }
    void setHeight(int height);
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible) { m_visible = visible; }
    virtual int defaultHeight() const { return 56; }
    static constexpr int kMinHeight = 24;
    static constexpr int kMaxHeight = 600;

    virtual void paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context) = 0;
    // A line for the hover read-out at pos (inside area), besides the time the canvas shows itself.
    virtual QString hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const;
    // Lane-specific entries for the header's context menu; `changed` is called after one is used.
    virtual void addMenuActions(QMenu* menu, const std::function<void()>& changed);

    // Colours shared by the lanes: calm, readable in light and dark themes.
    static QColor mix(const QColor& a, const QColor& b, double t);
    static QColor accent(const TimelinePaintContext& context);
    static QColor muted(const TimelinePaintContext& context);
    // Centred grey text for lanes whose content is not there (yet).
    static void paintPlaceholder(QPainter& painter, const QRect& area, const TimelinePaintContext& context,
                                 const QString& text);

protected:
    // Reference-time x of a stream-local time.
    double xOf(Micros local, const TimelinePaintContext& context) const
    {
        return context.mapping->xForLocal(local, m_spec.clock);
    }

private:
    TimelineLaneSpec m_spec;
    int m_height = 56;
    bool m_visible = true;
};

}  // namespace lockstep
