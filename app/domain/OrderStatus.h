#pragma once

#include <QString>

#include <optional>

namespace DepositDesk {

// State of a fund-auth order (docs/alipay-protocol.md §9.1): INIT → AUTHORIZED → FINISH | CLOSED.
enum class OrderStatus { Init, Authorized, Finish, Closed };

// Alipay's spelling ("INIT", "AUTHORIZED", "FINISH", "CLOSED").
QString orderStatusCode(OrderStatus status);
// Parses Alipay's spelling, ignoring case and surrounding spaces; nullopt for anything else.
std::optional<OrderStatus> orderStatusFromCode(QStringView code);
// Translated name for people ("Authorized", "已授权" ...).
QString orderStatusDisplayName(OrderStatus status);

} // namespace DepositDesk
