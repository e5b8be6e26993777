#pragma once

#include "lockstep_processing_export.h"

#include <QString>

namespace lockstep {

class ImagingBackend;

// Finds and loads liblockstep-imaging.so (see ImagingBackend.h) the first time anything needs it. The module is
// looked for next to liblockstep-processing.so, so the build tree, the tests and an installed copy all find
// their own; LOCKSTEP_IMAGING_MODULE (a file path) overrides that. Loading happens once per process and is
// thread-safe; a failure is remembered and reported the same way on every later call.
class LOCKSTEP_PROCESSING_EXPORT ImagingModule {
public:
    static constexpr const char* kFileName = "liblockstep-imaging.so";

    // The backend, loading the module if needed; null when it cannot be loaded, with *error saying which file
    // was tried and why (missing, unloadable, built for another version of the engine).
    static const ImagingBackend* backend(QString* error = nullptr);
    // Whether the module is in the process already (nothing is loaded by asking).
    static bool isLoaded();
    // The file the loader opens (or opened).
    static QString modulePath();
    // OpenCV's worker threads per call; applied now when the module is loaded, else when it loads.
    static void setLibraryThreads(int threads);
};

}  // namespace lockstep
