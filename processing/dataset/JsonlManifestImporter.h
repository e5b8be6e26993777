#pragma once

#include "dataset/ImportOptions.h"

#include <QString>

namespace lockstep {

class ImportContext;

// JSON Lines manifests: one object per line, with generic keys (id, image, text, audio, label, split ...)
// or NeMo's audio_filepath / duration / text / offset. A .json file holding one array of such objects is
// read the same way. A line that is not valid JSON is reported with its line and column and skipped.
class JsonlManifestImporter {
public:
    static ImportReport run(ImportContext& context, const QString& manifestAbsolutePath);
};

}  // namespace lockstep
