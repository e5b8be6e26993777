#pragma once

#include "JobOutcome.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QThreadPool;

namespace lockstep {

class Progress;
class ProgressSignalAdapter;

// Runs long work (imports, demo generation) on a thread pool, one job after another. Every start() gets a new
// generation number; starting a newer request cancels the older one and makes its result stale: a stale result is
// dropped (staleResultDropped), never delivered. Progress and results arrive queued on the runner's thread (the GUI
// thread) and stop when the runner is destroyed.
class JobRunner final : public QObject {
    Q_OBJECT
public:
    using Work = std::function<JobOutcome(Progress&)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;  // cancels whatever runs and waits for it: no worker outlives the runner

    // Uses the given pool instead of QThreadPool::globalInstance() (not owned).
    void setThreadPool(QThreadPool* pool);

    quint64 start(const QString& title, Work work);

    quint64 currentGeneration() const { return m_generation; }
    bool isRunning() const { return m_running; }
    QString currentTitle() const { return m_title; }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    // Blocks until every started job (current and stale) has returned. For tests and shutdown.
    void waitForAll();

public slots:
    // Asks the current job to stop; it still finishes with outcome.cancelled == true.
    void cancel();

signals:
    void started(quint64 generation, const QString& title);
    void progressed(quint64 generation, const QString& message, qint64 done, qint64 total);
    void finished(quint64 generation, const lockstep::JobOutcome& outcome);
    void staleResultDropped(quint64 generation);
    void runningChanged(bool running);

private:
    struct Active {
        quint64 generation = 0;
        std::shared_ptr<ProgressSignalAdapter> progress;
        QFuture<JobOutcome> future;
    };

    void deliver(quint64 generation, const JobOutcome& outcome);
    void pruneFinished();

    QThreadPool* m_pool = nullptr;
    quint64 m_generation = 0;
    bool m_running = false;
    QString m_title;
    QList<Active> m_active;
};

}  // namespace lockstep
