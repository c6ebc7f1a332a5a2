#include "store/OrderLocks.h"

#include "domain/Clock.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUuid>

namespace DepositDesk {

QString OrderLockHolder::describe() const
{
    return QCoreApplication::translate("DepositDesk::OrderLocks",
                                       "Held by %1 since %2. Wait until they finish, or ask them "
                                       "to close the order.")
        .arg(operatorLogin, since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

OrderLocks::OrderLocks(const Store &store, const QString &desk)
    : OrderLocks(store, desk, Clock::system())
{}

OrderLocks::OrderLocks(const Store &store, const QString &desk, const Clock &clock,
                       int leaseSeconds)
    : m_store(store)
    , m_desk(desk)
    , m_clock(clock)
    , m_leaseSeconds(leaseSeconds)
{}

QString OrderLocks::newDeskId()
{
    return QStringLiteral("%1/%2/%3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
}

OrderLockAttempt OrderLocks::acquire(const QString &outOrderNo, const QString &operatorLogin)
{
    OrderLockAttempt attempt;
    const QDateTime now = m_clock.now();
    const QStringList columns{QStringLiteral("out_order_no"), QStringLiteral("operator"),
                              QStringLiteral("desk"),         QStringLiteral("acquired_at"),
                              QStringLiteral("heartbeat_at"), QStringLiteral("expires_at")};
    // Replaces only an expired lock or this desk's own; returns a row only when it took it.
    StoreQuery q(m_store.database(),
                 m_store.dialect().upsert(
                     QStringLiteral("order_locks"), columns, {QStringLiteral("out_order_no")},
                     columns.mid(1),
                     QStringLiteral("order_locks.expires_at <= excluded.heartbeat_at OR "
                                    "order_locks.desk = excluded.desk")) +
                     QStringLiteral(" RETURNING desk"));
    q.bind(QStringLiteral("out_order_no"), outOrderNo)
        .bind(QStringLiteral("operator"), operatorLogin)
        .bind(QStringLiteral("desk"), m_desk)
        .bind(QStringLiteral("acquired_at"), now.toMSecsSinceEpoch())
        .bind(QStringLiteral("heartbeat_at"), now.toMSecsSinceEpoch())
        .bind(QStringLiteral("expires_at"), now.addSecs(m_leaseSeconds).toMSecsSinceEpoch());
    if (!q.exec()) {
        attempt.errorString = q.errorString();
        return attempt;
    }
    attempt.acquired = q.next();
    q.finish();
    if (!attempt.acquired)
        attempt.heldBy = holder(outOrderNo);
    return attempt;
}

StoreResult OrderLocks::release(const QString &outOrderNo)
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("DELETE FROM order_locks WHERE out_order_no = :o AND desk = :d"));
    q.bind(QStringLiteral("o"), outOrderNo).bind(QStringLiteral("d"), m_desk);
    return q.exec() ? StoreResult::success() : StoreResult::failure(q.errorString());
}

StoreResult OrderLocks::releaseAll()
{
    StoreQuery q(m_store.database(), QStringLiteral("DELETE FROM order_locks WHERE desk = :d"));
    q.bind(QStringLiteral("d"), m_desk);
    return q.exec() ? StoreResult::success() : StoreResult::failure(q.errorString());
}

StoreResult OrderLocks::heartbeat()
{
    const QDateTime now = m_clock.now();
    // A lock that already expired stays expired: another desk may have seen it free.
    StoreQuery q(m_store.database(),
                 QStringLiteral("UPDATE order_locks SET heartbeat_at = :now, expires_at = :until "
                                "WHERE desk = :d AND expires_at > :now"));
    q.bind(QStringLiteral("now"), now.toMSecsSinceEpoch())
        .bind(QStringLiteral("until"), now.addSecs(m_leaseSeconds).toMSecsSinceEpoch())
        .bind(QStringLiteral("d"), m_desk);
    return q.exec() ? StoreResult::success() : StoreResult::failure(q.errorString());
}

std::optional<OrderLockHolder> OrderLocks::holder(const QString &outOrderNo) const
{
    StoreQuery q(m_store.database(),
                 QStringLiteral("SELECT operator, desk, acquired_at, expires_at FROM order_locks "
                                "WHERE out_order_no = :o AND expires_at > :now"));
    q.bind(QStringLiteral("o"), outOrderNo)
        .bind(QStringLiteral("now"), m_clock.now().toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return OrderLockHolder{outOrderNo, q.text(0), q.text(1),
                           QDateTime::fromMSecsSinceEpoch(q.int64(2), Qt::UTC),
                           QDateTime::fromMSecsSinceEpoch(q.int64(3), Qt::UTC)};
}

} // namespace DepositDesk
