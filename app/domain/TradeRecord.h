#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>

namespace DepositDesk {

// A charge from a deposit (授权转支付, alipay.trade.pay with auth_no) as Alipay reported it.
struct TradeRecord
{
    QString outOrderNo; // the auth order it was charged from
    QString tradeNo;    // Alipay's number
    QString outTradeNo; // merchant's number
    QString status;     // WAIT_BUYER_PAY, TRADE_SUCCESS, TRADE_FINISHED, TRADE_CLOSED
    Money amount;       // total_amount
    QDateTime happened; // gmt_payment / send_pay_date
};

} // namespace DepositDesk
