#pragma once

#include "TimelineLane.h"
#include "dataset/SensorCsvReader.h"

#include <memory>

namespace lockstep {

// One sensor stream: a line per channel on a shared value axis, decimated to pixel columns (min and max of
// the readings under each column) so an hour of 100 Hz data draws as fast as a second of it; a legend with
// the channel names; hover reads out every channel's value at the nearest reading.
class TimelineSensorLane final : public TimelineLane {
public:
    explicit TimelineSensorLane(TimelineLaneSpec spec);
    ~TimelineSensorLane() override;

    int defaultHeight() const override { return 76; }
    void setSeries(std::shared_ptr<const SensorSeries> series);
    const SensorSeries* series() const { return m_series.get(); }
    void setError(const QString& error) { m_error = error; }
    static QColor channelColor(int channel, bool dark);

    void paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context) override;
    QString hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const override;

    // The lane y of a channel's value. Channels share one axis unless their ranges are too different to read
    // together (accelerometer x/y around 0 beside z around 9.8): then each gets its own.
    double yOfValue(int channel, double value, const QRect& area) const;
    bool sharesOneAxis() const { return m_shared; }

private:
    std::shared_ptr<const SensorSeries> m_series;
    QString m_error;
    std::vector<double> m_min;  // per channel (all equal when the axis is shared)
    std::vector<double> m_max;
    bool m_shared = true;
};

}  // namespace lockstep
