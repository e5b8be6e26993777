#include "quality/QualityThresholds.h"

#include <cmath>

namespace lockstep {

const QList<QualityThresholds::Entry>& QualityThresholds::entries()
{
    // Defaults follow the tools users compare with (cleanvision, Audacity, NeMo SDE) where they define one.
    static const QList<Entry> list = {
        {QStringLiteral("image.min_side"), 32, QStringLiteral("px"),
         QStringLiteral("image.too_small below this width or height")},
        {QStringLiteral("image.odd_aspect_ratio"), 0.35, QString(),
         QStringLiteral("image.odd_aspect_ratio when min(w/h, h/w) is below (cleanvision)")},
        {QStringLiteral("image.dark"), 0.32, QString(),
         QStringLiteral("image.dark when the 99th percentile of brightness is below (cleanvision)")},
        {QStringLiteral("image.light"), 0.05, QString(),
         QStringLiteral("image.light when 1 - the 5th percentile of brightness is below (cleanvision)")},
        {QStringLiteral("image.low_contrast"), 0.04, QString(),
         QStringLiteral("image.low_contrast when the RMS contrast is below")},
        {QStringLiteral("image.blurry"), 0.29, QString(),
         QStringLiteral("image.blurry when the cleanvision blur score is below")},
        // Calibrated on the demo dataset (Gaussian blur of sigma = long side / 40 on ~270 px pictures): its blurred
        // pictures score 0.8-1.4, its clean ones 70 and more (dark, overexposed and flat ones 0.3-4, under it as
        // they were under the old definition's 5).
        {QStringLiteral("image.blurry_laplacian"), 10, QString(),
         QStringLiteral("image.blurry also when the variance of the Laplacian (at the image's own size, times its long "
                        "side / 512) is below; cleanvision's score shrinks images to 64 px and misses blur in small "
                        "images")},
        {QStringLiteral("image.low_information"), 0.3, QString(),
         QStringLiteral("image.low_information when entropy x 0.1 is below (cleanvision)")},
        {QStringLiteral("image.near_duplicate_distance"), 4, QStringLiteral("bits"),
         QStringLiteral("pHash Hamming distance at or under which two images are near duplicates")},
        {QStringLiteral("audio.min_duration"), 0.1, QStringLiteral("s"),
         QStringLiteral("audio.too_short below this duration")},
        {QStringLiteral("audio.max_duration"), 3600, QStringLiteral("s"),
         QStringLiteral("audio.too_long above this duration")},
        {QStringLiteral("audio.clipping_samples"), 1, QStringLiteral("samples"),
         QStringLiteral("audio.clipping when at least this many samples lie in runs of >= 3 at full scale (Audacity)")},
        {QStringLiteral("audio.silent_peak"), -60, QStringLiteral("dBFS"),
         QStringLiteral("audio.silent when the peak is below")},
        {QStringLiteral("audio.mostly_silent"), 0.9, QString(),
         QStringLiteral("audio.mostly_silent when the share of 10 ms frames under -40 dBFS is above")},
        {QStringLiteral("audio.low_level"), -30, QStringLiteral("dBFS"),
         QStringLiteral("audio.low_level when the peak is below (and the clip is not silent)")},
        {QStringLiteral("audio.dc_offset"), 0.05, QString(),
         QStringLiteral("audio.dc_offset when |mean sample| is above")},
        {QStringLiteral("audio.low_bandwidth"), 2000, QStringLiteral("Hz"),
         QStringLiteral("audio.low_bandwidth when the highest bin above -50 dB is below (NeMo SDE)")},
        {QStringLiteral("audio.near_duplicate_similarity"), 0.9, QString(),
         QStringLiteral("fingerprint similarity at or above which two clips are near duplicates")},
        {QStringLiteral("text.min_chars"), 2, QStringLiteral("chars"),
         QStringLiteral("text.too_short below this many characters (non-empty texts)")},
        {QStringLiteral("text.max_chars"), 5000, QStringLiteral("chars"),
         QStringLiteral("text.too_long above this many characters")},
        {QStringLiteral("text.near_duplicate_jaccard"), 0.85, QString(),
         QStringLiteral("MinHash Jaccard at or above which two texts are near duplicates (Lilac)")},
        {QStringLiteral("sample.completeness"), 0.5, QString(),
         QStringLiteral("a modality is expected from a source when at least this share of its samples has it")},
        {QStringLiteral("sample.outlier_cutoff"), 3.5, QString(),
         QStringLiteral("robust z-score beyond which a metric value is an outlier")},
        {QStringLiteral("sample.duration_tolerance"), 0.1, QStringLiteral("s"),
         QStringLiteral("allowed difference between a declared and a measured duration (Lhotse-style)")},
        {QStringLiteral("sample.segment_tolerance"), 0.05, QStringLiteral("s"),
         QStringLiteral("how far a text segment may end past its media")},
    };
    return list;
}

QualityThresholds::QualityThresholds()
{
    for (const Entry& e : entries())
        m_values << e.defaultValue;
}

double QualityThresholds::value(const QString& name) const
{
    const QList<Entry>& list = entries();
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].name == name)
            return m_values[i];
    Q_ASSERT_X(false, "QualityThresholds::value", "unknown threshold");
    return std::nan("");
}

bool QualityThresholds::set(const QString& name, double v, QString* error)
{
    const QList<Entry>& list = entries();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list[i].name != name)
            continue;
        if (!std::isfinite(v)) {
            if (error)
                *error = QStringLiteral("threshold %1 must be a finite number").arg(name);
            return false;
        }
        m_values[i] = v;
        return true;
    }
    if (error) {
        QStringList names;
        for (const Entry& e : list)
            names << e.name;
        *error = QStringLiteral("unknown threshold '%1'; known: %2").arg(name, names.join(QStringLiteral(", ")));
    }
    return false;
}

bool QualityThresholds::setFromAssignment(const QString& assignment, QString* error)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        if (error)
            *error = QStringLiteral("expected name=value, got '%1'").arg(assignment);
        return false;
    }
    bool ok = false;
    const double v = assignment.mid(eq + 1).trimmed().toDouble(&ok);
    if (!ok) {
        if (error)
            *error = QStringLiteral("'%1' is not a number in '%2'").arg(assignment.mid(eq + 1), assignment);
        return false;
    }
    return set(assignment.left(eq).trimmed(), v, error);
}

void QualityThresholds::reset(const QString& name)
{
    const QList<Entry>& list = entries();
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].name == name)
            m_values[i] = list[i].defaultValue;
}

QJsonObject QualityThresholds::overrides() const
{
    QJsonObject o;
    const QList<Entry>& list = entries();
    for (qsizetype i = 0; i < list.size(); ++i)
        if (m_values[i] != list[i].defaultValue)
            o[list[i].name] = m_values[i];
    return o;
}

bool QualityThresholds::loadOverrides(const QJsonObject& object, QString* error)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!set(it.key(), it.value().toDouble(std::nan("")), error))
            return false;
    return true;
}

}  // namespace lockstep
