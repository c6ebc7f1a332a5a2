#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace DepositDesk::Sandbox {

// One row of a trade bill (业务明细, docs/alipay-protocol.md §8.2): a payment (转支付 trade) or a
// refund. Amounts are signed as the bill prints them: a refund row carries a negative order
// amount and merchant receipt; a fee charged to the merchant is negative, a fee given back on a
// refund positive.
struct BillLine
{
    enum class Type {
        Trade, // 交易
        Refund // 退款
    };

    Type type = Type::Trade;
    QString tradeNo;         // 支付宝交易号
    QString outTradeNo;      // 商户订单号
    QString subject;         // 商品名称
    QDateTime createdAt;     // 创建时间 (the trade's creation, also on refund rows)
    QDateTime finishedAt;    // 完成时间 (payment or refund time); decides the bill period
    QString storeId;         // 门店编号
    QString storeName;       // 门店名称
    QString operatorId;      // 操作员
    QString terminalId;      // 终端号
    QString buyerAccount;    // 对方账户, masked: **学(173****56)
    Money orderAmount;       // 订单金额（元）
    Money merchantReceipt;   // 商家实收（元）
    QString refundRequestNo; // 退款批次号/请求号 (refund rows only)
    Money serviceFee;        // 服务费（元）
    QString remark;          // 备注
};

using BillLines = QList<BillLine>;

} // namespace DepositDesk::Sandbox
