#pragma once

#include "store/ProjectStore.h"

#include <QString>
#include <memory>

namespace lockstep {
class Progress;
}

namespace lockstep::cli {

// Opens the project for a path the user gave: a project file as it is, or a dataset folder/manifest
// through its default project beside it (imported first when it is missing or was made from elsewhere).
struct OpenedProject {
    std::unique_ptr<ProjectStore> store;
    QString error;
    bool imported = false;
};

OpenedProject openProjectFor(const QString& path, Progress& progress);

}  // namespace lockstep::cli
