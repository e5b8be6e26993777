#include "media/TextDecoder.h"

#include <QFile>

namespace lockstep {

namespace {

// Length of the valid UTF-8 sequence starting at p (1..4), or 0 if the bytes there are not valid UTF-8
// (overlongs, surrogates and code points above U+10FFFF are invalid too).
int validSequenceLength(const uchar* p, qsizetype remaining)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    auto cont = [&](int i) { return i < remaining && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0;
        if (c == 0xED && p[1] >= 0xA0)
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0;
        if (c == 0xF4 && p[1] >= 0x90)
            return 0;
        return 4;
    }
    return 0;
}

}  // namespace

DecodedText TextDecoder::decode(const QByteArray& bytes)
{
    DecodedText out;
    out.ok = true;
    out.bytes = bytes.size();
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        out.hadBom = true;
        data.remove(0, 3);
    }
    const auto* p = reinterpret_cast<const uchar*>(data.constData());
    const qsizetype n = data.size();
    int line = 1;
    for (qsizetype i = 0; i < n;) {
        const int len = validSequenceLength(p + i, n - i);
        if (len == 0) {
            if (out.invalidBytes == 0)
                out.firstInvalidLine = line;
            ++out.invalidBytes;
            ++i;
            continue;
        }
        if (p[i] == '\n')
            ++line;
        i += len;
    }
    // Qt's decoder replaces each invalid byte with U+FFFD, matching our count.
    out.text = QString::fromUtf8(data);
    return out;
}

DecodedText TextDecoder::readFile(const QString& absolutePath, qint64 maxBytes)
{
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly)) {
        DecodedText out;
        out.error = QStringLiteral("cannot open '%1': %2").arg(absolutePath, file.errorString());
        return out;
    }
    if (file.size() > maxBytes) {
        DecodedText out;
        out.error = QStringLiteral("'%1' is %2 bytes, more than the %3-byte limit for a text item")
                        .arg(absolutePath)
                        .arg(file.size())
                        .arg(maxBytes);
        return out;
    }
    return decode(file.readAll());
}

}  // namespace lockstep
