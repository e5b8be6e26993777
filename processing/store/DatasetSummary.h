#pragma once

#include "dataset/Modality.h"
#include "dataset/Stream.h"

#include <QMap>
#include <QString>

namespace lockstep {

// Counts that `lockstep-cli info` prints and the GUI shows in its status bar.
struct DatasetSummary {
    QString datasetRoot;
    QString layout;  // which importer read it: "metadata-csv", "stem-pairing", "jsonl", ...
    qint64 samples = 0;
    QMap<Modality, qint64> withModality;     // samples that have an item of this modality
    QMap<Modality, qint64> withoutModality;  // samples that lack it (only for modalities the dataset uses)
    QMap<Modality, qint64> missingFiles;     // items whose file does not exist
    QMap<StreamKind, qint64> streams;        // streams by kind
    qint64 segments = 0;
    qint64 frames = 0;
    QMap<QString, qint64> labels;  // label -> samples
    QMap<QString, qint64> splits;
    qint64 warnings = 0;
    qint64 errors = 0;
};

}  // namespace lockstep
