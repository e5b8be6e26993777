#include "ProgressSignalAdapter.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace lockstep {

ProgressSignalAdapter::ProgressSignalAdapter(QObject* parent) : QObject(parent) {}

void ProgressSignalAdapter::report(const QString& message, qint64 done, qint64 total)
{
    {
        QMutexLocker lock(&m_mutex);
        const bool final = total > 0 && done >= total;
        if (!final && m_sinceEmit.isValid() && m_sinceEmit.elapsed() < m_intervalMs) {
            m_hasPending = true;
            m_pendingMessage = message;
            m_pendingDone = done;
            m_pendingTotal = total;
            return;
        }
        m_sinceEmit.start();
        m_hasPending = false;
    }
    emitQueued(message, done, total);
}

bool ProgressSignalAdapter::isCancelled() const
{
    return m_cancelled.load(std::memory_order_relaxed);
}

void ProgressSignalAdapter::setMinimumInterval(int milliseconds)
{
    m_intervalMs = qMax(0, milliseconds);
}

void ProgressSignalAdapter::flush()
{
    QString message;
    qint64 done = 0;
    qint64 total = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_hasPending)
            return;
        m_hasPending = false;
        message = m_pendingMessage;
        done = m_pendingDone;
        total = m_pendingTotal;
    }
    emit progressed(message, done, total);
}

void ProgressSignalAdapter::cancel()
{
    if (!m_cancelled.exchange(true, std::memory_order_relaxed))
        emit cancelRequested();
}

void ProgressSignalAdapter::emitQueued(const QString& message, qint64 done, qint64 total)
{
    // Queued even when called in our own thread: report() may run deep inside engine code, and receivers
    // must never re-enter it.
    QMetaObject::invokeMethod(
        this, [this, message, done, total] { emit progressed(message, done, total); }, Qt::QueuedConnection);
}

}  // namespace lockstep
