#include "services/admin/OperatorAdmin.h"

#include "services/actions/ActionRecorder.h"
#include "services/actions/OrderActions.h"

#include "store/AuditLog.h"
#include "store/OperatorAccess.h"
#include "store/OperatorDirectory.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcOperatorAdmin, "depositdesk.operators")

bool sameLogin(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

OperatorAdmin::OperatorAdmin(const Store &store)
    : m_store(store)
{}

QList<OperatorAccount> OperatorAdmin::list() const
{
    return OperatorDirectory(m_store).list();
}

QHash<QString, QString> OperatorAdmin::accessProblems() const
{
    QHash<QString, QString> problems;
    QString error;
    const QHash<QString, AuditedAccess> audited =
        OperatorAccess(m_store).auditedAccessOfAll(&error);
    if (!error.isEmpty()) {
        qCWarning(lcOperatorAdmin).noquote() << "access entries not read:" << error;
        return problems;
    }
    for (const OperatorAccount &account : list()) {
        const auto it = audited.constFind(account.login);
        const QString problem = OperatorAccess::mismatch(
            account, it == audited.cend() ? std::nullopt : std::optional<AuditedAccess>(*it));
        if (!problem.isEmpty())
            problems.insert(account.login, problem);
    }
    return problems;
}

StoreResult OperatorAdmin::refusal(const OperatorSession &session) const
{
    if (session.can(Capability::ManageOperators))
        return StoreResult::success();
    return StoreResult::failure(
        session.isValid() ? Permissions::deniedReason(session.role, Capability::ManageOperators)
                          : tr("Sign in as an administrator to manage operators."));
}

StoreResult OperatorAdmin::create(const OperatorSession &session, const QString &login,
                                  const QString &displayName, OperatorRole role,
                                  const QString &password)
{
    if (const StoreResult refused = refusal(session); !refused)
        return refused;
    if (login.trimmed().isEmpty())
        return StoreResult::failure(tr("Enter a login for the new operator."));
    // The names the console itself writes as approver and resolver: an operator of that name
    // would make the audit log and the refund queue ambiguous.
    for (const QString &reserved : {OrderActions::PolicyApprover, ActionRecorder::resolverLogin(),
                                    OperatorAccess::systemLogin()}) {
        if (login.trimmed().compare(reserved, Qt::CaseInsensitive) == 0)
            return StoreResult::failure(
                tr("\"%1\" is the name DepositDesk itself signs with. Choose another login.")
                    .arg(login.trimmed()));
    }
    if (OperatorDirectory(m_store).find(login))
        return StoreResult::failure(
            tr("There is already an operator \"%1\". Choose another login.").arg(login.trimmed()));
    return OperatorDirectory(m_store).create(login, displayName.trimmed(), role, password,
                                             session.login);
}

StoreResult OperatorAdmin::setRole(const OperatorSession &session, const QString &login,
                                   OperatorRole role)
{
    if (const StoreResult refused = refusal(session); !refused)
        return refused;
    if (sameLogin(login, session.login) && role != OperatorRole::Admin)
        return StoreResult::failure(tr("You cannot take the administrator role from yourself: "
                                       "the desk must keep an administrator. Ask another "
                                       "administrator to do it."));
    return OperatorDirectory(m_store).setRole(login, role, session.login);
}

StoreResult OperatorAdmin::setDisabled(const OperatorSession &session, const QString &login,
                                       bool disabled)
{
    if (const StoreResult refused = refusal(session); !refused)
        return refused;
    if (disabled && sameLogin(login, session.login))
        return StoreResult::failure(tr("You cannot disable your own account: the desk must keep "
                                       "an administrator. Ask another administrator to do it."));
    return OperatorDirectory(m_store).setDisabled(login, disabled, session.login);
}

StoreResult OperatorAdmin::resetPassword(const OperatorSession &session, const QString &login,
                                         const QString &newPassword)
{
    if (const StoreResult refused = refusal(session); !refused)
        return refused;
    const StoreResult changed = OperatorDirectory(m_store).changePassword(login, newPassword);
    if (changed)
        audit(session, QStringLiteral("operator.password_reset"), login);
    return changed;
}

void OperatorAdmin::audit(const OperatorSession &session, const QString &action,
                          const QString &login, const QJsonObject &extra) const
{
    AuditEvent event;
    event.operatorLogin = session.login;
    event.action = action;
    event.details = extra;
    event.details.insert(QStringLiteral("target"), login.trimmed().toLower());
    if (const StoreResult written = AuditLog(m_store).append(event); !written)
        qCWarning(lcOperatorAdmin).noquote() << action << "not audited:" << written.errorString;
}

} // namespace DepositDesk
