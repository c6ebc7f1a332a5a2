#pragma once

#include "domain/Money.h"
#include "domain/OrderStatus.h"

#include <QDateTime>
#include <QString>

namespace DepositDesk {

// What the console knows about one fund-auth order: the row of the order index.
// Amounts follow docs/alipay-protocol.md §6.6: rest = total − unfrozen − paid.
struct OrderRecord
{
    QString outOrderNo; // merchant order number, the index's natural key
    QString authNo;     // Alipay auth-order number
    OrderStatus status = OrderStatus::Init;
    Money total;    // total_freeze_amount
    Money credit;   // part waived by credit
    Money fund;     // part actually frozen
    Money rest;     // still frozen / authorized
    Money unfrozen; // released so far
    Money paid;     // turned into payments
    Money refunded; // refunded of those payments
    QString title;
    QString store;
    QString category;
    QString payerUserId;
    QString payerLogonId; // masked, as Alipay shows it ("138****5678")
    QString phoneTail;    // last digits of the payer's phone, for look-ups by phone
    QDateTime created;
    QDateTime updated;
};

} // namespace DepositDesk
