#pragma once

#include "lockstep_processing_export.h"
#include "quality/QualityThresholds.h"

#include <QString>

namespace lockstep {

class Progress;
class ProjectStore;
class ScanTimings;

// The scan job: measures every item of every sample (decoding each file once for all its metrics, on all
// cores), caches the measurements in the project keyed by path + size + mtime so a rescan of an unchanged
// dataset decodes nothing, then derives metrics, issues and duplicate groups. Finished measurements are
// saved as they come, so a cancelled scan keeps its work and the next one resumes.
class LOCKSTEP_PROCESSING_EXPORT QualityScan {
public:
    struct Options {
        int jobs = 0;                  // worker threads; 0 = all cores
        bool remeasure = false;        // ignore the cache
        QualityThresholds thresholds;  // the project's thresholds (overrides applied)
        qint64 maxImagePixels = 100'000'000;
        // Where to record per-phase timings (nullptr: none, unless LOCKSTEP_SCAN_TIMINGS=1 asks for a table on
        // stderr). Must outlive run().
        ScanTimings* timings = nullptr;
    };
    struct Report {
        bool ok = false;
        bool cancelled = false;
        QString error;
        qint64 samples = 0;
        qint64 files = 0;       // distinct files and inline texts considered
        qint64 measured = 0;    // decoded in this run
        qint64 fromCache = 0;   // reused unchanged
        qint64 unreadable = 0;  // missing, corrupt or refused
        qint64 issues = 0;
        qint64 duplicateGroups = 0;
        bool upToDate = false;  // nothing changed since the last scan: its results were kept as they are
        double seconds = 0;
        double measureSeconds = 0;  // reading the index and cache, decoding and measuring files
        double deriveSeconds = 0;   // issues, outliers, duplicates and saving them
    };

    static Report run(ProjectStore& store, Progress& progress, const Options& options);
    // Re-derives issues and groups from the cache alone (after a threshold change): no file is opened.
    static Report rederive(ProjectStore& store, Progress& progress, const QualityThresholds& thresholds);
};

}  // namespace lockstep
