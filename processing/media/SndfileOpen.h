#pragma once

// Internal to processing/media (includes sndfile.h, so never included from a public header): opening a file
// with libsndfile and filling AudioInfo the same way for the whole-file decoder and the streaming reader.

#include "media/AudioDecoder.h"

#include <sndfile.h>
#include <memory>

namespace lockstep {

struct SndfileCloser {
    void operator()(SNDFILE* f) const { sf_close(f); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;

// Opens absolutePath for reading; on failure returns null and sets info->error (naming the file). On success
// fills info's rate, channels, frames, duration, container and encoding (info->ok is left to the caller).
SndfilePtr openSndfile(const QString& absolutePath, SF_INFO* sfinfo, AudioInfo* info);

}  // namespace lockstep
