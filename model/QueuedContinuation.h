#pragma once

#include "RequestGeneration.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>
#include <utility>

namespace lockstep {

// Runs `continuation` with the future's result on `context`'s thread, always through its event queue.
//
// Why not QFuture::then(context, f): when the task has already finished, then() calls f at once, inside the
// caller, before it has finished setting up its own state (a pane that is not yet "loading", a counter not
// yet raised); and a context destroyed meanwhile is only Q_ASSERTed. Here a QFutureWatcher owned by the
// context carries the result: the watcher's signals are posted events even for a finished future, it is
// connected to the future under the future's own lock (no race with a dying context), and it goes away with
// the context, so a result for a destroyed context is dropped. Continuations of futures that finish in order
// run in that order.
//
// A task that threw or was cancelled has no result: the continuation gets a default-constructed value, so a
// caller that counts pending work never waits for ever.
template <typename T, typename Continuation>
void continueQueued(const QFuture<T>& future, QObject* context, Continuation&& continuation)
{
    if (!context)
        return;
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, continuation = std::forward<Continuation>(continuation)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if constexpr (std::is_void_v<T>) {
                             continuation();
                         } else {
                             if (done.isCanceled() || done.resultCount() == 0)
                                 continuation(T{});
                             else
                                 continuation(done.result());
                         }
                     });
    watcher->setFuture(future);
}

// The same, and the continuation runs only if `ticket` is still current when the result arrives: a newer
// request or a reset of the owner's RequestGeneration drops it.
template <typename T, typename Continuation>
void continueQueued(const QFuture<T>& future, QObject* context, RequestGeneration::Ticket ticket,
                    Continuation&& continuation)
{
    continueQueued(future, context,
                   [ticket = std::move(ticket),
                    continuation = std::forward<Continuation>(continuation)](auto&&... result) mutable {
                       if (ticket.isCurrent())
                           continuation(std::forward<decltype(result)>(result)...);
                   });
}

}  // namespace lockstep
