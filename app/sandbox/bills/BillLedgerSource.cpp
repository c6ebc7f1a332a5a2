#include "sandbox/bills/BillLedgerSource.h"

#include "sandbox/bills/BillPeriod.h"
#include "sandbox/ledger/Ledger.h"

namespace DepositDesk::Sandbox {

BillLedgerSource::BillLedgerSource(const Ledger &ledger)
    : m_ledger(ledger)
{}

Money BillLedgerSource::serviceFee(Money paid)
{
    // 0.6 % = 6 / 1000, half up.
    return Money::fromFen((paid.fen() * 6 + 500) / 1000);
}

QString BillLedgerSource::maskRealName(const QString &name)
{
    if (name.size() <= 1)
        return name;
    return QString(name.size() - 1, u'*') + name.back();
}

QString BillLedgerSource::billAccount(const QString &name, const QString &maskedLogonId)
{
    if (name.isEmpty())
        return maskedLogonId;
    return QStringLiteral("%1(%2)").arg(maskRealName(name), maskedLogonId);
}

BillLine BillLedgerSource::tradeLine(const Trade &trade) const
{
    BillLine line;
    line.tradeNo = trade.tradeNo;
    line.outTradeNo = trade.outTradeNo;
    line.subject = trade.subject;
    line.createdAt = trade.createdAt;
    line.finishedAt = trade.paidAt;
    line.storeId = trade.storeId;
    line.storeName = m_storeNames.value(trade.storeId);
    line.operatorId = trade.operatorId;
    line.terminalId = trade.terminalId;
    line.buyerAccount = billAccount(trade.buyerName, trade.buyerLogonId);
    line.orderAmount = trade.totalAmount;
    line.merchantReceipt = trade.totalAmount;
    line.serviceFee = -serviceFee(trade.totalAmount);
    line.remark = trade.body;
    return line;
}

BillLines BillLedgerSource::lines(const QString &appId, const BillPeriod &period) const
{
    BillLines result;
    const QList<Trade> paid = m_ledger.tradesPaidBetween(appId, period.start(), period.end());
    for (const Trade &trade : paid)
        result.append(tradeLine(trade));

    const QList<Refund> refunds = m_ledger.refundsBetween(appId, period.start(), period.end());
    if (refunds.isEmpty())
        return result;
    QHash<QString, Trade> tradesByNo;
    for (const Trade &trade : m_ledger.trades(appId))
        tradesByNo.insert(trade.tradeNo, trade);
    for (const Refund &refund : refunds) {
        const auto trade = tradesByNo.constFind(refund.tradeNo);
        if (trade == tradesByNo.constEnd())
            continue;
        // The fee given back: fee(refunded so far, this one included) - fee(refunded before).
        Money before;
        for (const Refund &earlier : m_ledger.refunds(refund.tradeNo)) {
            if (earlier.outRequestNo == refund.outRequestNo)
                break;
            before += earlier.amount;
        }
        BillLine line = tradeLine(*trade);
        line.type = BillLine::Type::Refund;
        line.finishedAt = refund.refundedAt;
        line.orderAmount = -refund.amount;
        line.merchantReceipt = -refund.amount;
        line.refundRequestNo = refund.outRequestNo;
        line.serviceFee = serviceFee(before + refund.amount) - serviceFee(before);
        line.remark = refund.reason;
        result.append(line);
    }
    return result;
}

QString BillLedgerSource::merchantPid(const QString &appId, const Ledger &ledger)
{
    for (const Trade &trade : ledger.trades(appId)) {
        if (!trade.sellerId.isEmpty())
            return trade.sellerId;
    }
    for (const FundAuthOrder &order : ledger.orders(appId)) {
        if (!order.payeeUserId.isEmpty())
            return order.payeeUserId;
    }
    return {};
}

} // namespace DepositDesk::Sandbox
