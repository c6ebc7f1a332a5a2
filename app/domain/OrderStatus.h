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
// Translated name of any status as Alipay spells it, for people: an order's (the names above),
// a charge's (WAIT_BUYER_PAY, TRADE_SUCCESS, TRADE_FINISHED, TRADE_CLOSED), a refund's
// (REFUND_SUCCESS), an operation's (SUCCESS, CLOSED) and the console's VIOLATED mark. Unknown
// codes come back as they are; empty stays empty.
QString alipayStatusDisplayName(QStringView code);

} // namespace DepositDesk
