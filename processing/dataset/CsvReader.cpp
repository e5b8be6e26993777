#include "dataset/CsvReader.h"

namespace lockstep {

CsvReader::CsvReader(QByteArray data, char delimiter) : m_data(std::move(data)), m_delimiter(delimiter)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::readRecord(QStringList* fields)
{
    fields->clear();
    m_problems.clear();
    const char* d = m_data.constData();
    const qint64 n = m_data.size();

    // Skip blank lines between records.
    while (m_pos < n && (d[m_pos] == '\n' || d[m_pos] == '\r')) {
        if (d[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= n)
        return false;
    m_recordLine = m_line;

    QByteArray field;
    for (;;) {
        field.clear();
        if (m_pos < n && d[m_pos] == '"') {
            // Quoted field: runs to the matching quote; "" is a literal quote.
            const int openedOn = m_line;
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const char c = d[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < n && d[m_pos + 1] == '"') {
                        field += '"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == '\n')
                    ++m_line;
                if (c == '\r' && m_pos + 1 < n && d[m_pos + 1] == '\n') {
                    ++m_pos;  // CRLF inside a quoted field becomes LF
                    continue;
                }
                field += c;
                ++m_pos;
            }
            if (!closed)
                m_problems << QStringLiteral("quoted field opened on line %1 is never closed").arg(openedOn);
            // Text between the closing quote and the delimiter is kept, but reported.
            const qint64 tail = m_pos;
            while (m_pos < n && d[m_pos] != m_delimiter && d[m_pos] != '\n' && d[m_pos] != '\r')
                ++m_pos;
            if (m_pos > tail) {
                field.append(d + tail, m_pos - tail);
                m_problems << QStringLiteral("text after a closing quote");
            }
            fields->append(QString::fromUtf8(field));
        } else {
            const qint64 start = m_pos;
            while (m_pos < n && d[m_pos] != m_delimiter && d[m_pos] != '\n' && d[m_pos] != '\r')
                ++m_pos;
            const QByteArrayView raw(d + start, m_pos - start);
            if (raw.contains('"'))
                m_problems << QStringLiteral("quote inside an unquoted field (kept as text)");
            fields->append(QString::fromUtf8(raw));
        }

        if (m_pos >= n)
            return true;
        const char c = d[m_pos];
        if (c == m_delimiter) {
            ++m_pos;
            if (m_pos >= n) {
                fields->append(QString());
                return true;
            }
            continue;
        }
        // End of record: CRLF, LF or a lone CR.
        if (c == '\r')
            ++m_pos;
        if (m_pos < n && d[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

char CsvReader::sniffDelimiter(const QByteArray& data)
{
    qsizetype end = data.indexOf('\n');
    const QByteArray first = end < 0 ? data : data.left(end);
    const char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    qsizetype bestCount = 0;
    for (char c : candidates) {
        const qsizetype count = first.count(c);
        if (count > bestCount) {
            best = c;
            bestCount = count;
        }
    }
    return best;
}

}  // namespace lockstep
