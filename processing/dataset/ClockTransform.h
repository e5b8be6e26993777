#pragma once

#include "dataset/Micros.h"
#include "lockstep_processing_export.h"

#include <QString>
#include <vector>

namespace lockstep {

// Maps a stream's own time to the sample's reference time.
// Linear part: reference = offset + scale * local. When anchors are given (at least two), the mapping is
// piecewise linear through them and extrapolates with the first/last segment's slope; offset and scale are
// then ignored. Alignment edits change these numbers; the media stays as it is.
class LOCKSTEP_PROCESSING_EXPORT ClockTransform {
public:
    struct Anchor {
        Micros local{0};
        Micros reference{0};
        bool operator==(const Anchor&) const = default;
    };

    ClockTransform() = default;
    static ClockTransform withOffset(Micros offset);
    static ClockTransform linear(Micros offset, double scale);
    static ClockTransform piecewise(std::vector<Anchor> anchors);

    Micros offset() const { return m_offset; }
    double scale() const { return m_scale; }
    const std::vector<Anchor>& anchors() const { return m_anchors; }
    bool isIdentity() const;

    Micros toReference(Micros local) const;
    Micros toLocal(Micros reference) const;

    // Compact text form stored in the project file: "offset_us scale" or "a:l0=r0,l1=r1,...".
    QString serialize() const;
    static bool deserialize(const QString& text, ClockTransform* out);

    bool operator==(const ClockTransform&) const = default;

private:
    Micros m_offset{0};
    double m_scale = 1.0;
    std::vector<Anchor> m_anchors;  // sorted by local time
};

}  // namespace lockstep
