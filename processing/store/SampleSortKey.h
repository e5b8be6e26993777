#pragma once

#include <QString>

namespace lockstep {

// What the sample table is sorted by. Fields map to fixed SQL expressions and a metric name is bound as a
// parameter, so nothing a user types ever becomes part of an SQL string.
struct SampleSortKey {
    enum class Field {
        Position,  // import order
        Id,
        Label,
        Split,
        Status,
        ImagePresence,
        TextPresence,
        AudioPresence,
        VideoPresence,
        Streams,
        Warnings,
        Issues,
        Metric,
        IssueSeverity,  // the worst issue of issueType first: severity, then how far past its threshold
        IssueValue,     // the measured value of the issueType issue (e.g. clipped samples)
    };
    Field field = Field::Position;
    QString metric;  // Field::Metric: a sample_metrics name such as "audio.rms_dbfs"
    // Field::IssueSeverity / IssueValue: an issue type such as "audio.clipping" (bound as a parameter); empty
    // means every issue of the sample. Samples without such an issue come last in either direction.
    QString issueType;
    bool descending = false;

    bool isIssueOrder() const { return field == Field::IssueSeverity || field == Field::IssueValue; }
    bool isImportOrder() const { return field == Field::Position && !descending; }
    bool operator==(const SampleSortKey&) const = default;
};

}  // namespace lockstep
