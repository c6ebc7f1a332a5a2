#include "services/orders/SearchService.h"

#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace DepositDesk {

namespace {

// The search thread: its event loop runs the searches; its connection is given back when the
// loop ends, however it ends.
class SearchThread : public QThread
{
public:
    explicit SearchThread(const Store &store)
        : m_store(store)
    {}

protected:
    void run() override
    {
        const ThreadConnectionRelease release(m_store);
        exec();
    }

private:
    const Store &m_store;
};

} // namespace

SearchService::SearchService(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_thread(std::make_unique<SearchThread>(store))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<DepositDesk::OrderPage>();
    qRegisterMetaType<DepositDesk::OrderQuery>();
    m_thread->setObjectName(QStringLiteral("order-search"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

SearchService::~SearchService()
{
    m_latest->store(quint64(-1)); // whatever is still queued is outdated
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended: nothing of it runs any more
}

quint64 SearchService::search(const OrderQuery &query)
{
    const quint64 id = ++m_lastId;
    m_latest->store(id);
    const std::shared_ptr<std::atomic<quint64>> latest = m_latest;
    const Store *store = &m_store;
    // The worker may use `this`: the destructor joins the thread before the object goes. Answers
    // are posted to this object, so they are dropped with it.
    SearchService *self = this;
    QMetaObject::invokeMethod(
        m_worker,
        [self, store, latest, id, query] {
            if (latest->load() != id)
                return; // a newer search was asked for before this one could start
            QElapsedTimer timer;
            timer.start();
            QString error;
            const std::optional<OrderPage> page = OrderIndex(*store).search(query, &error);
            const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
            QMetaObject::invokeMethod(
                self,
                [self, id, page, error, elapsedUs] {
                    if (page)
                        Q_EMIT self->pageReady(id, *page, elapsedUs);
                    else
                        Q_EMIT self->searchFailed(
                            id, QCoreApplication::translate(
                                    "DepositDesk::SearchService",
                                    "The search could not be run: %1. Check that the "
                                    "database is reachable and try again.")
                                    .arg(error));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void SearchService::count()
{
    const Store *store = &m_store;
    SearchService *self = this;
    QMetaObject::invokeMethod(
        m_worker,
        [self, store] {
            const qint64 orders = OrderIndex(*store).count();
            QMetaObject::invokeMethod(
                self, [self, orders] { Q_EMIT self->countReady(orders); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace DepositDesk
