#pragma once

#include <QString>

#include <optional>

namespace DepositDesk {

// What an operator of the console may do (docs/ARCHITECTURE.md, "Who uses it").
enum class OperatorRole { Agent, Finance, Supervisor, Admin };

// Stable spelling stored in the database: "agent", "finance", "supervisor", "admin".
QString operatorRoleCode(OperatorRole role);
std::optional<OperatorRole> operatorRoleFromCode(QStringView code);
// Translated name for people.
QString operatorRoleDisplayName(OperatorRole role);

} // namespace DepositDesk
