#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace lockstep {

// A manifest's bytes, memory-mapped while the object lives (read into memory when mapping is not possible):
// a million-row index is read once, straight from the page cache.
class ManifestFile {
public:
    explicit ManifestFile(const QString& absolutePath) : m_file(absolutePath)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            m_error = m_file.errorString();
            return;
        }
        const qint64 size = m_file.size();
        if (uchar* mapped = size > 0 ? m_file.map(0, size) : nullptr)
            m_bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), size);
        else
            m_bytes = m_file.readAll();
        m_ok = true;
    }
    bool ok() const { return m_ok; }
    const QString& error() const { return m_error; }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QFile m_file;
    QByteArray m_bytes;
    QString m_error;
    bool m_ok = false;
};

}  // namespace lockstep
