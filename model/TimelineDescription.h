#pragma once

#include "SampleDetails.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <map>
#include <utility>
#include <vector>

namespace lockstep {

enum class TimelineLaneKind { Frames, Segments, Waveform, Spectrogram, Sensor, Regions };

// One lane of a sample's timeline, as the project file describes it. Heavy content (audio, sensor values,
// thumbnails, a caption file) is loaded later by TimelineLoader; what is small (segments, frame times) is here.
struct TimelineLaneSpec {
    TimelineLaneKind kind = TimelineLaneKind::Segments;
    QString key;           // stable within the sample ("text:subtitles"), for remembering lane order and size
    QString title;         // shown in the lane header
    int streamIndex = -1;  // index into Sample::streams; -1 for a lane made from an item
    QString sourcePath;    // relative to the dataset root
    ClockTransform clock;  // the stream's clock; identity for items
    Micros start{0};       // extent on the stream's own clock (duration 0 = unknown until loaded)
    Micros duration{0};
    std::vector<Segment> segments;  // Segments
    std::vector<Frame> frames;      // Frames: image files, or times inside the video file sourcePath
    QStringList channels;           // Sensor
    bool caption = false;           // Segments: the sample's text item, one segment spanning the clip
    bool video = false;             // Frames: from the video file sourcePath (none when its rate is unknown)
    QString streamName;             // the stream's name (text fixes find their segments by it)
    // Segments: the dataset's text of each fixed segment, by its local (start, end) in microseconds
    // (TimelineTextEdits); the segment itself shows the fix.
    std::map<std::pair<qint64, qint64>, QString> originalTexts;
};

// The lanes of one sample on one reference clock: frames, text tiers, waveform and spectrogram per audio
// source, one sensor lane per sensor stream. A plain image + caption + audio sample gets the same view: the
// caption becomes one segment spanning the clip and the image is shown beside the lanes.
struct TimelineDescription {
    Q_DECLARE_TR_FUNCTIONS(lockstep::TimelineDescription)
public:
    QString sampleId;
    QString datasetRoot;
    std::vector<TimelineLaneSpec> lanes;
    QString imagePath;  // the sample's image item (shown when there are no frames)
    QString audioPath;  // what playback plays: the first audio stream, else the audio item
    ClockTransform audioClock;
    QString captionPath;    // the text item the caption comes from (empty: inline or none)
    QString captionInline;  // inline text from the manifest

    static TimelineDescription fromDetails(const SampleDetails& details);

    bool isEmpty() const { return lanes.empty(); }
    // Reference-time extent of everything known so far (an audio item's length arrives with the load).
    Micros extentStart() const;
    Micros extentEnd() const;
    // Sets the length of every lane reading `sourcePath` and stretches the caption over the clip.
    void setSourceDuration(const QString& sourcePath, Micros duration);
    // Gives the caption lane its text.
    void setCaptionText(const QString& text);
    int laneIndex(const QString& key) const;
};

}  // namespace lockstep
