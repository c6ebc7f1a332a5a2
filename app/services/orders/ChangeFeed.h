#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

namespace DepositDesk {

class ChangeFeedWorker;
class Store;

// What other writers changed, told to this desk within about a second, and whether the database
// can be reached at all. Owned by ConsoleServices (changes()).
//
// Every writer is covered because the database announces its own changes (store/StoreChanges.h,
// migration 13): on PostgreSQL the feed LISTENs on a connection of its own and each committed row
// change arrives as a notification naming its order; on SQLite it reads the three rows of
// change_counters every pollMs (one single-row-per-topic read; the triggers bump them). Either
// runs on a thread of the feed's own: the UI thread never waits for it.
//
// The same connection tells whether the database answers: PostgreSQL's is checked every
// heartbeatMs, SQLite's by the poll. When it does not, reachabilityChanged(false) is emitted once
// and the feed tries again after firstRetryMs, doubling up to maxRetryMs. When it answers again,
// the Store is told to check its other connections (Store::reconnectWhenBroken()),
// reachabilityChanged(true) is emitted, and so are ordersChanged({}) and refundsChanged():
// whatever changed meanwhile was not announced.
//
// Changes made by this desk arrive here too (the desk's own pages already reloaded them).
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        int pollMs = 500;       // SQLite: how often the counters are read
        int heartbeatMs = 1000; // PostgreSQL: how often the listening connection is checked
        int firstRetryMs = 500; // after a failure; doubled up to maxRetryMs
        int maxRetryMs = 10000;
    };

    explicit ChangeFeed(const Store &store, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Starts watching (on a thread of its own); a second call does nothing. setTiming() first.
    void start();
    void setTiming(const Timing &timing) { m_timing = timing; }
    const Timing &timing() const { return m_timing; }
    bool isRunning() const { return m_thread != nullptr; }
    // Watching now: the feed's connection is up (after start(), once it connected).
    bool isListening() const { return m_listening; }

    // False while the database cannot be reached (true until a failure is seen).
    bool isReachable() const { return m_reachable; }
    // When it was found unreachable (local time), and the driver's words (the password taken
    // out); both empty while reachable.
    QDateTime unreachableSince() const { return m_since; }
    QString unreachableReason() const { return m_reason; }

Q_SIGNALS:
    // Orders whose index row, facts, marks, intents or refund requests changed; empty: some
    // orders changed, which is not known (show again whatever is shown).
    void ordersChanged(const QStringList &outOrderNos);
    // A refund request was created or changed status.
    void refundsChanged();
    void reachabilityChanged(bool reachable);
    // The feed's connection is up: from now on changes arrive (first connection and reconnects).
    void listening();

private:
    void onChanges(const QStringList &orders, bool someOrders, bool refunds);
    void onReachability(bool reachable, const QString &reason);

    const Store &m_store;
    Timing m_timing;
    std::unique_ptr<QThread> m_thread;
    ChangeFeedWorker *m_worker = nullptr; // lives on m_thread; deleted once it has finished
    bool m_listening = false;
    bool m_reachable = true;
    QDateTime m_since;
    QString m_reason;
};

} // namespace DepositDesk
