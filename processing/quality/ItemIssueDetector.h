#pragma once

#include "lockstep_processing_export.h"
#include "quality/FileMeasurement.h"
#include "quality/QualityIssue.h"
#include "quality/QualityThresholds.h"

#include <vector>

namespace lockstep {

// Issues that one item shows on its own (image.dark, audio.clipping, text.empty ...), from its cached
// measurement and the thresholds: pure arithmetic, no decoding, so changing a threshold is instant.
class LOCKSTEP_PROCESSING_EXPORT ItemIssueDetector {
public:
    static void detect(const QString& sampleId, const FileMeasurement& measurement, const QualityThresholds& thresholds,
                       std::vector<QualityIssue>* out);
};

}  // namespace lockstep
