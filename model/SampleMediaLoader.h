#pragma once

#include "SampleDetails.h"
#include "SampleMedia.h"

#include <QCoreApplication>
#include <QSize>

namespace lockstep {

// Reads a sample's media for display. Pure and thread-safe: call it from a worker thread. Paths go through
// DatasetRoot (a path leaving the dataset folder is refused, not read); images are decoded at preview size
// with an allocation limit, texts are capped, audio is only probed.
class SampleMediaLoader {
    Q_DECLARE_TR_FUNCTIONS(lockstep::SampleMediaLoader)
public:
    static constexpr int kAllocationLimitMb = 256;
    static constexpr qint64 kMaxTextBytes = 4 * 1024 * 1024;
    static constexpr int kMaxTextChars = 200'000;

    static SampleMedia load(const SampleDetails& details, const QSize& previewSize);
};

}  // namespace lockstep
