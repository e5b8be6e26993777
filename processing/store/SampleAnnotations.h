#pragma once

// What a person added to one sample beyond its review status: tags, a note, text fixes and time regions. All of
// it lives in the project file's annotations table, keyed by the stable sample id (a re-import keeps it), and
// is never written to the dataset. Export reads the fixed texts through applyTextEdits().

#include "dataset/Micros.h"
#include "dataset/Sample.h"
#include "lockstep_processing_export.h"

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace lockstep {

class ProjectStore;

// A labelled stretch of the sample's timeline (reference microseconds). key is stable for the region's life
// (a UUID): rename and delete address it, and undoing a delete brings the same region back.
struct TimeRegion {
    QString key;
    QString label;
    Micros start{0};
    Micros end{0};
    bool operator==(const TimeRegion&) const = default;
};

// A fixed text of one segment of a text stream, found by the stream's name and the segment's own start and
// end (its stream-local times): the fix stays with its segment even if a re-import adds segments before it.
struct SegmentTextEdit {
    QString stream;
    Micros start{0};
    Micros end{0};
    QString text;
    bool operator==(const SegmentTextEdit&) const = default;
};

struct LOCKSTEP_PROCESSING_EXPORT SampleAnnotations {
    QStringList tags;  // sorted
    QString note;
    std::optional<QString> caption;  // the fixed caption (the text item), when there is one
    std::vector<SegmentTextEdit> segmentTexts;
    std::vector<TimeRegion> regions;  // by start

    bool isEmpty() const;
    // The fixed text of a segment, if it has one.
    std::optional<QString> segmentText(const QString& stream, Micros start, Micros end) const;
    bool operator==(const SampleAnnotations&) const = default;
};

// Reads every annotation of one sample (tags, note, text fixes, regions; not the review status).
LOCKSTEP_PROCESSING_EXPORT SampleAnnotations loadSampleAnnotations(const ProjectStore& store, const QString& sampleId);

// Puts the fixed texts into a sample as export writes it: each edited segment's text, and an inline caption
// (the text item becomes the fixed text). Returns how many texts were replaced.
LOCKSTEP_PROCESSING_EXPORT int applyTextEdits(Sample& sample, const SampleAnnotations& annotations);

}  // namespace lockstep
