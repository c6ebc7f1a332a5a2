#pragma once

#include "domain/OperatorSession.h"

#include "store/OperatorAccount.h"
#include "store/StoreResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace DepositDesk {

class Store;

// The admin page's service over the operator accounts: list, create, change role,
// disable/enable, reset password. Every change needs Capability::ManageOperators, checked here
// with the session passed in. An admin may not disable or demote themselves, so the desk always
// keeps an administrator. OperatorDirectory's own refusals (password rules, unknown login,
// duplicate login) are passed through. Each change is audited with who made it and the target
// login, never the password: "operator.created", "operator.role_changed", "operator.disabled" and
// "operator.enabled" by OperatorDirectory in the change's own transaction (with the whole access
// after it, see OperatorAccess), "operator.password_reset" here.
class OperatorAdmin
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::OperatorAdmin)

public:
    explicit OperatorAdmin(const Store &store);

    QList<OperatorAccount> list() const;
    // Accounts whose role or disabled state in the database differs from what the audit log
    // last recorded (changed outside the console): login → why (translated). Setting the role,
    // or disabling / enabling, on the page records the account's access as it then is.
    QHash<QString, QString> accessProblems() const;

    StoreResult create(const OperatorSession &session, const QString &login,
                       const QString &displayName, OperatorRole role, const QString &password);
    StoreResult setRole(const OperatorSession &session, const QString &login, OperatorRole role);
    StoreResult setDisabled(const OperatorSession &session, const QString &login, bool disabled);
    StoreResult resetPassword(const OperatorSession &session, const QString &login,
                              const QString &newPassword);

private:
    StoreResult refusal(const OperatorSession &session) const;
    void audit(const OperatorSession &session, const QString &action, const QString &login,
               const QJsonObject &extra = {}) const;

    const Store &m_store;
};

} // namespace DepositDesk
