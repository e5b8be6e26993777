#pragma once

#include "JobOutcome.h"
#include "dataset/ImportOptions.h"
#include "demo/DemoDataset.h"

#include <QCoreApplication>
#include <QString>

namespace lockstep {

class Progress;

// The work behind "open dataset folder", "open project" and "open demo". Each function runs on a worker
// thread with its own project connection, and returns everything the GUI needs to show the result without
// touching the disk again (summary, first diagnostics). None of them writes into a dataset folder.
class SessionJobs {
    Q_DECLARE_TR_FUNCTIONS(lockstep::SessionJobs)
public:
    struct DatasetRequest {
        QString datasetPath;
        QString projectPath;
        bool forceImport = false;  // re-import even when the project already indexes this folder
        ImportOptions options;
    };

    // Reuses projectPath when it already indexes datasetPath, imports into it otherwise.
    static JobOutcome openDataset(const DatasetRequest& request, Progress& progress);

    // Opens an existing project file read-only and collects what the GUI shows.
    static JobOutcome openProject(const QString& projectPath, Progress& progress);

    // Scans the project's dataset (QualityScan with the project's thresholds) through a read-write connection
    // of its own, then collects what the GUI shows like openProject; message says what the scan found.
    static JobOutcome scanProject(const QString& projectPath, Progress& progress);

    // Generates the demo dataset into demoFolder unless it is already there, then opens it like a dataset.
    static JobOutcome openDemo(const QString& demoFolder, const QString& projectPath,
                               const DemoDataset::Options& options, Progress& progress);

    // True when the project at projectPath exists, opens, and was imported from datasetPath.
    static bool projectIndexes(const QString& projectPath, const QString& datasetPath);

    // True when demoFolder holds a completely generated demo.
    static bool demoIsComplete(const QString& demoFolder);
};

}  // namespace lockstep
