#include "services/actions/IntentQuery.h"

#include "services/actions/IntentAnswer.h"
#include "services/orders/OrderFacts.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"

namespace DepositDesk {

namespace {

using V = IntentQuery::Verdict;

IntentQuery::Result resultOf(V verdict, const CallResult &call,
                             std::function<StoreResult()> record = {})
{
    return {verdict, call, std::move(record)};
}

void unfreeze(AlipayApi &api, OrderFacts &facts, const IntentRecord &intent, const QObject *context,
              const IntentQuery::Done &done)
{
    OperationQuery q;
    q.outOrderNo = intent.outOrderNo;
    q.outRequestNo = intent.requestNo;
    q.operationType = QStringLiteral("UNFREEZE");
    api.queryOperation(q, context, [&facts, done](const OperationDetail &d) {
        if (d.notFound)
            return done(resultOf(V::NotApplied, d.call));
        if (!d.call.succeeded())
            return done(resultOf(V::Unclear, d.call));
        if (d.operation.status == u"SUCCESS")
            return done(resultOf(V::Applied, d.call,
                                 [&facts, d] { return facts.applyDetail(d, FactSource::Query); }));
        done(resultOf(d.operation.status == u"CLOSED" ? V::NotApplied : V::Unclear, d.call));
    });
}

void pay(AlipayApi &api, OrderFacts &facts, const IntentRecord &intent, const QObject *context,
         const IntentQuery::Done &done)
{
    TradeQueryRequest q;
    q.outTradeNo = intent.requestNo;
    api.queryTrade(q, context, [&api, &facts, intent, context, done](const TradeQueryResult &t) {
        using S = TradeQueryResult::Status;
        if (t.notFound)
            return done(resultOf(V::NotApplied, t.call));
        if (!t.call.succeeded() || t.status == S::Unknown || t.status == S::WaitBuyerPay)
            return done(resultOf(V::Unclear, t.call));
        if (t.status == S::Closed && t.sendPayDate.isEmpty())
            return done(resultOf(V::Refused, t.call));
        // The order's amounts after the charge (a COMPLETE charge also released the rest).
        OperationQuery op;
        op.outOrderNo = intent.outOrderNo;
        op.outRequestNo = intent.requestNo;
        op.operationType = QStringLiteral("PAY");
        api.queryOperation(op, context, [&facts, intent, t, done](const OperationDetail &d) {
            done(resultOf(V::Applied, t.call, [&facts, intent, t, d]() -> StoreResult {
                if (const StoreResult r = facts.applyTrade(intent.outOrderNo, t, FactSource::Query);
                    !r)
                    return r;
                // The charge stands either way: amounts the detail did not give come later.
                return d.call.succeeded() ? facts.applyDetail(d, FactSource::Query)
                                          : StoreResult::success();
            }));
        });
    });
}

void refund(AlipayApi &api, OrderFacts &facts, const IntentRecord &intent, const QObject *context,
            const IntentQuery::Done &done)
{
    RefundQueryRequest q;
    q.outTradeNo = intent.parameters.value(u"out_trade_no").toString();
    q.tradeNo = intent.parameters.value(u"trade_no").toString();
    q.outRequestNo = intent.requestNo;
    api.queryRefund(q, context, [&facts, intent, done](const RefundQueryResult &r) {
        using S = RefundQueryResult::RefundStatus;
        if (r.notFound)
            return done(resultOf(V::Refused, r.call));
        if (!r.call.succeeded() || r.refundStatus == S::Other)
            return done(resultOf(V::Unclear, r.call));
        if (r.refundStatus == S::Absent)
            return done(resultOf(V::NotApplied, r.call));
        done(resultOf(V::Applied, r.call, [&facts, intent, r] {
            return facts.applyRefund(intent.outOrderNo, r, FactSource::Query);
        }));
    });
}

void cancel(AlipayApi &api, OrderFacts &facts, const IntentRecord &intent, const QObject *context,
            const IntentQuery::Done &done)
{
    OperationQuery q;
    q.outOrderNo = intent.outOrderNo;
    q.outRequestNo = intent.requestNo;
    q.operationType = QStringLiteral("FREEZE");
    api.queryOperation(q, context, [&facts, done](const OperationDetail &d) {
        if (d.notFound)
            return done(resultOf(V::Refused, d.call));
        if (!d.call.succeeded() || !d.orderStatus)
            return done(resultOf(V::Unclear, d.call));
        switch (*d.orderStatus) {
        case OrderStatus::Closed:
            return done(resultOf(V::Applied, d.call,
                                 [&facts, d] { return facts.applyDetail(d, FactSource::Query); }));
        case OrderStatus::Init:
        case OrderStatus::Authorized:
            return done(resultOf(V::NotApplied, d.call));
        case OrderStatus::Finish:
            return done(resultOf(V::Refused, d.call));
        }
    });
}

void sync(AlipayApi &api, const IntentRecord &intent, const QObject *context,
          const IntentQuery::Done &done)
{
    api.client()->call(
        AlipayApi::OrderInfoSync, IntentAnswer::bizContent(intent), context,
        [done](const CallResult &call) {
            const CallResult c = OrderInfoSyncResult::from(call).call;
            done(resultOf(c.succeeded() ? V::Applied : c.failed() ? V::Refused : V::Unclear, c));
        });
}

} // namespace

void IntentQuery::run(AlipayApi &api, OrderFacts &facts, const IntentRecord &intent,
                      const QObject *context, Done done)
{
    switch (intent.kind) {
    case IntentRecord::Kind::Unfreeze:
        return unfreeze(api, facts, intent, context, done);
    case IntentRecord::Kind::Pay:
        return pay(api, facts, intent, context, done);
    case IntentRecord::Kind::Refund:
        return refund(api, facts, intent, context, done);
    case IntentRecord::Kind::Cancel:
        return cancel(api, facts, intent, context, done);
    case IntentRecord::Kind::OrderInfoSync:
        return sync(api, intent, context, done);
    }
}

} // namespace DepositDesk
