#include "quality/ItemIssueDetector.h"

#include <cmath>

namespace lockstep {

namespace {

using Severity = Diagnostic::Severity;

class Emitter {
public:
    Emitter(const QString& sampleId, const QString& modality, std::vector<QualityIssue>* out)
        : m_sampleId(sampleId), m_modality(modality), m_out(out)
    {}
    void add(const char* type, Severity severity, double value, double threshold, const QString& message)
    {
        m_out->push_back({m_sampleId, m_modality + QLatin1Char('.') + QLatin1String(type), m_modality, severity, value,
                          threshold, message});
    }

private:
    const QString& m_sampleId;
    QString m_modality;
    std::vector<QualityIssue>* m_out;
};

QString num(double v, int decimals = 2)
{
    return QString::number(v, 'f', decimals);
}

void imageIssues(const FileMeasurement& m, const QualityThresholds& t, Emitter& e)
{
    const double width = m.metric(QStringLiteral("image.width"));
    const double height = m.metric(QStringLiteral("image.height"));
    const double minSide = t.value(QStringLiteral("image.min_side"));
    if (std::min(width, height) < minSide)
        e.add("too_small", Severity::Warning, std::min(width, height), minSide,
              QStringLiteral("%1 x %2 px: smaller than %3 px on a side").arg(width).arg(height).arg(minSide));
    const double aspect = m.metric(QStringLiteral("image.aspect_ratio"));
    const double oddness = aspect > 0 ? std::min(aspect, 1.0 / aspect) : 0.0;
    if (oddness < t.value(QStringLiteral("image.odd_aspect_ratio")))
        e.add("odd_aspect_ratio", Severity::Warning, oddness, t.value(QStringLiteral("image.odd_aspect_ratio")),
              QStringLiteral("aspect ratio %1 (%2 x %3 px)").arg(num(aspect)).arg(width).arg(height));
    const double p99 = m.metric(QStringLiteral("image.brightness_p99"));
    if (p99 < t.value(QStringLiteral("image.dark")))
        e.add("dark", Severity::Warning, p99, t.value(QStringLiteral("image.dark")),
              QStringLiteral("99% of pixels darker than %1 (limit %2)")
                  .arg(num(p99))
                  .arg(t.value(QStringLiteral("image.dark"))));
    const double p5 = m.metric(QStringLiteral("image.brightness_p5"));
    if (1.0 - p5 < t.value(QStringLiteral("image.light")))
        e.add("light", Severity::Warning, 1.0 - p5, t.value(QStringLiteral("image.light")),
              QStringLiteral("95% of pixels brighter than %1 (overexposed)").arg(num(p5)));
    const double contrast = m.metric(QStringLiteral("image.contrast_rms"));
    if (contrast < t.value(QStringLiteral("image.low_contrast")))
        e.add("low_contrast", Severity::Info, contrast, t.value(QStringLiteral("image.low_contrast")),
              QStringLiteral("RMS contrast %1 (limit %2)")
                  .arg(num(contrast, 3))
                  .arg(t.value(QStringLiteral("image.low_contrast"))));
    // Two measures, either can flag: cleanvision's score (comparable with that tool) and the classic variance
    // of the Laplacian, which still sees blur in images cleanvision shrinks to 64 px.
    const double blur = m.metric(QStringLiteral("image.blur_score"));
    const double laplacian = m.metric(QStringLiteral("image.sharpness_laplacian"));
    if (blur < t.value(QStringLiteral("image.blurry")))
        e.add("blurry", Severity::Warning, blur, t.value(QStringLiteral("image.blurry")),
              QStringLiteral("cleanvision blur score %1 under %2 (variance of the Laplacian %3)")
                  .arg(num(blur, 3))
                  .arg(t.value(QStringLiteral("image.blurry")))
                  .arg(num(laplacian, 1)));
    else if (laplacian < t.value(QStringLiteral("image.blurry_laplacian")))
        e.add("blurry", Severity::Warning, laplacian, t.value(QStringLiteral("image.blurry_laplacian")),
              QStringLiteral("variance of the Laplacian %1 under %2 (cleanvision blur score %3)")
                  .arg(num(laplacian, 2))
                  .arg(t.value(QStringLiteral("image.blurry_laplacian")))
                  .arg(num(blur, 3)));
    const double entropy = m.metric(QStringLiteral("image.entropy"));
    if (entropy * 0.1 < t.value(QStringLiteral("image.low_information")))
        e.add("low_information", Severity::Warning, entropy * 0.1, t.value(QStringLiteral("image.low_information")),
              QStringLiteral("entropy %1 bits: little visual information").arg(num(entropy)));
    if (m.metric(QStringLiteral("image.is_grayscale")) > 0.5)
        e.add("grayscale", Severity::Info, 1.0, std::nan(""), QStringLiteral("the image has no colour"));
}

void audioIssues(const FileMeasurement& m, const QualityThresholds& t, Emitter& e)
{
    const double frames = m.metric(QStringLiteral("audio.frames"), m.metric(QStringLiteral("audio.duration_s")));
    const double duration = m.metric(QStringLiteral("audio.duration_s"));
    if (frames <= 0 || duration <= 0) {
        e.add("empty", Severity::Error, 0, 0, QStringLiteral("the file holds no audio samples"));
        return;
    }
    if (duration < t.value(QStringLiteral("audio.min_duration")))
        e.add("too_short", Severity::Warning, duration, t.value(QStringLiteral("audio.min_duration")),
              QStringLiteral("%1 s long (limit %2 s)")
                  .arg(num(duration, 3))
                  .arg(t.value(QStringLiteral("audio.min_duration"))));
    if (duration > t.value(QStringLiteral("audio.max_duration")))
        e.add("too_long", Severity::Warning, duration, t.value(QStringLiteral("audio.max_duration")),
              QStringLiteral("%1 s long (limit %2 s)")
                  .arg(num(duration, 1))
                  .arg(t.value(QStringLiteral("audio.max_duration"))));
    const double clipped = m.metric(QStringLiteral("audio.clipped_samples"));
    if (clipped >= t.value(QStringLiteral("audio.clipping_samples")))
        e.add("clipping", Severity::Warning, clipped, t.value(QStringLiteral("audio.clipping_samples")),
              QStringLiteral("%1 samples in runs of 3 or more at full scale (%2% of the clip)")
                  .arg(clipped)
                  .arg(num(100.0 * m.metric(QStringLiteral("audio.clipping_ratio")), 3)));
    const double peak = m.metric(QStringLiteral("audio.peak_dbfs"));
    const bool silent = peak < t.value(QStringLiteral("audio.silent_peak"));
    if (silent)
        e.add("silent", Severity::Error, peak, t.value(QStringLiteral("audio.silent_peak")),
              QStringLiteral("peak %1 dBFS: the clip is silent").arg(num(peak, 1)));
    const double silence = m.metric(QStringLiteral("audio.silence_ratio"));
    const bool lowLevel = !silent && peak < t.value(QStringLiteral("audio.low_level"));
    // A clip recorded too quietly is "mostly silent" by an absolute -40 dBFS rule too; report the cause only.
    if (!silent && !lowLevel && silence > t.value(QStringLiteral("audio.mostly_silent")))
        e.add("mostly_silent", Severity::Warning, silence, t.value(QStringLiteral("audio.mostly_silent")),
              QStringLiteral("%1% of 10 ms frames under -40 dBFS").arg(num(100 * silence, 1)));
    if (lowLevel)
        e.add("low_level", Severity::Warning, peak, t.value(QStringLiteral("audio.low_level")),
              QStringLiteral("peak %1 dBFS, RMS %2 dBFS: recorded too quietly")
                  .arg(num(peak, 1), num(m.metric(QStringLiteral("audio.rms_dbfs")), 1)));
    const double dc = m.metric(QStringLiteral("audio.dc_offset"));
    if (std::abs(dc) > t.value(QStringLiteral("audio.dc_offset")))
        e.add("dc_offset", Severity::Warning, dc, t.value(QStringLiteral("audio.dc_offset")),
              QStringLiteral("mean sample value %1 (limit ±%2)")
                  .arg(num(dc, 3))
                  .arg(t.value(QStringLiteral("audio.dc_offset"))));
    const double bandwidth = m.metric(QStringLiteral("audio.bandwidth_hz"));
    if (!silent && bandwidth < t.value(QStringLiteral("audio.low_bandwidth")))
        e.add("low_bandwidth", Severity::Warning, bandwidth, t.value(QStringLiteral("audio.low_bandwidth")),
              QStringLiteral("no content above %1 Hz (sample rate %2 Hz)")
                  .arg(num(bandwidth, 0))
                  .arg(m.metric(QStringLiteral("audio.sample_rate"))));
}

void textIssues(const FileMeasurement& m, const QualityThresholds& t, Emitter& e)
{
    const double invalid = m.metric(QStringLiteral("text.invalid_bytes"));
    if (invalid > 0)
        e.add("unreadable", Severity::Warning, invalid, 0,
              QStringLiteral("%1 bytes are not valid UTF-8 (shown as U+FFFD)").arg(invalid));
    const double chars = m.metric(QStringLiteral("text.chars"));
    if (m.metric(QStringLiteral("text.is_empty")) > 0.5) {
        e.add("empty", Severity::Error, chars, 0,
              chars > 0 ? QStringLiteral("only whitespace (%1 characters)").arg(chars)
                        : QStringLiteral("the text is empty"));
        return;
    }
    if (chars < t.value(QStringLiteral("text.min_chars")))
        e.add("too_short", Severity::Warning, chars, t.value(QStringLiteral("text.min_chars")),
              QStringLiteral("%1 characters (limit %2)").arg(chars).arg(t.value(QStringLiteral("text.min_chars"))));
    if (chars > t.value(QStringLiteral("text.max_chars")))
        e.add("too_long", Severity::Warning, chars, t.value(QStringLiteral("text.max_chars")),
              QStringLiteral("%1 characters (limit %2)").arg(chars).arg(t.value(QStringLiteral("text.max_chars"))));
    const double controls = m.metric(QStringLiteral("text.control_chars"));
    if (controls > 0)
        e.add("control_chars", Severity::Warning, controls, 0,
              QStringLiteral("%1 control or non-printable characters").arg(controls));
}

}  // namespace

void ItemIssueDetector::detect(const QString& sampleId, const FileMeasurement& m, const QualityThresholds& t,
                               std::vector<QualityIssue>* out)
{
    if (m.sensorStream || m.modality == Modality::Video)
        return;  // checked with the sample's streams
    Emitter e(sampleId, modalityName(m.modality), out);
    if (m.missing) {
        e.add("missing_file", Severity::Error, std::nan(""), std::nan(""),
              QStringLiteral("file '%1' does not exist").arg(m.path));
        return;
    }
    if (!m.ok) {
        e.add("unreadable", Severity::Error, std::nan(""), std::nan(""), m.error);
        return;
    }
    switch (m.modality) {
    case Modality::Image: imageIssues(m, t, e); break;
    case Modality::Audio: audioIssues(m, t, e); break;
    case Modality::Text: textIssues(m, t, e); break;
    case Modality::Video: break;
    }
}

}  // namespace lockstep
