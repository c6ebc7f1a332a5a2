#pragma once

// Small builders for sandbox ledger tests: one app, one payee, one payer, a fixed start time.

#include "sandbox/SandboxLedger.h"

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

inline SandboxPayer payer()
{
    return {QStringLiteral("2088102146225135"), QStringLiteral("13812345678"),
            QStringLiteral("张小明")};
}

inline SandboxFreezeRequest freezeRequest(QStringView outOrderNo, qint64 fen)
{
    SandboxFreezeRequest r;
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
inline FundAuthOrder authorize(SandboxLedger &ledger, QStringView outOrderNo, qint64 fen,
                               qint64 creditFen, const QDateTime &at = t0())
{
    const FreezeOutcome created = ledger.createFreeze(freezeRequest(outOrderNo, fen), at);
    return ledger.confirmFreeze(created.order.authNo, Money::fromFen(creditFen), payer(), at).order;
}

inline SandboxUnfreezeRequest unfreezeRequest(const FundAuthOrder &order, QStringView number,
                                              qint64 fen)
{
    SandboxUnfreezeRequest r;
    r.appId = order.appId;
    r.authNo = order.authNo;
    r.outRequestNo = number.toString();
    r.amount = Money::fromFen(fen);
    r.remark = QStringLiteral("押金退还");
    return r;
}

inline SandboxPayRequest payRequest(const FundAuthOrder &order, QStringView outTradeNo, qint64 fen)
{
    SandboxPayRequest r;
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

inline SandboxRefundRequest refundRequest(const SandboxTrade &trade, QStringView number, qint64 fen)
{
    SandboxRefundRequest r;
    r.appId = trade.appId;
    r.tradeNo = trade.tradeNo;
    r.outRequestNo = number.toString();
    r.refundAmount = Money::fromFen(fen);
    r.refundReason = QStringLiteral("多扣退回");
    return r;
}

inline SandboxSyncRequest syncRequest(const SandboxTrade &trade, QStringView number,
                                      QStringView status)
{
    SandboxSyncRequest r;
    r.appId = trade.appId;
    r.tradeNo = trade.tradeNo;
    r.outRequestNo = number.toString();
    r.bizType = QStringLiteral("CREDIT_AUTH");
    r.status = status.toString();
    return r;
}

inline SandboxCancelRequest cancelByAlipay(const FreezeOutcome &freeze)
{
    SandboxCancelRequest r;
    r.appId = freeze.order.appId;
    r.authNo = freeze.order.authNo;
    r.operationId = freeze.freeze.operationId;
    r.remark = QStringLiteral("结果未知，撤销");
    return r;
}

inline SandboxCancelRequest cancelOf(const SandboxLedger &ledger, const FundAuthOrder &order)
{
    FreezeOutcome freeze;
    freeze.order = order;
    freeze.freeze = ledger.operations(order.authNo).value(0);
    return cancelByAlipay(freeze);
}

// §9.1 invariants of one order, checked against its operations.
inline bool invariantsHold(const SandboxLedger &ledger, const FundAuthOrder &o)
{
    if (o.restCreditAmount().isNegative() || o.restFundAmount().isNegative())
        return false;
    if (o.restAmount() != o.totalFreezeAmount - o.totalUnfreezeAmount() - o.totalPayAmount())
        return false;
    Money payCredit, payFund, unfreeze;
    bool cancelledByUnfreeze = false;
    for (const FundAuthOperation &op : ledger.operations(o.authNo)) {
        if (op.creditAmount.isNegative() || op.creditAmount > op.amount)
            return false;
        if (op.type == AuthOperationType::Pay) {
            payCredit += op.creditAmount;
            payFund += op.fundAmount();
        } else if (op.type == AuthOperationType::Unfreeze) {
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
    case AuthOrderStatus::Init:
        return o.totalFreezeAmount == Money();
    case AuthOrderStatus::Authorized:
        return o.restAmount() > Money();
    case AuthOrderStatus::Finish:
        return o.restAmount() == Money() && o.totalPayAmount() > Money();
    case AuthOrderStatus::Closed:
        return o.restAmount() == Money();
    }
    return false;
}

} // namespace DepositDesk::Testing
