#include "services/orders/OrderFactsTotals.h"

#include "store/Ledger.h"

#include <QSet>

namespace DepositDesk {

namespace {

QString chargeKey(const QString &outTradeNo, const QString &tradeNo)
{
    return outTradeNo.isEmpty() ? tradeNo : outTradeNo;
}

bool paidStatus(const QString &status)
{
    return status == u"TRADE_SUCCESS" || status == u"TRADE_FINISHED";
}

} // namespace

OrderFactsTotals OrderFactsTotals::of(const QList<OperationRecord> &operations,
                                      const QList<TradeRecord> &trades,
                                      const QList<RefundRecord> &refunds,
                                      const QSet<QString> &everPaid)
{
    OrderFactsTotals totals;
    QSet<QString> refundedTrades;
    for (const RefundRecord &r : refunds) {
        if (r.status != u"REFUND_SUCCESS")
            continue;
        totals.refunded += r.amount;
        const QString trade = chargeKey(r.outTradeNo, r.tradeNo);
        totals.refunds.insert(trade + u':' + r.outRequestNo, {r.amount, r.tradeNo});
        refundedTrades.insert(r.outTradeNo);
        refundedTrades.insert(r.tradeNo);
    }
    for (const TradeRecord &t : trades) {
        const bool paid =
            paidStatus(t.status) ||
            (t.status == u"TRADE_CLOSED" &&
             (everPaid.contains(chargeKey(t.outTradeNo, t.tradeNo)) ||
              refundedTrades.contains(t.outTradeNo) || refundedTrades.contains(t.tradeNo)));
        if (paid)
            totals.charges.insert(chargeKey(t.outTradeNo, t.tradeNo), {t.amount, t.tradeNo});
    }
    for (const OperationRecord &op : operations) {
        if (op.type == u"FREEZE") {
            totals.freeze = op;
        } else if (op.type == u"UNFREEZE" && op.status == u"SUCCESS") {
            totals.unfrozen += op.amount;
        } else if (op.type == u"PAY" && op.status == u"SUCCESS" &&
                   !totals.charges.contains(op.outRequestNo)) {
            // A PAY operation carries the trade's out_trade_no as its out_request_no.
            totals.charges.insert(op.outRequestNo, {op.amount, QString()});
        }
    }
    for (const Charge &charge : std::as_const(totals.charges))
        totals.paid += charge.amount;
    return totals;
}

OrderFactsTotals OrderFactsTotals::of(const Ledger &ledger, const QString &outOrderNo)
{
    return of(ledger.history(outOrderNo));
}

OrderFactsTotals OrderFactsTotals::of(const QList<LedgerEntry> &history)
{
    QSet<QString> everPaid;
    for (const LedgerEntry &e : history)
        if (e.kind == LedgerEntry::Kind::Trade && paidStatus(e.status))
            everPaid.insert(e.factKey);
    return of(Ledger::operationsOf(history), Ledger::tradesOf(history), Ledger::refundsOf(history),
              everPaid);
}

} // namespace DepositDesk
