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
    };
    Field field = Field::Position;
    QString metric;  // Field::Metric: a sample_metrics name such as "audio.rms_dbfs"
    bool descending = false;

    bool isImportOrder() const { return field == Field::Position && !descending; }
    bool operator==(const SampleSortKey&) const = default;
};

}  // namespace lockstep
