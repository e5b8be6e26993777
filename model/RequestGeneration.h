#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace lockstep {

// Numbers the background requests of one owner: a new request (or a reset) makes every older one stale.
// The owner advances it on the GUI thread; a worker holds a Ticket, so that it can skip work that is already
// stale, and QueuedContinuation drops a result whose ticket is no longer current. The count is shared, so a
// ticket stays valid after the owner is gone.
class RequestGeneration {
public:
    class Ticket {
    public:
        quint64 generation() const { return m_generation; }
        // Safe from any thread.
        bool isCurrent() const { return m_latest->load() == m_generation; }
        bool isStale() const { return !isCurrent(); }

    private:
        friend class RequestGeneration;
        Ticket(std::shared_ptr<const std::atomic<quint64>> latest, quint64 generation)
            : m_latest(std::move(latest)), m_generation(generation)
        {}
        std::shared_ptr<const std::atomic<quint64>> m_latest;
        quint64 m_generation;
    };

    RequestGeneration() : m_latest(std::make_shared<std::atomic<quint64>>(0)) {}

    // A new request: what was asked before is stale from now on.
    quint64 advance()
    {
        m_latest->store(++m_current);
        return m_current;
    }
    quint64 current() const { return m_current; }
    bool isCurrent(quint64 generation) const { return generation == m_current; }
    Ticket ticket() const { return Ticket(m_latest, m_current); }

    // Every ticket becomes stale, for good (the owner is going away: queued work returns at once).
    void retire() { m_latest->store(kRetired); }

private:
    static constexpr quint64 kRetired = ~quint64(0);
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_current = 0;
};

}  // namespace lockstep
