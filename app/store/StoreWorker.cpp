#include "store/StoreWorker.h"

#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QMutexLocker>

#include <algorithm>
#include <exception>

namespace DepositDesk {

ThreadConnectionRelease::~ThreadConnectionRelease()
{
    m_store.releaseThreadConnection();
}

StoreWorker::StoreWorker(const Store &store, int maxThreads)
    : m_store(store)
{
    m_pool.setMaxThreadCount(std::max(1, maxThreads));
    m_pool.setObjectName(QStringLiteral("store-worker"));
}

StoreWorker::~StoreWorker()
{
    cancelAll();
    m_pool.waitForDone();
}

void StoreWorker::cancelAll()
{
    QMutexLocker locker(&m_mutex);
    for (const std::weak_ptr<StoreTaskState> &task : std::as_const(m_tasks))
        if (const std::shared_ptr<StoreTaskState> state = task.lock())
            state->cancelled = true;
}

void StoreWorker::waitForDone()
{
    m_pool.waitForDone();
}

void StoreWorker::start(const std::shared_ptr<StoreTaskState> &state,
                        std::function<void(const Store &)> body,
                        std::unique_ptr<StoreTaskDetail::Notifier> notifier)
{
    {
        QMutexLocker locker(&m_mutex);
        m_tasks.removeIf([](const std::weak_ptr<StoreTaskState> &task) {
            const std::shared_ptr<StoreTaskState> alive = task.lock();
            return !alive || alive->workEnded;
        });
        m_tasks.append(state);
    }
    // The notifier is emitted and deleted on the worker thread: it takes part in no event loop.
    notifier->moveToThread(nullptr);
    const Store *store = &m_store;
    std::shared_ptr<StoreTaskDetail::Notifier> emitter(notifier.release());
    m_pool.start([store, state, body = std::move(body), emitter] {
        bool returned = false;
        {
            const ThreadConnectionRelease release(*store);
            try {
                body(*store);
                returned = true;
            } catch (const std::exception &error) {
                qCCritical(lcStore) << "store work threw, its result is dropped:" << error.what();
            } catch (...) {
                qCCritical(lcStore) << "store work threw, its result is dropped";
            }
        }
        state->workEnded = true;
        if (returned)
            Q_EMIT emitter->workEnded();
    });
}

} // namespace DepositDesk
