#include "services/session/SessionLock.h"

#include "services/ConsoleServices.h"

#include "store/AuditLog.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcLock, "depositdesk.lock")

} // namespace

SessionLock::SessionLock(ConsoleServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{}

bool SessionLock::lock(int idleMinutes)
{
    const OperatorSession &session = m_services.session();
    if (m_locked || !session.isValid())
        return false;
    m_locked = true;
    m_lockedLogin = session.login;
    audit(session.login, QStringLiteral("session.locked"),
          {{QStringLiteral("desk"), m_services.desk()},
           {QStringLiteral("idle_minutes"), idleMinutes}});
    Q_EMIT lockedChanged(true);
    return true;
}

SignIn::Result SessionLock::unlock(const QString &login, const QString &password)
{
    if (!m_locked) {
        SignIn::Result result;
        result.status = SignInResult::Status::Error;
        result.message = tr("The desk is not locked.");
        return result;
    }
    const SignIn::Result result = m_services.operatorSignIn().check(login, password);
    if (!result.ok())
        return result;
    const QString locked = m_lockedLogin;
    const bool switched = result.session.login != locked;
    if (switched)
        m_services.setSession(result.session);
    m_locked = false;
    m_lockedLogin.clear();
    audit(result.session.login, QStringLiteral("session.unlocked"),
          {{QStringLiteral("desk"), m_services.desk()},
           {QStringLiteral("locked_operator"), locked},
           {QStringLiteral("switched"), switched}});
    Q_EMIT lockedChanged(false);
    return result;
}

void SessionLock::audit(const QString &login, const QString &action, const QJsonObject &details)
{
    AuditEvent event;
    event.operatorLogin = login;
    event.action = action;
    event.details = details;
    if (const StoreResult written = AuditLog(m_services.store()).append(event); !written)
        qCWarning(lcLock).noquote() << action << "not audited:" << written.errorString;
}

} // namespace DepositDesk
