#pragma once

#include <QString>
#include <atomic>

namespace lockstep {

// How long-running engine work reports what it is doing and learns that the user wants it to stop.
// Implementations: NullProgress (tests), ConsoleProgress (CLI, stderr), a Qt signal adapter in model/.
class Progress {
public:
    virtual ~Progress() = default;
    virtual void report(const QString& message, qint64 done, qint64 total) = 0;
    virtual bool isCancelled() const = 0;
};

class NullProgress final : public Progress {
public:
    void report(const QString&, qint64, qint64) override {}
    bool isCancelled() const override { return m_cancelled.load(std::memory_order_relaxed); }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

}  // namespace lockstep
