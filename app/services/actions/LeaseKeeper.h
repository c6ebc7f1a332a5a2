#pragma once

#include "store/OrderLocks.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace DepositDesk {

class Clock;
class Store;

// This desk's identity and its order locks while calls are out. A lock is a lease
// (OrderLocks): a call that takes longer than the lease would lose it, and another desk could
// act on the order while the first call may still land. So while any call is out (hold() …
// drop()), every lock of the desk is renewed every third of the lease.
//
// One desk id per process (OrderLocks::newDeskId()): OrderActions and OutcomeResolver of one
// console share it, two consoles on one host do not.
class LeaseKeeper : public QObject
{
    Q_OBJECT

public:
    LeaseKeeper(const Store &store, const QString &desk, QObject *parent = nullptr);

    QString desk() const { return m_desk; }
    void setDesk(const QString &desk) { m_desk = desk; }
    int leaseSeconds() const { return m_leaseSeconds; }
    // Tests use short leases; the renewal follows.
    void setLeaseSeconds(int seconds);
    void setClock(const Clock &clock) { m_clock = &clock; }

    // The order locks as this desk takes them.
    OrderLocks locks() const;

    // A call left / its answer is in.
    void hold();
    void drop();
    int callsOut() const { return m_callsOut; }

private:
    void renew();

    const Store &m_store;
    QString m_desk;
    const Clock *m_clock;
    int m_leaseSeconds = OrderLocks::DefaultLeaseSeconds;
    int m_callsOut = 0;
    QTimer m_timer;
};

} // namespace DepositDesk
