#pragma once

#include "dataset/TimedTextDocument.h"
#include "lockstep_processing_export.h"

#include <QByteArray>
#include <QString>

namespace lockstep {

// Praat TextGrid in both text formats Praat writes: the long ("ooTextFile" with "xmin = ..." labels) and the
// short one (bare values). Like Praat, the reader looks at the sequence of numbers, "strings" (with "" for a
// quote) and <flags>, and skips labels, [indices] and "!" comments, so both formats share one code path.
// Encodings: UTF-8 with or without BOM, UTF-16 LE/BE (Praat writes UTF-16 with a BOM for non-ASCII text).
// IntervalTier -> tier whose segments are the non-empty intervals (empty ones are silences);
// TextTier -> isPointTier, one segment per point with start == end. duration = the TextGrid's xmax.
// A truncated or structurally broken file keeps everything read before the problem, plus a diagnostic.
// The binary and "chronological" formats are not read (ok = false with an error saying so).
class LOCKSTEP_PROCESSING_EXPORT TextGridParser {
public:
    static TimedTextDocument parse(const QByteArray& bytes, const QString& fileName);
};

}  // namespace lockstep
