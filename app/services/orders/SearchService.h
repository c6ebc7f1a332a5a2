#pragma once

#include "store/OrderQuery.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace DepositDesk {

class Store;

// Runs order searches off the UI thread (docs/ARCHITECTURE.md principle 6): one worker thread with
// its own connection (the Store gives each thread one). Requests are numbered; a newer request
// makes older, still queued ones pointless: they are dropped without an answer, and only the answer
// to the latest request is worth showing (the model ignores stale ids).
//
// Unlike the console's other off-thread store work (StoreWorker, which gives its connection back
// after every piece of work), the search thread keeps its connection for as long as the service
// lives: searches come one keystroke after another, and reconnecting each time (a new PostgreSQL
// session, a cold SQLite page cache) would cost more than the search. The thread releases the
// connection the same way when it ends (ThreadConnectionRelease around its event loop).
class SearchService : public QObject
{
    Q_OBJECT

public:
    explicit SearchService(const Store &store, QObject *parent = nullptr);
    ~SearchService() override; // stops and joins the worker thread

    // Returns the request id; pageReady or searchFailed follows with that id on this thread,
    // unless a newer search was requested before this one started.
    quint64 search(const OrderQuery &query);
    // The number of orders in the index (off thread); countReady follows.
    void count();
    // The id of the latest search() (0 before the first).
    quint64 latestRequest() const { return m_lastId; }

Q_SIGNALS:
    void pageReady(quint64 requestId, const DepositDesk::OrderPage &page, qint64 elapsedUs);
    void searchFailed(quint64 requestId, const QString &error);
    void countReady(qint64 orders);

private:
    const Store &m_store;
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr;
    quint64 m_lastId = 0;
    // Shared with the worker: the latest id, so that it skips requests already outdated.
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace DepositDesk

Q_DECLARE_METATYPE(DepositDesk::OrderPage)
Q_DECLARE_METATYPE(DepositDesk::OrderQuery)
