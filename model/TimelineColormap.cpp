#include "TimelineColormap.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace lockstep {

namespace {

using Stops = std::array<std::array<int, 3>, 9>;

constexpr Stops kMagma = {{{0, 0, 4},
                           {28, 16, 68},
                           {79, 18, 123},
                           {129, 37, 129},
                           {181, 54, 122},
                           {229, 80, 100},
                           {251, 135, 97},
                           {254, 194, 135},
                           {252, 253, 191}}};
constexpr Stops kViridis = {{{68, 1, 84},
                             {71, 44, 122},
                             {59, 81, 139},
                             {44, 113, 142},
                             {33, 144, 141},
                             {39, 173, 129},
                             {92, 200, 99},
                             {170, 220, 50},
                             {253, 231, 37}}};

}  // namespace

QRgb TimelineColormap::color(Kind kind, double t)
{
    t = std::clamp(std::isfinite(t) ? t : 0.0, 0.0, 1.0);
    if (kind == Kind::Gray) {
        const int v = static_cast<int>(std::lround(t * 255.0));
        return qRgb(v, v, v);
    }
    const Stops& stops = kind == Kind::Magma ? kMagma : kViridis;
    const double position = t * static_cast<double>(stops.size() - 1);
    const std::size_t i = std::min<std::size_t>(static_cast<std::size_t>(position), stops.size() - 2);
    const double f = position - static_cast<double>(i);
    int rgb[3];
    for (int c = 0; c < 3; ++c)
        rgb[c] = static_cast<int>(std::lround(stops[i][c] + f * (stops[i + 1][c] - stops[i][c])));
    return qRgb(rgb[0], rgb[1], rgb[2]);
}

QList<QRgb> TimelineColormap::table(Kind kind, double floorDb, double ceilDb, double quantFloorDb, double quantCeilDb)
{
    QList<QRgb> colors;
    colors.reserve(256);
    const double range = std::max(1e-6, ceilDb - floorDb);
    for (int i = 0; i < 256; ++i) {
        const double db = quantFloorDb + (quantCeilDb - quantFloorDb) * i / 255.0;
        colors.append(color(kind, (db - floorDb) / range));
    }
    return colors;
}

}  // namespace lockstep
