#pragma once

// Small helpers for writing fixture files inside a test's temporary folder.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QtEndian>
#include <cmath>
#include <vector>

namespace lockstep::test {

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray wavBytes(const std::vector<qint16>& samples, int sampleRate, int channels = 1)
{
    QByteArray out;
    auto put32 = [&out](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        out.append(b, 4);
    };
    auto put16 = [&out](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        out.append(b, 2);
    };
    const quint32 dataBytes = quint32(samples.size() * 2);
    out.append("RIFF");
    put32(36 + dataBytes);
    out.append("WAVEfmt ");
    put32(16);
    put16(1);
    put16(quint16(channels));
    put32(quint32(sampleRate));
    put32(quint32(sampleRate * channels * 2));
    put16(quint16(channels * 2));
    put16(16);
    out.append("data");
    put32(dataBytes);
    for (qint16 s : samples)
        put16(quint16(s));
    return out;
}

// A sine of the given length and peak amplitude (full scale = 1.0).
inline std::vector<qint16> sine(double seconds, int sampleRate, double frequency, double amplitude)
{
    std::vector<qint16> s(static_cast<std::size_t>(seconds * sampleRate));
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = qint16(std::lround(amplitude * 32767.0 * std::sin(2.0 * M_PI * frequency * double(i) / sampleRate)));
    return s;
}

inline bool writeWav(const QString& path, double seconds, int sampleRate = 16000, double frequency = 440.0)
{
    return writeFile(path, wavBytes(sine(seconds, sampleRate, frequency, 0.5), sampleRate));
}

// A minimal valid 1x1 PNG (RGB, one red pixel): enough for header probes and decoding.
inline QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
}

}  // namespace lockstep::test
