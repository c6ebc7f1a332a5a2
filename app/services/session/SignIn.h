#pragma once

#include "domain/OperatorRole.h"
#include "domain/OperatorSession.h"
#include "store/OperatorAccount.h" // SignInResult::Status
#include "store/StoreResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace DepositDesk {

class Store;

// An operator signing in with login and password against the OperatorDirectory (wrong passwords
// count towards its lockout): the one place where an operator account becomes an
// OperatorSession, for the desk's sign-in (ConsoleServices::signIn), the unlock of a locked desk
// (SessionLock) and a supervisor signing in inside the refund approval dialog (RefundApprovals).
// It does not change a desk's session, and writes the audit log only for an account whose role or
// disabled state in the database differs from what the audit log recorded ("operator.access_
// mismatch"; refused as AccessChanged, see OperatorAccess): its callers audit the rest.
class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::SignIn)

public:
    struct Result
    {
        SignInResult::Status status = SignInResult::Status::Error;
        OperatorSession session; // the operator's session when ok(), empty otherwise
        QDateTime lockedUntil;   // when LockedOut
        QString message;         // translated: why it was refused

        bool ok() const { return status == SignInResult::Status::Ok; }
    };

    explicit SignIn(const Store &store);

    // Checks `login` (spaces around it ignored) and `password`.
    Result check(const QString &login, const QString &password) const;

    // First start: true while the database has no operator at all, when the administrator's
    // account is to be created (nullopt and *error when the database fails).
    std::optional<bool> firstStart(QString *error = nullptr) const;
    // Creates the administrator (login also as the display name) while no operator exists.
    StoreResult createFirstAdmin(const QString &login, const QString &password) const;

    // Demo mode: the demo operator of `role` and its password.
    static QString demoLogin(OperatorRole role);
    static QString demoPassword(OperatorRole role);

private:
    const Store &m_store;
};

} // namespace DepositDesk
