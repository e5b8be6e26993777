#pragma once

#include "quality/FileMeasurement.h"

#include <QString>
#include <initializer_list>
#include <utility>

// A file's measurement with every metric the engine takes of its modality at an ordinary value, so that no
// detector fires on it; a test sets the metrics it is about past their thresholds.
inline lockstep::FileMeasurement cleanMeasurement(lockstep::Modality m, const QString& path = QStringLiteral("x"))
{
    using lockstep::Modality;
    lockstep::FileMeasurement f;
    f.path = path;
    f.modality = m;
    f.ok = true;
    switch (m) {
    case Modality::Image:
        f.metrics = {{QStringLiteral("image.width"), 640},
                     {QStringLiteral("image.height"), 480},
                     {QStringLiteral("image.channels"), 3},
                     {QStringLiteral("image.is_grayscale"), 0},
                     {QStringLiteral("image.aspect_ratio"), 4.0 / 3},
                     {QStringLiteral("image.brightness_mean"), 0.45},
                     {QStringLiteral("image.brightness_p5"), 0.1},
                     {QStringLiteral("image.brightness_p99"), 0.9},
                     {QStringLiteral("image.contrast_rms"), 0.2},
                     {QStringLiteral("image.sharpness_laplacian"), 150},
                     {QStringLiteral("image.blur_score"), 0.6},
                     {QStringLiteral("image.entropy"), 7.2}};
        break;
    case Modality::Audio:
        f.metrics = {{QStringLiteral("audio.sample_rate"), 16000}, {QStringLiteral("audio.channels"), 1},
                     {QStringLiteral("audio.frames"), 48000},      {QStringLiteral("audio.duration_s"), 3},
                     {QStringLiteral("audio.peak_dbfs"), -3},      {QStringLiteral("audio.rms_dbfs"), -20},
                     {QStringLiteral("audio.clipped_samples"), 0}, {QStringLiteral("audio.clipping_ratio"), 0},
                     {QStringLiteral("audio.silence_ratio"), 0.3}, {QStringLiteral("audio.dc_offset"), 0.001},
                     {QStringLiteral("audio.bandwidth_hz"), 7900}};
        break;
    case Modality::Text:
        f.metrics = {{QStringLiteral("text.chars"), 40},        {QStringLiteral("text.words"), 8},
                     {QStringLiteral("text.lines"), 1},         {QStringLiteral("text.invalid_bytes"), 0},
                     {QStringLiteral("text.control_chars"), 0}, {QStringLiteral("text.is_empty"), 0}};
        break;
    case Modality::Video: break;
    }
    return f;
}

// Sets one metric of the measurement (adds it when the measurement has none of that name).
inline void setMetric(lockstep::FileMeasurement* f, const QString& name, double value)
{
    for (auto& [key, v] : f->metrics)
        if (key == name) {
            v = value;
            return;
        }
    f->metrics.append({name, value});
}

// The measurement with these metrics set.
inline lockstep::FileMeasurement withMetrics(lockstep::FileMeasurement f,
                                             std::initializer_list<std::pair<const char*, double>> values)
{
    for (const auto& [name, value] : values)
        setMetric(&f, QString::fromUtf8(name), value);
    return f;
}
