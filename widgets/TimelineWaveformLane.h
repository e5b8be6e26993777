#pragma once

#include "TimelineLane.h"

#include <memory>

namespace lockstep {

class WaveformSummary;

// The waveform of an audio source from its WaveformSummary: per pixel column the min/max (and RMS, a
// darker core) of the frames under it, from the coarsest summary level that still resolves a pixel.
class TimelineWaveformLane final : public TimelineLane {
public:
    explicit TimelineWaveformLane(TimelineLaneSpec spec);
    ~TimelineWaveformLane() override;

    int defaultHeight() const override { return 52; }
    void setSummary(std::shared_ptr<const WaveformSummary> summary)
    {
        m_summary = std::move(summary);
        m_gain = 0.0;
    }
    // How much louder than full scale the lane draws (1 for a file that peaks near full scale).
    double displayGain() const;
    const WaveformSummary* summary() const { return m_summary.get(); }
    void setError(const QString& error) { m_error = error; }

    void paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context) override;
    QString hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const override;

private:
    // Audio frame at reference time t (through the clock); may lie outside the file.
    qint64 frameAt(Micros reference) const;

    std::shared_ptr<const WaveformSummary> m_summary;
    QString m_error;
    mutable double m_gain = 0.0;  // from the summary's peak, computed once
};

}  // namespace lockstep
