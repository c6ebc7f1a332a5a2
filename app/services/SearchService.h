#pragma once

#include "store/OrderQuery.h"

#include <QObject>
#include <QThread>

namespace DepositDesk {

class Store;

// Runs order searches off the UI thread (ARCHITECTURE.md principle 6): one worker thread with its
// own connection (the Store gives each thread one). Requests are numbered; a newer request makes
// older, still queued ones pointless, and only the answer to the latest request is worth
// showing (the model ignores stale ids).
class SearchService : public QObject
{
    Q_OBJECT

public:
    explicit SearchService(const Store &store, QObject *parent = nullptr);
    ~SearchService() override; // stops and joins the worker thread

    // Returns the request id; pageReady or searchFailed follows with that id on this thread.
    quint64 search(const OrderQuery &query);
    // The number of orders in the index (off thread); countReady follows.
    void count();

Q_SIGNALS:
    void pageReady(quint64 requestId, const DepositDesk::OrderPage &page, qint64 elapsedUs);
    void searchFailed(quint64 requestId, const QString &error);
    void countReady(qint64 orders);

private:
    const Store &m_store;
    QThread m_thread;
    QObject *m_worker = nullptr;
    quint64 m_lastId = 0;
};

} // namespace DepositDesk
