#include "services/session/SignIn.h"

#include "store/AuditLog.h"
#include "store/OperatorAccess.h"
#include "store/OperatorDirectory.h"

#include <QLoggingCategory>

namespace DepositDesk {

namespace {

Q_LOGGING_CATEGORY(lcSignIn, "depositdesk.signin")

OperatorSession sessionOf(const OperatorAccount &account)
{
    OperatorSession session;
    session.login = account.login;
    session.displayName = account.displayName;
    session.role = account.role;
    return session;
}

} // namespace

SignIn::SignIn(const Store &store)
    : m_store(store)
{}

SignIn::Result SignIn::check(const QString &login, const QString &password) const
{
    const SignInResult answer = OperatorDirectory(m_store).signIn(login.trimmed(), password);
    Result result;
    result.status = answer.status;
    result.lockedUntil = answer.lockedUntil;
    result.message = answer.message;
    if (!answer.ok())
        return result;
    QString error;
    const std::optional<AuditedAccess> audited =
        OperatorAccess(m_store).auditedAccess(answer.account.login, &error);
    if (!error.isEmpty()) {
        result.status = SignInResult::Status::Error;
        result.message =
            tr("Your account's access could not be checked against the audit log: %1").arg(error);
        return result;
    }
    const QString mismatch = OperatorAccess::mismatch(answer.account, audited);
    if (mismatch.isEmpty()) {
        result.session = sessionOf(answer.account);
        return result;
    }
    result.status = SignInResult::Status::AccessChanged;
    result.message = mismatch;
    QJsonObject details =
        OperatorAccess::details(answer.account.login, answer.account.role, answer.account.disabled);
    if (audited)
        details.insert(QStringLiteral("audited"),
                       QJsonObject{{QStringLiteral("role"), operatorRoleCode(audited->role)},
                                   {QStringLiteral("disabled"), audited->disabled},
                                   {QStringLiteral("seq"), audited->seq}});
    if (const StoreResult written = AuditLog(m_store).append(
            {answer.account.login, QStringLiteral("operator.access_mismatch"), QString(), details});
        !written)
        qCWarning(lcSignIn).noquote() << "access mismatch not audited:" << written.errorString;
    return result;
}

std::optional<bool> SignIn::firstStart(QString *error) const
{
    return OperatorDirectory(m_store).isEmpty(error);
}

StoreResult SignIn::createFirstAdmin(const QString &login, const QString &password) const
{
    const QString trimmed = login.trimmed();
    return OperatorDirectory(m_store).createFirstAdmin(trimmed, trimmed, password);
}

QString SignIn::demoLogin(OperatorRole role)
{
    return OperatorDirectory::demoLogin(role);
}

QString SignIn::demoPassword(OperatorRole role)
{
    return OperatorDirectory::demoPassword(role);
}

} // namespace DepositDesk
