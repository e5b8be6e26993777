#pragma once

// A small recording for the timeline tests and benchmark, written into a temporary folder: a sine tone WAV,
// timestamped PNG frames in distinct colours, a sensor CSV and two text tiers, plus the SampleDetails an
// import would give for it (header only; generated, so every expected pixel has a known answer).

#include "SampleDetails.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QString>
#include <QtEndian>
#include <cmath>
#include <functional>

namespace timeline_fixture {

// 16-bit mono PCM; sample(i) gives the value at frame i in [-1, 1].
inline bool writeWav(const QString& path, int sampleRate, qint64 frames, const std::function<double(qint64)>& sample)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const auto u32 = [&file](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        file.write(b, 4);
    };
    const auto u16 = [&file](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        file.write(b, 2);
    };
    const quint32 dataBytes = static_cast<quint32>(frames * 2);
    file.write("RIFF", 4);
    u32(36 + dataBytes);
    file.write("WAVEfmt ", 8);
    u32(16);
    u16(1);
    u16(1);
    u32(static_cast<quint32>(sampleRate));
    u32(static_cast<quint32>(sampleRate * 2));
    u16(2);
    u16(16);
    file.write("data", 4);
    u32(dataBytes);
    QByteArray chunk;
    chunk.reserve(1 << 16);
    for (qint64 f = 0; f < frames; ++f) {
        const double v = std::clamp(sample(f), -1.0, 1.0);
        const auto s = static_cast<qint16>(std::lround(v * 32767.0));
        char b[2];
        qToLittleEndian(static_cast<quint16>(s), b);
        chunk.append(b, 2);
        if (chunk.size() >= (1 << 16)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return file.error() == QFileDevice::NoError;
}

inline bool writeSine(const QString& path, int sampleRate, double seconds, double hz, double amplitude)
{
    return writeWav(path, sampleRate, static_cast<qint64>(sampleRate * seconds), [=](qint64 f) {
        return amplitude * std::sin(2.0 * M_PI * hz * static_cast<double>(f) / sampleRate);
    });
}

struct Recording {
    lockstep::SampleDetails details;
    double toneHz = 2000.0;
    double audioSeconds = 3.0;
    lockstep::Micros textOffset{250'000};    // the subtitles' clock runs 250 ms late
    lockstep::Micros sensorOffset{100'000};  // the sensor's clock starts 100 ms late
};

// recordings/r1 under root: audio.wav (3 s, 16 kHz, a 2 kHz sine at half scale), frames/ (one PNG every
// 250 ms for 4 s, frame i in a colour of its own), imu.csv (100 Hz, ax = sin, ay = 2), subtitles with two
// cues and a word tier, each with its own clock.
inline Recording writeRecording(const QString& root)
{
    using namespace lockstep;
    Recording rec;
    QDir(root).mkpath(QStringLiteral("recordings/r1/frames"));
    const QString base = QStringLiteral("recordings/r1/");
    writeSine(root + QLatin1Char('/') + base + QStringLiteral("audio.wav"), 16000, rec.audioSeconds, rec.toneHz, 0.5);

    Sample& s = rec.details.sample;
    s.id = QStringLiteral("r1");
    rec.details.datasetRoot = root;
    rec.details.row.id = s.id;
    s.items.push_back(Item{Modality::Audio, base + QStringLiteral("audio.wav"), {}});

    Stream frames;
    frames.kind = StreamKind::Frames;
    frames.name = QStringLiteral("frames");
    frames.sourcePath = base + QStringLiteral("frames");
    for (int i = 0; i < 16; ++i) {
        const QString rel = base + QStringLiteral("frames/frame_%1ms.png").arg(i * 250, 6, 10, QLatin1Char('0'));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((i * 37) % 360, 200, 220));
        image.save(root + QLatin1Char('/') + rel);
        frames.frames.push_back(Frame{Micros{i * 250'000}, rel});
    }
    frames.pointCount = 16;
    frames.duration = Micros{15 * 250'000};
    frames.rate = 4.0;
    s.streams.push_back(frames);

    Stream subtitles;
    subtitles.kind = StreamKind::TextSegments;
    subtitles.name = QStringLiteral("subtitles");
    subtitles.sourcePath = base + QStringLiteral("subtitles.srt");
    subtitles.clock = ClockTransform::withOffset(rec.textOffset);
    subtitles.segments = {Segment{Micros{500'000}, Micros{1'000'000}, QStringLiteral("hello there")},
                          Segment{Micros{1'500'000}, Micros{2'500'000}, QStringLiteral("general kenobi")}};
    subtitles.duration = Micros{2'500'000};
    s.streams.push_back(subtitles);

    Stream words;
    words.kind = StreamKind::TextSegments;
    words.name = QStringLiteral("words");
    words.sourcePath = base + QStringLiteral("words.TextGrid");
    words.segments = {Segment{Micros{0}, Micros{400'000}, QStringLiteral("one")},
                      Segment{Micros{400'000}, Micros{900'000}, QStringLiteral("two")}};
    words.duration = Micros{900'000};
    s.streams.push_back(words);

    Stream audio;
    audio.kind = StreamKind::Audio;
    audio.name = QStringLiteral("audio");
    audio.sourcePath = base + QStringLiteral("audio.wav");
    audio.duration = Micros{static_cast<std::int64_t>(rec.audioSeconds * 1e6)};
    audio.pointCount = static_cast<qint64>(16000 * rec.audioSeconds);
    audio.rate = 16000;
    s.streams.push_back(audio);

    QFile csv(root + QLatin1Char('/') + base + QStringLiteral("imu.csv"));
    csv.open(QIODevice::WriteOnly);
    csv.write("time_s,ax,ay\n");
    for (int i = 0; i <= 300; ++i)
        csv.write(QStringLiteral("%1,%2,2\n")
                      .arg(i / 100.0, 0, 'f', 2)
                      .arg(std::sin(i / 100.0 * 2 * M_PI), 0, 'f', 4)
                      .toUtf8());
    csv.close();
    Stream imu;
    imu.kind = StreamKind::Sensor;
    imu.name = QStringLiteral("imu");
    imu.sourcePath = base + QStringLiteral("imu.csv");
    imu.clock = ClockTransform::withOffset(rec.sensorOffset);
    imu.channels = {QStringLiteral("ax"), QStringLiteral("ay")};
    imu.pointCount = 301;
    imu.duration = Micros{3'000'000};
    imu.rate = 100;
    s.streams.push_back(imu);
    return rec;
}

}  // namespace timeline_fixture
