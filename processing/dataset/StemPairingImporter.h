#pragma once

#include "dataset/ImportOptions.h"

#include <QString>

namespace lockstep {

class ImportContext;

// A dataset with no index: files are paired by their path stem across the modality folders
// images/ texts/ audios/ videos/ (images/a/x.jpg + texts/a/x.txt + audios/a/x.wav = sample "a/x", label
// "a" — the image-folder convention), or, with no such folders, across the whole folder (flat layout).
class StemPairingImporter {
public:
    static ImportReport run(ImportContext& context);
};

}  // namespace lockstep
