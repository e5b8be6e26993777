#pragma once

#include <QRegularExpression>
#include <QString>
#include <cstring>
#include <vector>

namespace lockstep {

// One of the engine's English sentences, with %1, %2 ... where the engine puts a name or a number, turned into a
// pattern that reads a message of that sentence back: the literal text as it is, each placeholder a group.
// IssueMessageText and EngineMessageText compile their sentence tables with it; each says what its kinds of
// placeholder match.
class SentencePattern {
public:
    // What the placeholders of one kind match (a regular expression with one capturing group).
    using GroupFor = QString (*)(char kind);

    // `kinds` has one letter per placeholder %1, %2 ...; both strings outlive the pattern (they are the tables'
    // literals). `suffixPattern` is matched after the sentence; its groups come after the placeholders'.
    SentencePattern(const char* text, const char* kinds, GroupFor groupFor, const QString& suffixPattern = {});

    QRegularExpressionMatch match(const QString& message) const { return m_pattern.match(message); }
    // How many placeholders the sentence has: the group of a suffix is the one after them.
    int placeholderCount() const { return int(m_placeholders.size()); }
    // The sentence's text without its placeholders: more of it means a more specific sentence.
    qsizetype literalLength() const { return qsizetype(std::strlen(m_text)) - 2 * qsizetype(m_placeholders.size()); }

    // The argument of each placeholder %N at index N-1, as `convert(kind, captured)` makes it from the match.
    template <typename Convert>
    std::vector<QString> arguments(const QRegularExpressionMatch& match, Convert convert) const
    {
        std::vector<QString> args(std::strlen(m_kinds));
        for (std::size_t g = 0; g < m_placeholders.size(); ++g) {
            const int n = m_placeholders[g];
            args[std::size_t(n - 1)] = convert(m_kinds[n - 1], match.captured(int(g) + 1));
        }
        return args;
    }

    // A number as the engine prints it (QString::number: "3", "-0.25", "1e+06", "inf").
    static QString numberGroup();

private:
    const char* m_text;
    const char* m_kinds;
    QRegularExpression m_pattern;
    std::vector<int> m_placeholders;  // the N of each group, in the order they appear
};

}  // namespace lockstep
