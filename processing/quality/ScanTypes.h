#pragma once

#include "dataset/Micros.h"
#include "dataset/Modality.h"
#include "dataset/Stream.h"
#include "quality/QualityIssue.h"

#include <QHash>
#include <QString>
#include <vector>

namespace lockstep {

// What the quality scan needs to know about one sample (read from the project file).
struct ScanSample {
    QString id;
    QString source;  // manifest or folder it came from: completeness is judged per source
    QString label;
    QString itemPath[4];  // per Modality; empty = no file
    QString inlineText;   // manifest caption when there is no text file
    bool hasItem[4] = {false, false, false, false};
    double declaredDuration = qQNaN();  // seconds, from a manifest "duration" column
    struct StreamInfo {
        StreamKind kind;
        QString name;
        QString sourcePath;
        Micros start{0};
        Micros duration{0};
        Micros segmentsEnd{0};  // latest segment end (text streams)
        bool segmentsOrdered = true;
    };
    std::vector<StreamInfo> streams;
};

// A duplicate group as the scan stores it.
struct DuplicateGroupRecord {
    QString kind;      // "exact" | "near"
    QString modality;  // "image" | "audio" | "text"
    QString keeper;    // sample id suggested to keep
    QString reason;
    std::vector<std::pair<QString, double>> members;  // sample id, distance to the keeper (0 for exact)
};

// Per-sample derived metrics, ready to be written: sample id -> (name -> value).
using SampleMetricTable = QHash<QString, QHash<QString, double>>;

}  // namespace lockstep
