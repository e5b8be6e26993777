#pragma once

#include "progress/Progress.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QString>
#include <atomic>

namespace lockstep {

// Turns the engine's Progress interface into Qt signals. report() and isCancelled() may be called from any
// thread; progressed() is always emitted in the adapter's own thread (queued), at most about every
// minimumInterval() milliseconds, so a job reporting a million rows does not flood the GUI event queue.
// The final report of a run (done == total) is never dropped; flush() emits a report that was held back.
class ProgressSignalAdapter final : public QObject, public Progress {
    Q_OBJECT
public:
    explicit ProgressSignalAdapter(QObject* parent = nullptr);

    void report(const QString& message, qint64 done, qint64 total) override;
    bool isCancelled() const override;

    void setMinimumInterval(int milliseconds);
    int minimumInterval() const { return m_intervalMs; }

    // Emits (synchronously, call it in the adapter's thread) the last report that throttling held back.
    void flush();

public slots:
    void cancel();

signals:
    void progressed(const QString& message, qint64 done, qint64 total);
    void cancelRequested();

private:
    void emitQueued(const QString& message, qint64 done, qint64 total);

    std::atomic<bool> m_cancelled{false};
    int m_intervalMs = 33;  // ~30 Hz

    QMutex m_mutex;  // guards everything below
    QElapsedTimer m_sinceEmit;
    bool m_hasPending = false;
    QString m_pendingMessage;
    qint64 m_pendingDone = 0;
    qint64 m_pendingTotal = 0;
};

}  // namespace lockstep
