#include "JobRunner.h"
#include "QueuedContinuation.h"

#include "ProgressSignalAdapter.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace lockstep {

JobRunner::JobRunner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<lockstep::JobOutcome>("lockstep::JobOutcome");
}

JobRunner::~JobRunner()
{
    for (Active& active : m_active)
        active.progress->cancel();
    waitForAll();
}

void JobRunner::setThreadPool(QThreadPool* pool)
{
    m_pool = pool;
}

quint64 JobRunner::start(const QString& title, Work work)
{
    pruneFinished();
    for (Active& active : m_active)
        active.progress->cancel();  // older requests become stale; tell them to stop early

    const quint64 generation = ++m_generation;
    m_title = title;

    // The adapter lives in this thread; whoever drops the last reference (possibly a worker), it is deleted
    // here, by the event loop.
    std::shared_ptr<ProgressSignalAdapter> progress(new ProgressSignalAdapter,
                                                    [](ProgressSignalAdapter* p) { p->deleteLater(); });
    connect(progress.get(), &ProgressSignalAdapter::progressed, this,
            [this, generation](const QString& message, qint64 done, qint64 total) {
                if (generation == m_generation)
                    emit progressed(generation, message, done, total);
            });

    // Jobs run one after another: a cancelled older job may still hold the project file it was writing, so
    // the new one waits for it (cancelled jobs return quickly).
    QList<QFuture<JobOutcome>> previous;
    for (const Active& active : m_active)
        previous.append(active.future);

    // State and signals first: the job may finish before start() returns.
    const bool wasRunning = m_running;
    m_running = true;
    emit started(generation, title);
    if (!wasRunning)
        emit runningChanged(true);

    QThreadPool* pool = m_pool ? m_pool : QThreadPool::globalInstance();
    QFuture<JobOutcome> future = QtConcurrent::run(pool, [work = std::move(work), progress, previous]() mutable {
        for (QFuture<JobOutcome>& older : previous)
            older.waitForFinished();
        JobOutcome outcome;
        if (progress->isCancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        try {
            outcome = work(*progress);
        } catch (const std::exception& e) {
            outcome = JobOutcome{};
            outcome.error = QCoreApplication::translate("lockstep::JobRunner", "Internal error: %1")
                                .arg(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            outcome = JobOutcome{};
            outcome.error = QCoreApplication::translate("lockstep::JobRunner", "Internal error in a background job");
        }
        if (progress->isCancelled() && !outcome.ok)
            outcome.cancelled = true;
        return outcome;
    });
    m_active.append(Active{generation, progress, future});
    // Queued: no result arrives inside start(), even for a job that is already done.
    continueQueued(future, this, [this, generation, progress](const JobOutcome& outcome) {
        progress->flush();
        deliver(generation, outcome);
    });
    return generation;
}

void JobRunner::cancel()
{
    for (Active& active : m_active)
        if (active.generation == m_generation)
            active.progress->cancel();
}

void JobRunner::waitForAll()
{
    for (Active& active : m_active)
        active.future.waitForFinished();
}

void JobRunner::deliver(quint64 generation, const JobOutcome& outcome)
{
    pruneFinished();
    if (generation != m_generation) {
        emit staleResultDropped(generation);
        return;
    }
    m_running = false;
    emit finished(generation, outcome);
    if (!m_running)
        emit runningChanged(false);
}

void JobRunner::pruneFinished()
{
    m_active.removeIf([](const Active& active) { return active.future.isFinished(); });
}

}  // namespace lockstep
