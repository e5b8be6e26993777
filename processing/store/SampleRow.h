#pragma once

#include "dataset/Modality.h"

#include <QString>

namespace lockstep {

// What the sample table shows for one sample: one row of the project file's samples table.
struct SampleRow {
    qint64 row = 0;  // 0-based position in import order
    QString id;
    QString label;
    QString split;
    QString status;                 // review status: "unreviewed" until the review issue lands
    ModalityMask modalities = 0;    // modalities with an item
    ModalityMask missingFiles = 0;  // modalities whose file is referenced but absent
    int streamCount = 0;
    int warningCount = 0;
    int issueCount = 0;  // quality issues from the last scan (0 before any scan)
};

}  // namespace lockstep
