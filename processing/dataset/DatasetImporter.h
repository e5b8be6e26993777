#pragma once

#include "dataset/ImportOptions.h"
#include "lockstep_processing_export.h"

#include <QString>

namespace lockstep {

class Progress;
class SampleSink;

// Looks at a dataset folder (or a manifest file), picks the importer for its layout and streams every
// sample into sink:
//   metadata.csv at the root        -> "metadata-csv"
//   a *.jsonl / *.json manifest     -> "jsonl"
//   images/ texts/ audios/ (no index), or a flat folder of media -> "stem-pairing"
// and, in every layout, each sub-folder of recordings/ becomes one sample with timed streams (audio, video,
// frames, subtitles/transcripts, sensor CSVs).
class LOCKSTEP_PROCESSING_EXPORT DatasetImporter {
public:
    static ImportReport run(const QString& datasetPath, SampleSink& sink, Progress& progress,
                            const ImportOptions& options = {});
};

}  // namespace lockstep
