#pragma once

// Small fixtures shared by the model, widgets and app tests (header only; include it from any test folder).

#include "dataset/Diagnostic.h"
#include "dataset/Sample.h"
#include "store/ProjectStore.h"

#include <QByteArray>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QString>
#include <QtEndian>
#include <cmath>

namespace fixture {

inline QString sampleId(int i)
{
    return QStringLiteral("s%1").arg(i, 6, 10, QLatin1Char('0'));
}

// Sample i: image + text (+ audio for even i), a stream on every 50th, a missing image when i % 7 == 3.
// missing (optional) receives Item::fileMissing per item.
inline lockstep::Sample makeSample(int i, QList<bool>* missing = nullptr)
{
    using namespace lockstep;
    Sample s;
    s.id = sampleId(i);
    s.label = (i % 3 == 0) ? QStringLiteral("dog") : QStringLiteral("cat");
    s.split = (i % 10 == 0) ? QStringLiteral("test") : QStringLiteral("train");
    s.items.push_back(Item{Modality::Image, QStringLiteral("images/%1.png").arg(s.id), {}});
    s.items.push_back(Item{Modality::Text, QStringLiteral("texts/%1.txt").arg(s.id), {}});
    if (i % 2 == 0)
        s.items.push_back(Item{Modality::Audio, QStringLiteral("audios/%1.wav").arg(s.id), {}});
    if (i % 50 == 0) {
        Stream stream;
        stream.kind = StreamKind::TextSegments;
        stream.name = QStringLiteral("subtitles");
        stream.sourcePath = QStringLiteral("recordings/%1/subtitles.srt").arg(s.id);
        stream.segments.push_back(Segment{Micros{0}, Micros{1'000'000}, QStringLiteral("hello")});
        stream.duration = Micros{1'000'000};
        s.streams.push_back(stream);
    }
    s.attributes.append({QStringLiteral("speaker"), QStringLiteral("spk%1").arg(i % 4)});
    if (missing)
        missing->clear();
    for (Item& item : s.items) {
        item.fileMissing = item.modality == Modality::Image && i % 7 == 3;
        if (missing)
            missing->append(item.fileMissing);
    }
    return s;
}

// Writes a project with count samples (see makeSample) and one warning for every 5th sample.
inline bool buildProject(const QString& projectPath, const QString& datasetRoot, int count)
{
    using namespace lockstep;
    ProjectStore::OpenResult opened = ProjectStore::open(projectPath, ProjectStore::Mode::ReadWrite);
    if (!opened.store)
        return false;
    ProjectStore& store = *opened.store;
    if (!store.beginImport(datasetRoot, QStringLiteral("test")))
        return false;
    for (int i = 0; i < count; ++i) {
        const Sample s = makeSample(i);
        // Diagnostics first, as importers report them while reading the row.
        if (i % 5 == 0) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.file = QStringLiteral("metadata.csv");
            d.line = i + 2;
            d.sampleId = s.id;
            d.message = QStringLiteral("label looks odd");
            if (!store.addDiagnostic(d))
                return false;
        }
        if (!store.addSample(s))
            return false;
    }
    return store.commitImport();
}

// A 16-bit PCM WAV file of a 440 Hz sine.
inline bool writeWav(const QString& path, int sampleRate, int channels, double seconds)
{
    const qint32 frames = static_cast<qint32>(sampleRate * seconds);
    const qint32 dataBytes = frames * channels * 2;
    QByteArray bytes;
    const auto u32 = [&bytes](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        bytes.append(b, 4);
    };
    const auto u16 = [&bytes](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        bytes.append(b, 2);
    };
    bytes.append("RIFF", 4);
    u32(static_cast<quint32>(36 + dataBytes));
    bytes.append("WAVEfmt ", 8);
    u32(16);
    u16(1);
    u16(static_cast<quint16>(channels));
    u32(static_cast<quint32>(sampleRate));
    u32(static_cast<quint32>(sampleRate * channels * 2));
    u16(static_cast<quint16>(channels * 2));
    u16(16);
    bytes.append("data", 4);
    u32(static_cast<quint32>(dataBytes));
    for (qint32 f = 0; f < frames; ++f) {
        const auto v = static_cast<qint16>(8000.0 * std::sin(2.0 * M_PI * 440.0 * f / sampleRate));
        for (int c = 0; c < channels; ++c)
            u16(static_cast<quint16>(v));
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline bool writePng(const QString& path, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    return image.save(path, "PNG");
}

inline bool writeFile(const QString& path, const QByteArray& content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

}  // namespace fixture
