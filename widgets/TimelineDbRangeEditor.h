#pragma once

#include <QWidget>

class QSlider;
class QSpinBox;

namespace lockstep {

// Two sliders (with spin boxes) for the spectrogram's display range: the level drawn as the colormap's darkest
// colour (floor) and its brightest (ceiling), in whole dB, anywhere in [minimumDb, maximumDb]. The floor stays
// at least 1 dB under the ceiling: moving one past the other pushes it along. rangeChanged() fires while the
// user drags, so the spectrogram recolours live (its tiles keep their values; only the colour table changes).
class TimelineDbRangeEditor final : public QWidget {
    Q_OBJECT
public:
    TimelineDbRangeEditor(int minimumDb, int maximumDb, QWidget* parent = nullptr);

    int floorDb() const;
    int ceilDb() const;
    // Sets both without emitting rangeChanged().
    void setRange(int floorDb, int ceilDb);

signals:
    void rangeChanged(int floorDb, int ceilDb);

private:
    void onFloorChanged(int value);
    void onCeilChanged(int value);
    void display(int floorDb, int ceilDb);

    QSlider* m_floorSlider = nullptr;
    QSpinBox* m_floorBox = nullptr;
    QSlider* m_ceilSlider = nullptr;
    QSpinBox* m_ceilBox = nullptr;
    bool m_updating = false;
};

}  // namespace lockstep
