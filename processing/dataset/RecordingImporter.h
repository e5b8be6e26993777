#pragma once

#include "dataset/ImportOptions.h"

#include <QString>

namespace lockstep {

class ImportContext;

// recordings/<name>/: each folder is one sample whose files become timed streams —
// audio files, video files (+ a same-stem audio sidecar), a frames/ folder (or any sub-folder of images),
// subtitles/transcripts (.srt .vtt .TextGrid .eaf .json), sensor CSVs (a time column + values) — plus an
// image (poster) and a .txt text item when present.
class RecordingImporter {
public:
    static ImportReport run(ImportContext& context, const QString& recordingsAbsolutePath);
};

}  // namespace lockstep
