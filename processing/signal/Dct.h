#pragma once

// The DCT-II with ortho normalisation as torchaudio.functional.create_dct(n_mfcc, n_mels, "ortho") builds it:
// c[k] = sqrt(2 / N) * s_k * sum_n x[n] cos(pi / N * (n + 0.5) * k), s_0 = 1 / sqrt(2), s_k = 1 otherwise.

#include "lockstep_processing_export.h"

#include <QtGlobal>
#include <vector>

namespace lockstep {

class LOCKSTEP_PROCESSING_EXPORT Dct {
public:
    // nCoefficients <= length (torchaudio refuses more MFCCs than mels); throws std::invalid_argument otherwise.
    Dct(int nCoefficients, int length);

    int coefficients() const { return m_coefficients; }
    int length() const { return m_length; }
    double basis(int k, int n) const { return double(m_matrix[std::size_t(k * m_length + n)]); }
    // in: frames * length() values; out: frames * coefficients(). No allocation.
    void applyFrames(const float* in, qint64 frames, float* out) const;

private:
    int m_coefficients = 0;
    int m_length = 0;
    std::vector<float> m_matrix;  // coefficients x length, row-major
};

}  // namespace lockstep
