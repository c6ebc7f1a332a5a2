#pragma once

#include "domain/Nodiscard.h"
#include "store/StoreResult.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace DepositDesk {

class Clock;
class Store;

// Who holds the lock of an order.
struct OrderLockHolder
{
    QString outOrderNo;
    QString operatorLogin;
    QString desk;
    QDateTime since;
    QDateTime expires;

    // "Held by <operator> since <time>", translated, for the desk that was refused.
    QString describe() const;
};

struct DD_NODISCARD OrderLockAttempt
{
    bool acquired = false;
    std::optional<OrderLockHolder> heldBy; // when refused because another desk holds it
    QString errorString;                   // when the database failed
};

// Team-mode order locks: a desk takes the lock of an order before it acts on it, so that two
// desks never act on the same order at the same moment (docs/ARCHITECTURE.md principle 7).
//
// A lock is a lease: it expires leaseSeconds after the desk's last heartbeat(), so the lock of a
// desk that crashed or lost its network frees itself. Taking a lock is one atomic upsert that
// only replaces an expired lock or one of the same desk. Expiry is judged with the desks'
// clocks (Clock, injectable): desks are expected to keep their clocks in sync (NTP).
class OrderLocks
{
public:
    static constexpr int DefaultLeaseSeconds = 90;

    // desk: this console's identity (newDeskId() once per run).
    OrderLocks(const Store &store, const QString &desk);
    OrderLocks(const Store &store, const QString &desk, const Clock &clock,
               int leaseSeconds = DefaultLeaseSeconds);

    static QString newDeskId();
    QString desk() const { return m_desk; }

    OrderLockAttempt acquire(const QString &outOrderNo, const QString &operatorLogin);
    StoreResult release(const QString &outOrderNo);
    StoreResult releaseAll();
    // Extends every lock this desk holds; call it well within the lease (e.g. every 30 s).
    StoreResult heartbeat();
    // The live holder of the order's lock, if any (expired locks are not reported).
    std::optional<OrderLockHolder> holder(const QString &outOrderNo) const;

private:
    const Store &m_store;
    QString m_desk;
    const Clock &m_clock;
    int m_leaseSeconds;
};

} // namespace DepositDesk
