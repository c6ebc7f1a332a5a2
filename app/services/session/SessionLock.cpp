#include "services/session/SessionLock.h"

#include "services/ConsoleServices.h"

#include "store/AuditLog.h"
#include "store/OperatorDirectory.h"

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

SignInResult SessionLock::unlock(const QString &login, const QString &password)
{
    if (!m_locked) {
        SignInResult result;
        result.status = SignInResult::Status::Error;
        result.message = tr("The desk is not locked.");
        return result;
    }
    const SignInResult result =
        OperatorDirectory(m_services.store()).signIn(login.trimmed(), password);
    if (!result.ok())
        return result;
    const QString locked = m_lockedLogin;
    const bool switched = result.account.login != locked;
    if (switched) {
        OperatorSession session;
        session.login = result.account.login;
        session.displayName = result.account.displayName;
        session.role = result.account.role;
        m_services.setSession(session);
    }
    m_locked = false;
    m_lockedLogin.clear();
    audit(result.account.login, QStringLiteral("session.unlocked"),
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
