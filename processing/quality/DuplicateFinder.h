#pragma once

#include "lockstep_processing_export.h"
#include "quality/QualityIssue.h"
#include "quality/QualityThresholds.h"
#include "quality/SampleAnalyzer.h"
#include "quality/ScanTypes.h"

#include <vector>

namespace lockstep {

// Exact and near duplicates per modality, as groups with a suggested keeper:
//   image  exact: same decoded pixels        near: pHash within N bits (multi-index hashing, no O(n²) loop)
//   audio  exact: same decoded PCM           near: fingerprint similarity (candidates from shared words)
//   text   exact: same normalised text       near: MinHash + LSH at Jaccard >= 0.85
// A group's reason also says whether the members' other modalities match ("same image, different captions").
class LOCKSTEP_PROCESSING_EXPORT DuplicateFinder {
public:
    static void find(const std::vector<ScanSample>& samples, const SampleAnalyzer::MeasurementLookup& measurements,
                     const QualityThresholds& thresholds, std::vector<DuplicateGroupRecord>* groups,
                     std::vector<QualityIssue>* issues);
};

}  // namespace lockstep
