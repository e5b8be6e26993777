#pragma once

#include "lockstep_processing_export.h"
#include "media/TextDecoder.h"
#include "quality/TextMetrics.h"

#include <QByteArray>
#include <QString>

namespace lockstep {

// Text statistics for the quality engine. Pure and thread-safe.
//
// - chars: Unicode code points (a surrogate pair is one character).
// - words: maximal runs of non-whitespace characters, as Python's str.split() and NeMo SDE's num_words count
//   them, except that each Han, Hiragana or Katakana code point is a word of its own (CJK text has no spaces),
//   and a run made only of punctuation/symbols that touches such a character ("你好，世界。") is not a word.
// - lines: line breaks are \n, \r\n and a lone \r; a final break does not start a new line.
// - controlChars: general category Cc (C0 U+0000..U+001F, DEL U+007F, C1 U+0080..U+009F) except \t \n \r.
// - whitespaceOnly: no character for which QChar::isSpace() is false.
// - contentHash: BLAKE2s-128 of the UTF-8 normalised text (see normalise), so "Hello  world" and
//   "hello world" hash equal; empty (not a hash of "") when nothing is left, so that empty texts do not form
//   one huge exact-duplicate group (DuplicateGrouper::groupEqualKeys skips empty keys; text.is_empty reports them).
class LOCKSTEP_PROCESSING_EXPORT TextMetricsCalculator {
public:
    static TextMetrics compute(const DecodedText& text);

    // NFKC, case-folded (full folding: "STRASSE" == "straße"), every whitespace run collapsed to one space,
    // trimmed.
    static QString normalise(const QString& text);
    static QByteArray contentHash(const QString& normalisedText);
    // Han, Hiragana and Katakana code points: counted (and shingled) one per word.
    static bool isCjkWordChar(char32_t cp);
};

}  // namespace lockstep
