#include "dataset/SensorCsvReader.h"

#include "dataset/CsvReader.h"

#include <QFile>
#include <algorithm>
#include <cmath>

namespace lockstep {

namespace {

constexpr int kMaxReportedRows = 20;

}  // namespace

double SensorCsvReader::microsPerUnit(const QString& rawName)
{
    const QString name = rawName.trimmed().toLower();
    static const char* const bases[] = {"time", "timestamp", "t", "ts", "seconds", "sec", "secs", "elapsed"};
    struct Suffix {
        const char* text;
        double scale;
    };
    static const Suffix suffixes[] = {{"", 1e6},      {"_s", 1e6},      {"_sec", 1e6},   {"_seconds", 1e6},
                                      {"_ms", 1e3},   {"_us", 1.0},     {"_ns", 1e-3},   {"(s)", 1e6},
                                      {" (s)", 1e6},  {"[s]", 1e6},     {" [s]", 1e6},   {"_msec", 1e3},
                                      {"_usec", 1.0}, {"_micros", 1.0}, {"_millis", 1e3}};
    for (const char* base : bases)
        for (const Suffix& s : suffixes)
            if (name == QLatin1String(base) + QLatin1String(s.text))
                return s.scale;
    if (name == QLatin1String("ms") || name == QLatin1String("millis"))
        return 1e3;
    if (name == QLatin1String("us") || name == QLatin1String("micros"))
        return 1.0;
    return 0.0;
}

bool SensorCsvReader::looksLikeSensorHeader(const QStringList& header)
{
    return std::any_of(header.begin(), header.end(), [](const QString& h) { return microsPerUnit(h) > 0.0; });
}

SensorSeries SensorCsvReader::parse(const QByteArray& bytes, const QString& fileName)
{
    SensorSeries out;
    CsvReader csv(bytes, CsvReader::sniffDelimiter(bytes));
    QStringList header;
    if (!csv.readRecord(&header)) {
        out.error = QStringLiteral("%1: empty sensor file").arg(fileName);
        return out;
    }
    int timeIndex = -1;
    double scale = 0.0;
    for (int i = 0; i < header.size(); ++i) {
        scale = microsPerUnit(header[i]);
        if (scale > 0.0) {
            timeIndex = i;
            break;
        }
    }
    if (timeIndex < 0) {
        out.error = QStringLiteral(
                        "%1:1: no time column (expected one named time, timestamp, t, time_s, "
                        "time_ms or time_us) in header '%2'")
                        .arg(fileName, header.join(QLatin1Char(',')));
        return out;
    }
    out.timeColumn = header[timeIndex].trimmed();
    QList<int> channelIndex;
    for (int i = 0; i < header.size(); ++i)
        if (i != timeIndex) {
            channelIndex << i;
            out.channels << header[i].trimmed();
        }
    const qsizetype width = channelIndex.size();

    int skipped = 0;
    int backwards = 0;
    QStringList fields;
    std::vector<double> row(static_cast<std::size_t>(width));
    while (csv.readRecord(&fields)) {
        auto reject = [&](const QString& why) {
            if (++skipped <= kMaxReportedRows)
                out.diagnostics.append({Diagnostic::Severity::Warning,
                                        fileName,
                                        csv.recordLine(),
                                        {},
                                        why + QStringLiteral("; row skipped")});
        };
        if (fields.size() != header.size()) {
            reject(QStringLiteral("%1 fields where the header has %2").arg(fields.size()).arg(header.size()));
            continue;
        }
        bool ok = false;
        const double t = fields[timeIndex].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(t)) {
            reject(QStringLiteral("time '%1' is not a number").arg(fields[timeIndex]));
            continue;
        }
        bool rowOk = true;
        for (qsizetype c = 0; c < width; ++c) {
            const QString cell = fields[channelIndex[c]].trimmed();
            if (cell.isEmpty() || cell.compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0) {
                row[std::size_t(c)] = std::nan("");  // a gap, not an error
                continue;
            }
            row[std::size_t(c)] = cell.toDouble(&ok);
            if (!ok) {
                reject(QStringLiteral("value '%1' in column '%2' is not a number").arg(cell, out.channels[c]));
                rowOk = false;
                break;
            }
        }
        if (!rowOk)
            continue;
        const Micros time{static_cast<std::int64_t>(std::llround(t * scale))};
        if (!out.times.empty() && time < out.times.back() && ++backwards <= kMaxReportedRows)
            out.diagnostics.append({Diagnostic::Severity::Warning,
                                    fileName,
                                    csv.recordLine(),
                                    {},
                                    QStringLiteral("timestamp goes backwards (%1 s after %2 s)")
                                        .arg(secondsFromMicros(time))
                                        .arg(secondsFromMicros(out.times.back()))});
        out.times.push_back(time);
        out.values.insert(out.values.end(), row.begin(), row.end());
    }
    if (skipped > kMaxReportedRows)
        out.diagnostics.append(
            {Diagnostic::Severity::Warning,
             fileName,
             0,
             {},
             QStringLiteral("%1 rows skipped in all (first %2 listed)").arg(skipped).arg(kMaxReportedRows)});
    if (backwards > kMaxReportedRows)
        out.diagnostics.append({Diagnostic::Severity::Warning,
                                fileName,
                                0,
                                {},
                                QStringLiteral("timestamps go backwards %1 times in all").arg(backwards)});
    if (out.times.size() >= 2) {
        std::vector<std::int64_t> intervals;
        intervals.reserve(out.times.size() - 1);
        for (std::size_t i = 1; i < out.times.size(); ++i)
            intervals.push_back((out.times[i] - out.times[i - 1]).count());
        std::nth_element(intervals.begin(), intervals.begin() + std::ptrdiff_t(intervals.size() / 2), intervals.end());
        const std::int64_t median = intervals[intervals.size() / 2];
        out.nominalRate = median > 0 ? 1e6 / static_cast<double>(median) : 0.0;
    }
    out.ok = true;
    return out;
}

SensorSeries SensorCsvReader::readFile(const QString& absolutePath, const QString& displayName)
{
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        SensorSeries out;
        out.error = QStringLiteral("cannot open '%1': %2").arg(displayName, file.errorString());
        return out;
    }
    return parse(file.readAll(), displayName);
}

}  // namespace lockstep
