#include "TimelineTextEdits.h"

namespace lockstep {

std::pair<qint64, qint64> TimelineTextEdits::keyOf(const TimelineLaneSpec& lane, const Segment& segment)
{
    // The caption's one segment is stretched over the clip as the audio loads: it has a fixed key.
    if (lane.caption)
        return {0, -1};
    return {segment.start.count(), segment.end.count()};
}

bool TimelineTextEdits::isEdited(const TimelineLaneSpec& lane, const Segment& segment)
{
    return lane.originalTexts.count(keyOf(lane, segment)) > 0;
}

QString TimelineTextEdits::originalText(const TimelineLaneSpec& lane, const Segment& segment)
{
    const auto it = lane.originalTexts.find(keyOf(lane, segment));
    return it != lane.originalTexts.end() ? it->second : segment.text;
}

void TimelineTextEdits::apply(TimelineLaneSpec& lane, const SampleAnnotations& annotations)
{
    if (lane.kind != TimelineLaneKind::Segments)
        return;
    for (Segment& segment : lane.segments) {
        const std::pair<qint64, qint64> key = keyOf(lane, segment);
        const QString original = originalText(lane, segment);
        const std::optional<QString> fix =
            lane.caption ? annotations.caption : annotations.segmentText(lane.streamName, segment.start, segment.end);
        if (fix) {
            lane.originalTexts[key] = original;
            segment.text = *fix;
        } else {
            lane.originalTexts.erase(key);
            segment.text = original;
        }
    }
}

void TimelineTextEdits::setCaption(TimelineLaneSpec& lane, const QString& text, const SampleAnnotations& annotations)
{
    if (!lane.caption || lane.segments.empty())
        return;
    lane.originalTexts.clear();
    lane.segments.front().text = text;
    apply(lane, annotations);
}

}  // namespace lockstep
