#include "services/session/SignIn.h"

#include "store/OperatorDirectory.h"

namespace DepositDesk {

namespace {

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
    if (answer.ok())
        result.session = sessionOf(answer.account);
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
