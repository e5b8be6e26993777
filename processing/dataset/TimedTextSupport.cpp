#include "dataset/TimedTextSupport.h"

#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <string>

namespace lockstep::timedtext {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// Splits decoded text at CRLF, LF and lone CR. A terminator at the very end does not start another line.
QStringList splitLines(const QString& text)
{
    QStringList lines;
    qsizetype begin = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            continue;
        lines.append(text.mid(begin, i - begin));
        if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
            ++i;
        begin = i + 1;
    }
    if (begin < n)
        lines.append(text.mid(begin));
    return lines;
}

QString invalidEncodingMessage(bool utf16)
{
    return utf16 ? QStringLiteral("invalid UTF-16 data; the text was decoded with replacement characters")
                 : QStringLiteral(
                       "invalid UTF-8 byte sequence; the text was decoded with replacement characters "
                       "(re-save the file as UTF-8)");
}

}  // namespace

void addDiagnostic(Diagnostics& diagnostics, Diagnostic::Severity severity, const QString& file, int line,
                   const QString& message)
{
    if (diagnostics.size() > kMaxDiagnostics)
        return;
    Diagnostic d;
    d.file = file;
    if (diagnostics.size() == kMaxDiagnostics) {
        d.severity = Diagnostic::Severity::Info;
        d.message = QStringLiteral("too many problems; further ones are not listed");
    } else {
        d.severity = severity;
        d.line = line;
        d.message = message;
    }
    diagnostics.append(d);
}

DecodedText decodeLines(const QByteArray& bytes, const QString& file, Diagnostics& diagnostics)
{
    DecodedText out;
    const qsizetype n = bytes.size();
    const auto byteAt = [&bytes](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };

    std::optional<QStringConverter::Encoding> utf16;
    qsizetype offset = 0;
    if (n >= 3 && byteAt(0) == 0xEF && byteAt(1) == 0xBB && byteAt(2) == 0xBF) {
        offset = 3;
    } else if (n >= 2 && byteAt(0) == 0xFF && byteAt(1) == 0xFE) {
        utf16 = QStringConverter::Utf16LE;
        offset = 2;
    } else if (n >= 2 && byteAt(0) == 0xFE && byteAt(1) == 0xFF) {
        utf16 = QStringConverter::Utf16BE;
        offset = 2;
    } else if (n >= 2 && byteAt(0) != 0 && byteAt(0) < 0x80 && byteAt(1) == 0) {
        // No BOM, but "T\0i\0..." can only be UTF-16LE ASCII-range text.
        utf16 = QStringConverter::Utf16LE;
    } else if (n >= 2 && byteAt(0) == 0 && byteAt(1) != 0 && byteAt(1) < 0x80) {
        utf16 = QStringConverter::Utf16BE;
    }

    if (utf16) {
        out.utf16 = true;
        QStringDecoder decoder(*utf16, QStringConverter::Flag::ConvertInitialBom);
        const QString text = decoder.decode(QByteArrayView(bytes).sliced(offset));
        out.lines = splitLines(text);
        const bool oddLength = (n - offset) % 2 != 0;
        if (decoder.hasError() || oddLength) {
            out.invalidBytes = true;
            // The decoder does not say where; the replacement characters do.
            for (qsizetype i = 0; i < out.lines.size(); ++i) {
                if (out.lines.at(i).contains(QChar::ReplacementCharacter))
                    warn(diagnostics, file, int(i + 1), invalidEncodingMessage(true));
            }
            if (oddLength) {
                warn(diagnostics, file, int(std::max<qsizetype>(out.lines.size(), 1)),
                     QStringLiteral("UTF-16 file ends in the middle of a character (odd number of bytes)"));
            }
        }
        return out;
    }

    // UTF-8: CR and LF never occur inside a multi-byte sequence, so each line can be decoded on its own and
    // an invalid sequence is reported on exactly the line where it is.
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
    const char* data = bytes.constData();
    qsizetype begin = offset;
    const auto emitLine = [&](qsizetype end) {
        decoder.resetState();
        out.lines.append(decoder.decode(QByteArrayView(data + begin, end - begin)));
        if (decoder.hasError()) {
            out.invalidBytes = true;
            warn(diagnostics, file, int(out.lines.size()), invalidEncodingMessage(false));
        }
    };
    for (qsizetype i = offset; i < n; ++i) {
        const char c = data[i];
        if (c != '\n' && c != '\r')
            continue;
        emitLine(i);
        if (c == '\r' && i + 1 < n && data[i + 1] == '\n')
            ++i;
        begin = i + 1;
    }
    if (begin < n)
        emitLine(n);
    return out;
}

std::optional<std::int64_t> parseScaledDecimal(QStringView text, int scale)
{
    text = text.trimmed();
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+'))) {
        negative = text.at(i) == QLatin1Char('-');
        ++i;
    }
    // value = digits * 10^exponent, with digits free of leading zeros.
    std::string digits;
    int exponent = 0;
    bool anyDigit = false;
    constexpr std::size_t kKeptDigits = 40;  // far more than int64 needs; the rest only matter for rounding
    for (; i < n && isAsciiDigit(text.at(i)); ++i) {
        anyDigit = true;
        const char d = char(text.at(i).unicode());
        if (digits.empty() && d == '0')
            continue;
        if (digits.size() < kKeptDigits)
            digits.push_back(d);
        else if (exponent < 1000)
            ++exponent;
    }
    if (i < n && text.at(i) == QLatin1Char('.')) {
        for (++i; i < n && isAsciiDigit(text.at(i)); ++i) {
            anyDigit = true;
            const char d = char(text.at(i).unicode());
            if (digits.empty() && d == '0') {
                if (exponent > -1000)
                    --exponent;
                continue;
            }
            if (digits.size() < kKeptDigits) {
                digits.push_back(d);
                --exponent;
            }
        }
    }
    if (!anyDigit)
        return std::nullopt;
    if (i < n && (text.at(i) == QLatin1Char('e') || text.at(i) == QLatin1Char('E'))) {
        ++i;
        bool negativeExponent = false;
        if (i < n && (text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+'))) {
            negativeExponent = text.at(i) == QLatin1Char('-');
            ++i;
        }
        if (i >= n || !isAsciiDigit(text.at(i)))
            return std::nullopt;
        int e = 0;
        for (; i < n && isAsciiDigit(text.at(i)); ++i)
            e = std::min(e * 10 + (text.at(i).unicode() - '0'), 100000);
        exponent += negativeExponent ? -e : e;
    }
    if (i != n)
        return std::nullopt;
    if (digits.empty())
        return std::int64_t{0};

    const int totalExponent = exponent + scale;
    constexpr int kMaxDigits = 16;  // kMaxMicros has 16 digits
    std::int64_t value = 0;
    if (totalExponent >= 0) {
        if (std::int64_t(digits.size()) + totalExponent > kMaxDigits)
            return std::nullopt;
        for (const char d : digits)
            value = value * 10 + (d - '0');
        for (int k = 0; k < totalExponent; ++k)
            value *= 10;
    } else {
        const std::int64_t dropped = -std::int64_t(totalExponent);
        if (dropped > std::int64_t(digits.size()))
            return std::int64_t{0};  // even the first digit is below half a unit
        const std::size_t kept = digits.size() - std::size_t(dropped);
        if (kept > std::size_t(kMaxDigits))
            return std::nullopt;
        for (std::size_t k = 0; k < kept; ++k)
            value = value * 10 + (digits[k] - '0');
        if (digits[kept] >= '5')
            ++value;
    }
    if (value > kMaxMicros)
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<std::int64_t> scaledFromDouble(double value, int scale)
{
    if (!std::isfinite(value))
        return std::nullopt;
    return parseScaledDecimal(QString::number(value, 'g', QLocale::FloatingPointShortest), scale);
}

std::optional<Micros> parseClock(QStringView text, qsizetype& pos, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<Micros> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype n = text.size();
    // Reads up to maxDigits digits; returns the count read (more digits than that is an error for callers).
    const auto readNumber = [&](std::int64_t& value) {
        int count = 0;
        value = 0;
        while (pos < n && isAsciiDigit(text.at(pos))) {
            if (count < 12)
                value = value * 10 + (text.at(pos).unicode() - '0');
            ++count;
            ++pos;
        }
        return count;
    };

    std::int64_t groups[3] = {0, 0, 0};
    int groupCount = 0;
    for (;;) {
        if (groupCount == 3)
            break;
        const int digits = readNumber(groups[groupCount]);
        if (digits == 0)
            return fail(groupCount == 0 ? QStringLiteral("expected a time")
                                        : QStringLiteral("expected digits after ':'"));
        if (digits > (groupCount == 0 ? 8 : 2))
            return fail(QStringLiteral("too many digits in a time field"));
        ++groupCount;
        if (pos < n && text.at(pos) == QLatin1Char(':'))
            ++pos;
        else
            break;
    }
    if (groupCount < 2)
        return fail(QStringLiteral("expected minutes and seconds separated by ':'"));
    if (groupCount == 3 && pos < n && text.at(pos) == QLatin1Char(':'))
        return fail(QStringLiteral("expected ',' or '.' before the milliseconds, found ':'"));

    const std::int64_t hours = groupCount == 3 ? groups[0] : 0;
    const std::int64_t minutes = groupCount == 3 ? groups[1] : groups[0];
    const std::int64_t seconds = groupCount == 3 ? groups[2] : groups[1];
    if ((groupCount == 3 && minutes >= 60) || seconds >= 60)
        return fail(QStringLiteral("minutes and seconds must be below 60"));

    std::int64_t fraction = 0;  // microseconds
    if (pos < n && (text.at(pos) == QLatin1Char(',') || text.at(pos) == QLatin1Char('.'))) {
        ++pos;
        int digits = 0;
        bool roundUp = false;
        while (pos < n && isAsciiDigit(text.at(pos))) {
            const int d = text.at(pos).unicode() - '0';
            if (digits < 6)
                fraction = fraction * 10 + d;
            else if (digits == 6)
                roundUp = d >= 5;
            ++digits;
            ++pos;
        }
        if (digits == 0)
            return fail(QStringLiteral("expected milliseconds after the decimal separator"));
        for (int k = digits; k < 6; ++k)
            fraction *= 10;
        if (roundUp)
            ++fraction;
    }
    const std::int64_t total = ((hours * 60 + minutes) * 60 + seconds) * 1'000'000 + fraction;
    if (total > kMaxMicros)
        return fail(QStringLiteral("time out of range"));
    return Micros{total};
}

QString formatClock(Micros t)
{
    std::int64_t us = t.count();
    QString sign;
    if (us < 0) {
        sign = QStringLiteral("-");
        us = -us;
    }
    const std::int64_t ms = (us / 1000) % 1000;
    const std::int64_t rest = us % 1000;
    const std::int64_t totalSeconds = us / 1'000'000;
    QString s = sign + QStringLiteral("%1:%2:%3,%4")
                           .arg(totalSeconds / 3600, 2, 10, QLatin1Char('0'))
                           .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
                           .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'))
                           .arg(ms, 3, 10, QLatin1Char('0'));
    if (rest != 0)
        s += QStringLiteral("%1").arg(rest, 3, 10, QLatin1Char('0'));
    return s;
}

std::optional<CueTiming> parseCueTiming(QStringView line, QString* error)
{
    qsizetype pos = 0;
    const qsizetype n = line.size();
    const auto skipBlanks = [&] {
        while (pos < n && isBlank(line.at(pos)))
            ++pos;
    };
    QString why;
    skipBlanks();
    const auto start = parseClock(line, pos, &why);
    if (!start) {
        if (error)
            *error = QStringLiteral("start time: ") + why;
        return std::nullopt;
    }
    skipBlanks();
    if (!line.mid(pos).startsWith(QLatin1String("-->"))) {
        if (error)
            *error = QStringLiteral("expected '-->' between the start and end times");
        return std::nullopt;
    }
    pos += 3;
    skipBlanks();
    const auto end = parseClock(line, pos, &why);
    if (!end) {
        if (error)
            *error = QStringLiteral("end time: ") + why;
        return std::nullopt;
    }
    // Cue settings or SRT coordinates may follow, but only after a space: "00:0x.000" is a broken time.
    if (pos < n && !isBlank(line.at(pos))) {
        if (error)
            *error = QStringLiteral("unexpected '%1' after the end time").arg(line.at(pos));
        return std::nullopt;
    }
    return CueTiming{*start, *end};
}

QString stripSubRipTags(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('<')) {
            // A tag is "<name ...>" or "</name>"; anything else ("<3", "a < b") is text.
            qsizetype k = i + 1;
            if (k < n && text.at(k) == QLatin1Char('/'))
                ++k;
            if (k < n && isAsciiLetter(text.at(k))) {
                const qsizetype close = text.indexOf(QLatin1Char('>'), k);
                const qsizetype nextOpen = text.indexOf(QLatin1Char('<'), k);
                if (close >= 0 && (nextOpen < 0 || nextOpen > close)) {
                    i = close;
                    continue;
                }
            }
        } else if (c == QLatin1Char('{') && i + 1 < n && text.at(i + 1) == QLatin1Char('\\')) {
            // ASS/SSA override block such as {\an8} or {\i1}, common in SRT files converted from .ass.
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 2);
            if (close >= 0) {
                i = close;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QString stripWebVttMarkup(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('<')) {
            const qsizetype close = text.indexOf(QLatin1Char('>'), i + 1);
            if (close < 0)
                break;  // an unterminated tag runs to the end of the cue text
            i = close;
            continue;
        }
        if (c == QLatin1Char('&')) {
            const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
            if (semi > i + 1 && semi - i <= 10) {
                const QStringView name = text.sliced(i + 1, semi - i - 1);
                char32_t decoded = 0;
                if (name == QLatin1String("amp"))
                    decoded = U'&';
                else if (name == QLatin1String("lt"))
                    decoded = U'<';
                else if (name == QLatin1String("gt"))
                    decoded = U'>';
                else if (name == QLatin1String("quot"))
                    decoded = U'"';
                else if (name == QLatin1String("apos"))
                    decoded = U'\'';
                else if (name == QLatin1String("nbsp"))
                    decoded = 0x00A0;
                else if (name == QLatin1String("lrm"))
                    decoded = 0x200E;
                else if (name == QLatin1String("rlm"))
                    decoded = 0x200F;
                else if (name.startsWith(QLatin1Char('#'))) {
                    bool ok = false;
                    const bool hex =
                        name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
                    const uint code = hex ? name.sliced(2).toUInt(&ok, 16) : name.sliced(1).toUInt(&ok, 10);
                    if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF))
                        decoded = char32_t(code);
                }
                if (decoded != 0) {
                    out.append(QString::fromUcs4(&decoded, 1));
                    i = semi;
                    continue;
                }
            }
        }
        out.append(c);
    }
    return out;
}

void clampEnd(Segment& segment, Diagnostics& diagnostics, const QString& file, int line, const QString& what)
{
    if (segment.end >= segment.start)
        return;
    warn(diagnostics, file, line,
         QStringLiteral("%1 ends before it starts (%2 --> %3); end set to the start time")
             .arg(what, formatClock(segment.start), formatClock(segment.end)));
    segment.end = segment.start;
}

void sortByStart(TimedTextTier& tier, Diagnostics& diagnostics, const QString& file, bool report)
{
    const auto byStart = [](const Segment& a, const Segment& b) { return a.start < b.start; };
    if (std::is_sorted(tier.segments.begin(), tier.segments.end(), byStart))
        return;
    std::stable_sort(tier.segments.begin(), tier.segments.end(), byStart);
    if (report) {
        addDiagnostic(
            diagnostics, Diagnostic::Severity::Info, file, 0,
            QStringLiteral("segments of tier \"%1\" were not in time order; sorted by start time").arg(tier.name));
    }
}

bool isCueNumber(QStringView line)
{
    if (line.isEmpty())
        return false;
    for (const QChar c : line) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

}  // namespace lockstep::timedtext
