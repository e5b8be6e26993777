#pragma once

#include "TimelineDescription.h"
#include "store/SampleAnnotations.h"

#include <optional>

namespace lockstep {

// Fixed texts on the timeline: a text lane shows each segment's fix (and the caption lane the fixed caption)
// while remembering the dataset's original beside it, so the lane can mark the segment as edited and show the
// original in its tooltip, and a later change (undo) can go back to it.
class TimelineTextEdits {
public:
    // Puts annotations' fixes into a Segments lane (restoring originals of segments no longer fixed).
    static void apply(TimelineLaneSpec& lane, const SampleAnnotations& annotations);
    // The caption lane's text arrived (read from its file): shows it, or its fix.
    static void setCaption(TimelineLaneSpec& lane, const QString& text, const SampleAnnotations& annotations);

    static bool isEdited(const TimelineLaneSpec& lane, const Segment& segment);
    // The dataset's text of a segment (its own text when it is not fixed).
    static QString originalText(const TimelineLaneSpec& lane, const Segment& segment);

private:
    static std::pair<qint64, qint64> keyOf(const TimelineLaneSpec& lane, const Segment& segment);
};

}  // namespace lockstep
