#pragma once

#include <atomic>
#include <memory>

namespace DepositDesk {

// What one piece of off-thread store work shares with its handle and its callback.
struct StoreTaskState
{
    std::atomic<bool> cancelled{false};
    // The work returned (or threw) and its thread's database connection has been released.
    std::atomic<bool> workEnded{false};
    // The result callback has returned, or it will never run (its context is gone).
    std::atomic<bool> settled{false};
};

// The handle of one piece of store work started by StoreWorker::run() (store/StoreWorker.h). A
// plain value without any database in it: copies share the same work; a default-constructed
// handle stands for no work at all (not busy).
//
// Meant for the thread that started the work (usually the UI thread): isBusy() turns false there
// only when the result has been applied, never in between "the work ended" and "the callback
// ran", so a view's "loading" state can be isBusy() of its latest task.
class StoreTask
{
public:
    StoreTask() = default;

    // True from StoreWorker::run() until the result callback has returned. When the callback can
    // no longer run (its context was destroyed, or the work threw), true until the work has ended.
    bool isBusy() const { return d && !(d->workEnded && d->settled); }

    // Asks the work to stop early: the flag that the work may poll turns true. The callback
    // still receives whatever the work returned.
    void cancel() const
    {
        if (d)
            d->cancelled = true;
    }
    bool isCancelled() const { return d && d->cancelled; }

private:
    friend class StoreWorker;
    explicit StoreTask(std::shared_ptr<StoreTaskState> state)
        : d(std::move(state))
    {}

    std::shared_ptr<StoreTaskState> d;
};

} // namespace DepositDesk
