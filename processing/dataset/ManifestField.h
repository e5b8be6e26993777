#pragma once

#include "lockstep_processing_export.h"

#include <QString>

namespace lockstep {

// What a manifest column (CSV) or key (JSONL) means. Names are matched case-insensitively with '_', '-',
// ' ' and '.' ignored, so "Image_Path", "image path" and "imagePath" are the same column.
enum class ManifestField {
    Unknown,  // kept as a sample attribute
    Id,
    Label,
    Split,
    ImagePath,
    TextPath,
    InlineText,  // the caption/transcript itself
    AudioPath,
    VideoPath,
    FilePath,       // generic "file_name"/"path": modality from the file extension (Hugging Face folders)
    TimedTextPath,  // subtitles / transcript with times (SRT, VTT, TextGrid, EAF, JSON segments)
    SensorPath,
    FramesPath,  // folder of timestamped images
    Duration,    // seconds (NeMo)
    Offset,      // seconds into the audio file where this sample starts (NeMo)
};

LOCKSTEP_PROCESSING_EXPORT ManifestField manifestFieldFor(const QString& columnName);

}  // namespace lockstep
