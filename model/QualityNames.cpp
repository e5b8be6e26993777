#include "QualityNames.h"

#include <QHash>

namespace lockstep {

namespace {

struct Name {
    const char* id;
    const char* english;  // the source text a translation is made from; never shown in English
};

// The engine's issue types (processing/quality: ItemIssueDetector, SampleAnalyzer, DuplicateFinder).
constexpr Name kIssueTypes[] = {
    {"image.unreadable", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Unreadable image")},
    {"image.missing_file", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Missing image file")},
    {"image.too_small", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Image too small")},
    {"image.odd_aspect_ratio", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Odd image aspect ratio")},
    {"image.dark", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Dark image")},
    {"image.light", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Light image")},
    {"image.low_contrast", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Low image contrast")},
    {"image.blurry", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Blurry image")},
    {"image.low_information", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Low-information image")},
    {"image.grayscale", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Grayscale image")},
    {"image.exact_duplicate", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Exact duplicate image")},
    {"image.near_duplicate", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Near-duplicate image")},
    {"audio.unreadable", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Unreadable audio")},
    {"audio.missing_file", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Missing audio file")},
    {"audio.empty", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Empty audio")},
    {"audio.too_short", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Audio too short")},
    {"audio.too_long", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Audio too long")},
    {"audio.clipping", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Audio clipping")},
    {"audio.silent", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Silent audio")},
    {"audio.mostly_silent", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Mostly silent audio")},
    {"audio.low_level", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Low audio level")},
    {"audio.dc_offset", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Audio DC offset")},
    {"audio.low_bandwidth", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Low audio bandwidth")},
    {"audio.sample_rate_mismatch", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Unusual sample rate")},
    {"audio.channel_mismatch", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Unusual channel count")},
    {"audio.exact_duplicate", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Exact duplicate audio")},
    {"audio.near_duplicate", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Near-duplicate audio")},
    {"text.unreadable", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Unreadable text")},
    {"text.missing_file", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Missing text file")},
    {"text.empty", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Empty text")},
    {"text.too_short", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Text too short")},
    {"text.too_long", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Text too long")},
    {"text.control_chars", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Control characters in text")},
    {"text.exact_duplicate", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Exact duplicate text")},
    {"text.near_duplicate", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Near-duplicate text")},
    {"sample.missing_modality", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Missing modality")},
    {"sample.speech_rate_outlier", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Speech rate outlier")},
    {"sample.metric_outlier", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Metric outlier")},
    {"sample.segment_out_of_bounds", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Segment outside its media")},
    {"sample.non_monotonic_timestamps", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Timestamps out of order")},
    {"sample.duration_mismatch", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Stream durations disagree")},
};

// The engine's metrics (ImageMetrics, AudioMetrics, TextMetrics::toList, FileMeasurer, SampleAnalyzer).
constexpr Name kMetrics[] = {
    {"image.width", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Image width (px)")},
    {"image.height", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Image height (px)")},
    {"image.channels", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Image channels")},
    {"image.is_grayscale", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Image is grayscale")},
    {"image.aspect_ratio", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Image aspect ratio")},
    {"image.brightness_mean", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Mean brightness")},
    {"image.brightness_p5", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Brightness, 5th percentile")},
    {"image.brightness_p99", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Brightness, 99th percentile")},
    {"image.contrast_rms", QT_TRANSLATE_NOOP("lockstep::QualityNames", "RMS contrast")},
    {"image.sharpness_laplacian", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Sharpness (Laplacian variance)")},
    {"image.blur_score", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Blur score (cleanvision)")},
    {"image.entropy", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Image entropy")},
    {"audio.sample_rate", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Sample rate (Hz)")},
    {"audio.channels", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Audio channels")},
    {"audio.duration_s", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Audio duration (s)")},
    {"audio.frames", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Audio frames")},
    {"audio.peak_dbfs", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Peak level (dBFS)")},
    {"audio.rms_dbfs", QT_TRANSLATE_NOOP("lockstep::QualityNames", "RMS level (dBFS)")},
    {"audio.clipped_samples", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Clipped samples")},
    {"audio.clipping_ratio", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Clipping ratio")},
    {"audio.silence_ratio", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Silence ratio")},
    {"audio.dc_offset", QT_TRANSLATE_NOOP("lockstep::QualityNames", "DC offset")},
    {"audio.bandwidth_hz", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Bandwidth (Hz)")},
    {"text.chars", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Characters")},
    {"text.words", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Words")},
    {"text.lines", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Lines")},
    {"text.invalid_bytes", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Invalid UTF-8 bytes")},
    {"text.control_chars", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Control characters")},
    {"text.is_empty", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Text is empty")},
    {"video.width", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Video width (px)")},
    {"video.height", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Video height (px)")},
    {"video.fps", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Video frame rate")},
    {"video.frames", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Video frames")},
    {"video.duration_s", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Video duration (s)")},
    {"sample.chars_per_second", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Characters per second of audio")},
    {"sample.words_per_second", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Words per second of audio")},
    {"sample.completeness", QT_TRANSLATE_NOOP("lockstep::QualityNames", "Completeness (modalities present)")},
};

template <std::size_t N>
QHash<QString, const char*> indexOf(const Name (&names)[N])
{
    QHash<QString, const char*> out;
    for (const Name& n : names)
        out.insert(QLatin1String(n.id), n.english);
    return out;
}

// A few dozen entries each, looked up while painting headers and ticks: hashes built once.
const char* issueTypeEnglish(const QString& type)
{
    static const QHash<QString, const char*> byId = indexOf(kIssueTypes);
    return byId.value(type, nullptr);
}

const char* metricEnglish(const QString& metric)
{
    static const QHash<QString, const char*> byId = indexOf(kMetrics);
    return byId.value(metric, nullptr);
}

QString translatedOrEmpty(const char* english)
{
    if (!english)
        return {};
    const QString shown = QCoreApplication::translate("lockstep::QualityNames", english);
    // No translator answered: the identifier is the English name.
    return shown == QLatin1String(english) ? QString() : shown;
}

QString label(const QString& name, const QString& id)
{
    // The form goes through tr(): a language writes its own brackets (zh_CN its full-width ones).
    return name.isEmpty()
               ? id
               : QualityNames::tr("%1 (%2)", "a metric's or issue type's name, then its identifier").arg(name, id);
}

template <std::size_t N>
QStringList idsOf(const Name (&names)[N])
{
    QStringList out;
    for (const Name& n : names)
        out << QLatin1String(n.id);
    return out;
}

}  // namespace

QString QualityNames::issueTypeName(const QString& type)
{
    return translatedOrEmpty(issueTypeEnglish(type));
}

QString QualityNames::metricName(const QString& metric)
{
    return translatedOrEmpty(metricEnglish(metric));
}

QString QualityNames::issueTypeLabel(const QString& type)
{
    return label(issueTypeName(type), type);
}

QString QualityNames::metricLabel(const QString& metric)
{
    return label(metricName(metric), metric);
}

QString QualityNames::issueTypeShort(const QString& type)
{
    const QString name = issueTypeName(type);
    return name.isEmpty() ? type : name;
}

QStringList QualityNames::issueTypes()
{
    return idsOf(kIssueTypes);
}

QStringList QualityNames::metrics()
{
    return idsOf(kMetrics);
}

}  // namespace lockstep
