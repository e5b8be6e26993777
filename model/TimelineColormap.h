#pragma once

#include <QList>
#include <QRgb>

namespace lockstep {

// Perceptually uniform colormaps for spectrograms (matplotlib's magma and viridis, sampled at nine points
// and interpolated: close enough to the originals for display, far from a rainbow).
class TimelineColormap {
public:
    enum class Kind { Magma, Viridis, Gray };

    static QRgb color(Kind kind, double t);  // t in [0, 1]
    // A 256-entry colour table for indexed tiles whose index i stands for the level
    // quantFloor + i / 255 * (quantCeil - quantFloor) dB, shown on the display range [floorDb, ceilDb].
    static QList<QRgb> table(Kind kind, double floorDb, double ceilDb, double quantFloorDb, double quantCeilDb);
};

}  // namespace lockstep
