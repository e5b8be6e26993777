#pragma once

// Small independent readers of the files the demo generator writes (RIFF/WAV, PNG via zlib, JPEG headers,
// metadata.csv, PLANTED.json, SRT cue times), so that its test checks the bytes without the engine's own decoders.
// Header only; everything is inline in namespace demofiles.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringDecoder>

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <utility>
#include <vector>

namespace demofiles {

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// Relative path -> SHA-256 of every file under root.
inline QMap<QString, QByteArray> hashTree(const QString& root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(base.relativeFilePath(path), QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256));
    }
    return out;
}

inline quint32 le32(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

inline quint16 le16(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData() + at);
    return quint16(p[0] | p[1] << 8);
}

inline quint32 be32(const QByteArray& b, qsizetype at)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData() + at);
    return quint32(p[3]) | quint32(p[2]) << 8 | quint32(p[1]) << 16 | quint32(p[0]) << 24;
}

struct Wav {
    int sampleRate = 0;
    int channels = 0;
    std::vector<qint16> samples;
};

// A minimal RIFF/WAVE reader for 16-bit PCM.
inline std::optional<Wav> readWav(const QString& path)
{
    const QByteArray b = readAll(path);
    if (b.size() < 12 || !b.startsWith("RIFF") || b.mid(8, 4) != "WAVE")
        return std::nullopt;
    Wav wav;
    int bits = 0;
    qsizetype at = 12;
    while (at + 8 <= b.size()) {
        const QByteArray id = b.mid(at, 4);
        const qsizetype size = le32(b, at + 4);
        const qsizetype body = at + 8;
        if (body + size > b.size())
            return std::nullopt;
        if (id == "fmt ") {
            if (le16(b, body) != 1)
                return std::nullopt;
            wav.channels = le16(b, body + 2);
            wav.sampleRate = static_cast<int>(le32(b, body + 4));
            bits = le16(b, body + 14);
        } else if (id == "data") {
            if (bits != 16)
                return std::nullopt;
            for (qsizetype k = 0; k + 1 < size; k += 2)
                wav.samples.push_back(static_cast<qint16>(le16(b, body + k)));
        }
        at = body + size + (size & 1);
    }
    return wav;
}

struct Raster {
    int width = 0;
    int height = 0;
    int channels = 0;
    QByteArray pixels;  // rows of width * channels bytes, RGB order
};

// A minimal PNG reader (8-bit grey, RGB or RGBA, not interlaced), zlib through qUncompress.
inline std::optional<Raster> readPng(const QString& path)
{
    const QByteArray b = readAll(path);
    if (!b.startsWith("\x89PNG\r\n\x1a\n"))
        return std::nullopt;
    Raster r;
    QByteArray idat;
    qsizetype at = 8;
    while (at + 12 <= b.size()) {
        const qsizetype len = be32(b, at);
        const QByteArray type = b.mid(at + 4, 4);
        if (type == "IHDR") {
            r.width = static_cast<int>(be32(b, at + 8));
            r.height = static_cast<int>(be32(b, at + 12));
            const int depth = uchar(b.at(at + 16)), colour = uchar(b.at(at + 17)), interlace = uchar(b.at(at + 20));
            if (depth != 8 || interlace != 0)
                return std::nullopt;
            r.channels = colour == 0 ? 1 : colour == 2 ? 3 : colour == 6 ? 4 : 0;
            if (r.channels == 0)
                return std::nullopt;
        } else if (type == "IDAT") {
            idat += b.mid(at + 8, len);
        }
        at += 12 + len;
    }
    const qsizetype stride = qsizetype(r.width) * r.channels;
    const quint32 expected = static_cast<quint32>((stride + 1) * r.height);
    QByteArray withSize(4, '\0');
    for (int k = 0; k < 4; ++k)
        withSize[k] = char((expected >> (24 - 8 * k)) & 0xff);
    const QByteArray raw = qUncompress(withSize + idat);
    if (raw.size() != qsizetype(expected))
        return std::nullopt;
    r.pixels.resize(stride * r.height);
    auto* out = reinterpret_cast<uchar*>(r.pixels.data());
    const auto* in = reinterpret_cast<const uchar*>(raw.constData());
    for (int y = 0; y < r.height; ++y) {
        const int filter = in[y * (stride + 1)];
        const uchar* src = in + y * (stride + 1) + 1;
        uchar* row = out + y * stride;
        const uchar* prev = y > 0 ? out + (y - 1) * stride : nullptr;
        for (qsizetype x = 0; x < stride; ++x) {
            const int a = x >= r.channels ? row[x - r.channels] : 0;
            const int up = prev ? prev[x] : 0;
            const int c = prev && x >= r.channels ? prev[x - r.channels] : 0;
            int predictor = 0;
            switch (filter) {
            case 0: predictor = 0; break;
            case 1: predictor = a; break;
            case 2: predictor = up; break;
            case 3: predictor = (a + up) / 2; break;
            case 4: {
                const int p = a + up - c, pa = std::abs(p - a), pb = std::abs(p - up), pc = std::abs(p - c);
                predictor = (pa <= pb && pa <= pc) ? a : (pb <= pc ? up : c);
                break;
            }
            default: return std::nullopt;
            }
            row[x] = uchar(src[x] + predictor);
        }
    }
    return r;
}

struct ImageHeader {
    int width = 0;
    int height = 0;
    int components = 0;
};

// Width, height and component count from a JPEG's SOF marker.
inline std::optional<ImageHeader> jpegHeader(const QString& path)
{
    const QByteArray b = readAll(path);
    if (!b.startsWith("\xff\xd8"))
        return std::nullopt;
    qsizetype at = 2;
    while (at + 4 <= b.size()) {
        if (uchar(b.at(at)) != 0xff)
            return std::nullopt;
        const int marker = uchar(b.at(at + 1));
        const int len = uchar(b.at(at + 2)) << 8 | uchar(b.at(at + 3));
        if (marker >= 0xc0 && marker <= 0xc3) {
            ImageHeader h;
            h.height = uchar(b.at(at + 5)) << 8 | uchar(b.at(at + 6));
            h.width = uchar(b.at(at + 7)) << 8 | uchar(b.at(at + 8));
            h.components = uchar(b.at(at + 9));
            return h;
        }
        at += 2 + len;
    }
    return std::nullopt;
}

struct Row {
    QString id, image, text, audio, label, split;
};

inline QList<Row> readMetadata(const QString& root, QString* header)
{
    const QString csv = QString::fromUtf8(readAll(root + QStringLiteral("/metadata.csv")));
    QStringList lines = csv.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QList<Row> rows;
    if (lines.isEmpty())
        return rows;
    *header = lines.takeFirst();
    for (const QString& line : lines) {
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() != 6)
            return {};
        rows.append({f[0], f[1], f[2], f[3], f[4], f[5]});
    }
    return rows;
}

inline QJsonArray readPlanted(const QString& root)
{
    return QJsonDocument::fromJson(readAll(root + QStringLiteral("/PLANTED.json"))).array();
}

inline QList<QJsonObject> plantedOf(const QJsonArray& planted, const QString& problem)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : planted)
        if (v.toObject().value(QStringLiteral("problem")).toString() == problem)
            out.append(v.toObject());
    return out;
}

inline std::int64_t srtTimeUs(const QString& t)  // "HH:MM:SS,mmm"
{
    static const QRegularExpression re(QStringLiteral("^(\\d\\d):(\\d\\d):(\\d\\d)[,.](\\d\\d\\d)$"));
    const auto m = re.match(t.trimmed());
    if (!m.hasMatch())
        return -1;
    return ((m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 60 + m.captured(3).toLongLong()) *
               1000000 +
           m.captured(4).toLongLong() * 1000;
}

// (start, end) of every cue in an SRT file, in microseconds.
inline QList<QPair<std::int64_t, std::int64_t>> srtCues(const QString& path)
{
    QList<QPair<std::int64_t, std::int64_t>> cues;
    const QStringList lines = QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const qsizetype arrow = line.indexOf(QLatin1String(" --> "));
        if (arrow > 0)
            cues.append({srtTimeUs(line.left(arrow)), srtTimeUs(line.mid(arrow + 5))});
    }
    return cues;
}

}  // namespace demofiles
