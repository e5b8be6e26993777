#pragma once

#include "dataset/Modality.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace lockstep {

// Everything the quality engine learns from decoding one file once. It is what the project file caches
// (keyed by path, checked against size and modification time) so an unchanged file is never decoded again.
struct FileMeasurement {
    QString path;  // relative to the dataset root; "inline:<sample id>" for manifest text
    Modality modality = Modality::Image;
    bool sensorStream = false;  // a sensor CSV of a recording rather than an item
    qint64 size = -1;
    qint64 mtimeNs = 0;
    bool ok = false;
    bool missing = false;                   // the file does not exist (ok is false too)
    QString error;                          // why it could not be measured
    QList<QPair<QString, double>> metrics;  // "image.width" -> 256 ...
    QByteArray exactHash;                   // decoded pixels / PCM / normalised text
    std::optional<quint64> perceptualHash;  // images
    QByteArray fingerprint;                 // audio: packed fingerprint words
    QByteArray minHash;                     // text: packed MinHash signature

    double metric(const QString& name, double fallback = qQNaN()) const
    {
        for (const auto& [key, value] : metrics)
            if (key == name)
                return value;
        return fallback;
    }
};

}  // namespace lockstep
