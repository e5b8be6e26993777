#pragma once

#include "lockstep_processing_export.h"
#include "quality/FileMeasurement.h"

#include <QString>

namespace lockstep {

class DatasetRoot;

// Decodes one file once and computes every metric and hash the quality engine uses for it. A missing,
// unreadable or corrupt file gives a measurement with ok == false and an error naming the file — never an
// exception, never an abort. Thread-safe: called from the scan's worker threads.
class LOCKSTEP_PROCESSING_EXPORT FileMeasurer {
public:
    // Bumped whenever a stored measurement would come out differently (a changed definition): a project's cache
    // made by another version is dropped and every file measured again. 2: centred fingerprint frames.
    // 3: image.sharpness_laplacian at the picture's own size, times long side / 512 (was: resized to 512 px).
    // 4: the spectral pass transforms two frames at a time (fingerprints differ in float-rounding ties).
    static constexpr int kVersion = 4;

    // size and mtime of a file (for the cache key); false when it does not exist.
    static bool statFile(const QString& absolutePath, qint64* size, qint64* mtimeNs);

    static FileMeasurement measureItem(const DatasetRoot& root, const QString& relativePath, Modality modality,
                                       qint64 maxImagePixels);
    static FileMeasurement measureInlineText(const QString& key, const QString& text);
    static FileMeasurement measureSensor(const DatasetRoot& root, const QString& relativePath);
};

}  // namespace lockstep
