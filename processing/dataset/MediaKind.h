#pragma once

#include "dataset/Modality.h"
#include "lockstep_processing_export.h"

#include <QString>
#include <optional>

namespace lockstep {

// What a file is, judged by its extension: used to pair files by stem and to route recording files.
enum class MediaKind { Image, Text, Audio, Video, TimedText, SensorCsv, Other };

LOCKSTEP_PROCESSING_EXPORT MediaKind mediaKindForPath(const QString& path);
LOCKSTEP_PROCESSING_EXPORT std::optional<Modality> modalityForMediaKind(MediaKind kind);

}  // namespace lockstep
