#include "TimelineDescription.h"

#include <algorithm>

namespace lockstep {

namespace {

// A lane showing stream `index` of the sample: what every kind of lane takes from its stream.
TimelineLaneSpec laneOf(TimelineLaneKind kind, const QString& keyPrefix, const Stream& s, int index)
{
    TimelineLaneSpec lane;
    lane.kind = kind;
    lane.key = keyPrefix + s.name;
    lane.title = s.name;
    lane.streamName = s.name;
    lane.streamIndex = index;
    lane.sourcePath = s.sourcePath;
    lane.clock = s.clock;
    lane.start = s.start;
    lane.duration = s.duration;
    return lane;
}

void addAudioLanes(TimelineDescription& d, const QString& name, int streamIndex, const QString& path,
                   const ClockTransform& clock, Micros start, Micros duration)
{
    TimelineLaneSpec wave;
    wave.kind = TimelineLaneKind::Waveform;
    wave.key = QStringLiteral("wave:") + path;
    wave.title = name;
    wave.streamIndex = streamIndex;
    wave.sourcePath = path;
    wave.clock = clock;
    wave.start = start;
    wave.duration = duration;
    TimelineLaneSpec spec = wave;
    spec.kind = TimelineLaneKind::Spectrogram;
    spec.key = QStringLiteral("spec:") + path;
    spec.title = TimelineDescription::tr("%1 spectrogram").arg(name);
    d.lanes.push_back(std::move(wave));
    d.lanes.push_back(std::move(spec));
    if (d.audioPath.isEmpty()) {
        d.audioPath = path;
        d.audioClock = clock;
    }
}

}  // namespace

TimelineDescription TimelineDescription::fromDetails(const SampleDetails& details)
{
    TimelineDescription d;
    const Sample& sample = details.sample;
    d.sampleId = sample.id;
    d.datasetRoot = details.datasetRoot;

    // Order users read top to bottom: pictures, words, sound, sensors.
    bool hasFrames = false;
    bool hasText = false;
    for (int i = 0; i < static_cast<int>(sample.streams.size()); ++i) {
        const Stream& s = sample.streams[static_cast<std::size_t>(i)];
        if (s.kind != StreamKind::Frames)
            continue;
        TimelineLaneSpec lane = laneOf(TimelineLaneKind::Frames, QStringLiteral("frames:"), s, i);
        lane.frames = s.frames;
        lane.video = s.frames.empty();
        if (lane.video && s.rate > 0.0 && s.pointCount > 0) {
            // A video file: frame k starts at k / fps on the stream's clock (its path stays empty, as the
            // frames live inside the file); the strip decodes them by time.
            lane.frames.reserve(static_cast<std::size_t>(s.pointCount));
            for (qint64 k = 0; k < s.pointCount; ++k)
                lane.frames.push_back(Frame{s.start + microsFromSeconds(double(k) / s.rate), QString()});
        }
        // The last frame lasts one frame interval.
        if (s.frames.size() >= 2)
            lane.duration +=
                (s.frames.back().time - s.frames.front().time) / static_cast<std::int64_t>(s.frames.size() - 1);
        d.lanes.push_back(std::move(lane));
        hasFrames = true;
    }
    for (int i = 0; i < static_cast<int>(sample.streams.size()); ++i) {
        const Stream& s = sample.streams[static_cast<std::size_t>(i)];
        if (s.kind != StreamKind::TextSegments)
            continue;
        TimelineLaneSpec lane = laneOf(TimelineLaneKind::Segments, QStringLiteral("text:"), s, i);
        lane.segments = s.segments;
        for (const Segment& seg : s.segments)
            lane.duration = std::max(lane.duration, seg.end - lane.start);
        d.lanes.push_back(std::move(lane));
        hasText = true;
    }
    const Item* text = sample.item(Modality::Text);
    if (text && !hasText) {
        TimelineLaneSpec lane;
        lane.kind = TimelineLaneKind::Segments;
        lane.key = QStringLiteral("caption");
        lane.title = tr("caption");
        lane.caption = true;
        lane.sourcePath = text->path;
        d.captionPath = text->path;
        d.captionInline = text->inlineText;
        lane.segments.push_back(Segment{Micros{0}, Micros{0}, text->inlineText});
        d.lanes.push_back(std::move(lane));
    }
    for (int i = 0; i < static_cast<int>(sample.streams.size()); ++i) {
        const Stream& s = sample.streams[static_cast<std::size_t>(i)];
        if (s.kind == StreamKind::Audio)
            addAudioLanes(d, s.name, i, s.sourcePath, s.clock, s.start, s.duration);
    }
    const Item* audio = sample.item(Modality::Audio);
    if (audio && !audio->path.isEmpty() && !audio->fileMissing) {
        bool covered = false;
        for (const TimelineLaneSpec& lane : d.lanes)
            covered = covered || lane.sourcePath == audio->path;
        if (!covered)
            addAudioLanes(d, tr("audio"), -1, audio->path, ClockTransform{}, Micros{0}, Micros{0});
    }
    for (int i = 0; i < static_cast<int>(sample.streams.size()); ++i) {
        const Stream& s = sample.streams[static_cast<std::size_t>(i)];
        if (s.kind != StreamKind::Sensor)
            continue;
        TimelineLaneSpec lane = laneOf(TimelineLaneKind::Sensor, QStringLiteral("sensor:"), s, i);
        lane.channels = s.channels;
        d.lanes.push_back(std::move(lane));
    }
    const Item* image = sample.item(Modality::Image);
    if (image && !image->fileMissing && !hasFrames)
        d.imagePath = image->path;
    return d;
}

Micros TimelineDescription::extentStart() const
{
    Micros start{0};
    for (const TimelineLaneSpec& lane : lanes) {
        if (lane.caption)
            continue;
        // Text tiers start where their first segment does (a tier's stream start is only nominal).
        if (lane.kind != TimelineLaneKind::Segments)
            start = std::min(start, lane.clock.toReference(lane.start));
        for (const Segment& seg : lane.segments)
            start = std::min(start, lane.clock.toReference(seg.start));
    }
    return start;
}

Micros TimelineDescription::extentEnd() const
{
    Micros end{0};
    for (const TimelineLaneSpec& lane : lanes) {
        end = std::max(end, lane.clock.toReference(lane.start + lane.duration));
        for (const Segment& seg : lane.segments)
            end = std::max(end, lane.clock.toReference(seg.end));
    }
    return end;
}

void TimelineDescription::setSourceDuration(const QString& sourcePath, Micros duration)
{
    for (TimelineLaneSpec& lane : lanes)
        if (lane.sourcePath == sourcePath && lane.duration.count() == 0)
            lane.duration = duration;
    // The caption spans the clip: from the earliest start to the latest end of the timed lanes.
    Micros end{0};
    for (const TimelineLaneSpec& lane : lanes)
        if (!lane.caption)
            end = std::max(end, lane.clock.toReference(lane.start + lane.duration));
    for (TimelineLaneSpec& lane : lanes)
        if (lane.caption && !lane.segments.empty()) {
            lane.segments.front().end = end;
            lane.duration = end;
        }
}

void TimelineDescription::setCaptionText(const QString& text)
{
    for (TimelineLaneSpec& lane : lanes)
        if (lane.caption && !lane.segments.empty())
            lane.segments.front().text = text;
}

int TimelineDescription::laneIndex(const QString& key) const
{
    for (int i = 0; i < static_cast<int>(lanes.size()); ++i)
        if (lanes[static_cast<std::size_t>(i)].key == key)
            return i;
    return -1;
}

}  // namespace lockstep
