#include "quality/SampleAnalyzer.h"

#include "quality/OutlierStatistics.h"

#include <QMap>
#include <algorithm>
#include <cmath>

namespace lockstep {

namespace {

using Severity = Diagnostic::Severity;

QString sourceGroup(const QString& source)
{
    const qsizetype slash = source.indexOf(QLatin1Char('/'));
    return slash > 0 ? source.left(slash) : source;
}

StreamKind streamKindFor(Modality m)
{
    switch (m) {
    case Modality::Image: return StreamKind::Frames;
    case Modality::Text: return StreamKind::TextSegments;
    case Modality::Audio: return StreamKind::Audio;
    case Modality::Video: return StreamKind::Frames;
    }
    return StreamKind::Audio;
}

bool hasModality(const ScanSample& s, Modality m)
{
    if (s.hasItem[int(m)])
        return true;
    return std::any_of(s.streams.begin(), s.streams.end(),
                       [m](const ScanSample::StreamInfo& st) { return st.kind == streamKindFor(m); });
}

double mode(const std::vector<double>& values)
{
    QMap<double, int> counts;
    for (double v : values)
        ++counts[v];
    double best = std::nan("");
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    return best;
}

QString num(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

}  // namespace

QString measurementKey(const ScanSample& sample, Modality modality)
{
    if (modality == Modality::Text && sample.itemPath[int(Modality::Text)].isEmpty() &&
        sample.hasItem[int(Modality::Text)])
        return QStringLiteral("inline:") + sample.id;
    return sample.itemPath[int(modality)];
}

const QStringList& SampleAnalyzer::outlierMetrics()
{
    // Metrics with a detector of their own (contrast, bandwidth, ...) are left to it.
    static const QStringList names = {
        QStringLiteral("image.brightness_mean"), QStringLiteral("image.sharpness_laplacian"),
        QStringLiteral("image.entropy"),         QStringLiteral("audio.duration_s"),
        QStringLiteral("audio.rms_dbfs"),        QStringLiteral("text.words"),
    };
    return names;
}

namespace {

// Positive, scale-free metrics spread over orders of magnitude (a long tail of sharp images, long clips,
// long captions): their outliers are judged on a log scale, or the tail itself would be "outlying".
bool judgedOnLogScale(const QString& metric)
{
    return metric == QLatin1String("image.sharpness_laplacian") || metric == QLatin1String("audio.duration_s") ||
           metric == QLatin1String("text.chars") || metric == QLatin1String("text.words");
}

}  // namespace

bool SampleAnalyzer::isJudgedOnLogScale(const QString& metric)
{
    return judgedOnLogScale(metric);
}

void SampleAnalyzer::analyze(const std::vector<ScanSample>& samples, const MeasurementLookup& measurements,
                             const QualityThresholds& t, SampleMetricTable* metrics, std::vector<QualityIssue>* issues)
{
    auto issue = [issues](const QString& id, const char* type, const QString& modality, Severity severity, double value,
                          double threshold, const QString& message) {
        issues->push_back({id, QLatin1String(type), modality, severity, value, threshold, message});
    };
    const QString kSample = QStringLiteral("sample");

    // Every sample's row, made first and then reached by pointer: each later step reads a row several times, and a
    // lookup by id hashes and compares the id each time. No key is added to the table after this (that could
    // move the rows).
    metrics->reserve(metrics->size() + qsizetype(samples.size()));
    for (const ScanSample& s : samples)
        (*metrics)[s.id];
    std::vector<QHash<QString, double>*> rows;
    rows.reserve(samples.size());
    for (const ScanSample& s : samples)
        rows.push_back(&(*metrics)[s.id]);

    // 1. Per-sample metric table: every item's metrics plus cross-modal ratios.
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const ScanSample& s = samples[i];
        QHash<QString, double>& row = *rows[i];
        for (Modality m : kAllModalities) {
            if (!s.hasItem[int(m)])
                continue;
            const FileMeasurement* fm = measurements.value(measurementKey(s, m));
            if (fm && fm->ok)
                for (const auto& [name, value] : fm->metrics)
                    row.insert(name, value);
        }
        for (const ScanSample::StreamInfo& st : s.streams)
            if (st.kind == StreamKind::Sensor)
                if (const FileMeasurement* fm = measurements.value(st.sourcePath); fm && fm->ok)
                    row.insert(QStringLiteral("sensor.backwards_steps"),
                               row.value(QStringLiteral("sensor.backwards_steps")) +
                                   fm->metric(QStringLiteral("sensor.backwards_steps"), 0));
        const double duration = row.value(QStringLiteral("audio.duration_s"), std::nan(""));
        const double chars = row.value(QStringLiteral("text.chars"), std::nan(""));
        const double words = row.value(QStringLiteral("text.words"), std::nan(""));
        if (duration > 0 && std::isfinite(chars)) {
            row.insert(QStringLiteral("sample.chars_per_second"), chars / duration);
            row.insert(QStringLiteral("sample.words_per_second"), words / duration);
        }
    }

    // 2. Completeness: a modality is expected from a source when most of its samples have it.
    QHash<QString, std::array<qint64, 5>> presence;  // group -> count per modality, [4] = samples
    for (const ScanSample& s : samples) {
        auto& counts = presence[sourceGroup(s.source)];
        ++counts[4];
        for (Modality m : kAllModalities)
            counts[int(m)] += hasModality(s, m) ? 1 : 0;
    }
    const double completeness = t.value(QStringLiteral("sample.completeness"));
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const ScanSample& s = samples[i];
        const auto& counts = presence.value(sourceGroup(s.source));
        QStringList missing;
        int expected = 0;
        for (Modality m : kAllModalities) {
            if (double(counts[int(m)]) < completeness * double(counts[4]))
                continue;
            ++expected;
            if (!hasModality(s, m))
                missing << modalityName(m);
        }
        rows[i]->insert(QStringLiteral("sample.completeness"),
                        expected > 0 ? double(expected - missing.size()) / expected : 1.0);
        if (!missing.isEmpty())
            issue(s.id, "sample.missing_modality", kSample, Severity::Warning, double(missing.size()), completeness,
                  QStringLiteral("no %1, which %2% or more of the samples from '%3' have")
                      .arg(missing.join(QStringLiteral(", ")))
                      .arg(completeness * 100)
                      .arg(sourceGroup(s.source)));
    }

    // 3. Timeline checks: segments inside their media, ordered timestamps, consistent durations.
    const double segmentTolerance = t.value(QStringLiteral("sample.segment_tolerance"));
    const double durationTolerance = t.value(QStringLiteral("sample.duration_tolerance"));
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const ScanSample& s = samples[i];
        const QHash<QString, double>& row = *rows[i];
        double mediaSeconds = std::nan("");
        for (const ScanSample::StreamInfo& st : s.streams)
            if (st.kind == StreamKind::Audio && st.sourcePath == s.itemPath[int(Modality::Audio)] &&
                st.start.count() == 0)
                mediaSeconds = secondsFromMicros(st.duration);
        if (!std::isfinite(mediaSeconds))
            mediaSeconds = row.value(QStringLiteral("audio.duration_s"), std::nan(""));
        bool unordered = row.value(QStringLiteral("sensor.backwards_steps"), 0) > 0;
        for (const ScanSample::StreamInfo& st : s.streams) {
            if (st.kind != StreamKind::TextSegments)
                continue;
            unordered = unordered || !st.segmentsOrdered;
            const double end = secondsFromMicros(st.segmentsEnd);
            if (std::isfinite(mediaSeconds) && end > mediaSeconds + segmentTolerance)
                issue(s.id, "sample.segment_out_of_bounds", kSample, Severity::Warning, end, mediaSeconds,
                      QStringLiteral("'%1' has a segment ending at %2 s; the audio lasts %3 s")
                          .arg(st.name, num(end, 3), num(mediaSeconds, 3)));
            if (st.start.count() < 0)
                issue(s.id, "sample.segment_out_of_bounds", kSample, Severity::Warning, secondsFromMicros(st.start), 0,
                      QStringLiteral("'%1' starts before 0 s").arg(st.name));
        }
        if (unordered)
            issue(s.id, "sample.non_monotonic_timestamps", kSample, Severity::Warning, std::nan(""), std::nan(""),
                  QStringLiteral("timestamps go backwards in a sensor stream or a segment list"));

        // A declared duration (manifest) against the measured one.
        const double measured = row.value(QStringLiteral("audio.duration_s"), std::nan(""));
        if (std::isfinite(s.declaredDuration) && std::isfinite(measured)) {
            double offset = 0;
            for (const ScanSample::StreamInfo& st : s.streams)
                if (st.kind == StreamKind::Audio && st.sourcePath == s.itemPath[int(Modality::Audio)])
                    offset = secondsFromMicros(st.start);
            const bool segmentOfFile = offset > 0 || s.declaredDuration < measured - durationTolerance;
            const bool bad = segmentOfFile ? offset + s.declaredDuration > measured + durationTolerance
                                           : std::abs(s.declaredDuration - measured) > durationTolerance;
            if (bad)
                issue(s.id, "sample.duration_mismatch", kSample, Severity::Warning, s.declaredDuration, measured,
                      segmentOfFile ? QStringLiteral("segment %1 s + %2 s runs past the end of the %3 s file")
                                          .arg(num(offset, 3), num(s.declaredDuration, 3), num(measured, 3))
                                    : QStringLiteral("manifest says %1 s, the audio lasts %2 s")
                                          .arg(num(s.declaredDuration, 3), num(measured, 3)));
        }
        // Streams of one recording should cover about the same time.
        double shortest = std::numeric_limits<double>::max();
        double longest = 0;
        int timed = 0;
        for (const ScanSample::StreamInfo& st : s.streams) {
            if (st.kind == StreamKind::TextSegments || st.duration.count() <= 0)
                continue;
            shortest = std::min(shortest, secondsFromMicros(st.duration));
            longest = std::max(longest, secondsFromMicros(st.duration));
            ++timed;
        }
        if (timed >= 2 && longest - shortest > std::max(1.0, 0.05 * longest))
            issue(s.id, "sample.duration_mismatch", kSample, Severity::Warning, longest, shortest,
                  QStringLiteral("its streams last between %1 s and %2 s").arg(num(shortest, 2), num(longest, 2)));
    }

    // 4. Sample rate and channel count against the dataset's majority.
    std::vector<double> rates;
    std::vector<double> channels;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const QHash<QString, double>& row = *rows[i];
        if (row.contains(QStringLiteral("audio.sample_rate"))) {
            rates.push_back(row.value(QStringLiteral("audio.sample_rate")));
            channels.push_back(row.value(QStringLiteral("audio.channels")));
        }
    }
    const double usualRate = mode(rates);
    const double usualChannels = mode(channels);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const ScanSample& s = samples[i];
        const QHash<QString, double>& row = *rows[i];
        if (!row.contains(QStringLiteral("audio.sample_rate")))
            continue;
        if (row.value(QStringLiteral("audio.sample_rate")) != usualRate)
            issue(s.id, "audio.sample_rate_mismatch", QStringLiteral("audio"), Severity::Warning,
                  row.value(QStringLiteral("audio.sample_rate")), usualRate,
                  QStringLiteral("%1 Hz where most clips are %2 Hz")
                      .arg(row.value(QStringLiteral("audio.sample_rate")))
                      .arg(usualRate));
        if (row.value(QStringLiteral("audio.channels")) != usualChannels)
            issue(s.id, "audio.channel_mismatch", QStringLiteral("audio"), Severity::Warning,
                  row.value(QStringLiteral("audio.channels")), usualChannels,
                  QStringLiteral("%1 channels where most clips have %2")
                      .arg(row.value(QStringLiteral("audio.channels")))
                      .arg(usualChannels));
    }

    // 5. Robust outliers per metric, and the speech rate (characters per second of audio) on its own.
    OutlierOptions options;
    options.method = OutlierMethod::RobustZ;
    options.cutoff = t.value(QStringLiteral("sample.outlier_cutoff"));
    QStringList names = outlierMetrics();
    // Speech rate in words per second: a CJK ideograph counts as a word, so mixed-script datasets compare
    // fairly (characters per second would make every Chinese caption "slow").
    names << QStringLiteral("sample.words_per_second");
    for (const QString& name : names) {
        std::vector<double> values;
        values.reserve(samples.size());
        for (const QHash<QString, double>* row : rows)
            values.push_back(row->value(name, std::nan("")));
        const std::size_t present =
            std::size_t(std::count_if(values.begin(), values.end(), [](double v) { return std::isfinite(v); }));
        if (present < 8)
            continue;  // too few values for a distribution
        std::vector<double> judged = values;
        const bool logScale = judgedOnLogScale(name);
        if (logScale)
            for (double& v : judged)
                v = v > 0 ? std::log10(v) : std::nan("");
        const std::vector<double> scores = OutlierStatistics::scores(judged, options);
        const Distribution d = OutlierStatistics::describe(values);
        for (std::size_t i = 0; i < samples.size(); ++i) {
            if (!std::isfinite(scores[i]) || std::abs(scores[i]) <= options.cutoff)
                continue;
            const bool speech = name == QLatin1String("sample.words_per_second");
            issue(samples[i].id, speech ? "sample.speech_rate_outlier" : "sample.metric_outlier", kSample,
                  speech ? Severity::Warning : Severity::Info, values[i], options.cutoff,
                  QStringLiteral("%1 = %2 is %3 robust z %4 the median %5%6")
                      .arg(name, QString::number(values[i], 'g', 4), num(std::abs(scores[i]), 1),
                           scores[i] > 0 ? QStringLiteral("above") : QStringLiteral("below"),
                           QString::number(d.median, 'g', 4), logScale ? QStringLiteral(" (log scale)") : QString()));
        }
    }
}

}  // namespace lockstep
