#include "dataset/ImportContext.h"

#include "dataset/FrameSequenceReader.h"
#include "dataset/SampleSink.h"
#include "dataset/SensorCsvReader.h"
#include "dataset/TimedTextReader.h"
#include "media/AudioDecoder.h"
#include "media/VideoProbe.h"
#include "progress/Progress.h"

#include <sys/stat.h>
#include <QDir>
#include <QFileInfo>

namespace lockstep {

namespace {

bool fileExists(const QString& absolutePath)
{
    struct stat st {};
    return ::stat(QFile::encodeName(absolutePath).constData(), &st) == 0;
}

QString stemOf(const QString& path)
{
    return QFileInfo(path).completeBaseName();
}

}  // namespace

ImportContext::ImportContext(DatasetRoot root, ImportOptions options, SampleSink& sink, Progress& progress)
    : m_root(std::move(root)), m_options(options), m_sink(sink), m_progress(progress)
{}

bool ImportContext::cancelled() const
{
    return m_progress.isCancelled();
}

void ImportContext::warn(const QString& file, int line, const QString& sampleId, const QString& message)
{
    m_sink.addDiagnostic({Diagnostic::Severity::Warning, file, line, sampleId, message});
}

void ImportContext::error(const QString& file, int line, const QString& sampleId, const QString& message)
{
    m_sink.addDiagnostic({Diagnostic::Severity::Error, file, line, sampleId, message});
}

bool ImportContext::resolveForReading(const QString& rawPath, const QString& manifest, int line,
                                      const QString& sampleId, DatasetRoot::Resolved* out)
{
    *out = m_root.resolve(rawPath);
    if (!out->ok)
        error(manifest, line, sampleId, out->error);
    return out->ok;
}

bool ImportContext::addItem(Sample& sample, Modality modality, const QString& rawPath, const QString& manifest,
                            int line)
{
    // Lexical check for every row (cheap); the symlink check needs the file system and comes with verifyFiles.
    const DatasetRoot::Resolved r = m_options.verifyFiles ? m_root.resolve(rawPath) : m_root.resolveLexically(rawPath);
    if (!r.ok) {
        error(manifest, line, sample.id, r.error);
        return false;
    }
    Item item;
    item.modality = modality;
    item.path = r.relativePath;
    if (m_options.verifyFiles && !fileExists(r.absolutePath)) {
        item.fileMissing = true;
        warn(manifest, line, sample.id,
             QStringLiteral("%1 file '%2' does not exist").arg(modalityName(modality), r.relativePath));
    }
    sample.items.push_back(std::move(item));
    return true;
}

QString ImportContext::uniqueStreamName(const Sample& sample, const QString& wanted) const
{
    auto taken = [&sample](const QString& name) {
        for (const Stream& s : sample.streams)
            if (s.name == name)
                return true;
        return false;
    };
    if (!taken(wanted))
        return wanted;
    for (int i = 2;; ++i) {
        const QString candidate = wanted + QLatin1Char('#') + QString::number(i);
        if (!taken(candidate))
            return candidate;
    }
}

void ImportContext::addTimedTextStreams(Sample& sample, const QString& rawPath, const QString& manifest, int line)
{
    DatasetRoot::Resolved r;
    if (!resolveForReading(rawPath, manifest, line, sample.id, &r))
        return;
    const TimedTextDocument doc = TimedTextReader::readFile(r.absolutePath, r.relativePath);
    for (Diagnostic d : doc.diagnostics) {
        d.sampleId = sample.id;
        m_sink.addDiagnostic(d);
    }
    if (!doc.ok) {
        error(r.relativePath, 0, sample.id, doc.error);
        return;
    }
    const QString base = stemOf(r.relativePath);
    for (const TimedTextTier& tier : doc.tiers) {
        Stream s;
        s.kind = StreamKind::TextSegments;
        s.name = uniqueStreamName(sample, doc.tiers.size() == 1 ? base : base + QLatin1Char('/') + tier.name);
        s.sourcePath = r.relativePath;
        s.tier = tier.name;
        s.segments = tier.segments;
        s.pointCount = static_cast<qint64>(tier.segments.size());
        if (!tier.segments.empty()) {
            s.start = tier.segments.front().start;
            Micros end = tier.segments.front().end;
            for (const Segment& seg : tier.segments)
                end = std::max(end, seg.end);
            s.duration = std::max(end, doc.duration) - s.start;
        } else {
            s.duration = doc.duration;
        }
        sample.streams.push_back(std::move(s));
    }
}

void ImportContext::addSensorStream(Sample& sample, const QString& rawPath, const QString& manifest, int line)
{
    DatasetRoot::Resolved r;
    if (!resolveForReading(rawPath, manifest, line, sample.id, &r))
        return;
    const SensorSeries series = SensorCsvReader::readFile(r.absolutePath, r.relativePath);
    for (Diagnostic d : series.diagnostics) {
        d.sampleId = sample.id;
        m_sink.addDiagnostic(d);
    }
    if (!series.ok) {
        error(r.relativePath, 0, sample.id, series.error);
        return;
    }
    Stream s;
    s.kind = StreamKind::Sensor;
    s.name = uniqueStreamName(sample, stemOf(r.relativePath));
    s.sourcePath = r.relativePath;
    s.channels = series.channels;
    s.pointCount = series.rows();
    s.rate = series.nominalRate;
    if (!series.times.empty()) {
        s.start = series.times.front();
        s.duration = series.times.back() - series.times.front();
    }
    sample.streams.push_back(std::move(s));
}

void ImportContext::addFrameStream(Sample& sample, const QString& rawFolder, const QString& manifest, int line)
{
    DatasetRoot::Resolved r;
    if (!resolveForReading(rawFolder, manifest, line, sample.id, &r))
        return;
    FrameSequence seq = FrameSequenceReader::read(r.absolutePath, r.relativePath);
    for (Diagnostic d : seq.diagnostics) {
        d.sampleId = sample.id;
        m_sink.addDiagnostic(d);
    }
    if (!seq.ok) {
        error(r.relativePath, 0, sample.id, seq.error);
        return;
    }
    Stream s;
    s.kind = StreamKind::Frames;
    s.name = uniqueStreamName(sample, QFileInfo(r.relativePath).fileName());
    s.sourcePath = r.relativePath;
    s.pointCount = static_cast<qint64>(seq.frames.size());
    if (!seq.frames.empty()) {
        s.start = seq.frames.front().time;
        s.duration = seq.frames.back().time - seq.frames.front().time;
        if (seq.frames.size() >= 2 && s.duration.count() > 0)
            s.rate = double(seq.frames.size() - 1) * 1e6 / double(s.duration.count());
    }
    s.frames = std::move(seq.frames);
    sample.streams.push_back(std::move(s));
}

void ImportContext::addAudioStream(Sample& sample, const QString& rawPath, const QString& manifest, int line)
{
    DatasetRoot::Resolved r;
    if (!resolveForReading(rawPath, manifest, line, sample.id, &r))
        return;
    const AudioInfo info = AudioDecoder::probe(r.absolutePath);
    if (!info.ok) {
        error(r.relativePath, 0, sample.id, info.error);
        return;
    }
    Stream s;
    s.kind = StreamKind::Audio;
    s.name = uniqueStreamName(sample, stemOf(r.relativePath));
    s.sourcePath = r.relativePath;
    s.duration = info.duration;
    s.pointCount = info.frames;
    s.rate = info.sampleRate;
    s.channels.clear();
    sample.streams.push_back(std::move(s));
}

void ImportContext::addVideoStream(Sample& sample, const QString& rawPath, const QString& manifest, int line)
{
    DatasetRoot::Resolved r;
    if (!resolveForReading(rawPath, manifest, line, sample.id, &r))
        return;
    const VideoInfo info = VideoProbe::probe(r.absolutePath);
    if (!info.ok) {
        error(r.relativePath, 0, sample.id, info.error);
        return;
    }
    Stream s;
    s.kind = StreamKind::Frames;
    s.name = uniqueStreamName(sample, stemOf(r.relativePath));
    s.sourcePath = r.relativePath;
    s.duration = info.duration;
    s.pointCount = info.frames;
    s.rate = info.fps;
    sample.streams.push_back(std::move(s));
    // The video's own sound track: libsndfile cannot read it from the container, so a sidecar audio file
    // with the same stem (as extracted by `ffmpeg -i v.mp4 v.wav`) is attached when present.
    for (const char* ext : {".wav", ".flac", ".ogg", ".opus", ".mp3"}) {
        const QString sidecar =
            QFileInfo(r.relativePath).path() + QLatin1Char('/') + stemOf(r.relativePath) + QLatin1String(ext);
        if (fileExists(m_root.absolutePath() + QLatin1Char('/') + sidecar)) {
            bool already = false;
            for (const Stream& existing : sample.streams)
                already = already || existing.sourcePath == QDir::cleanPath(sidecar);
            if (!already)
                addAudioStream(sample, sidecar, manifest, line);
            break;
        }
    }
}

}  // namespace lockstep
