#pragma once

#include "dataset/Diagnostic.h"
#include "dataset/Sample.h"
#include "quality/QualityIssue.h"
#include "store/SampleAnnotations.h"
#include "store/SampleRow.h"

#include <QString>
#include <vector>

namespace lockstep {

// Everything the details pane shows about one sample that comes from the project file: the stored sample,
// its table row (which files were missing at import) and its diagnostics. Media content is loaded separately
// (SampleMediaLoader), off the GUI thread.
struct SampleDetails {
    SampleRow row;
    Sample sample;
    Diagnostics diagnostics;
    std::vector<QualityIssue> issues;  // from the last quality scan
    bool scanned = false;              // whether the project has been scanned at all
    QString datasetRoot;
    SampleAnnotations annotations;  // tags, note, fixed texts, time regions
};

}  // namespace lockstep
