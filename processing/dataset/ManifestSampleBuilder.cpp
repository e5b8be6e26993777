#include "dataset/ManifestSampleBuilder.h"

#include "dataset/ImportContext.h"
#include "dataset/MediaKind.h"

#include <QFileInfo>
#include <cmath>

namespace lockstep {

ManifestSampleBuilder::ManifestSampleBuilder(ImportContext& context, QString manifestName)
    : m_context(context), m_manifest(std::move(manifestName))
{}

Sample ManifestSampleBuilder::build(const QList<Field>& fields, int line, qint64 recordIndex)
{
    Sample sample;
    sample.sourceFile = m_manifest;
    sample.sourceLine = line;
    // The id first, so that diagnostics about the row's files can name the sample.
    for (const Field& f : fields)
        if (f.role == ManifestField::Id && sample.id.isEmpty())
            sample.id = f.value.trimmed();
    bool derivedId = false;
    if (sample.id.isEmpty()) {
        derivedId = true;
        for (const Field& f : fields) {
            const bool isPath = f.role == ManifestField::ImagePath || f.role == ManifestField::AudioPath ||
                                f.role == ManifestField::VideoPath || f.role == ManifestField::TextPath ||
                                f.role == ManifestField::FilePath;
            if (isPath && !f.value.trimmed().isEmpty()) {
                sample.id = QFileInfo(f.value.trimmed()).completeBaseName();
                break;
            }
        }
    }
    if (sample.id.isEmpty())
        sample.id = QStringLiteral("row-%1").arg(recordIndex + 1, 6, 10, QLatin1Char('0'));

    double offsetSeconds = -1.0;
    double durationSeconds = -1.0;
    QString inlineText;
    bool hasInlineText = false;
    for (const Field& f : fields) {
        const QString value = f.value.trimmed();
        auto addPath = [&](Modality m) {
            if (!value.isEmpty())
                m_context.addItem(sample, m, value, m_manifest, line);
        };
        switch (f.role) {
        case ManifestField::Id: break;
        case ManifestField::Label: sample.label = value; break;
        case ManifestField::Split: sample.split = value; break;
        case ManifestField::ImagePath: addPath(Modality::Image); break;
        case ManifestField::TextPath: addPath(Modality::Text); break;
        case ManifestField::AudioPath: addPath(Modality::Audio); break;
        case ManifestField::VideoPath: addPath(Modality::Video); break;
        case ManifestField::FilePath: {
            if (value.isEmpty())
                break;
            const auto modality = modalityForMediaKind(mediaKindForPath(value));
            if (modality)
                m_context.addItem(sample, *modality, value, m_manifest, line);
            else
                m_context.warn(m_manifest, line, sample.id,
                               QStringLiteral("column '%1': cannot tell the modality of '%2' from its extension")
                                   .arg(f.name, value));
            break;
        }
        case ManifestField::InlineText:
            inlineText = f.value;  // untrimmed: whitespace is part of the data the quality checks look at
            hasInlineText = true;
            break;
        case ManifestField::TimedTextPath:
            if (!value.isEmpty())
                m_context.addTimedTextStreams(sample, value, m_manifest, line);
            break;
        case ManifestField::SensorPath:
            if (!value.isEmpty())
                m_context.addSensorStream(sample, value, m_manifest, line);
            break;
        case ManifestField::FramesPath:
            if (!value.isEmpty())
                m_context.addFrameStream(sample, value, m_manifest, line);
            break;
        case ManifestField::Duration:
        case ManifestField::Offset: {
            bool ok = false;
            const double seconds = value.toDouble(&ok);
            if (!value.isEmpty() && (!ok || !std::isfinite(seconds) || seconds < 0)) {
                m_context.warn(m_manifest, line, sample.id,
                               QStringLiteral("%1 '%2' is not a number of seconds").arg(f.name, value));
            } else if (ok) {
                (f.role == ManifestField::Duration ? durationSeconds : offsetSeconds) = seconds;
            }
            sample.attributes.append({f.name, value});
            break;
        }
        case ManifestField::Unknown: sample.attributes.append({f.name, f.value}); break;
        }
    }
    if (hasInlineText && !sample.item(Modality::Text)) {
        Item text;
        text.modality = Modality::Text;
        text.inlineText = inlineText;
        sample.items.push_back(std::move(text));
    } else if (hasInlineText) {
        sample.attributes.append({QStringLiteral("text"), inlineText});
    }
    // Segments of one file (NeMo offsets) get ids that tell them apart: "talk@2.25".
    if (derivedId && offsetSeconds >= 0.0 &&
        sample.id != QStringLiteral("row-%1").arg(recordIndex + 1, 6, 10, QLatin1Char('0')))
        sample.id += QLatin1Char('@') + QString::number(offsetSeconds, 'g', 10);
    // NeMo-style segments of a longer file: the sample's audio is [offset, offset + duration) of that file.
    const Item* audio = sample.item(Modality::Audio);
    if (audio && (offsetSeconds >= 0.0 || durationSeconds >= 0.0)) {
        Stream s;
        s.kind = StreamKind::Audio;
        s.name = QStringLiteral("audio");
        s.sourcePath = audio->path;
        s.start = microsFromSeconds(std::max(offsetSeconds, 0.0));
        s.duration = microsFromSeconds(std::max(durationSeconds, 0.0));
        sample.streams.push_back(std::move(s));
    }
    return sample;
}

}  // namespace lockstep
