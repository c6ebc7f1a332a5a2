#include "services/orders/ChangeFeedWorker.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcFeed, "depositdesk.changes")

// Past this many orders in one delivery, "some orders" is said instead of naming them.
constexpr int MaxNamedOrders = 200;
// Notifications arriving together are delivered together.
constexpr int FlushDelayMs = 100;

} // namespace

ChangeFeedWorker::ChangeFeedWorker(const Store &store, const ChangeFeed::Timing &timing)
    : m_store(store)
    , m_timing(timing)
    , m_tick(this)
    , m_retry(this)
    , m_flush(this)
{
    m_retryMs = m_timing.firstRetryMs;
    m_tick.setInterval(isPostgres() ? m_timing.heartbeatMs : m_timing.pollMs);
    connect(&m_tick, &QTimer::timeout, this, &ChangeFeedWorker::check);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChangeFeedWorker::connectNow);
    m_flush.setSingleShot(true);
    m_flush.setInterval(FlushDelayMs);
    connect(&m_flush, &QTimer::timeout, this, &ChangeFeedWorker::flush);
}

bool ChangeFeedWorker::isPostgres() const
{
    return m_store.dialect().kind() == SqlDialect::Kind::Postgres;
}

void ChangeFeedWorker::begin()
{
    connectNow();
}

void ChangeFeedWorker::connectNow()
{
    m_store.releaseThreadConnection(); // a connection that failed is not tried again
    QString error;
    if (!subscribe(&error))
        return fail(error);
    m_connected = true;
    m_retryMs = m_timing.firstRetryMs;
    m_tick.start();
    if (m_failed) {
        m_failed = false;
        qCInfo(lcFeed) << "the database answers again";
        // Connections opened before the outage may be dead; what changed meanwhile was not
        // announced.
        m_store.reconnectWhenBroken();
        m_someOrders = true;
        m_refunds = true;
        Q_EMIT reachability(true, {});
        flush();
    } else {
        Q_EMIT reachability(true, {});
    }
}

void ChangeFeedWorker::end()
{
    m_tick.stop();
    m_retry.stop();
    m_flush.stop();
}

void ChangeFeedWorker::check()
{
    QString error;
    if (isPostgres()) {
        {
            QSqlQuery probe(m_store.database());
            if (probe.exec(QStringLiteral("SELECT 1")))
                return;
            error = probe.lastError().text();
        }
        return fail(error); // the query is gone: the connection can be released
    }
    const std::optional<StoreChanges::Counters> counters =
        StoreChanges::readCounters(m_store.database(), &error);
    if (!counters)
        return fail(error);
    const QList<StoreChanges::Change> moved = StoreChanges::difference(m_counters, *counters);
    m_counters = *counters;
    for (const StoreChanges::Change &change : moved)
        add(change);
    if (!moved.isEmpty())
        flush();
}

bool ChangeFeedWorker::subscribe(QString *error)
{
    QSqlDatabase db = m_store.database();
    if (!db.isOpen()) {
        *error = db.lastError().text();
        return false;
    }
    if (isPostgres()) {
        QSqlDriver *driver = db.driver();
        connect(driver, &QSqlDriver::notification, this, &ChangeFeedWorker::onNotification,
                Qt::UniqueConnection);
        if (!driver->subscribeToNotification(StoreChanges::Channel)) {
            *error = driver->lastError().text();
            return false;
        }
        return true;
    }
    const std::optional<StoreChanges::Counters> counters = StoreChanges::readCounters(db, error);
    if (!counters)
        return false;
    m_counters = *counters;
    return true;
}

void ChangeFeedWorker::fail(const QString &driverText)
{
    m_tick.stop();
    m_connected = false;
    QString reason = m_store.config().redact(driverText.trimmed());
    if (reason.isEmpty())
        //: Technical detail behind the database banner's Details when the driver said nothing
        reason = QCoreApplication::translate("DepositDesk::ChangeFeed",
                                             "The connection to the database was lost.");
    if (!m_failed) {
        m_failed = true;
        qCWarning(lcFeed).noquote() << "the database cannot be reached:" << reason;
    }
    Q_EMIT reachability(false, reason); // the latest words; the state changed only once
    // The driver of the failed connection goes with it (and its subscription).
    m_store.releaseThreadConnection();
    m_retry.start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, m_timing.maxRetryMs);
}

void ChangeFeedWorker::add(const StoreChanges::Change &change)
{
    if (change.topic == StoreChanges::Topic::Refunds)
        m_refunds = true;
    if (change.key.isEmpty())
        m_someOrders = true;
    else if (!m_someOrders)
        m_orders.insert(change.key);
    if (m_orders.size() > MaxNamedOrders) {
        m_someOrders = true;
        m_orders.clear();
    }
}

void ChangeFeedWorker::flush()
{
    m_flush.stop();
    if (!m_someOrders && m_orders.isEmpty() && !m_refunds)
        return;
    QStringList orders =
        m_someOrders ? QStringList() : QStringList(m_orders.begin(), m_orders.end());
    orders.sort();
    Q_EMIT changes(orders, m_someOrders, m_refunds);
    m_orders.clear();
    m_someOrders = false;
    m_refunds = false;
}

void ChangeFeedWorker::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                      const QVariant &payload)
{
    if (name != StoreChanges::Channel)
        return;
    const std::optional<StoreChanges::Change> change =
        StoreChanges::parsePayload(payload.toString());
    if (!change)
        return;
    add(*change);
    if (!m_flush.isActive())
        m_flush.start();
}

} // namespace DepositDesk
