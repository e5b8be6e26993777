#pragma once

#include "dataset/ImportOptions.h"

#include <QString>

namespace lockstep {

class ImportContext;

// The folder layout `images/ texts/ audios/ metadata.csv`: one sample per CSV row
// (ID,Image_Path,Text_Path,Audio_Path,Label and any other columns, names matched case-insensitively).
// Bad rows are reported with their line and skipped; the rest is read.
class MetadataCsvImporter {
public:
    static ImportReport run(ImportContext& context, const QString& csvAbsolutePath);
};

}  // namespace lockstep
