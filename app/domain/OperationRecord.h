#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>

namespace DepositDesk {

// One fund-auth operation (FREEZE / UNFREEZE / PAY) as Alipay reported it (§6.6).
// Type and status keep Alipay's spelling so that an unexpected value is recorded, not lost.
struct OperationRecord
{
    QString outOrderNo;
    QString authNo;
    QString operationId;  // Alipay's number
    QString outRequestNo; // merchant's number (a PAY operation carries the trade's out_trade_no)
    QString type;         // FREEZE, UNFREEZE, PAY
    QString status;       // INIT, SUCCESS, CLOSED
    Money amount;
    Money credit;
    Money fund;
    QDateTime happened; // gmt_trans (or gmt_create while INIT)
};

} // namespace DepositDesk
