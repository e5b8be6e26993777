#pragma once

#include "TimelineLane.h"
#include "TimelineSpectrogramTiles.h"

#include <QCoreApplication>

namespace lockstep {

// A spectrogram (linear or mel, dB, a colormap, adjustable range) drawn from tiles that a thread pool
// computes (TimelineSpectrogramTiles). A paint draws the tiles that are ready, stands in a coarser cached
// tile where one is missing, asks for the rest and never computes anything itself.
class TimelineSpectrogramLane final : public TimelineLane {
    Q_DECLARE_TR_FUNCTIONS(lockstep::TimelineSpectrogramLane)
public:
    explicit TimelineSpectrogramLane(TimelineLaneSpec spec);
    ~TimelineSpectrogramLane() override;

    int defaultHeight() const override { return 100; }
    TimelineSpectrogramTiles* tiles() const { return m_tiles.get(); }
    void setError(const QString& error) { m_error = error; }

    void paint(QPainter& painter, const QRect& area, const TimelinePaintContext& context) override;
    QString hoverText(const QPoint& pos, const QRect& area, const TimelinePaintContext& context) const override;
    void addMenuActions(QMenu* menu, const std::function<void()>& changed) override;

    // The frequency shown at lane row y (area-relative), in Hz.
    double frequencyAtY(double y, const QRect& area) const;
    // The lane y of a frequency (the centre of its row).
    double yOfFrequency(double hz, const QRect& area) const;

private:
    // Draws columns [firstColumn, lastColumn) of a level from whatever tiles are cached or ready.
    bool drawLevel(QPainter& painter, const QRect& area, const TimelinePaintContext& context, int level,
                   qint64 firstColumn, qint64 lastColumn, bool request);
    void drawAxis(QPainter& painter, const QRect& area, const TimelinePaintContext& context) const;
    double xOfColumnEdge(int level, qint64 column, const TimelinePaintContext& context) const;

    std::unique_ptr<TimelineSpectrogramTiles> m_tiles;
    QString m_error;
};

}  // namespace lockstep
