#pragma once

#include "TimelineMapping.h"

#include <QString>
#include <vector>

namespace lockstep {

struct TimelineTick {
    Micros time{0};
    bool major = false;
    QString label;  // major ticks only
};

// Ruler ticks for a mapping: the major step is the smallest "nice" duration (1/2/5 x 10^k below a second;
// 1, 2, 5, 10, 15, 30 s and min; 1, 2, 3, 6, 12 h) whose labels are at least minLabelSpacing pixels apart,
// minor ticks divide it in 4 or 5. Labels use units that suit the zoom: "250 ms", "12.5 s", "1:05", "1:02:03".
class TimelineRuler {
public:
    static Micros majorStep(double microsPerPixel, double minLabelSpacing);
    static Micros minorStep(Micros majorStep);
    static std::vector<TimelineTick> ticks(const TimelineMapping& mapping, double minLabelSpacing);
    // A time as the ruler labels it, with as many decimals as the step needs; `span` is the largest time
    // shown (it decides between s, m:ss and h:mm:ss).
    static QString label(Micros time, Micros step, Micros span);
    // A time for read-outs (hover, playhead): m:ss.mmm, or h:mm:ss.mmm past an hour; ms below one second
    // when zoomed in that far.
    static QString readout(Micros time, double microsPerPixel);
};

}  // namespace lockstep
