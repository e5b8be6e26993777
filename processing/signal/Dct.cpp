#include "signal/Dct.h"

#include <cmath>
#include <numbers>
#include <stdexcept>

namespace lockstep {

Dct::Dct(int nCoefficients, int length) : m_coefficients(nCoefficients), m_length(length)
{
    if (nCoefficients <= 0 || length <= 0 || nCoefficients > length)
        throw std::invalid_argument("Dct: need 0 < coefficients <= length");
    m_matrix.resize(std::size_t(nCoefficients) * std::size_t(length));
    const double scale = std::sqrt(2.0 / double(length));
    for (int k = 0; k < nCoefficients; ++k)
        for (int n = 0; n < length; ++n)
            m_matrix[std::size_t(k * length + n)] =
                float(std::cos(std::numbers::pi / double(length) * (double(n) + 0.5) * double(k)) * scale *
                      (k == 0 ? 1.0 / std::numbers::sqrt2 : 1.0));
}

void Dct::applyFrames(const float* in, qint64 frames, float* out) const
{
    for (qint64 t = 0; t < frames; ++t) {
        const float* x = in + t * m_length;
        float* y = out + t * m_coefficients;
        for (int k = 0; k < m_coefficients; ++k) {
            const float* row = m_matrix.data() + std::size_t(k * m_length);
            float sum = 0.0f;
            for (int n = 0; n < m_length; ++n)
                sum += row[n] * x[n];
            y[k] = sum;
        }
    }
}

}  // namespace lockstep
