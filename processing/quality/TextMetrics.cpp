#include "quality/TextMetrics.h"

namespace lockstep {

QList<std::pair<QString, double>> TextMetrics::toList() const
{
    return {
        {QStringLiteral("text.chars"), double(chars)},
        {QStringLiteral("text.words"), double(words)},
        {QStringLiteral("text.lines"), double(lines)},
        {QStringLiteral("text.invalid_bytes"), double(invalidBytes)},
        {QStringLiteral("text.control_chars"), double(controlChars)},
        {QStringLiteral("text.is_empty"), whitespaceOnly ? 1.0 : 0.0},
    };
}

}  // namespace lockstep
