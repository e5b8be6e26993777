#pragma once

// NumPy's .npy format, version 1.0, for float32 arrays in C order: the magic "\x93NUMPY", version 1.0, a
// little-endian header length, then a Python dict literal {'descr': '<f4', 'fortran_order': False,
// 'shape': (...), } padded with spaces to a multiple of 64 bytes and ended by '\n', then the raw data.
// numpy.load reads it; so does anyone's training code.

#include "lockstep_processing_export.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <vector>

namespace lockstep {

struct NpyWriteResult {
    bool ok = false;
    QString error;  // names the file
};

class LOCKSTEP_PROCESSING_EXPORT NpyWriter {
public:
    // The header for a float32 C-order array of this shape (a 1-tuple is written "(n,)", as numpy does).
    static QByteArray header(const std::vector<qint64>& shape);
    // Writes header + data (product of shape values, native little-endian floats) to path, replacing it.
    static NpyWriteResult writeFloat32(const QString& path, const float* data, const std::vector<qint64>& shape);
};

}  // namespace lockstep
