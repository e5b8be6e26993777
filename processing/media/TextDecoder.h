#pragma once

#include "lockstep_processing_export.h"

#include <QString>

namespace lockstep {

struct DecodedText {
    bool ok = false;  // false only when the file could not be read at all
    QString error;
    QString text;  // invalid bytes replaced by U+FFFD
    qint64 bytes = 0;
    int invalidBytes = 0;      // count of bytes that are not valid UTF-8
    int firstInvalidLine = 0;  // 1-based line of the first invalid byte, 0 if none
    bool hadBom = false;
};

// Text files are UTF-8 (a BOM is accepted and dropped). Invalid bytes are reported, never crashed on.
class LOCKSTEP_PROCESSING_EXPORT TextDecoder {
public:
    static constexpr qint64 kDefaultMaxBytes = 64 * 1024 * 1024;
    static DecodedText decode(const QByteArray& bytes);
    static DecodedText readFile(const QString& absolutePath, qint64 maxBytes = kDefaultMaxBytes);
};

}  // namespace lockstep
