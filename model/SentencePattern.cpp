#include "SentencePattern.h"

namespace lockstep {

SentencePattern::SentencePattern(const char* text, const char* kinds, GroupFor groupFor, const QString& suffixPattern)
    : m_text(text), m_kinds(kinds)
{
    const QString sentence = QString::fromUtf8(text);
    QString pattern = QStringLiteral("^");
    QString literal;
    for (qsizetype i = 0; i < sentence.size(); ++i) {
        if (sentence[i] == QLatin1Char('%') && i + 1 < sentence.size() && sentence[i + 1].isDigit()) {
            const int n = sentence[i + 1].digitValue();
            pattern += QRegularExpression::escape(literal) + groupFor(kinds[n - 1]);
            literal.clear();
            m_placeholders.push_back(n);
            ++i;
        } else {
            literal += sentence[i];
        }
    }
    pattern += QRegularExpression::escape(literal) + suffixPattern + QLatin1Char('$');
    m_pattern = QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption);
}

QString SentencePattern::numberGroup()
{
    return QStringLiteral("([-+]?(?:[0-9]+(?:\\.[0-9]*)?(?:e[-+]?[0-9]+)?|inf|nan))");
}

}  // namespace lockstep
