#pragma once

#include "TimelineLane.h"
#include "store/SampleAnnotations.h"

#include <QCoreApplication>
#include <vector>

namespace lockstep {

// The "Regions" lane: the sample's time-region annotations (label + range on the reference clock) as coloured,
// labelled blocks. A label always gets the same colour, so regions of one kind read as one kind at a glance.
class TimelineRegionsLane final : public TimelineLane {
    Q_DECLARE_TR_FUNCTIONS(lockstep::TimelineRegionsLane)

public:
    TimelineRegionsLane();

    static TimelineLaneSpec makeSpec();
    int defaultHeight() const override { return 30; }
    void paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context) override;
    QString hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const override;

    void setRegions(std::vector<TimeRegion> regions);
    // The key that adds a region from the selection, named by the empty lane ("" = it has none).
    void setAddRegionKey(const QString& key) { m_addRegionKey = key; }
    QString placeholderText() const;
    const std::vector<TimeRegion>& regions() const { return m_regions; }
    // The region under a reference time (the shortest one when they overlap), or -1.
    int regionAt(Micros reference) const;
    QRectF blockRect(int index, const QRect& area, const TimelinePaintContext& context) const;
    static QColor colorOf(const QString& label, bool dark);

private:
    std::vector<TimeRegion> m_regions;
    QString m_addRegionKey;
};

}  // namespace lockstep
