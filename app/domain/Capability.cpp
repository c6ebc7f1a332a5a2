#include "domain/Capability.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

// The one table of who may do what. A row per role; a capability not listed is denied.
bool agentMay(Capability c)
{
    switch (c) {
    case Capability::Search:
    case Capability::View:
    case Capability::Unfreeze:
    case Capability::Charge:
    case Capability::RequestRefund:
    case Capability::CancelFreeze:
    case Capability::ReportToSesame:
        return true;
    case Capability::ApproveRefund:
    case Capability::RunReconciliation:
    case Capability::ManageOperators:
    case Capability::ManageCredentials:
    case Capability::ReadAuditLog:
    case Capability::ManageWaiverPolicy:
    case Capability::ViewRiskReport:
        return false;
    }
    return false;
}

bool financeMay(Capability c)
{
    return c == Capability::Search || c == Capability::View || c == Capability::RunReconciliation ||
           c == Capability::ReadAuditLog || c == Capability::ViewRiskReport;
}

// Risk analysts look at orders and keep the credit waiver policy; they never move money.
bool riskMay(Capability c)
{
    return c == Capability::Search || c == Capability::View ||
           c == Capability::ManageWaiverPolicy || c == Capability::ViewRiskReport;
}

bool supervisorMay(Capability c)
{
    return agentMay(c) || c == Capability::ApproveRefund || c == Capability::ReadAuditLog ||
           c == Capability::ViewRiskReport;
}

} // namespace

QString capabilityCode(Capability capability)
{
    switch (capability) {
    case Capability::Search:
        return QStringLiteral("search");
    case Capability::View:
        return QStringLiteral("view");
    case Capability::Unfreeze:
        return QStringLiteral("unfreeze");
    case Capability::Charge:
        return QStringLiteral("charge");
    case Capability::RequestRefund:
        return QStringLiteral("request_refund");
    case Capability::ApproveRefund:
        return QStringLiteral("approve_refund");
    case Capability::CancelFreeze:
        return QStringLiteral("cancel_freeze");
    case Capability::ReportToSesame:
        return QStringLiteral("report_to_sesame");
    case Capability::RunReconciliation:
        return QStringLiteral("run_reconciliation");
    case Capability::ManageOperators:
        return QStringLiteral("manage_operators");
    case Capability::ManageCredentials:
        return QStringLiteral("manage_credentials");
    case Capability::ReadAuditLog:
        return QStringLiteral("read_audit_log");
    case Capability::ManageWaiverPolicy:
        return QStringLiteral("manage_waiver_policy");
    case Capability::ViewRiskReport:
        return QStringLiteral("view_risk_report");
    }
    return {};
}

QString capabilityDisplayName(Capability capability)
{
    switch (capability) {
    case Capability::Search:
        return QCoreApplication::translate("DepositDesk::Capability", "Search orders");
    case Capability::View:
        return QCoreApplication::translate("DepositDesk::Capability", "View an order");
    case Capability::Unfreeze:
        return QCoreApplication::translate("DepositDesk::Capability", "Unfreeze a deposit");
    case Capability::Charge:
        return QCoreApplication::translate("DepositDesk::Capability", "Charge from a deposit");
    case Capability::RequestRefund:
        return QCoreApplication::translate("DepositDesk::Capability", "Request a refund");
    case Capability::ApproveRefund:
        return QCoreApplication::translate("DepositDesk::Capability", "Approve a refund");
    case Capability::CancelFreeze:
        return QCoreApplication::translate("DepositDesk::Capability", "Cancel a freeze");
    case Capability::ReportToSesame:
        return QCoreApplication::translate("DepositDesk::Capability", "Report to Sesame Credit");
    case Capability::RunReconciliation:
        return QCoreApplication::translate("DepositDesk::Capability", "Run reconciliation");
    case Capability::ManageOperators:
        return QCoreApplication::translate("DepositDesk::Capability", "Manage operators");
    case Capability::ManageCredentials:
        return QCoreApplication::translate("DepositDesk::Capability", "Manage Alipay credentials");
    case Capability::ReadAuditLog:
        return QCoreApplication::translate("DepositDesk::Capability", "Read the audit log");
    case Capability::ManageWaiverPolicy:
        return QCoreApplication::translate("DepositDesk::Capability",
                                           "Change the credit waiver policy");
    case Capability::ViewRiskReport:
        return QCoreApplication::translate("DepositDesk::Capability", "View the risk report");
    }
    return {};
}

namespace Permissions {

bool allows(OperatorRole role, Capability capability)
{
    switch (role) {
    case OperatorRole::Agent:
        return agentMay(capability);
    case OperatorRole::Finance:
        return financeMay(capability);
    case OperatorRole::Supervisor:
        return supervisorMay(capability);
    case OperatorRole::Risk:
        return riskMay(capability);
    case OperatorRole::Admin:
        return true;
    }
    return false;
}

std::optional<Money> chargeLimit(OperatorRole role)
{
    switch (role) {
    case OperatorRole::Agent:
        return Money::fromFen(500'00);
    case OperatorRole::Finance:
    case OperatorRole::Risk:
        return Money::fromFen(0);
    case OperatorRole::Supervisor:
    case OperatorRole::Admin:
        return std::nullopt;
    }
    return Money::fromFen(0);
}

QString deniedReason(OperatorRole role, Capability capability)
{
    if (allows(role, capability))
        return {};
    switch (capability) {
    case Capability::Search:
    case Capability::View:
        return QCoreApplication::translate(
            "DepositDesk::Capability",
            "Your role may not look at orders. Ask an administrator for access.");
    case Capability::Unfreeze:
    case Capability::Charge:
    case Capability::RequestRefund:
    case Capability::CancelFreeze:
    case Capability::ReportToSesame:
        if (role == OperatorRole::Risk)
            return QCoreApplication::translate(
                "DepositDesk::Capability",
                "Risk analysts may look at orders but not move money. Ask a customer-service "
                "agent or a supervisor.");
        return QCoreApplication::translate(
            "DepositDesk::Capability",
            "Finance may look at orders but not move money. Ask a customer-service agent "
            "or a supervisor.");
    case Capability::ApproveRefund:
        return QCoreApplication::translate(
            "DepositDesk::Capability", "Only supervisors and administrators may approve refunds.");
    case Capability::RunReconciliation:
        return QCoreApplication::translate(
            "DepositDesk::Capability",
            "Only finance and administrators may run the reconciliation.");
    case Capability::ManageOperators:
        return QCoreApplication::translate("DepositDesk::Capability",
                                           "Only administrators may manage operators.");
    case Capability::ManageCredentials:
        return QCoreApplication::translate(
            "DepositDesk::Capability", "Only administrators may manage the Alipay credentials.");
    case Capability::ReadAuditLog:
        return QCoreApplication::translate(
            "DepositDesk::Capability",
            "Only supervisors, finance and administrators may read the audit log.");
    case Capability::ManageWaiverPolicy:
        return QCoreApplication::translate(
            "DepositDesk::Capability",
            "Only risk analysts and administrators may change the credit waiver policy.");
    case Capability::ViewRiskReport:
        return QCoreApplication::translate("DepositDesk::Capability",
                                           "Only risk analysts, supervisors, finance and "
                                           "administrators may view the risk report.");
    }
    return QCoreApplication::translate("DepositDesk::Capability",
                                       "Your role may not do this. Ask an administrator.");
}

QList<Capability> allCapabilities()
{
    return {Capability::Search,
            Capability::View,
            Capability::Unfreeze,
            Capability::Charge,
            Capability::RequestRefund,
            Capability::ApproveRefund,
            Capability::CancelFreeze,
            Capability::ReportToSesame,
            Capability::RunReconciliation,
            Capability::ManageOperators,
            Capability::ManageCredentials,
            Capability::ReadAuditLog,
            Capability::ManageWaiverPolicy,
            Capability::ViewRiskReport};
}

} // namespace Permissions

} // namespace DepositDesk
