#pragma once

#include "lockstep_processing_export.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lockstep {

// RFC 4180 CSV over an in-memory buffer (files are memory-mapped by the caller): quoted fields with
// embedded delimiters, doubled quotes and line breaks; CRLF or LF; a UTF-8 BOM is skipped. It never stops
// at a bad record: a quote inside an unquoted field is kept literally and a quote left open at the end
// of the file closes there; each case is reported through problems() for that record.
class LOCKSTEP_PROCESSING_EXPORT CsvReader {
public:
    explicit CsvReader(QByteArray data, char delimiter = ',');

    // Reads the next record into fields; false at the end of the data. Blank lines are skipped.
    bool readRecord(QStringList* fields);
    // 1-based line on which the last record started.
    int recordLine() const { return m_recordLine; }
    // Problems found in the last record ("unterminated quoted field", ...), empty when it was clean.
    const QStringList& problems() const { return m_problems; }
    // Fraction of the buffer consumed, for progress.
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_data.size(); }

    // Guesses ',', ';', '\t' or '|' from the first line.
    static char sniffDelimiter(const QByteArray& data);

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    char m_delimiter;
    int m_line = 1;
    int m_recordLine = 0;
    QStringList m_problems;
};

}  // namespace lockstep
