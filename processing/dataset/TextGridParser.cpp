#include "dataset/TextGridParser.h"

#include "dataset/TimedTextSupport.h"

#include <utility>

namespace lockstep {

using namespace timedtext;

namespace {

struct Token {
    enum class Kind { Number, String, Flag, End, Unterminated };
    Kind kind = Kind::End;
    QString text;
    int line = 0;
};

QString describe(const Token& t)
{
    switch (t.kind) {
    case Token::Kind::Number: return QStringLiteral("the number %1").arg(t.text.left(40));
    case Token::Kind::String: return QStringLiteral("the string \"%1\"").arg(t.text.left(40));
    case Token::Kind::Flag: return QStringLiteral("<%1>").arg(t.text.left(40));
    case Token::Kind::End: return QStringLiteral("the end of the file");
    case Token::Kind::Unterminated: return QStringLiteral("a string without its closing quote");
    }
    return {};
}

// Praat's text reader in spirit: values are numbers, "strings" and <flags>; labels such as "xmin =",
// array indices "[3]" and "!" comments carry no information, so the long and short formats read alike.
class Tokenizer {
public:
    explicit Tokenizer(QString text) : m_text(std::move(text)) {}

    Token next()
    {
        const qsizetype n = m_text.size();
        while (m_pos < n) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('\n')) {
                ++m_line;
                ++m_pos;
            } else if (c.isSpace()) {
                ++m_pos;
            } else if (c == QLatin1Char('!')) {
                while (m_pos < n && m_text.at(m_pos) != QLatin1Char('\n'))
                    ++m_pos;
            } else if (c == QLatin1Char('"')) {
                return readString();
            } else if (c == QLatin1Char('<')) {
                const qsizetype begin = ++m_pos;
                while (m_pos < n && m_text.at(m_pos) != QLatin1Char('>') && m_text.at(m_pos) != QLatin1Char('\n'))
                    ++m_pos;
                Token t{Token::Kind::Flag, m_text.mid(begin, m_pos - begin), m_line};
                if (m_pos < n && m_text.at(m_pos) == QLatin1Char('>'))
                    ++m_pos;
                return t;
            } else if (c == QLatin1Char('[')) {
                while (m_pos < n && m_text.at(m_pos) != QLatin1Char(']') && m_text.at(m_pos) != QLatin1Char('\n'))
                    ++m_pos;
            } else if (isNumberChar(c) && c != QLatin1Char('e') && c != QLatin1Char('E')) {
                const qsizetype begin = m_pos;
                while (m_pos < n && isNumberChar(m_text.at(m_pos)))
                    ++m_pos;
                return Token{Token::Kind::Number, m_text.mid(begin, m_pos - begin), m_line};
            } else if (c.isLetter() || c == QLatin1Char('_')) {
                // A label word; digits inside it ("tier2") are not values.
                while (m_pos < n && (m_text.at(m_pos).isLetterOrNumber() || m_text.at(m_pos) == QLatin1Char('_')))
                    ++m_pos;
            } else {
                ++m_pos;  // '=', ':', '?' and other punctuation of the long format
            }
        }
        return Token{Token::Kind::End, {}, m_line};
    }

private:
    static bool isNumberChar(QChar c)
    {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('-') ||
               c == QLatin1Char('+') || c == QLatin1Char('e') || c == QLatin1Char('E');
    }

    Token readString()
    {
        const int startLine = m_line;
        const qsizetype n = m_text.size();
        const qsizetype begin = ++m_pos;
        bool doubled = false;
        while (m_pos < n) {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"')) {
                if (m_pos + 1 < n && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                    doubled = true;  // "" inside a string is one quote
                    m_pos += 2;
                    continue;
                }
                QString text = m_text.mid(begin, m_pos - begin);
                ++m_pos;
                if (doubled)
                    text.replace(QStringLiteral("\"\""), QStringLiteral("\""));
                return Token{Token::Kind::String, text, startLine};
            }
            if (c == QLatin1Char('\n'))
                ++m_line;  // Praat strings may span lines
            ++m_pos;
        }
        return Token{Token::Kind::Unterminated, {}, startLine};
    }

    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// Outcome of reading one value: Ok; Skip = the token was there but its value is unusable (the item is
// skipped, the token stream is still in step); Stop = the structure is broken, nothing further can be
// trusted.
enum class Read { Ok, Skip, Stop };

class Reader {
public:
    Reader(Tokenizer& tokens, TimedTextDocument& doc, const QString& fileName)
        : m_tokens(tokens), m_doc(doc), m_file(fileName)
    {}

    Read time(Micros& out, int& line, const QString& what)
    {
        const Token t = m_tokens.next();
        line = t.line;
        if (t.kind != Token::Kind::Number)
            return unexpected(t, what + QStringLiteral(" (a number)"));
        const auto value = parseSeconds(t.text);
        if (!value) {
            warn(m_doc.diagnostics, m_file, t.line,
                 QStringLiteral("invalid time \"%1\" for %2").arg(t.text.left(40), what));
            return Read::Skip;
        }
        out = *value;
        return Read::Ok;
    }

    Read count(qint64& out, const QString& what)
    {
        const Token t = m_tokens.next();
        if (t.kind != Token::Kind::Number)
            return unexpected(t, what + QStringLiteral(" (a whole number)"));
        bool ok = false;
        out = t.text.toLongLong(&ok);
        if (!ok || out < 0) {
            warn(m_doc.diagnostics, m_file, t.line,
                 QStringLiteral("invalid %1 \"%2\"; stopped reading here").arg(what, t.text.left(40)));
            return Read::Stop;
        }
        return Read::Ok;
    }

    Read string(QString& out, int& line, const QString& what)
    {
        const Token t = m_tokens.next();
        line = t.line;
        if (t.kind != Token::Kind::String)
            return unexpected(t, what + QStringLiteral(" (a quoted string)"));
        out = t.text;
        return Read::Ok;
    }

    // The token after the tier count: <exists> or <absent> in files Praat writes.
    Token next() { return m_tokens.next(); }

    Read unexpected(const Token& t, const QString& expected)
    {
        QString message;
        if (t.kind == Token::Kind::End)
            message =
                QStringLiteral("file ends while reading %1 (truncated?); kept what was read before").arg(expected);
        else if (t.kind == Token::Kind::Unterminated)
            message = QStringLiteral("string without its closing quote while reading %1; kept what was read before")
                          .arg(expected);
        else
            message = QStringLiteral("expected %1, found %2; stopped reading here").arg(expected, describe(t));
        addDiagnostic(m_doc.diagnostics, Diagnostic::Severity::Error, m_file, t.line, message);
        return Read::Stop;
    }

private:
    Tokenizer& m_tokens;
    TimedTextDocument& m_doc;
    const QString& m_file;
};

// Reads one tier's items into tier; returns false when the rest of the file cannot be trusted.
bool readItems(Reader& reader, TimedTextTier& tier, qint64 itemCount, TimedTextDocument& doc, const QString& file)
{
    for (qint64 k = 0; k < itemCount; ++k) {
        if (tier.isPointTier) {
            Micros time{0};
            QString mark;
            int timeLine = 0, markLine = 0;
            const Read r1 = reader.time(time, timeLine, QStringLiteral("a point time"));
            if (r1 == Read::Stop)
                return false;
            if (reader.string(mark, markLine, QStringLiteral("a point mark")) == Read::Stop)
                return false;
            if (r1 == Read::Ok)
                tier.segments.push_back(Segment{time, time, mark});
            continue;
        }
        Micros start{0}, end{0};
        QString text;
        int startLine = 0, endLine = 0, textLine = 0;
        const Read r1 = reader.time(start, startLine, QStringLiteral("an interval's xmin"));
        if (r1 == Read::Stop)
            return false;
        const Read r2 = reader.time(end, endLine, QStringLiteral("an interval's xmax"));
        if (r2 == Read::Stop)
            return false;
        if (reader.string(text, textLine, QStringLiteral("an interval's text")) == Read::Stop)
            return false;
        if (r1 != Read::Ok || r2 != Read::Ok)
            continue;
        if (text.trimmed().isEmpty())
            continue;  // an empty interval is a silence, not a segment
        Segment segment{start, end, text};
        clampEnd(segment, doc.diagnostics, file, startLine, QStringLiteral("interval"));
        tier.segments.push_back(std::move(segment));
    }
    return true;
}

}  // namespace

TimedTextDocument TextGridParser::parse(const QByteArray& bytes, const QString& fileName)
{
    TimedTextDocument doc;
    if (bytes.startsWith("ooBinaryFile")) {
        doc.error = fileName + QStringLiteral(
                                   ": binary TextGrid files are not supported; in Praat, use "
                                   "\"Save as text file\"");
        return doc;
    }
    const DecodedText decoded = decodeLines(bytes, fileName, doc.diagnostics);
    if (!decoded.lines.isEmpty() && decoded.lines.first().contains(QLatin1String("chronological"))) {
        doc.error = fileName + QStringLiteral(
                                   ": the chronological TextGrid format is not supported; in Praat, "
                                   "use \"Save as text file\"");
        return doc;
    }
    Tokenizer tokens(decoded.lines.join(QLatin1Char('\n')));
    Reader reader(tokens, doc, fileName);

    const Token fileType = tokens.next();
    if (fileType.kind != Token::Kind::String || !fileType.text.startsWith(QLatin1String("ooTextFile"))) {
        doc.error = fileName + QStringLiteral(
                                   ": not a Praat TextGrid text file (expected File type = "
                                   "\"ooTextFile\" on the first line)");
        return doc;
    }
    const Token objectClass = tokens.next();
    if (objectClass.kind != Token::Kind::String || objectClass.text != QLatin1String("TextGrid")) {
        doc.error = fileName + QStringLiteral(": line %1: the Praat object is %2, not a TextGrid")
                                   .arg(objectClass.line)
                                   .arg(describe(objectClass));
        return doc;
    }

    Micros xmin{0}, xmax{0};
    int line = 0;
    if (reader.time(xmin, line, QStringLiteral("the TextGrid's xmin")) != Read::Ok ||
        reader.time(xmax, line, QStringLiteral("the TextGrid's xmax")) != Read::Ok) {
        doc.error = fileName + QStringLiteral(": line %1: the TextGrid has no valid time range (xmin, xmax)").arg(line);
        return doc;
    }
    // From here on the file is a TextGrid: whatever follows is kept as far as it can be read.
    doc.ok = true;
    doc.duration = xmax;

    qint64 tierCount = 0;
    const Token flag = reader.next();
    if (flag.kind == Token::Kind::Flag && flag.text == QLatin1String("absent"))
        return doc;
    if (flag.kind == Token::Kind::Number) {
        // No <exists> flag (some hand-written files): the number is the tier count.
        bool ok = false;
        tierCount = flag.text.toLongLong(&ok);
        if (!ok || tierCount < 0) {
            reader.unexpected(flag, QStringLiteral("the number of tiers"));
            return doc;
        }
    } else if (flag.kind != Token::Kind::Flag) {
        reader.unexpected(flag, QStringLiteral("<exists> before the tiers"));
        return doc;
    } else if (reader.count(tierCount, QStringLiteral("the number of tiers")) != Read::Ok) {
        return doc;
    }

    for (qint64 t = 0; t < tierCount; ++t) {
        QString tierClass;
        int classLine = 0;
        if (reader.string(tierClass, classLine, QStringLiteral("a tier class")) != Read::Ok)
            break;
        TimedTextTier tier;
        if (tierClass == QLatin1String("TextTier")) {
            tier.isPointTier = true;
        } else if (tierClass != QLatin1String("IntervalTier")) {
            addDiagnostic(doc.diagnostics, Diagnostic::Severity::Error, fileName, classLine,
                          QStringLiteral("unknown tier class \"%1\" (expected IntervalTier or TextTier); "
                                         "stopped reading here")
                              .arg(tierClass.left(40)));
            break;
        }
        int nameLine = 0;
        if (reader.string(tier.name, nameLine, QStringLiteral("a tier name")) != Read::Ok)
            break;
        Micros tierMin{0}, tierMax{0};
        if (reader.time(tierMin, line, QStringLiteral("a tier's xmin")) == Read::Stop ||
            reader.time(tierMax, line, QStringLiteral("a tier's xmax")) == Read::Stop) {
            doc.tiers.append(std::move(tier));
            break;
        }
        qint64 itemCount = 0;
        const bool counted =
            reader.count(itemCount, tier.isPointTier ? QStringLiteral("the number of points")
                                                     : QStringLiteral("the number of intervals")) == Read::Ok;
        const bool intact = counted && readItems(reader, tier, itemCount, doc, fileName);
        sortByStart(tier, doc.diagnostics, fileName, true);  // Praat keeps them sorted; hand edits may not
        doc.tiers.append(std::move(tier));
        if (!intact)
            break;
    }
    return doc;
}

}  // namespace lockstep
