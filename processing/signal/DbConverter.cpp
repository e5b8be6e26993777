#include "signal/DbConverter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lockstep {

DbConverter::DbConverter(const DbOptions& options) : m_options(options) {}

void DbConverter::toDb(float* values, qint64 count) const
{
    const float multiplier = float(m_options.multiplier);
    const float amin = float(m_options.amin);
    for (qint64 i = 0; i < count; ++i)
        values[i] = multiplier * std::log10(std::max(values[i], amin));
}

void DbConverter::clamp(float* values, qint64 count, float maxDb) const
{
    if (!m_options.topDb)
        return;
    const float floor = maxDb - float(*m_options.topDb);
    for (qint64 i = 0; i < count; ++i)
        values[i] = std::max(values[i], floor);
}

float DbConverter::maxOf(const float* values, qint64 count)
{
    float top = -std::numeric_limits<float>::infinity();
    for (qint64 i = 0; i < count; ++i)
        top = std::max(top, values[i]);
    return top;
}

}  // namespace lockstep
