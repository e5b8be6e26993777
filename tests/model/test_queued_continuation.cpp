#include "QueuedContinuation.h"
#include "RequestGeneration.h"

#include <QPromise>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <stdexcept>

using namespace lockstep;

namespace {

QFuture<int> finishedFuture(int value)
{
    QPromise<int> promise;
    QFuture<int> future = promise.future();
    promise.start();
    promise.addResult(value);
    promise.finish();
    return future;
}

}  // namespace

class TestQueuedContinuation : public QObject {
    Q_OBJECT

private slots:
    void finishedFutureIsNotDeliveredInsideTheCall()
    {
        QObject context;
        QList<int> got;
        const QFuture<int> future = finishedFuture(7);
        QVERIFY(future.isFinished());
        continueQueued(future, &context, [&got](int value) { got << value; });
        QVERIFY(got.isEmpty());  // QFuture::then(context, f) would have run f here
        QCoreApplication::processEvents();
        QCOMPARE(got, QList<int>{7});
        QCoreApplication::processEvents();
        QCOMPARE(got, QList<int>{7});  // once only
    }

    void resultOfAWorkerArrivesOnTheContextThread()
    {
        QObject context;
        QThreadPool pool;
        Qt::HANDLE deliveredOn = nullptr;
        int got = 0;
        continueQueued(QtConcurrent::run(&pool, [] { return 42; }), &context, [&](int value) {
            deliveredOn = QThread::currentThreadId();
            got = value;
        });
        QTRY_COMPARE(got, 42);
        QCOMPARE(deliveredOn, QThread::currentThreadId());
    }

    void destroyedContextDropsTheResult()
    {
        auto context = std::make_unique<QObject>();
        bool ran = false;
        continueQueued(finishedFuture(1), context.get(), [&ran](int) { ran = true; });

        // Also a task still running when its context goes away.
        QPromise<int> late;
        late.start();
        continueQueued(late.future(), context.get(), [&ran](int) { ran = true; });
        context.reset();
        late.addResult(2);
        late.finish();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!ran);
    }

    void resultsArriveInOrder()
    {
        QObject context;
        QList<int> got;
        for (int i = 0; i < 50; ++i)
            continueQueued(finishedFuture(i), &context, [&got](int value) { got << value; });
        QVERIFY(got.isEmpty());
        QCoreApplication::processEvents();
        QList<int> expected;
        for (int i = 0; i < 50; ++i)
            expected << i;
        QCOMPARE(got, expected);
    }

    void staleTicketDropsTheResult()
    {
        QObject context;
        RequestGeneration requests;
        QList<int> got;
        requests.advance();
        continueQueued(finishedFuture(1), &context, requests.ticket(), [&got](int value) { got << value; });
        requests.advance();  // the user moved on before the first result arrived
        continueQueued(finishedFuture(2), &context, requests.ticket(), [&got](int value) { got << value; });
        QCoreApplication::processEvents();
        QCOMPARE(got, QList<int>{2});
    }

    void ticketTellsAWorkerThatItsRequestIsStale()
    {
        RequestGeneration requests;
        requests.advance();
        const RequestGeneration::Ticket ticket = requests.ticket();
        QVERIFY(ticket.isCurrent());
        QVERIFY(requests.isCurrent(ticket.generation()));
        requests.advance();
        QVERIFY(ticket.isStale());
        const RequestGeneration::Ticket newer = requests.ticket();
        QVERIFY(newer.isCurrent());
        requests.retire();
        QVERIFY(newer.isStale());
    }

    void failedTaskDeliversADefaultValue()
    {
        // Callers count pending work; a task that threw must still come back, or the count never drops.
        QObject context;
        QThreadPool pool;
        int got = -1;
        bool ran = false;
        continueQueued(QtConcurrent::run(&pool, []() -> int { throw std::runtime_error("unreadable"); }), &context,
                       [&](int value) {
                           got = value;
                           ran = true;
                       });
        QTRY_VERIFY(ran);
        QCOMPARE(got, 0);
    }

    void voidFutureIsDeliveredQueued()
    {
        QObject context;
        bool ran = false;
        QPromise<void> promise;
        promise.start();
        promise.finish();
        continueQueued(promise.future(), &context, [&ran] { ran = true; });
        QVERIFY(!ran);
        QCoreApplication::processEvents();
        QVERIFY(ran);
    }
};

QTEST_GUILESS_MAIN(TestQueuedContinuation)
#include "test_queued_continuation.moc"
