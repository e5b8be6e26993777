#pragma once

#include <QString>
#include <vector>

namespace lockstep {

// Puts each argument in place of its %N (N = 1..9) in one pass, so that an argument's own "%1" stays text (which
// QString::arg chains would replace again). Used where stored English is re-worded in the user's language.
inline QString fillPlaceholders(const QString& text, const std::vector<QString>& args)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('%') && i + 1 < text.size() && text[i + 1].isDigit()) {
            const int n = text[i + 1].digitValue();
            if (n >= 1 && std::size_t(n) <= args.size()) {
                out += args[std::size_t(n - 1)];
                ++i;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace lockstep
