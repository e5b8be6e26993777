#pragma once

#include "dataset/Diagnostic.h"
#include "store/DatasetSummary.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace lockstep {

// What a background job hands back to the GUI thread. Plain data: it is built on a worker thread and
// read on the GUI thread, never shared while both run.
struct JobOutcome {
    bool ok = false;
    bool cancelled = false;
    QString error;    // set when !ok && !cancelled: names the file and what to do
    QString message;  // one line for the status bar, e.g. "Imported 2,400 samples"

    QString datasetPath;    // the dataset folder the job read or wrote (the demo folder for the demo job)
    QString projectPath;    // the project file the job produced or checked
    bool imported = false;  // true when the project was (re)built, false when an existing one was reused
    qint64 samples = 0;
    qint64 issues = 0;           // quality issues found (scan job only)
    qint64 duplicateGroups = 0;  // duplicate groups found (scan job only)

    std::optional<DatasetSummary> summary;
    Diagnostics diagnostics;  // the first kDiagnosticsLimit diagnostics of the project
    bool diagnosticsTruncated = false;

    static constexpr qint64 kDiagnosticsLimit = 20'000;
};

}  // namespace lockstep

Q_DECLARE_METATYPE(lockstep::JobOutcome)
