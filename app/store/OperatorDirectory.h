#pragma once

#include "store/OperatorAccount.h"
#include "store/StoreResult.h"

#include <QList>

#include <optional>

namespace DepositDesk {

class Clock;
class Store;

// Operator accounts: login, role, scrypt password hash (PasswordHasher), lockout, disabling.
//
// - Five wrong passwords in a row lock the account for 15 minutes (Clock injectable); while
//   locked, even the right password is refused and not counted. A success resets the count.
// - An unknown login costs as much time as a known one and gets the same answer.
// - Accounts are disabled, never deleted: the audit log keeps naming them.
// - First start: isEmpty() tells the UI to ask for the administrator's password, then
//   createFirstAdmin() creates that account (only while the directory is still empty).
// - Demo mode: createDemoOperators() creates one operator per role with demoPassword().
// - Changes of access (an account created, a role changed, an account disabled or enabled) are
//   audited in the same transaction, as `actor` (the console's own name, OperatorAccess::
//   systemLogin(), when none is given; the administrator for createFirstAdmin): the entry
//   carries the whole access after the change, which sign-in compares the row with
//   (OperatorAccess). A change whose entry cannot be written is not made.
class OperatorDirectory
{
public:
    static constexpr int MaxFailures = 5;
    static constexpr int LockoutSeconds = 15 * 60;
    static constexpr int MinPasswordLength = 8;

    explicit OperatorDirectory(const Store &store);
    OperatorDirectory(const Store &store, const Clock &clock);

    // True when no operator exists at all (nullopt and *error when the database fails).
    std::optional<bool> isEmpty(QString *error = nullptr) const;
    StoreResult createFirstAdmin(const QString &login, const QString &displayName,
                                 const QString &password);
    StoreResult create(const QString &login, const QString &displayName, OperatorRole role,
                       const QString &password, const QString &actor = {});
    SignInResult signIn(const QString &login, const QString &password);

    StoreResult setDisabled(const QString &login, bool disabled, const QString &actor = {});
    StoreResult setRole(const QString &login, OperatorRole role, const QString &actor = {});
    StoreResult changePassword(const QString &login, const QString &newPassword);

    std::optional<OperatorAccount> find(const QString &login) const;
    QList<OperatorAccount> list() const;

    // Demo mode: "demo-agent", "demo-finance", "demo-supervisor", "demo-admin", each with the
    // password demoPassword(role); existing ones are left as they are.
    StoreResult createDemoOperators();
    static QString demoLogin(OperatorRole role);
    static QString demoPassword(OperatorRole role);

    // Why a password may not be used (translated), or empty.
    static QString passwordProblem(const QString &password);

private:
    StoreResult insert(const QString &login, const QString &displayName, OperatorRole role,
                       const QString &password, bool onlyIfEmpty, const QString &actor);
    StoreResult changeAccess(const QString &login, std::optional<OperatorRole> role,
                             std::optional<bool> disabled, const QString &actor);
    StoreResult updateField(const QString &login, const QString &assignment, const QVariant &value);

    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
