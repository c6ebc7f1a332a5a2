#include "services/orders/OrderFacts.h"

#include "services/orders/OrderFactsBatch.h"
#include "services/orders/OrderFactsWriter.h"

#include "alipay/FundAuthTypes.h"
#include "alipay/TradeTypes.h"
#include "domain/ChinaTime.h"

namespace DepositDesk {

namespace {

QDateTime alipayTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : ChinaTime::parse(text).value_or(QDateTime());
}

StoreResult refuse(const CallResult &call)
{
    if (call.succeeded() && call.signatureVerified)
        return StoreResult::success();
    return StoreResult::failure(
        OrderFacts::tr("The answer to %1 was not confirmed by Alipay, so nothing was recorded: %2")
            .arg(call.method, call.message.isEmpty() ? call.subCode : call.message));
}

FactBatch::Operation operationOf(const QString &outOrderNo, const QString &authNo,
                                 const AuthOperation &op, const QString &type = {})
{
    OperationRecord r;
    r.outOrderNo = outOrderNo;
    r.authNo = authNo;
    r.operationId = op.operationId;
    r.outRequestNo = op.outRequestNo;
    r.type = (type.isEmpty() ? op.operationType : type).toUpper();
    r.status = op.status;
    r.happened = alipayTime(op.gmtTrans.isEmpty() ? op.gmtCreate : op.gmtTrans);
    return {r, FactAmount::of(op.amount), FactAmount::of(op.creditAmount),
            FactAmount::of(op.fundAmount)};
}

} // namespace

OrderFacts::OrderFacts(const Store &store)
    : m_store(store)
{}

StoreResult OrderFacts::applyDetail(const OperationDetail &detail, FactSource source,
                                    FactChanges *changes)
{
    if (StoreResult refused = refuse(detail.call); !refused)
        return refused;
    FactBatch batch = FactBatch::of(detail.outOrderNo, detail.authNo, source);
    batch.detail = &detail;
    if (!detail.operation.operationId.isEmpty() || !detail.operation.outRequestNo.isEmpty())
        batch.operations << operationOf(detail.outOrderNo, detail.authNo, detail.operation);
    return OrderFactsWriter(m_store).write(batch, changes);
}

StoreResult OrderFacts::applyUnfreeze(const QString &outOrderNo, const UnfreezeResult &result,
                                      FactChanges *changes)
{
    if (StoreResult refused = refuse(result.call); !refused)
        return refused;
    FactBatch batch = FactBatch::of(outOrderNo, result.authNo, FactSource::OurAction);
    batch.operations << operationOf(outOrderNo, result.authNo, result.operation,
                                    QStringLiteral("UNFREEZE"));
    return OrderFactsWriter(m_store).write(batch, changes);
}

StoreResult OrderFacts::applyPay(const QString &outOrderNo, const TradePayResult &result,
                                 FactChanges *changes)
{
    return applyPay(outOrderNo, result, RestAfterPay::StaysFrozen, changes);
}

StoreResult OrderFacts::applyPay(const QString &outOrderNo, const TradePayResult &result,
                                 RestAfterPay rest, FactChanges *changes)
{
    if (StoreResult refused = refuse(result.call); !refused)
        return refused;
    FactBatch batch = FactBatch::of(outOrderNo, QString(), FactSource::OurAction);
    batch.restReleased = rest == RestAfterPay::Released;
    TradeRecord t{outOrderNo,        result.tradeNo,
                  result.outTradeNo, QStringLiteral("TRADE_SUCCESS"),
                  Money(),           alipayTime(result.gmtPayment)};
    batch.trades << FactBatch::Trade{t, FactAmount::of(result.totalAmount)};
    return OrderFactsWriter(m_store).write(batch, changes);
}

StoreResult OrderFacts::applyTrade(const QString &outOrderNo, const TradeQueryResult &result,
                                   FactSource source, FactChanges *changes)
{
    if (StoreResult refused = refuse(result.call); !refused)
        return refused;
    FactBatch batch = FactBatch::of(outOrderNo, QString(), source);
    TradeRecord t{outOrderNo,        result.tradeNo, result.outTradeNo,
                  result.statusText, Money(),        alipayTime(result.sendPayDate)};
    batch.trades << FactBatch::Trade{t, FactAmount::of(result.totalAmount)};
    return OrderFactsWriter(m_store).write(batch, changes);
}

StoreResult OrderFacts::applyRefund(const QString &outOrderNo, const RefundQueryResult &result,
                                    FactSource source, FactChanges *changes)
{
    if (StoreResult refused = refuse(result.call); !refused)
        return refused;
    FactBatch batch = FactBatch::of(outOrderNo, QString(), source);
    // Absent: Alipay has not received the refund (or it failed); there is no fact to record.
    if (result.refundStatus != RefundQueryResult::RefundStatus::Absent) {
        RefundRecord r{outOrderNo,
                       result.tradeNo,
                       result.outTradeNo,
                       result.outRequestNo,
                       result.refundStatusText,
                       Money(),
                       alipayTime(result.gmtRefundPay)};
        batch.refunds << FactBatch::Refund{r, FactAmount::of(result.refundAmount)};
    }
    return OrderFactsWriter(m_store).write(batch, changes);
}

StoreResult OrderFacts::applyCancel(const QString &outOrderNo, const CancelResult &result,
                                    FactChanges *changes)
{
    if (StoreResult refused = refuse(result.call); !refused)
        return refused;
    if (result.action == CancelResult::Action::Unknown)
        return StoreResult::failure(
            tr("Alipay answered the cancellation without saying whether the freeze was closed or "
               "released (\"%1\"); nothing was recorded. Refresh the order to see its state.")
                .arg(result.actionText));
    FactBatch batch = FactBatch::of(outOrderNo, result.authNo, FactSource::OurAction);
    batch.cancel = result.action;
    AuthOperation freeze;
    freeze.operationId = result.operationId;
    freeze.outRequestNo = result.outRequestNo;
    freeze.status = QStringLiteral("CLOSED");
    batch.operations << operationOf(outOrderNo, result.authNo, freeze, QStringLiteral("FREEZE"));
    return OrderFactsWriter(m_store).write(batch, changes);
}

StoreResult OrderFacts::applyNotification(const FactBatch &batch, FactChanges *changes)
{
    if (batch.source != FactSource::Notification)
        return StoreResult::failure(
            tr("Only the facts of a verified notification can be applied as a notification; "
               "nothing was recorded."));
    return OrderFactsWriter(m_store).write(batch, changes);
}

} // namespace DepositDesk
