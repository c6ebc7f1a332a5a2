#include "services/actions/LeaseKeeper.h"

#include "domain/Clock.h"

#include <QLoggingCategory>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcLeases, "depositdesk.leases")

} // namespace

LeaseKeeper::LeaseKeeper(const Store &store, const QString &desk, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_desk(desk)
    , m_clock(&Clock::system())
{
    m_timer.setInterval(m_leaseSeconds * 1000 / 3);
    connect(&m_timer, &QTimer::timeout, this, &LeaseKeeper::renew);
}

void LeaseKeeper::setLeaseSeconds(int seconds)
{
    m_leaseSeconds = qMax(1, seconds);
    m_timer.setInterval(m_leaseSeconds * 1000 / 3);
}

OrderLocks LeaseKeeper::locks() const
{
    return OrderLocks(m_store, m_desk, *m_clock, m_leaseSeconds);
}

void LeaseKeeper::hold()
{
    if (m_callsOut++ == 0)
        m_timer.start();
}

void LeaseKeeper::drop()
{
    if (m_callsOut > 0 && --m_callsOut == 0)
        m_timer.stop();
}

void LeaseKeeper::renew()
{
    if (const StoreResult renewed = locks().heartbeat(); !renewed)
        qCWarning(lcLeases, "the locks of desk %s were not renewed: %s", qPrintable(m_desk),
                  qPrintable(renewed.errorString));
}

} // namespace DepositDesk
