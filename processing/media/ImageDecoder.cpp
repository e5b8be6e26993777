#include "media/ImageDecoder.h"

#include "imaging/ImagingBackend.h"
#include "imaging/ImagingModule.h"

#include <QFile>

#include <cstring>

namespace lockstep {

namespace {

quint32 be32(const uchar* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | p[3];
}
quint16 be16(const uchar* p)
{
    return quint16((p[0] << 8) | p[1]);
}
quint16 le16(const uchar* p)
{
    return quint16(p[0] | (p[1] << 8));
}
qint32 le32(const uchar* p)
{
    return qint32(quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24));
}

bool probePng(const QByteArray& h, ImageInfo* info)
{
    const auto* p = reinterpret_cast<const uchar*>(h.constData());
    if (h.size() < 26 || std::memcmp(p, "\x89PNG\r\n\x1a\n", 8) != 0 || std::memcmp(p + 12, "IHDR", 4) != 0)
        return false;
    info->format = QStringLiteral("png");
    info->width = static_cast<int>(be32(p + 16));
    info->height = static_cast<int>(be32(p + 20));
    switch (p[25]) {  // colour type
    case 0: info->channels = 1; break;
    case 2:
    case 3: info->channels = 3; break;
    case 4: info->channels = 2; break;
    case 6: info->channels = 4; break;
    default: break;
    }
    return true;
}

bool probeGif(const QByteArray& h, ImageInfo* info)
{
    const auto* p = reinterpret_cast<const uchar*>(h.constData());
    if (h.size() < 10 || (std::memcmp(p, "GIF87a", 6) != 0 && std::memcmp(p, "GIF89a", 6) != 0))
        return false;
    info->format = QStringLiteral("gif");
    info->width = le16(p + 6);
    info->height = le16(p + 8);
    info->channels = 3;
    return true;
}

bool probeBmp(const QByteArray& h, ImageInfo* info)
{
    const auto* p = reinterpret_cast<const uchar*>(h.constData());
    if (h.size() < 26 || p[0] != 'B' || p[1] != 'M')
        return false;
    info->format = QStringLiteral("bmp");
    info->width = std::abs(le32(p + 18));
    info->height = std::abs(le32(p + 22));
    return true;
}

bool probeWebp(const QByteArray& h, ImageInfo* info)
{
    const auto* p = reinterpret_cast<const uchar*>(h.constData());
    if (h.size() < 30 || std::memcmp(p, "RIFF", 4) != 0 || std::memcmp(p + 8, "WEBP", 4) != 0)
        return false;
    info->format = QStringLiteral("webp");
    if (std::memcmp(p + 12, "VP8 ", 4) == 0) {
        info->width = le16(p + 26) & 0x3fff;
        info->height = le16(p + 28) & 0x3fff;
    } else if (std::memcmp(p + 12, "VP8L", 4) == 0 && h.size() >= 25) {
        const quint32 bits = quint32(p[21]) | (quint32(p[22]) << 8) | (quint32(p[23]) << 16) | (quint32(p[24]) << 24);
        info->width = static_cast<int>((bits & 0x3fff) + 1);
        info->height = static_cast<int>(((bits >> 14) & 0x3fff) + 1);
    } else if (std::memcmp(p + 12, "VP8X", 4) == 0) {
        info->width = static_cast<int>((quint32(p[24]) | (quint32(p[25]) << 8) | (quint32(p[26]) << 16)) + 1);
        info->height = static_cast<int>((quint32(p[27]) | (quint32(p[28]) << 8) | (quint32(p[29]) << 16)) + 1);
    }
    return true;
}

// JPEG: walk the marker segments up to the first start-of-frame.
bool probeJpeg(QFile& file, ImageInfo* info)
{
    uchar soi[2];
    if (file.read(reinterpret_cast<char*>(soi), 2) != 2 || soi[0] != 0xFF || soi[1] != 0xD8)
        return false;
    info->format = QStringLiteral("jpeg");
    for (int guard = 0; guard < 10000; ++guard) {
        uchar m[2];
        if (file.read(reinterpret_cast<char*>(m), 2) != 2)
            return true;  // format known, size not found
        if (m[0] != 0xFF) {
            return true;
        }
        while (m[1] == 0xFF)  // fill bytes
            if (file.read(reinterpret_cast<char*>(m + 1), 1) != 1)
                return true;
        const uchar marker = m[1];
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01)
            continue;  // markers without a length
        uchar len[2];
        if (file.read(reinterpret_cast<char*>(len), 2) != 2)
            return true;
        const int length = be16(len);
        if (length < 2)
            return true;
        const bool isSof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (isSof) {
            uchar sof[6];
            if (file.read(reinterpret_cast<char*>(sof), 6) != 6)
                return true;
            info->height = be16(sof + 1);
            info->width = be16(sof + 3);
            info->channels = sof[5];
            return true;
        }
        if (!file.seek(file.pos() + length - 2))
            return true;
    }
    return true;
}

}  // namespace

ImageInfo ImageDecoder::probe(const QString& absolutePath)
{
    ImageInfo info;
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        info.error = QStringLiteral("cannot open '%1': %2").arg(absolutePath, file.errorString());
        return info;
    }
    const QByteArray head = file.peek(64);
    if (head.isEmpty()) {
        info.error = QStringLiteral("'%1' is empty").arg(absolutePath);
        return info;
    }
    const bool known = probePng(head, &info) || probeGif(head, &info) || probeBmp(head, &info) ||
                       probeWebp(head, &info) || probeJpeg(file, &info);
    if (!known) {
        info.error = QStringLiteral("'%1' is not a PNG, JPEG, BMP, GIF or WebP image").arg(absolutePath);
        return info;
    }
    if (info.width <= 0 || info.height <= 0) {
        info.error = QStringLiteral("'%1': %2 header has no valid image size (truncated or corrupt file)")
                         .arg(absolutePath, info.format);
        return info;
    }
    info.ok = true;
    return info;
}

DecodedImage ImageDecoder::decode(const QString& absolutePath, std::int64_t maxPixels)
{
    DecodedImage out;
    ImageInfo header = probe(absolutePath);
    // Formats we cannot read the header of (TIFF, PPM...) go to OpenCV, whose own pixel limit still applies.
    if (header.ok) {
        const std::int64_t pixels = std::int64_t(header.width) * header.height;
        if (pixels > maxPixels) {
            out.info = header;
            out.info.ok = false;
            out.info.error = QStringLiteral(
                                 "'%1' is %2 x %3 pixels, more than the limit of %4 pixels; "
                                 "it was not decoded")
                                 .arg(absolutePath)
                                 .arg(header.width)
                                 .arg(header.height)
                                 .arg(maxPixels);
            return out;
        }
    } else if (!QFile::exists(absolutePath)) {
        out.info = header;
        return out;
    }
    QString error;
    const ImagingBackend* imaging = ImagingModule::backend(&error);
    if (imaging == nullptr) {
        out.info.error = QStringLiteral("cannot decode '%1': %2").arg(absolutePath, error);
        return out;
    }
    return imaging->decodePixels(absolutePath, header.format);
}

}  // namespace lockstep
