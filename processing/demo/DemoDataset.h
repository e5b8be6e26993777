#pragma once

#include "lockstep_processing_export.h"

#include <QString>
#include <QStringList>

namespace lockstep {

class Progress;

// A deterministic (seeded) multimodal dataset with planted problems of every kind the quality engine will
// detect. It is what `lockstep --demo` opens and what many tests run on.
//
// Layout written under outDir:
//   metadata.csv                    ID,Image_Path,Text_Path,Audio_Path,Label,Split
//   images/  texts/  audios/        one file per sample and modality (stems = sample ids)
//   recordings/<name>/              audio.wav, frames/ (timestamped images), subtitles.srt (and .vtt/.TextGrid),
//                                   sensor CSV (time_s + value columns), one sample each
//   PLANTED.json                    every planted problem: {"sample": id, "problem": name, ...}
class LOCKSTEP_PROCESSING_EXPORT DemoDataset {
public:
    struct Options {
        quint32 seed = 7;
        int samples = 240;   // image + caption + audio samples
        int recordings = 4;  // multi-stream recordings
        int sampleRate = 16000;
    };
    struct Result {
        bool ok = false;
        QString error;
        int samples = 0;  // rows written to metadata.csv
        int recordings = 0;
        QStringList planted;  // "sample-id: problem" lines, same content as PLANTED.json
    };

    static Result generate(const QString& outDir, const Options& options, Progress& progress);
};

}  // namespace lockstep
