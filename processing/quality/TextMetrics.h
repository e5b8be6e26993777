#pragma once

#include "lockstep_processing_export.h"
#include "quality/MinHashSignature.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace lockstep {

// Per-text statistics computed by TextMetricsCalculator (definitions there).
struct LOCKSTEP_PROCESSING_EXPORT TextMetrics {
    qint64 chars = 0;            // Unicode code points (an invalid byte decoded as U+FFFD counts as one)
    qint64 words = 0;            // whitespace-separated tokens; each CJK ideograph / kana is a word
    qint64 lines = 0;            // 0 for "", otherwise line breaks + 1 unless the text ends with a break
    qint64 invalidBytes = 0;     // bytes that were not valid UTF-8 (from the decoder)
    qint64 controlChars = 0;     // C0, DEL and C1 controls other than \t \n \r
    bool whitespaceOnly = true;  // no character other than whitespace (true for "")
    QByteArray contentHash;      // 16 bytes over the normalised text; empty when the normalised text is empty
    MinHashSignature minHash;    // of the normalised text; empty when it is empty

    // Numeric metrics by name: text.chars, text.words, text.lines, text.invalid_bytes, text.control_chars,
    // text.is_empty (1 when whitespaceOnly). Hashes are not part of the list.
    QList<std::pair<QString, double>> toList() const;
};

}  // namespace lockstep
