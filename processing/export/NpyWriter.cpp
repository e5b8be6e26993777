#include "export/NpyWriter.h"

#include <QSaveFile>
#include <QtEndian>

namespace lockstep {

QByteArray NpyWriter::header(const std::vector<qint64>& shape)
{
    QByteArray dims;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i > 0)
            dims += ", ";
        dims += QByteArray::number(shape[i]);
    }
    if (shape.size() == 1)
        dims += ',';
    QByteArray dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
    // magic (6) + version (2) + header length (2) + dict + '\n' is a multiple of 64, so the data is aligned.
    const qsizetype unpadded = 10 + dict.size() + 1;
    dict += QByteArray((64 - unpadded % 64) % 64, ' ');
    dict += '\n';
    QByteArray out("\x93NUMPY\x01\x00", 8);
    char length[2];
    qToLittleEndian(quint16(dict.size()), length);
    out.append(length, 2);
    out += dict;
    return out;
}

NpyWriteResult NpyWriter::writeFloat32(const QString& path, const float* data, const std::vector<qint64>& shape)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the '<f4' data is written in native order");
    NpyWriteResult result;
    qint64 count = 1;
    for (qint64 d : shape)
        count *= d;
    // QSaveFile: a reader never sees half a file, and a failed write leaves the old one in place.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray head = header(shape);
    const qint64 bytes = count * qint64(sizeof(float));
    if (file.write(head) != head.size() || file.write(reinterpret_cast<const char*>(data), bytes) != bytes ||
        !file.commit()) {
        result.error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

}  // namespace lockstep
