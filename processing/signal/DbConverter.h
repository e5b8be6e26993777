#pragma once

// torchaudio's AmplitudeToDB in pieces, so that a long spectrogram can be converted by several threads: each
// converts its frames (toDb) and finds their maximum; the clamp to max - top_db then uses the overall maximum.

#include "lockstep_processing_export.h"
#include "signal/SpectrogramOptions.h"

#include <QtGlobal>

namespace lockstep {

class LOCKSTEP_PROCESSING_EXPORT DbConverter {
public:
    explicit DbConverter(const DbOptions& options);

    // values[i] = multiplier * log10(max(values[i], amin)) (reference value 1.0, as torchaudio's default).
    void toDb(float* values, qint64 count) const;
    // values[i] = max(values[i], maxDb - top_db); nothing when top_db is unset.
    void clamp(float* values, qint64 count, float maxDb) const;
    static float maxOf(const float* values, qint64 count);

private:
    DbOptions m_options;
};

}  // namespace lockstep
