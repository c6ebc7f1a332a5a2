#pragma once

#include "domain/Money.h"
#include "domain/OperatorRole.h"

#include <QString>

#include <optional>

namespace DepositDesk {

// What an operator may do. The one table of who may do what (docs/ARCHITECTURE.md principle 4) is
// Permissions::allows(); the services enforce it on every call, the UI only mirrors it.
enum class Capability {
    Search,
    View,
    Unfreeze,
    Charge, // up to Permissions::chargeLimit(role)
    RequestRefund,
    ApproveRefund,
    CancelFreeze,
    ReportToSesame,
    RunReconciliation,
    ManageOperators,
    ManageCredentials,
    ReadAuditLog,       // the whole audit log (View > Audit log): supervisors, finance, admins
    ManageWaiverPolicy, // save a new Sesame credit waiver policy version: risk analysts, admins
    ViewRiskReport,     // the risk report (View > Risk report): risk, supervisors, finance, admins
};

// Stable spelling ("search", "unfreeze", "approve_refund" ...) for the audit log and tests.
QString capabilityCode(Capability capability);
// Translated name for people ("Unfreeze a deposit", "解冻押金" ...).
QString capabilityDisplayName(Capability capability);

namespace Permissions {

bool allows(OperatorRole role, Capability capability);
// The most a role may charge from a deposit in one action; nullopt: no limit.
// Agent 500.00 yuan, Supervisor and Admin unlimited, Finance and Risk may not charge at all.
std::optional<Money> chargeLimit(OperatorRole role);
// Translated sentence saying why `role` may not do it ("Only supervisors may approve refunds.").
// Empty when allowed.
QString deniedReason(OperatorRole role, Capability capability);
// Every capability, in declaration order (for the table shown to admins and for tests).
QList<Capability> allCapabilities();

} // namespace Permissions

} // namespace DepositDesk
