#pragma once

#include "dataset/ImportOptions.h"
#include "lockstep_processing_export.h"

#include <QString>

namespace lockstep {

class Progress;
class ProjectStore;

// Imports a dataset folder into a project file in one transaction: the project then holds the new sample
// index, or — if the import fails, is cancelled or the process dies — exactly what it held before.
LOCKSTEP_PROCESSING_EXPORT ImportReport importDatasetIntoProject(const QString& datasetPath, ProjectStore& store,
                                                                 Progress& progress, const ImportOptions& options = {});

// Where a dataset's project file goes when the user names none: beside the folder, "<folder>.lockstep"
// (for a manifest file given directly, "<folder>-<manifest stem>.lockstep").
LOCKSTEP_PROCESSING_EXPORT QString defaultProjectPathFor(const QString& datasetPath);

}  // namespace lockstep
