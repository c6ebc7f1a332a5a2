#pragma once

#include "store/StoreTask.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace DepositDesk {

class Store;

namespace StoreTaskDetail {

// Emitted on the worker thread once the work has ended; connected (queued) to the context.
class Notifier : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void workEnded();
};

// Lives in the callback's connection: when the connection goes without the callback having run
// (the context was destroyed, or the work threw), the task is settled all the same.
class SettleOnDrop
{
public:
    explicit SettleOnDrop(std::shared_ptr<StoreTaskState> state)
        : m_state(std::move(state))
    {}
    ~SettleOnDrop() { m_state->settled = true; }
    SettleOnDrop(const SettleOnDrop &) = delete;
    SettleOnDrop &operator=(const SettleOnDrop &) = delete;

private:
    std::shared_ptr<StoreTaskState> m_state;
};

template<typename Work>
decltype(auto) callWork(Work &work, const Store &store, const std::atomic<bool> &cancelled)
{
    if constexpr (std::is_invocable_v<Work &, const Store &, const std::atomic<bool> &>)
        return work(store, cancelled);
    else
        return work(store);
}

template<typename Work>
using WorkResult =
    std::decay_t<decltype(callWork(std::declval<Work &>(), std::declval<const Store &>(),
                                   std::declval<const std::atomic<bool> &>()))>;

} // namespace StoreTaskDetail

// Gives the current thread's connection back (Store::releaseThreadConnection()) when it goes out
// of scope, however the scope is left. StoreWorker puts each piece of work in one; a long-lived
// thread of one's own puts its whole run() in one.
class ThreadConnectionRelease
{
public:
    explicit ThreadConnectionRelease(const Store &store)
        : m_store(store)
    {}
    ~ThreadConnectionRelease();
    ThreadConnectionRelease(const ThreadConnectionRelease &) = delete;
    ThreadConnectionRelease &operator=(const ThreadConnectionRelease &) = delete;

private:
    const Store &m_store;
};

// Runs store work off the calling thread: the console's way of doing so (only the order search
// keeps a thread and its connection of its own, see services/orders/SearchService.h):
//
//     StoreTask task = worker.run(
//         [from, to](const Store &store) { return DailyActivity::load(store, from, to); },
//         view, [view](std::optional<QList<DayActivity>> days) { view->show(days); });
//
// - The work gets the Store (and, if it takes a second parameter, a `const std::atomic<bool> &`
//   that StoreTask::cancel() and this worker's destructor set) and runs on one of this worker's
//   threads, where Store::database() hands it that thread's own connection.
// - When the work ends, that connection is released (Store::releaseThreadConnection()) before
//   anything else happens, whether the work returned, noticed the cancel flag or threw. A thread
//   of the pool therefore never keeps a connection between two pieces of work.
// - The result is delivered by calling done(result) on the context's thread, through a queued
//   connection to `context`: if the context is destroyed first, done is never called (and
//   whatever it captured may be gone). run() must be called while the context is alive. done
//   itself may be destroyed on either thread: let it capture values and pointers, not owners.
// - The returned StoreTask is busy until done has returned (see StoreTask::isBusy()).
// - Work that throws is logged; its done is not called.
//
// With one thread (the default) the work runs in the order it was started. The destructor sets
// every cancel flag and waits for the work still queued or running; results already on their way
// still reach contexts that are alive. Work must not outlive the Store: destroy the worker first.
class StoreWorker
{
public:
    explicit StoreWorker(const Store &store, int maxThreads = 1);
    ~StoreWorker();
    StoreWorker(const StoreWorker &) = delete;
    StoreWorker &operator=(const StoreWorker &) = delete;

    template<typename Work, typename Done>
    StoreTask run(Work work, const QObject *context, Done done)
    {
        using Result = StoreTaskDetail::WorkResult<Work>;
        static_assert(!std::is_void_v<Result>, "the work returns the result that done receives");
        static_assert(std::is_invocable_v<Done &, Result &&>, "done takes the work's result");
        auto state = std::make_shared<StoreTaskState>();
        auto result = std::make_shared<std::optional<Result>>();
        auto drop = std::make_shared<StoreTaskDetail::SettleOnDrop>(state);
        auto notifier = std::make_unique<StoreTaskDetail::Notifier>();
        QObject::connect(
            notifier.get(), &StoreTaskDetail::Notifier::workEnded, context,
            [state, result, drop, done = std::move(done)]() mutable {
                done(std::move(**result));
                state->settled = true;
            },
            Qt::QueuedConnection);
        start(
            state,
            [work = std::move(work), state, result](const Store &store) mutable {
                result->emplace(StoreTaskDetail::callWork(work, store, state->cancelled));
            },
            std::move(notifier));
        return StoreTask(std::move(state));
    }

    // Sets the cancel flag of every task that has not ended.
    void cancelAll();
    // Blocks until no work is queued or running (results may still be on their way).
    void waitForDone();

private:
    void start(const std::shared_ptr<StoreTaskState> &state,
               std::function<void(const Store &)> body,
               std::unique_ptr<StoreTaskDetail::Notifier> notifier);

    const Store &m_store;
    QThreadPool m_pool;
    QMutex m_mutex;
    QList<std::weak_ptr<StoreTaskState>> m_tasks;
};

} // namespace DepositDesk
