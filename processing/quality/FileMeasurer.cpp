#include "quality/FileMeasurer.h"

#include "dataset/SensorCsvReader.h"
#include "imaging/ImagingBackend.h"
#include "imaging/ImagingModule.h"
#include "media/AudioDecoder.h"
#include "media/DatasetRoot.h"
#include "media/ImageDecoder.h"
#include "media/TextDecoder.h"
#include "media/VideoProbe.h"
#include "quality/AudioFingerprint.h"
#include "quality/AudioMetrics.h"
#include "quality/AudioSpectralPass.h"
#include "quality/ImageMetrics.h"
#include "quality/ScanTimings.h"
#include "quality/TextMetrics.h"
#include "quality/TextMetricsCalculator.h"

#include <sys/stat.h>
#include <QFile>

namespace lockstep {

namespace {

void measureImage(const QString& absolutePath, qint64 maxImagePixels, FileMeasurement* m)
{
    const DecodedImage image = [&] {
        const ScanTimings::Scope timed(ScanTimings::ImageDecode);
        return ImageDecoder::decode(absolutePath, maxImagePixels);
    }();
    if (!image.info.ok) {
        m->error = image.info.error;
        return;
    }
    const ScanTimings::Scope timed(ScanTimings::ImageMetrics);
    // The decode went through the imaging module, so it is loaded.
    const ImageMetrics metrics = ImagingModule::backend()->measureImage(image);
    m->metrics = metrics.toList();
    m->exactHash = metrics.pixelHash;
    m->perceptualHash = metrics.pHash;
    m->ok = true;
}

void measureAudio(const QString& absolutePath, FileMeasurement* m)
{
    const DecodedAudio audio = [&] {
        const ScanTimings::Scope timed(ScanTimings::AudioDecode);
        return AudioDecoder::decode(absolutePath);
    }();
    if (!audio.info.ok) {
        m->error = audio.info.error;
        return;
    }
    // Bandwidth and fingerprint come from one shared STFT where they can (AudioSpectralPass).
    AudioMetricOptions levelsOnly;
    levelsOnly.computeBandwidth = false;
    AudioMetrics metrics = [&] {
        const ScanTimings::Scope timed(ScanTimings::AudioLevels);
        return AudioMetricsCalculator::compute(audio, levelsOnly);
    }();
    const AudioSpectralResult spectral = [&] {
        const ScanTimings::Scope timed(ScanTimings::AudioSpectral);
        return AudioSpectralPass::compute(audio);
    }();
    metrics.bandwidthHz = spectral.bandwidthHz;
    m->metrics = metrics.toList();
    m->metrics.append({QStringLiteral("audio.frames"), double(audio.info.frames)});
    m->exactHash = metrics.pcmHash;
    const AudioFingerprint& fingerprint = spectral.fingerprint;
    m->fingerprint = QByteArray(reinterpret_cast<const char*>(fingerprint.bits.data()),
                                qsizetype(fingerprint.bits.size() * sizeof(quint32)));
    m->ok = true;
}

void measureText(const DecodedText& text, FileMeasurement* m)
{
    const ScanTimings::Scope timed(ScanTimings::TextMetrics);
    const TextMetrics metrics = TextMetricsCalculator::compute(text);
    for (const auto& [name, value] : metrics.toList())
        m->metrics.append({name, value});
    m->exactHash = metrics.contentHash;
    if (!metrics.minHash.isEmpty())
        m->minHash = metrics.minHash.toBytes();
    m->ok = true;
}

void measureVideo(const QString& absolutePath, FileMeasurement* m)
{
    const ScanTimings::Scope timed(ScanTimings::OtherFiles);
    const VideoInfo info = VideoProbe::probe(absolutePath);
    if (!info.ok) {
        m->error = info.error;
        return;
    }
    m->metrics = {{QStringLiteral("video.width"), double(info.width)},
                  {QStringLiteral("video.height"), double(info.height)},
                  {QStringLiteral("video.fps"), info.fps},
                  {QStringLiteral("video.frames"), double(info.frames)},
                  {QStringLiteral("video.duration_s"), secondsFromMicros(info.duration)}};
    m->ok = true;
}

}  // namespace

bool FileMeasurer::statFile(const QString& absolutePath, qint64* size, qint64* mtimeNs)
{
    struct stat st {};
    if (::stat(QFile::encodeName(absolutePath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    *size = st.st_size;
    *mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    return true;
}

FileMeasurement FileMeasurer::measureItem(const DatasetRoot& root, const QString& relativePath, Modality modality,
                                          qint64 maxImagePixels)
{
    FileMeasurement m;
    m.path = relativePath;
    m.modality = modality;
    const DatasetRoot::Resolved r = root.resolve(relativePath);
    if (!r.ok) {
        m.error = r.error;
        return m;
    }
    if (!statFile(r.absolutePath, &m.size, &m.mtimeNs)) {
        m.missing = true;
        m.error = QStringLiteral("'%1' does not exist").arg(relativePath);
        return m;
    }
    switch (modality) {
    case Modality::Image: measureImage(r.absolutePath, maxImagePixels, &m); break;
    case Modality::Audio: measureAudio(r.absolutePath, &m); break;
    case Modality::Video: measureVideo(r.absolutePath, &m); break;
    case Modality::Text: {
        const DecodedText text = [&] {
            const ScanTimings::Scope timed(ScanTimings::TextRead);
            return TextDecoder::readFile(r.absolutePath);
        }();
        if (!text.ok)
            m.error = text.error;
        else
            measureText(text, &m);
        break;
    }
    }
    // Errors name the file relative to the dataset, as every other message does.
    m.error.replace(r.absolutePath, relativePath);
    return m;
}

FileMeasurement FileMeasurer::measureInlineText(const QString& key, const QString& text)
{
    FileMeasurement m;
    m.path = key;
    m.modality = Modality::Text;
    measureText(TextDecoder::decode(text.toUtf8()), &m);
    return m;
}

FileMeasurement FileMeasurer::measureSensor(const DatasetRoot& root, const QString& relativePath)
{
    FileMeasurement m;
    m.path = relativePath;
    m.modality = Modality::Video;
    m.sensorStream = true;
    const ScanTimings::Scope timed(ScanTimings::OtherFiles);
    const DatasetRoot::Resolved r = root.resolve(relativePath);
    if (!r.ok || !statFile(r.absolutePath, &m.size, &m.mtimeNs)) {
        m.missing = r.ok;
        m.error = r.ok ? QStringLiteral("'%1' does not exist").arg(relativePath) : r.error;
        return m;
    }
    const SensorSeries series = SensorCsvReader::readFile(r.absolutePath, relativePath);
    if (!series.ok) {
        m.error = series.error;
        return m;
    }
    qint64 backwards = 0;
    for (std::size_t i = 1; i < series.times.size(); ++i)
        backwards += series.times[i] < series.times[i - 1] ? 1 : 0;
    m.metrics = {{QStringLiteral("sensor.rows"), double(series.rows())},
                 {QStringLiteral("sensor.channels"), double(series.channels.size())},
                 {QStringLiteral("sensor.rate_hz"), series.nominalRate},
                 {QStringLiteral("sensor.backwards_steps"), double(backwards)}};
    m.ok = true;
    return m;
}

}  // namespace lockstep
