#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>

namespace DepositDesk {

// One refund of a charge, keyed by (trade, out_request_no) (§9.3).
struct RefundRecord
{
    QString outOrderNo;
    QString tradeNo;
    QString outTradeNo;
    QString outRequestNo;
    QString status; // REFUND_SUCCESS, or empty while Alipay shows none
    Money amount;
    QDateTime happened; // gmt_refund_pay
};

} // namespace DepositDesk
