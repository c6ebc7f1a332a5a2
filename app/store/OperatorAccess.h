#pragma once

#include "domain/OperatorRole.h"
#include "store/OperatorAccount.h"
#include "store/StoreResult.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace DepositDesk {

class Store;

// An operator's access (role, disabled) as the audit log last recorded it.
struct AuditedAccess
{
    OperatorRole role = OperatorRole::Agent;
    bool disabled = false;
    qint64 seq = 0; // the newest entry that said so
};

// Access changed behind the console's back: the operators table is an ordinary table that anyone
// with write access to the database can edit, the audit chain is not (an edit breaks the chain,
// AuditLog::verify). Every change of access the console makes (an operator created, a role
// changed, an account disabled or enabled) is written in the same transaction as an access entry
// that carries the whole access after the change ("target", "role", "disabled"). A database that
// had operators before these entries existed gets one "operator.access_baseline" entry listing
// them, written by the migration that added the check. auditedAccess() reads the newest of these
// entries for a login; mismatch() compares it with the operators table. Sign-in and unlock refuse
// an account whose row differs (a raised role, an account enabled or inserted directly in the
// database) and audit "operator.access_mismatch" (docs/ARCHITECTURE.md, "Threat model").
class OperatorAccess
{
public:
    // The name the console signs the entries it writes on its own with (demo operators, the
    // baseline).
    static QString systemLogin();
    static QStringList accessActions();
    // The details of an access entry: target, role, disabled, plus `extra`.
    static QJsonObject details(const QString &login, OperatorRole role, bool disabled,
                               const QJsonObject &extra = {});

    explicit OperatorAccess(const Store &store);

    // The access last recorded for `login`; nullopt when no entry names it (an account made
    // outside the console), or when the log cannot be read (*error set then).
    std::optional<AuditedAccess> auditedAccess(const QString &login,
                                               QString *error = nullptr) const;
    // Every login's recorded access at once (for the operators page).
    QHash<QString, AuditedAccess> auditedAccessOfAll(QString *error = nullptr) const;

    // Why `account` may not be trusted as it stands (translated), or empty when its row says what
    // the audit log recorded. `audited` is its recorded access (nullopt: none).
    static QString mismatch(const OperatorAccount &account,
                            const std::optional<AuditedAccess> &audited);

    // The migration step: one baseline entry listing every operator there is, when there are any.
    StoreResult recordBaseline() const;

private:
    const Store &m_store;
};

} // namespace DepositDesk
