#pragma once

#include "dataset/Diagnostic.h"

#include <QString>
#include <cmath>

namespace lockstep {

// One finding of the quality engine. `type` is a stable dotted name ("audio.clipping", "sample.metric_outlier")
// that reports and scripts rely on; `modality` is "image", "audio", "text" or "sample".
struct QualityIssue {
    QString sampleId;
    QString type;
    QString modality;
    Diagnostic::Severity severity = Diagnostic::Severity::Warning;
    double value = std::nan("");      // what was measured (NaN when not numeric)
    double threshold = std::nan("");  // the limit it crossed
    QString message;                  // for people: what, how much, and against which limit
};

}  // namespace lockstep
