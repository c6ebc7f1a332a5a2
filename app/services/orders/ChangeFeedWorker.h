#pragma once

#include "services/orders/ChangeFeed.h"
#include "store/StoreChanges.h"

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QTimer>

namespace DepositDesk {

// ChangeFeed's work on its own thread: the connection, the LISTEN or the poll, the checks and
// the retries. Reports through queued signals only.
class ChangeFeedWorker : public QObject
{
    Q_OBJECT

public:
    ChangeFeedWorker(const Store &store, const ChangeFeed::Timing &timing);

    // Called on the worker's thread once it runs, and as it finishes (stops the timers there).
    void begin();
    void end();

Q_SIGNALS:
    void changes(const QStringList &orders, bool someOrders, bool refunds);
    void reachability(bool reachable, const QString &reason);

private:
    void connectNow();
    bool subscribe(QString *error);
    void check();
    void fail(const QString &driverText);
    void add(const StoreChanges::Change &change);
    void flush();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    bool isPostgres() const;

    const Store &m_store;
    ChangeFeed::Timing m_timing;
    QTimer m_tick;
    QTimer m_retry;
    QTimer m_flush;
    int m_retryMs = 0;
    bool m_connected = false;
    bool m_failed = false; // a failure was reported and no success since
    StoreChanges::Counters m_counters;
    QSet<QString> m_orders;
    bool m_someOrders = false;
    bool m_refunds = false;
};

} // namespace DepositDesk
