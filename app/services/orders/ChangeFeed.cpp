#include "services/orders/ChangeFeed.h"

#include "services/orders/ChangeFeedWorker.h"

#include <QThread>

namespace DepositDesk {

ChangeFeed::ChangeFeed(const Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

ChangeFeed::~ChangeFeed()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait(); // the thread's end releases the feed's connection (Store::database())
    delete m_worker;  // its thread has ended: nothing of it runs any more
}

void ChangeFeed::start()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("change-feed"));
    m_worker = new ChangeFeedWorker(m_store, m_timing);
    m_worker->moveToThread(m_thread.get());
    connect(m_worker, &ChangeFeedWorker::changes, this, &ChangeFeed::onChanges);
    connect(m_worker, &ChangeFeedWorker::reachability, this, &ChangeFeed::onReachability);
    connect(m_thread.get(), &QThread::started, m_worker, &ChangeFeedWorker::begin);
    // Emitted on the thread itself as it ends: its timers are stopped where they run.
    connect(m_thread.get(), &QThread::finished, m_worker, &ChangeFeedWorker::end,
            Qt::DirectConnection);
    m_thread->start();
}

void ChangeFeed::onChanges(const QStringList &orders, bool someOrders, bool refunds)
{
    if (someOrders)
        Q_EMIT ordersChanged({});
    else if (!orders.isEmpty())
        Q_EMIT ordersChanged(orders);
    if (refunds)
        Q_EMIT refundsChanged();
}

void ChangeFeed::onReachability(bool reachable, const QString &reason)
{
    if (reachable) {
        m_listening = true;
        const bool changed = !m_reachable;
        m_reachable = true;
        m_since = {};
        m_reason.clear();
        if (changed)
            Q_EMIT reachabilityChanged(true);
        Q_EMIT listening();
        return;
    }
    m_listening = false;
    m_reason = reason; // the latest failure's words
    if (!m_reachable)
        return;
    m_reachable = false;
    m_since = QDateTime::currentDateTime();
    Q_EMIT reachabilityChanged(false);
}

} // namespace DepositDesk
