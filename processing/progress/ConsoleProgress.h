#pragma once

#include "lockstep_processing_export.h"
#include "progress/Progress.h"

#include <QElapsedTimer>
#include <QString>
#include <atomic>
#include <cstdio>

namespace lockstep {

// Progress for the CLI: one self-overwriting line on stderr with count, percentage, rate and ETA when
// stderr is a terminal; a plain line every few seconds otherwise (logs, CI). cancel() is signal-safe.
class LOCKSTEP_PROCESSING_EXPORT ConsoleProgress final : public Progress {
public:
    explicit ConsoleProgress(bool quiet = false, std::FILE* out = stderr);
    ~ConsoleProgress() override;

    void report(const QString& message, qint64 done, qint64 total) override;
    bool isCancelled() const override { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    // Ends the progress line (call before printing results).
    void finish();

private:
    std::FILE* m_out;
    bool m_quiet;
    bool m_terminal;
    bool m_lineOpen = false;
    std::atomic<bool> m_cancelled{false};
    QElapsedTimer m_clock;
    qint64 m_lastPrintMs = -1000000;
    QString m_lastMessage;
    qint64 m_messageStartMs = 0;
};

}  // namespace lockstep
