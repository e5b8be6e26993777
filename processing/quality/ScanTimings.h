#pragma once

#include "lockstep_processing_export.h"

#include <QString>
#include <array>
#include <atomic>
#include <chrono>

namespace lockstep {

// Where a quality scan spends its time, phase by phase (`lockstep-cli scan --verbose`, or LOCKSTEP_SCAN_TIMINGS=1
// in the environment of any scan). Work done on the worker threads is summed over threads ("thread-seconds"), so on
// N cores it can add up to N times the wall time; the wall phases say where the scan waited. Recording costs two
// clock reads per phase and nothing at all while no ScanTimings is installed on the thread.
class LOCKSTEP_PROCESSING_EXPORT ScanTimings {
public:
    enum Phase {
        ReadIndex,          // samples, streams and the measurement cache's size/mtime stamps from the project
        CheckFiles,         // stat() of every file against the cache
        ImageDecode,        // ImageDecoder::decode
        ImageMetrics,       // the imaging module's measures of a decoded picture
        AudioDecode,        // AudioDecoder::decode (libsndfile)
        AudioLevels,        // peak, RMS, silence, clipping, PCM hash
        AudioSpectral,      // bandwidth + fingerprint (AudioSpectralPass)
        TextRead,           // reading and decoding a text file
        TextMetrics,        // counts, normalisation, content hash, MinHash
        OtherFiles,         // videos (probe only) and sensor CSVs
        SaveMeasurements,   // the measurement cache rows (on the writer)
        ReadCache,          // the reused measurements, read from the cache when the results are derived again
        ItemIssues,         // per-item issue detectors
        SampleAnalysis,     // per-sample table, cross-modal checks, outliers
        DuplicateSearch,    // exact and near duplicates (its own thread)
        WriteMetricRows,    // sample_metrics rows and their index
        WriteIssues,        // issues, issue counts, duplicate groups
        Commit,             // the results' commit
        MeasureWall,        // wall: reading the index to the last measurement saved
        DeriveWall,         // wall: issues, outliers, duplicates and saving them
        WaitForDuplicates,  // wall: the deriving thread waiting for the duplicate search
        Count
    };

    ScanTimings();

    void add(Phase phase, std::chrono::nanoseconds elapsed);
    double seconds(Phase phase) const;
    qint64 count(Phase phase) const;
    // Worker threads' busy CPU time and the time they existed (both summed over threads).
    void addWorker(std::chrono::nanoseconds cpu, std::chrono::nanoseconds wall);
    double workerCpuSeconds() const;
    double workerWallSeconds() const;

    // A table for stderr: one line per phase with its seconds and count.
    QString format() const;
    static const char* name(Phase phase);
    // Whether LOCKSTEP_SCAN_TIMINGS is set to something other than 0.
    static bool requestedByEnvironment();

    // The ScanTimings the calling thread records into (nullptr: none, recording is a no-op).
    static void setThreadSink(ScanTimings* sink);
    static ScanTimings* threadSink();

    // Adds the time from construction to destruction to the thread's sink (if any) under one phase.
    class Scope {
    public:
        explicit Scope(Phase phase);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        ScanTimings* m_sink;
        Phase m_phase;
        std::chrono::steady_clock::time_point m_start;
    };

private:
    std::array<std::atomic<qint64>, Count> m_ns;
    std::array<std::atomic<qint64>, Count> m_count;
    std::atomic<qint64> m_workerCpuNs{0};
    std::atomic<qint64> m_workerWallNs{0};
};

}  // namespace lockstep
