#include "export/NpyWriter.h"

#include <QFileInfo>
#include <QTemporaryFile>
#include <QtEndian>
#include <algorithm>
#include <filesystem>

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
    // A temporary file beside the target, renamed over it when complete: a reader never sees half a file and a
    // failed write leaves the old one. No fsync (QSaveFile's costs 0.4 s for an hour of log-mel): features
    // are derived data that a rerun recreates, as numpy.save treats them.
    const QFileInfo target(path);
    QTemporaryFile file(target.absolutePath() + QLatin1Char('/') + target.fileName() + QStringLiteral(".XXXXXX"));
    if (!file.open()) {
        result.error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray head = header(shape);
    const qint64 bytes = count * qint64(sizeof(float));
    bool ok = file.write(head) == head.size();
    // In pieces of 64 MiB: one write() call of several GB can return short on some kernels.
    for (qint64 done = 0; ok && done < bytes; done += qint64(1) << 26) {
        const qint64 piece = std::min<qint64>(qint64(1) << 26, bytes - done);
        ok = file.write(reinterpret_cast<const char*>(data) + done, piece) == piece;
    }
    ok = ok && file.flush();
    if (!ok) {
        result.error = QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
        return result;
    }
    // 0644 like the files numpy.save writes, not a temporary file's 0600.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(file.fileName()).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), error);
    if (error) {
        result.error = QStringLiteral("cannot write '%1': %2").arg(path, QString::fromStdString(error.message()));
        return result;
    }
    file.setAutoRemove(false);
    result.ok = true;
    return result;
}

}  // namespace lockstep
