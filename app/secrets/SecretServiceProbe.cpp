#include "secrets/SecretServiceProbe.h"

#include <QFileInfo>
#include <QTimer>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
#define DD_SECRET_SERVICE 1
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace DepositDesk {

SecretServiceProbe::SecretServiceProbe(int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
{}

bool SecretServiceProbe::sessionBusConfigured()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}

void SecretServiceProbe::finishLater(Result result, const QString &detail)
{
    QTimer::singleShot(0, this, [this, result, detail] { Q_EMIT finished(result, detail); });
}

void SecretServiceProbe::start()
{
#if defined(DD_SECRET_SERVICE)
    if (!sessionBusConfigured()) {
        finishLater(Result::NoSessionBus,
                    QStringLiteral("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)"));
        return;
    }
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        finishLater(Result::NoSessionBus, bus.lastError().message());
        return;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"),
        QStringLiteral("/org/freedesktop/secrets/aliases/default"),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(get, m_timeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *w;
        if (!reply.isError()) {
            const bool locked = reply.value().variant().toBool();
            Q_EMIT finished(locked ? Result::Locked : Result::Unlocked, QString());
            return;
        }
        const QDBusError error = reply.error();
        switch (error.type()) {
        case QDBusError::ServiceUnknown:
        case QDBusError::Disconnected:
            Q_EMIT finished(Result::NoService, error.message());
            return;
        case QDBusError::AccessDenied:
            Q_EMIT finished(Result::AccessDenied, error.message());
            return;
        case QDBusError::NoReply:
        case QDBusError::Timeout:
        case QDBusError::TimedOut:
            Q_EMIT finished(Result::NoAnswer, error.message());
            return;
        default:
            Q_EMIT finished(Result::Unknown, error.message());
            return;
        }
    });
#else
    finishLater(Result::Unknown, QString());
#endif
}

} // namespace DepositDesk
