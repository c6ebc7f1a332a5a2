#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

// What an operator of the console may do (docs/ARCHITECTURE.md, "Who uses it").
enum class OperatorRole { Agent, Finance, Supervisor, Admin, Risk };

// Stable spelling stored in the database: "agent", "finance", "supervisor", "admin", "risk".
QString operatorRoleCode(OperatorRole role);
std::optional<OperatorRole> operatorRoleFromCode(QStringView code);
// Translated name for people.
QString operatorRoleDisplayName(OperatorRole role);
// Every role, in the order the console lists them (operators page, permissions table, demo
// operators, sign-in dialog).
QList<OperatorRole> allOperatorRoles();

} // namespace DepositDesk
