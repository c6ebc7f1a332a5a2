// Ledger, part 3: trades from authorizations (转支付), refunds, orderinfo.sync, and the
// trade reads.
#include "sandbox/ledger/Ledger.h"

#include "sandbox/SubCodes.h"

#include <QSet>

#include <algorithm>

namespace DepositDesk::Sandbox {

namespace {

const QSet<QString> &preAuthPayProductCodes()
{
    static const QSet<QString> codes = {QStringLiteral("PREAUTH_PAY"),
                                        QStringLiteral("PRE_AUTH_ONLINE"),
                                        QStringLiteral("PRE_AUTH")};
    return codes;
}

bool inRange(const QDateTime &time, const QDateTime &from, const QDateTime &to)
{
    return time.isValid() && time >= from && time < to;
}

} // namespace

PayOutcome Ledger::pay(const PayRequest &r, const QDateTime &at)
{
    PayOutcome out;
    if (r.outTradeNo.isEmpty() || r.authNo.isEmpty() || r.subject.isEmpty() || r.buyerId.isEmpty())
        return refused(out, QStringLiteral("ACQ.INVALID_PARAMETER"),
                       QStringLiteral("out_trade_no、auth_no、subject、buyer_id 不能为空"));
    if (r.totalAmount <= Money() || r.totalAmount.fen() > Money::MaxRequestFen)
        return refused(out, QStringLiteral("ACQ.INVALID_PARAMETER"),
                       QStringLiteral("total_amount 必须在 0.01 到 100000000.00 之间"));
    if (!preAuthPayProductCodes().contains(r.productCode))
        return refused(out, QStringLiteral("ACQ.INVALID_PARAMETER"),
                       QStringLiteral("授权转支付的 product_code 必须是 PREAUTH_PAY、"
                                      "PRE_AUTH_ONLINE 或 PRE_AUTH"));

    if (Trade *existing = tradeBy(r.appId, {}, r.outTradeNo)) {
        applyDue(existing, at);
        return repeatedPay(r, *existing);
    }

    FundAuthOrder *stored = orderByAuthNo(r.authNo);
    if (!stored || !visibleTo(r.appId, stored->appId))
        return refused(out, QStringLiteral("ACQ.AUTH_ORDER_NOT_EXIST"));
    applyDue(stored, at);
    if (stored->status == AuthOrderStatus::Finish)
        return refused(out, QStringLiteral("ACQ.AUTH_ORDER_HAS_FINISHED"));
    if (stored->status == AuthOrderStatus::Closed)
        return refused(out, QStringLiteral("ACQ.AUTH_ORDER_HAS_CLOSED"));
    if (r.buyerId != stored->payerUserId)
        return refused(out, QStringLiteral("ACQ.TRADE_BUYER_NOT_MATCH"));
    const QString seller = r.sellerId.isEmpty() ? stored->payeeUserId : r.sellerId;
    if (!stored->payeeUserId.isEmpty() && seller != stored->payeeUserId)
        return refused(out, QStringLiteral("ACQ.INVALID_PARAMETER"),
                       QStringLiteral("seller_id 与授权单收款方不一致"));
    if (seller == r.buyerId)
        return refused(out, QStringLiteral("ACQ.BUYER_SELLER_EQUAL"));
    // An INIT order has nothing authorized yet: its rest_amount is zero.
    if (r.totalAmount > stored->restAmount())
        return refused(out, QStringLiteral("ACQ.AUTH_AMOUNT_NOT_ENOUGH"));
    // Beyond the fund part the waived credit part is collected from the user's own money: a
    // payer who cannot pay refuses it, and nothing of the authorization changes.
    if (!stored->payerCanPay && r.totalAmount > stored->restFundAmount())
        return refusedPay(r, *stored, seller, at);

    LedgerChange change;
    FundAuthOrder order = *stored;
    Trade trade = newPayTrade(r, order, seller, at, change);

    // Sandbox convention (§11): a payment consumes the fund part first.
    const Money fromFund = std::min(r.totalAmount, order.restFundAmount());
    trade.creditAmount = r.totalAmount - fromFund;
    FundAuthOperation payOp = newOperation(order, AuthOperationType::Pay, trade, at, change);
    payOp.outRequestNo = r.outTradeNo;
    payOp.amount = r.totalAmount;
    payOp.creditAmount = trade.creditAmount;
    payOp.remark = r.subject;
    order.totalPayFundAmount += fromFund;
    order.totalPayCreditAmount += trade.creditAmount;
    change.operations << payOp;
    out.payOperation = payOp;

    if (r.completeMode && order.restAmount() > Money()) {
        // COMPLETE: the remainder is released in the same step, by Alipay (no merchant number).
        FundAuthOperation release =
            newOperation(order, AuthOperationType::Unfreeze, trade, at, change);
        release.amount = order.restAmount();
        release.creditAmount = order.restCreditAmount();
        release.remark = QStringLiteral("转支付完成后解冻剩余金额");
        order.totalUnfreezeCreditAmount += release.creditAmount;
        order.totalUnfreezeFundAmount += release.fundAmount();
        trade.unfreezeAmount = release.amount;
        change.operations << release;
        out.unfreezeOperation = release;
    }
    if (order.restAmount() == Money()) {
        order.status = AuthOrderStatus::Finish;
        order.endedAt = at;
    }
    change.orders << order;
    change.trades << trade;
    if (!commit(change))
        return refused(PayOutcome(), QStringLiteral("ACQ.SYSTEM_ERROR"));
    out.order = order;
    out.trade = trade;
    return out;
}

PayOutcome Ledger::repeatedPay(const PayRequest &r, const Trade &existing) const
{
    PayOutcome out;
    const bool same = existing.authNo == r.authNo && existing.totalAmount == r.totalAmount &&
                      existing.buyerUserId == r.buyerId &&
                      existing.completeMode == r.completeMode &&
                      (r.sellerId.isEmpty() || r.sellerId == existing.sellerId);
    if (!same)
        return refused(out, QStringLiteral("ACQ.CONTEXT_INCONSISTENT"));
    // The same refused charge again: the same failure (sandbox convention), nothing charged.
    if (existing.refusedUnpaid())
        return refused(out, QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    if (existing.status == TradeStatus::Closed)
        return refused(out, QStringLiteral("ACQ.TRADE_HAS_CLOSE"));
    // Same number, same content: the earlier result, nothing charged again.
    out.trade = existing;
    out.order = m_orders.value(existing.authNo);
    for (const FundAuthOperation &o : m_operations.value(existing.authNo)) {
        if (o.tradeNo == existing.tradeNo && o.type == AuthOperationType::Pay)
            out.payOperation = o;
        else if (o.tradeNo == existing.tradeNo)
            out.unfreezeOperation = o;
    }
    out.repeated = true;
    return out;
}

PayOutcome Ledger::refusedPay(const PayRequest &r, const FundAuthOrder &order,
                              const QString &seller, const QDateTime &at)
{
    LedgerChange change;
    Trade trade = newPayTrade(r, order, seller, at, change);
    trade.status = TradeStatus::Closed;
    trade.paidAt = QDateTime();
    trade.closedAt = at;
    change.trades << trade;
    if (!commit(change))
        return refused(PayOutcome(), QStringLiteral("ACQ.SYSTEM_ERROR"));
    return refused(PayOutcome(), QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
}

Trade Ledger::newPayTrade(const PayRequest &r, const FundAuthOrder &order, const QString &seller,
                          const QDateTime &at, LedgerChange &change)
{
    Trade trade;
    trade.appId = order.appId;
    trade.tradeNo = nextId(QStringLiteral("trade_no"), QStringLiteral("22001400"), at, change);
    trade.outTradeNo = r.outTradeNo;
    trade.authNo = order.authNo;
    trade.subject = r.subject;
    trade.body = r.body;
    trade.productCode = r.productCode;
    trade.buyerUserId = order.payerUserId;
    trade.buyerLogonId = order.payerLogonId;
    trade.buyerName = order.payerName;
    trade.sellerId = seller;
    trade.storeId = r.storeId;
    trade.operatorId = r.operatorId;
    trade.terminalId = r.terminalId;
    trade.notifyUrl = r.notifyUrl;
    trade.completeMode = r.completeMode;
    trade.status = TradeStatus::Success;
    trade.totalAmount = r.totalAmount;
    trade.createdAt = at;
    trade.paidAt = at;
    return trade;
}

FundAuthOperation Ledger::newOperation(const FundAuthOrder &order, AuthOperationType type,
                                       const Trade &trade, const QDateTime &at,
                                       LedgerChange &change)
{
    FundAuthOperation operation;
    operation.operationId =
        nextId(QStringLiteral("operation_id"), QStringLiteral("10005001"), at, change);
    operation.authNo = order.authNo;
    operation.outOrderNo = order.outOrderNo;
    operation.type = type;
    operation.status = AuthOperationStatus::Success;
    operation.tradeNo = trade.tradeNo;
    operation.createdAt = at;
    operation.transAt = at;
    return operation;
}

RefundOutcome Ledger::refund(const RefundRequest &r, const QDateTime &at)
{
    RefundOutcome out;
    if (r.tradeNo.isEmpty() && r.outTradeNo.isEmpty())
        return refused(out, QStringLiteral("ACQ.INVALID_PARAMETER"),
                       QStringLiteral("trade_no 和 out_trade_no 不能同时为空"));
    if (r.refundAmount <= Money() || r.refundAmount.fen() > Money::MaxRequestFen)
        return refused(out, QStringLiteral("ACQ.INVALID_PARAMETER"),
                       QStringLiteral("refund_amount 必须在 0.01 到 100000000.00 之间"));
    Trade *stored = tradeBy(r.appId, r.tradeNo, r.outTradeNo);
    if (!stored)
        return refused(out, QStringLiteral("ACQ.TRADE_NOT_EXIST"));
    const QString key = r.outRequestNo.isEmpty() ? stored->outTradeNo : r.outRequestNo;
    // Idempotency first: a refund already done answers the same even after the trade closed.
    if (const std::optional<Refund> done = findRefund(stored->tradeNo, key)) {
        if (done->amount != r.refundAmount)
            return refused(out, QStringLiteral("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"));
        out.trade = *stored;
        out.refund = *done;
        out.fundChange = false;
        return out;
    }
    applyDue(stored, at);
    if (stored->status == TradeStatus::Finished)
        return refused(out, QStringLiteral("ACQ.TRADE_HAS_FINISHED"));
    if (stored->status != TradeStatus::Success)
        return refused(out, QStringLiteral("ACQ.TRADE_STATUS_ERROR"));
    if (stored->refundFee + r.refundAmount > stored->totalAmount)
        return refused(out, QStringLiteral("ACQ.REFUND_FEE_ERROR"));

    Trade trade = *stored;
    Refund refund;
    refund.appId = trade.appId;
    refund.tradeNo = trade.tradeNo;
    refund.outTradeNo = trade.outTradeNo;
    refund.outRequestNo = key;
    refund.reason = r.refundReason;
    refund.amount = r.refundAmount;
    refund.refundedAt = at;
    trade.refundFee += r.refundAmount;
    if (trade.refundFee == trade.totalAmount) {
        trade.status = TradeStatus::Closed;
        trade.closedAt = at;
    }
    LedgerChange change;
    change.trades << trade;
    change.refunds << refund;
    if (!commit(change))
        return refused(out, QStringLiteral("ACQ.SYSTEM_ERROR"));
    out.trade = trade;
    out.refund = refund;
    out.fundChange = true;
    return out;
}

SyncOutcome Ledger::syncOrderInfo(const SyncRequest &r, const QDateTime &at)
{
    SyncOutcome out;
    static const QSet<QString> bizTypes = {QStringLiteral("CREDIT_AUTH"),
                                           QStringLiteral("CREDIT_DEDUCT")};
    static const QSet<QString> statuses = {QStringLiteral("COMPLETE"), QStringLiteral("CLOSED"),
                                           QStringLiteral("VIOLATED")};
    if ((r.tradeNo.isEmpty() && r.outTradeNo.isEmpty()) || r.outRequestNo.isEmpty())
        return refused(out, QStringLiteral("ACQ.INVALID_PARAMETER"),
                       QStringLiteral("trade_no、out_request_no 不能为空"));
    if (!bizTypes.contains(r.bizType))
        return refused(out, QStringLiteral("ACQ.INVALID_PARAMETER"),
                       QStringLiteral("biz_type 无效"));
    if (!r.status.isEmpty() && !statuses.contains(r.status))
        return refused(out, QStringLiteral("ACQ.INVALID_PARAMETER"),
                       QStringLiteral("order_biz_info 中的 status 无效"));
    Trade *stored = tradeBy(r.appId, r.tradeNo, r.outTradeNo);
    if (!stored)
        return refused(out, QStringLiteral("ACQ.TRADE_NOT_EXIST"));
    applyDue(stored, at);
    out.trade = *stored;
    for (const OrderInfoSyncRecord &s : m_syncs.value(stored->tradeNo)) {
        if (s.outRequestNo == r.outRequestNo) {
            out.record = s; // accepted again, nothing updated (§7)
            out.repeated = true;
            return out;
        }
    }
    OrderInfoSyncRecord record;
    record.appId = stored->appId;
    record.tradeNo = stored->tradeNo;
    record.outRequestNo = r.outRequestNo;
    record.bizType = r.bizType;
    record.status = r.status;
    record.origRequestNo = r.origRequestNo;
    record.syncedAt = at;
    LedgerChange change;
    change.syncs << record;
    if (!commit(change))
        return refused(out, QStringLiteral("ACQ.SYSTEM_ERROR"));
    out.record = record;
    return out;
}

std::optional<Trade> Ledger::findTrade(const QString &appId, const QString &tradeNo,
                                       const QString &outTradeNo, const QDateTime &at)
{
    Trade *stored = tradeBy(appId, tradeNo, outTradeNo);
    if (!stored)
        return std::nullopt;
    applyDue(stored, at);
    return *stored;
}

std::optional<Refund> Ledger::findRefund(const QString &tradeNo, const QString &outRequestNo) const
{
    for (const Refund &refund : m_refunds.value(tradeNo)) {
        if (refund.outRequestNo == outRequestNo)
            return refund;
    }
    return std::nullopt;
}

QList<Trade> Ledger::trades(const QString &appId) const
{
    QList<Trade> result;
    for (const QString &tradeNo : m_tradeSequence) {
        const Trade &trade = m_trades[tradeNo];
        if (visibleTo(appId, trade.appId))
            result << trade;
    }
    return result;
}

QList<Trade> Ledger::tradesPaidBetween(const QString &appId, const QDateTime &from,
                                       const QDateTime &to) const
{
    QList<Trade> result;
    for (const Trade &trade : trades(appId)) {
        if (inRange(trade.paidAt, from, to))
            result << trade;
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Trade &a, const Trade &b) { return a.paidAt < b.paidAt; });
    return result;
}

QList<Refund> Ledger::refunds(const QString &tradeNo) const
{
    return m_refunds.value(tradeNo);
}

QList<Refund> Ledger::refundsBetween(const QString &appId, const QDateTime &from,
                                     const QDateTime &to) const
{
    QList<Refund> result;
    for (const QString &tradeNo : m_tradeSequence) {
        for (const Refund &refund : m_refunds.value(tradeNo)) {
            if (visibleTo(appId, refund.appId) && inRange(refund.refundedAt, from, to))
                result << refund;
        }
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Refund &a, const Refund &b) { return a.refundedAt < b.refundedAt; });
    return result;
}

QList<OrderInfoSyncRecord> Ledger::syncs(const QString &tradeNo) const
{
    return m_syncs.value(tradeNo);
}

} // namespace DepositDesk::Sandbox
