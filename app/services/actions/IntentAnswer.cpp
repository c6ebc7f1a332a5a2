#include "services/actions/IntentAnswer.h"

#include "alipay/AlipayApi.h"
#include "alipay/FundAuthTypes.h"
#include "alipay/TradeTypes.h"

#include <QJsonDocument>

namespace DepositDesk {

namespace {

QString text(const IntentRecord &intent, QStringView key)
{
    return intent.parameters.value(key).toString();
}

IntentRecord::Outcome outcomeOf(const CallResult &call)
{
    switch (call.outcome) {
    case CallResult::Outcome::Succeeded:
        return IntentRecord::Outcome::Succeeded;
    case CallResult::Outcome::Failed:
        return IntentRecord::Outcome::Failed;
    case CallResult::Outcome::Unknown:
        return IntentRecord::Outcome::Unknown;
    }
    return IntentRecord::Outcome::Unknown;
}

StoreResult applyUnfreeze(OrderFacts &facts, const IntentRecord &intent, CallResult &call,
                          FactChanges *changes)
{
    UnfreezeRequest request;
    request.authNo = text(intent, u"auth_no");
    request.outRequestNo = intent.requestNo;
    request.amount = intent.amount;
    request.remark = text(intent, u"remark");
    const UnfreezeResult result = UnfreezeResult::from(call, request);
    call = result.call;
    return call.succeeded() ? facts.applyUnfreeze(intent.outOrderNo, result, changes)
                            : StoreResult::success();
}

StoreResult applyPay(OrderFacts &facts, const IntentRecord &intent, CallResult &call,
                     FactChanges *changes)
{
    const TradePayResult result = TradePayResult::from(call);
    call = result.call;
    if (!call.succeeded())
        return StoreResult::success();
    const bool complete = text(intent, u"auth_confirm_mode") == u"COMPLETE";
    return facts.applyPay(intent.outOrderNo, result,
                          complete ? OrderFacts::RestAfterPay::Released
                                   : OrderFacts::RestAfterPay::StaysFrozen,
                          changes);
}

StoreResult applyRefund(OrderFacts &facts, const IntentRecord &intent, CallResult &call,
                        FactChanges *changes)
{
    const RefundResult result = RefundResult::from(call);
    call = result.call;
    if (!call.succeeded())
        return StoreResult::success();
    // fund_change=Y, signed: this refund, of the amount asked for, is done.
    RefundQueryResult done;
    done.call = result.call;
    done.refundStatus = RefundQueryResult::RefundStatus::Success;
    done.refundStatusText = QStringLiteral("REFUND_SUCCESS");
    done.tradeNo = result.tradeNo;
    done.outTradeNo =
        result.outTradeNo.isEmpty() ? text(intent, u"out_trade_no") : result.outTradeNo;
    done.outRequestNo = intent.requestNo;
    done.refundAmount = intent.amount;
    done.gmtRefundPay = result.gmtRefundPay;
    return facts.applyRefund(intent.outOrderNo, done, FactSource::OurAction, changes);
}

StoreResult applyCancel(OrderFacts &facts, const IntentRecord &intent, CallResult &call,
                        FactChanges *changes)
{
    const CancelResult result = CancelResult::from(call);
    call = result.call;
    return call.succeeded() ? facts.applyCancel(intent.outOrderNo, result, changes)
                            : StoreResult::success();
}

} // namespace

QString IntentAnswer::methodOf(IntentRecord::Kind kind)
{
    switch (kind) {
    case IntentRecord::Kind::Unfreeze:
        return AlipayApi::Unfreeze;
    case IntentRecord::Kind::Pay:
        return AlipayApi::TradePay;
    case IntentRecord::Kind::Refund:
        return AlipayApi::TradeRefund;
    case IntentRecord::Kind::Cancel:
        return AlipayApi::OperationCancel;
    case IntentRecord::Kind::OrderInfoSync:
        return AlipayApi::OrderInfoSync;
    }
    return {};
}

QByteArray IntentAnswer::bizContent(const IntentRecord &intent)
{
    return QJsonDocument(intent.parameters).toJson(QJsonDocument::Compact);
}

IntentAnswer::Result IntentAnswer::read(OrderFacts &facts, const IntentRecord &intent,
                                        const CallResult &call)
{
    Result r;
    r.call = call;
    StoreResult recorded;
    switch (intent.kind) {
    case IntentRecord::Kind::Unfreeze:
        recorded = applyUnfreeze(facts, intent, r.call, &r.changes);
        break;
    case IntentRecord::Kind::Pay:
        recorded = applyPay(facts, intent, r.call, &r.changes);
        break;
    case IntentRecord::Kind::Refund:
        recorded = applyRefund(facts, intent, r.call, &r.changes);
        break;
    case IntentRecord::Kind::Cancel:
        recorded = applyCancel(facts, intent, r.call, &r.changes);
        break;
    case IntentRecord::Kind::OrderInfoSync:
        r.call = OrderInfoSyncResult::from(call).call;
        break;
    }
    r.outcome = outcomeOf(r.call);
    if (!recorded)
        r.factsError = recorded.errorString;
    return r;
}

} // namespace DepositDesk
