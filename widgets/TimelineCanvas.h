#pragma once

#include "TimelineLane.h"
#include "TimelineMapping.h"

#include <QPoint>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

namespace lockstep {

// The timeline's drawing surface: a time ruler on top and the lanes stacked under it, all on one time axis
// (TimelineMapping), with lane headers on the left, the playhead, a time-range selection and a hover
// read-out. Zoom: Ctrl+wheel, + and -, 0 to fit. Pan: drag, wheel, the panel's scroll bar. Click or drag on
// the ruler seeks; a click in a lane moves the playhead; Shift+drag selects a range. Lane headers: drag the
// lower edge to resize, right-click to hide, move or set up a lane. Every paint covers only the visible
// time window.
class TimelineCanvas final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kHeaderWidth = 132;
    static constexpr int kRulerHeight = 26;
    static constexpr int kLaneGap = 1;

    explicit TimelineCanvas(QWidget* parent = nullptr);
    ~TimelineCanvas() override;

    void setLanes(std::vector<std::unique_ptr<TimelineLane>> lanes);
    void clearLanes();
    int laneCount() const { return static_cast<int>(m_lanes.size()); }
    TimelineLane* lane(int index) const { return m_lanes.at(static_cast<std::size_t>(index)).get(); }
    int indexOfLane(const QString& key) const;
    void moveLane(int from, int to);
    void setLaneVisible(int index, bool visible);

    TimelineMapping& mapping() { return m_mapping; }
    const TimelineMapping& mapping() const { return m_mapping; }
    // Sets the extent; fits the view when it was fitted (or when asked).
    void setExtent(Micros start, Micros end, bool refit);
    void zoomIn();
    void zoomOut();
    void fit();
    void zoomBy(double factor, double plotX);
    void panBy(double pixels);

    Micros playhead() const { return m_playhead; }
    // Moves the playhead; with follow, pages the view so that it stays visible.
    void setPlayhead(Micros time, bool follow);
    bool hasSelection() const { return m_selection.has_value(); }
    std::pair<Micros, Micros> selection() const { return m_selection.value_or(std::pair<Micros, Micros>{}); }
    void setSelection(Micros start, Micros end);
    void clearSelection();

public slots:
    // Asks for the selection to be played (playRangeRequested), if there is one.
    void playSelection();

public:
    int verticalOffset() const { return m_scrollY; }
    void setVerticalOffset(int offset);
    // Height of all visible lanes (without the ruler).
    int contentHeight() const;
    // Where things are, in widget coordinates (lanes scrolled by the vertical offset).
    QRect rulerRect() const;
    QRect lanePlotRect(int index) const;
    QRect laneHeaderRect(int index) const;
    int plotLeft() const { return kHeaderWidth; }
    int plotWidth() const { return std::max(1, width() - kHeaderWidth); }
    int laneAt(int y) const;

    TimelinePaintContext paintContext() const;
    // How long the last paint took, in nanoseconds (also emitted by painted()).
    qint64 lastPaintNanoseconds() const { return m_lastPaintNs; }

    // The context menus, for tests and the panel's Lanes button.
    void fillLanesMenu(QMenu* menu);

signals:
    void viewChanged();
    void lanesChanged();
    void seekRequested(lockstep::Micros time);
    void playRangeRequested(lockstep::Micros start, lockstep::Micros end);
    void playPauseRequested();
    void selectionChanged();
    void painted(qint64 nanoseconds);
    // Annotation requests (the app asks for a name or a text and pushes the edit): a region from the selected
    // range, renaming or deleting a region (by key), fixing the text of segment `segment` of lane `lane`.
    void regionRequested(lockstep::Micros start, lockstep::Micros end);
    void regionRenameRequested(const QString& key);
    void regionDeleteRequested(const QString& key);
    void segmentEditRequested(int lane, int segment);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Drag { None, Seek, Pan, Select, Resize };

    void paintRuler(QPainter& painter, const TimelinePaintContext& context);
    void paintHeader(QPainter& painter, const QRect& rect, const TimelineLane& lane, const TimelinePaintContext& c);
    void paintOverlays(QPainter& painter, const TimelinePaintContext& context);
    void paintReadout(QPainter& painter, const TimelinePaintContext& context);
    int resizeHandleAt(const QPoint& pos) const;
    Micros timeAtWidgetX(double x) const;
    void laneMenu(QMenu* menu, int index, const QPoint& pos);
    void annotationMenu(QMenu* menu, int index, const QPoint& pos);
    void changed();

    std::vector<std::unique_ptr<TimelineLane>> m_lanes;
    TimelineMapping m_mapping;
    Micros m_playhead{0};
    std::optional<std::pair<Micros, Micros>> m_selection;
    int m_scrollY = 0;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    double m_lastDragX = 0.0;
    bool m_moved = false;
    Micros m_selectAnchor{0};
    int m_resizeLane = -1;
    int m_resizeStartHeight = 0;
    std::optional<QPoint> m_hover;
    qint64 m_lastPaintNs = 0;
};

}  // namespace lockstep
