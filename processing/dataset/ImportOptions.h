#pragma once

#include <QString>

namespace lockstep {

struct ImportOptions {
    // Check that every referenced file exists (one stat per file). Off for pure index benchmarks.
    bool verifyFiles = true;
    // Refuse images with more pixels than this when they are decoded (not at import).
    qint64 maxImagePixels = 100'000'000;
};

// What an import did. ok == false means nothing usable was read (no dataset there, unreadable manifest);
// bad rows and bad files are diagnostics and never make ok false.
struct ImportReport {
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString layout;
    qint64 samples = 0;
    qint64 diagnostics = 0;
};

}  // namespace lockstep
