#pragma once

#include "dataset/Diagnostic.h"
#include "dataset/Micros.h"
#include "lockstep_processing_export.h"

#include <QStringList>
#include <vector>

namespace lockstep {

// A sensor stream: a timestamp column and numeric value columns, one row per reading.
struct SensorSeries {
    bool ok = false;
    QString error;
    QString timeColumn;
    QStringList channels;
    std::vector<Micros> times;
    std::vector<double> values;  // row-major: values[row * channels.size() + channel]
    double nominalRate = 0.0;    // readings per second from the median interval, 0 if < 2 rows
    Diagnostics diagnostics;

    qsizetype rows() const { return static_cast<qsizetype>(times.size()); }
};

// Reads sensor CSVs. The time column is the first whose name is time/timestamp/t/ts/seconds (optionally
// with a unit suffix: _s, _ms, _us, _ns; no suffix means seconds). Every other numeric column is a channel.
// Bad rows are skipped and reported with their line; timestamps that go backwards are reported.
class LOCKSTEP_PROCESSING_EXPORT SensorCsvReader {
public:
    static SensorSeries parse(const QByteArray& bytes, const QString& fileName);
    static SensorSeries readFile(const QString& absolutePath, const QString& displayName);
    // True when the header has a recognisable time column (used to tell sensor CSVs from other CSVs).
    static bool looksLikeSensorHeader(const QStringList& header);
    // Microseconds per unit for a time column name ("time_ms" -> 1000), 0 when it is not a time column.
    static double microsPerUnit(const QString& columnName);
};

}  // namespace lockstep
