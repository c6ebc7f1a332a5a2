#pragma once

#include "domain/Nodiscard.h"
#include "domain/OperatorRole.h"

#include <QDateTime>
#include <QString>

namespace DepositDesk {

// An operator of the console as the directory keeps it (the password hash never leaves the
// directory).
struct OperatorAccount
{
    qint64 id = 0;
    QString login; // lower case
    QString displayName;
    OperatorRole role = OperatorRole::Agent;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid or past: not locked
    QDateTime created;
    QDateTime lastSignIn;
};

struct DD_NODISCARD SignInResult
{
    // AccessChanged: the password was right but the account's role or disabled state in the
    // database is not what the audit log recorded (OperatorAccess).
    enum class Status { Ok, WrongCredentials, LockedOut, Disabled, AccessChanged, Error };

    Status status = Status::Error;
    OperatorAccount account; // filled when Ok
    QDateTime lockedUntil;   // when LockedOut
    QString message;         // translated, for the sign-in dialog

    bool ok() const { return status == Status::Ok; }
};

} // namespace DepositDesk
