#pragma once

// Small builders for sandbox ledger tests: one app, one payee, one payer, a fixed start time.

#include "sandbox/ledger/Ledger.h"

#include <QDateTime>
#include <QTimeZone>

namespace DepositDesk::Testing {

inline QString appId()
{
    return QStringLiteral("2021000000000001");
}

inline QString payeeId()
{
    return QStringLiteral("2088102146225100");
}

// 2024-05-01 12:00:00 in GMT+8.
inline QDateTime t0()
{
    return QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone(8 * 3600));
}

inline Money yuan(qint64 whole)
{
    return Money::fromFen(whole * 100);
}

inline Sandbox::Payer payer()
{
    return {QStringLiteral("2088102146225135"), QStringLiteral("13812345678"),
            QStringLiteral("张小明")};
}

inline Sandbox::FreezeRequest freezeRequest(QStringView outOrderNo, qint64 fen)
{
    Sandbox::FreezeRequest r;
    r.appId = appId();
    r.outOrderNo = outOrderNo.toString();
    r.outRequestNo = outOrderNo.toString() + QStringLiteral("-R");
    r.orderTitle = QStringLiteral("充电宝押金");
    r.amount = Money::fromFen(fen);
    r.productCode = QStringLiteral("PREAUTH_PAY");
    r.payeeUserId = payeeId();
    return r;
}

// Creates and confirms a freeze of fen, creditFen of it waived by credit.
inline Sandbox::FundAuthOrder authorize(Sandbox::Ledger &ledger, QStringView outOrderNo, qint64 fen,
                                        qint64 creditFen, const QDateTime &at = t0())
{
    const Sandbox::FreezeOutcome created = ledger.createFreeze(freezeRequest(outOrderNo, fen), at);
    return ledger.confirmFreeze(created.order.authNo, Money::fromFen(creditFen), payer(), at).order;
}

inline Sandbox::UnfreezeRequest unfreezeRequest(const Sandbox::FundAuthOrder &order,
                                                QStringView number, qint64 fen)
{
    Sandbox::UnfreezeRequest r;
    r.appId = order.appId;
    r.authNo = order.authNo;
    r.outRequestNo = number.toString();
    r.amount = Money::fromFen(fen);
    r.remark = QStringLiteral("押金退还");
    return r;
}

inline Sandbox::PayRequest payRequest(const Sandbox::FundAuthOrder &order, QStringView outTradeNo,
                                      qint64 fen)
{
    Sandbox::PayRequest r;
    r.appId = order.appId;
    r.authNo = order.authNo;
    r.outTradeNo = outTradeNo.toString();
    r.totalAmount = Money::fromFen(fen);
    r.subject = QStringLiteral("租金扣款");
    r.productCode = QStringLiteral("PREAUTH_PAY");
    r.buyerId = order.payerUserId;
    r.sellerId = order.payeeUserId;
    return r;
}

inline Sandbox::RefundRequest refundRequest(const Sandbox::Trade &trade, QStringView number,
                                            qint64 fen)
{
    Sandbox::RefundRequest r;
    r.appId = trade.appId;
    r.tradeNo = trade.tradeNo;
    r.outRequestNo = number.toString();
    r.refundAmount = Money::fromFen(fen);
    r.refundReason = QStringLiteral("多扣退回");
    return r;
}

inline Sandbox::SyncRequest syncRequest(const Sandbox::Trade &trade, QStringView number,
                                        QStringView status)
{
    Sandbox::SyncRequest r;
    r.appId = trade.appId;
    r.tradeNo = trade.tradeNo;
    r.outRequestNo = number.toString();
    r.bizType = QStringLiteral("CREDIT_AUTH");
    r.status = status.toString();
    return r;
}

inline Sandbox::CancelRequest cancelByAlipay(const Sandbox::FreezeOutcome &freeze)
{
    Sandbox::CancelRequest r;
    r.appId = freeze.order.appId;
    r.authNo = freeze.order.authNo;
    r.operationId = freeze.freeze.operationId;
    r.remark = QStringLiteral("结果未知，撤销");
    return r;
}

inline Sandbox::CancelRequest cancelOf(const Sandbox::Ledger &ledger,
                                       const Sandbox::FundAuthOrder &order)
{
    Sandbox::FreezeOutcome freeze;
    freeze.order = order;
    freeze.freeze = ledger.operations(order.authNo).value(0);
    return cancelByAlipay(freeze);
}

// §9.1 invariants of one order, checked against its operations.
inline bool invariantsHold(const Sandbox::Ledger &ledger, const Sandbox::FundAuthOrder &o)
{
    if (o.restCreditAmount().isNegative() || o.restFundAmount().isNegative())
        return false;
    if (o.restAmount() != o.totalFreezeAmount - o.totalUnfreezeAmount() - o.totalPayAmount())
        return false;
    Money payCredit, payFund, unfreeze;
    bool cancelledByUnfreeze = false;
    for (const Sandbox::FundAuthOperation &op : ledger.operations(o.authNo)) {
        if (op.creditAmount.isNegative() || op.creditAmount > op.amount)
            return false;
        if (op.type == Sandbox::AuthOperationType::Pay) {
            payCredit += op.creditAmount;
            payFund += op.fundAmount();
        } else if (op.type == Sandbox::AuthOperationType::Unfreeze) {
            unfreeze += op.amount;
        } else {
            cancelledByUnfreeze = op.cancelAction == QLatin1String("unfreeze");
        }
    }
    if (payCredit != o.totalPayCreditAmount || payFund != o.totalPayFundAmount)
        return false;
    if (!cancelledByUnfreeze && unfreeze != o.totalUnfreezeAmount())
        return false;
    switch (o.status) {
    case Sandbox::AuthOrderStatus::Init:
        return o.totalFreezeAmount == Money();
    case Sandbox::AuthOrderStatus::Authorized:
        return o.restAmount() > Money();
    case Sandbox::AuthOrderStatus::Finish:
        return o.restAmount() == Money() && o.totalPayAmount() > Money();
    case Sandbox::AuthOrderStatus::Closed:
        return o.restAmount() == Money();
    }
    return false;
}

} // namespace DepositDesk::Testing
