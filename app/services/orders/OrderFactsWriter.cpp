#include "services/orders/OrderFactsWriter.h"

#include "services/orders/OrderFactsBatch.h"

#include "domain/Clock.h"
#include "domain/YuanText.h"
#include "store/Ledger.h"
#include "store/OrderIndex.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreLockKeys.h"

#include <algorithm>

namespace DepositDesk {

namespace {

QString tradeKey(const TradeRecord &t)
{
    return t.outTradeNo.isEmpty() ? t.tradeNo : t.outTradeNo;
}

QString refundKey(const RefundRecord &r)
{
    return (r.outTradeNo.isEmpty() ? r.tradeNo : r.outTradeNo) + u':' + r.outRequestNo;
}

bool sameOperation(const OperationRecord &known, const OperationRecord &r)
{
    return known.type == r.type &&
           ((!r.outRequestNo.isEmpty() && known.outRequestNo == r.outRequestNo) ||
            (!r.operationId.isEmpty() && known.operationId == r.operationId));
}

// Fills what an answer left out from the fact the ledger already knows, so that a field left
// out is never read as a change.
void complete(FactBatch::Operation &op, const QList<OperationRecord> &known)
{
    OperationRecord &r = op.record;
    const auto match = std::find_if(known.cbegin(), known.cend(),
                                    [&](const OperationRecord &k) { return sameOperation(k, r); });
    const bool have = match != known.cend();
    if (have && r.outRequestNo.isEmpty())
        r.outRequestNo = match->outRequestNo;
    r.amount = op.amount.known ? op.amount.value : (have ? match->amount : Money());
    r.credit = op.credit.known ? op.credit.value : (have ? match->credit : Money());
    r.fund = op.fund.known ? op.fund.value : (have ? match->fund : r.amount - r.credit);
}

template<typename Fact, typename Record>
const Record *completeAmount(Fact &fact, const QList<Record> &known,
                             QString (*keyOf)(const Record &))
{
    const Record *match = nullptr;
    for (const Record &k : known)
        if (keyOf(k) == keyOf(fact.record))
            match = &k;
    if (fact.amount.known)
        fact.record.amount = fact.amount.value;
    else if (match)
        fact.record.amount = match->amount;
    return match;
}

QString yuanChange(Money from, Money to)
{
    return OrderFactsWriter::tr("¥%1 → ¥%2").arg(yuanDigits(from), yuanDigits(to));
}

} // namespace

OrderFactsWriter::OrderFactsWriter(const Store &store)
    : m_store(store)
{}

StoreResult OrderFactsWriter::write(FactBatch batch, FactChanges *changes)
{
    if (batch.outOrderNo.isEmpty())
        return StoreResult::failure(tr("Alipay's answer names no merchant order number "
                                       "(out_order_no), so nothing was recorded."));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db, m_store.dialect(), SqlDialect::TransactionMode::Serialised,
                      StoreLockKeys::OrderFacts);
    if (!tx.isActive())
        return StoreResult::failure(tx.errorString());
    OrderIndex index(m_store);
    QString error;
    const std::optional<OrderRecord> existing = index.find(batch.outOrderNo, &error);
    if (!existing && !error.isEmpty())
        return StoreResult::failure(error);
    if (!existing && batch.seed && !batch.detail)
        batch.detail = batch.seed;

    QStringList factLines;
    if (StoreResult recorded = record(batch, existing.has_value(), factLines); !recorded)
        return recorded;

    QStringList lines;
    std::optional<OrderRecord> row;
    if (existing || batch.detail) {
        OrderRecord fresh;
        fresh.outOrderNo = batch.outOrderNo;
        fresh.created = Clock::system().now();
        if (batch.detail && batch.detail->operation.operationType == u"FREEZE" &&
            !batch.operations.isEmpty() && batch.operations.first().record.happened.isValid())
            fresh.created = batch.operations.first().record.happened;
        row = recompute(existing.value_or(fresh), batch);
        row->updated = std::max(Clock::system().now(),
                                existing ? existing->updated : QDateTime::fromMSecsSinceEpoch(0));
        if (StoreResult upserted = index.upsert(*row, nullptr, &existing); !upserted)
            return upserted;
    }
    describe(existing, row.value_or(OrderRecord()), lines);
    lines += factLines;
    if (!tx.commit())
        return StoreResult::failure(tx.errorString());
    if (changes) {
        changes->outOrderNo = batch.outOrderNo;
        changes->changes = lines;
    }
    return StoreResult::success();
}

StoreResult OrderFactsWriter::record(FactBatch &batch, bool indexed, QStringList &lines)
{
    Ledger ledger(m_store);
    const QString &order = batch.outOrderNo;
    // Read once: the latest revisions and the totals both come from the order's history, and
    // what is written here is added to it (the writer lock keeps every other writer out).
    QList<LedgerEntry> history = ledger.history(order);
    ledger.followHistory(order, &history, indexed);
    const QList<OperationRecord> operations = Ledger::operationsOf(history);
    const QList<TradeRecord> trades = Ledger::tradesOf(history);
    const QList<RefundRecord> refunds = Ledger::refundsOf(history);
    m_before = OrderFactsTotals::of(history);

    for (FactBatch::Operation &op : batch.operations) {
        complete(op, operations);
        const OperationRecord &r = op.record;
        const auto known =
            std::find_if(operations.cbegin(), operations.cend(),
                         [&](const OperationRecord &k) { return sameOperation(k, r); });
        if (StoreResult result = ledger.recordOperation(r, batch.source); !result)
            return result;
        // FREEZE changes show as the order's status; UNFREEZE / PAY ones that move money show
        // as amounts. What is left: an operation that changed state without moving money yet.
        if (known != operations.cend() && r.type != u"FREEZE" && !r.status.isEmpty() &&
            known->status != r.status && r.status != u"SUCCESS")
            lines << tr("%1 %2 (%3): %4 → %5")
                         .arg(r.type, yuanDigits(r.amount), r.outRequestNo, known->status,
                              r.status);
    }
    for (FactBatch::Trade &trade : batch.trades) {
        const TradeRecord *known = completeAmount(trade, trades, &tradeKey);
        if (StoreResult result = ledger.recordTrade(trade.record, batch.source); !result)
            return result;
        const QString &status = trade.record.status;
        if (known && !known->status.isEmpty() && !status.isEmpty() && known->status != status)
            lines << tr("Charge %1: %2 → %3").arg(tradeKey(trade.record), known->status, status);
    }
    for (FactBatch::Refund &refund : batch.refunds) {
        completeAmount(refund, refunds, &refundKey);
        if (StoreResult result = ledger.recordRefund(refund.record, batch.source); !result)
            return result;
    }
    m_after = OrderFactsTotals::of(history);
    return StoreResult::success();
}

OrderRecord OrderFactsWriter::recompute(OrderRecord row, const FactBatch &batch) const
{
    row.unfrozen += m_after.unfrozen - m_before.unfrozen;
    row.paid += m_after.paid - m_before.paid;
    row.refunded += m_after.refunded - m_before.refunded;
    if (row.authNo.isEmpty())
        row.authNo = batch.authNo;
    if (const std::optional<OperationRecord> &freeze = m_after.freeze) {
        if (freeze->status == u"SUCCESS" && !freeze->amount.isZero()) {
            row.total = freeze->amount;
            row.credit = freeze->credit;
            row.fund = freeze->fund;
        }
        if (row.status == OrderStatus::Init && freeze->status == u"SUCCESS")
            row.status = OrderStatus::Authorized;
        else if (row.status == OrderStatus::Init && freeze->status == u"CLOSED")
            row.status = OrderStatus::Closed;
    }
    const Money left = row.total - row.unfrozen - row.paid;
    if ((batch.restReleased || batch.cancel == CancelResult::Action::Unfreeze) && left > Money())
        row.unfrozen += left;
    if (batch.cancel)
        row.status = OrderStatus::Closed;
    row.rest = std::max(Money(), row.total - row.unfrozen - row.paid);
    if (row.status == OrderStatus::Authorized && !row.total.isZero() && row.rest.isZero())
        row.status = row.paid.isZero() ? OrderStatus::Closed : OrderStatus::Finish;
    if (row.status == OrderStatus::Closed || row.status == OrderStatus::Finish)
        row.rest = Money(); // nothing stays frozen on an ended order

    // A detail query carries Alipay's own figures for the whole order: they win.
    if (const OperationDetail *d = batch.detail) {
        row.status = d->orderStatus.value_or(row.status);
        row.total = d->totalFreezeAmount.value_or(row.total);
        row.credit = d->totalFreezeCreditAmount.value_or(row.credit);
        row.fund = d->totalFreezeFundAmount.value_or(row.fund);
        row.paid = d->totalPayAmount.value_or(row.paid);
        row.rest = d->restAmount.value_or(row.rest);
        row.unfrozen = d->totalUnfreezeAmount().value_or(row.unfrozen);
        for (auto [field, value] :
             {std::pair{&row.authNo, &d->authNo}, std::pair{&row.title, &d->orderTitle},
              std::pair{&row.payerUserId, &d->payerUserId},
              std::pair{&row.payerLogonId, &d->payerLogonId}})
            if (!value->isEmpty())
                *field = *value;
    }
    return row;
}

void OrderFactsWriter::describe(const std::optional<OrderRecord> &before, const OrderRecord &after,
                                QStringList &lines) const
{
    const bool indexed = !after.outOrderNo.isEmpty();
    if (indexed && !before) {
        lines << tr("Added to the order list: %1, deposit ¥%2")
                     .arg(orderStatusDisplayName(after.status), yuanDigits(after.total));
    } else if (indexed) {
        if (before->status != after.status)
            lines << tr("Status: %1 → %2")
                         .arg(orderStatusDisplayName(before->status),
                              orderStatusDisplayName(after.status));
        if (before->total != after.total)
            lines << tr("Deposit: %1").arg(yuanChange(before->total, after.total));
        if (after.unfrozen > before->unfrozen)
            lines << tr("Unfrozen ¥%1").arg(yuanDigits(after.unfrozen - before->unfrozen));
        else if (after.unfrozen < before->unfrozen)
            lines << tr("Unfrozen: %1").arg(yuanChange(before->unfrozen, after.unfrozen));
    }

    Money newCharges;
    for (auto it = m_after.charges.cbegin(); it != m_after.charges.cend(); ++it) {
        if (m_before.charges.contains(it.key()))
            continue;
        newCharges += it->amount;
        lines << tr("New charge ¥%1 (trade %2)")
                     .arg(yuanDigits(it->amount), it->tradeNo.isEmpty() ? it.key() : it->tradeNo);
    }
    Money newRefunds;
    for (auto it = m_after.refunds.cbegin(); it != m_after.refunds.cend(); ++it) {
        if (m_before.refunds.contains(it.key()))
            continue;
        newRefunds += it->amount;
        lines << tr("Refunded ¥%1 (trade %2)")
                     .arg(yuanDigits(it->amount), it->tradeNo.isEmpty() ? it.key() : it->tradeNo);
    }
    if (!indexed || !before)
        return;
    // Figures Alipay's totals moved without a charge or refund the ledger knows of.
    const Money paid = after.paid - before->paid - newCharges;
    if (paid > Money())
        lines << tr("Charged ¥%1").arg(yuanDigits(paid));
    else if (paid < Money() && after.paid != before->paid)
        lines << tr("Charged: %1").arg(yuanChange(before->paid, after.paid));
    const Money refunded = after.refunded - before->refunded - newRefunds;
    if (refunded > Money())
        lines << tr("Refunded ¥%1").arg(yuanDigits(refunded));
}

} // namespace DepositDesk
