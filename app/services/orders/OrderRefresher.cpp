#include "services/orders/OrderRefresher.h"

#include "alipay/AlipayApi.h"
#include "store/AuditLog.h"
#include "store/Ledger.h"
#include "store/OrderIndex.h"

#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace DepositDesk {

// One refresh in flight: the queries still to send, and what the answers came to.
struct RefreshRun
{
    // A step holds no reference to its run (the run holds the steps): it is handed the run.
    using Step =
        std::function<void(const std::shared_ptr<RefreshRun> &run, std::function<void()> proceed)>;

    QString outOrderNo;
    OperatorSession session;
    QPointer<const QObject> context;
    bool guarded = false; // a context was given: stop when it is gone
    std::function<void(const OrderRefresher::Result &)> done;
    QList<Step> steps;
    int asked = 0;
    OrderRefresher::Result result;

    bool contextGone() const { return guarded && context.isNull(); }
};

namespace {

bool finalOperation(const OperationRecord &op)
{
    return op.status == u"SUCCESS" || op.status == u"CLOSED";
}

bool finalTrade(const TradeRecord &trade)
{
    return trade.status == u"TRADE_CLOSED" || trade.status == u"TRADE_FINISHED";
}

} // namespace

OrderRefresher::OrderRefresher(const Store &store, AlipayApi &api, OrderFacts &facts,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_facts(facts)
{}

void OrderRefresher::refresh(const QString &outOrderNo, const QObject *context,
                             std::function<void(const Result &)> done)
{
    refresh(OperatorSession(), outOrderNo, context, std::move(done));
}

void OrderRefresher::refresh(const OperatorSession &session, const QString &outOrderNo,
                             const QObject *context, std::function<void(const Result &)> done)
{
    auto run = std::make_shared<RefreshRun>();
    run->outOrderNo = outOrderNo;
    run->session = session;
    run->context = context;
    run->guarded = context != nullptr;
    run->done = std::move(done);
    run->result.changes.outOrderNo = outOrderNo;

    QString error;
    const std::optional<OrderRecord> order = OrderIndex(m_store).find(outOrderNo, &error);
    if (!order) {
        run->result.error = error.isEmpty() ? tr("Order %1 is not in the order list, so there is "
                                                 "nothing to refresh. Look it up at Alipay first.")
                                                  .arg(outOrderNo)
                                            : tr("The order could not be read: %1").arg(error);
        QMetaObject::invokeMethod(
            this, [this, run] { finish(run); }, Qt::QueuedConnection);
        return;
    }

    // The order itself (its totals and its freeze), then every fact that may still change.
    OperationQuery orderQuery;
    orderQuery.authNo = order->authNo;
    orderQuery.outOrderNo = order->outOrderNo;
    addDetailStep(run, orderQuery, tr("the order"));
    const Ledger ledger(m_store);
    QSet<QString> charges;
    for (const TradeRecord &trade : ledger.trades(outOrderNo)) {
        charges.insert(trade.outTradeNo);
        if (!finalTrade(trade))
            addTradeStep(run, trade.outTradeNo, trade.tradeNo);
    }
    for (const OperationRecord &op : ledger.operations(outOrderNo)) {
        if (op.type == u"PAY" && !charges.contains(op.outRequestNo)) {
            charges.insert(op.outRequestNo);
            addTradeStep(run, op.outRequestNo, QString());
        }
        if (op.type != u"FREEZE" && !finalOperation(op)) {
            OperationQuery q = orderQuery;
            q.outRequestNo = op.outRequestNo;
            q.operationId = op.operationId;
            q.operationType = op.type;
            addDetailStep(run, q, tr("operation %1").arg(op.outRequestNo));
        }
    }
    for (const RefundRecord &refund : ledger.refunds(outOrderNo))
        if (refund.status != u"REFUND_SUCCESS")
            addRefundStep(run, refund);
    next(run);
}

void OrderRefresher::addDetailStep(const std::shared_ptr<RefreshRun> &target,
                                   const OperationQuery &query, const QString &what)
{
    target->steps << [this, query, what](const std::shared_ptr<RefreshRun> &run,
                                         std::function<void()> proceed) {
        m_api.queryOperation(query, this, [this, run, what, proceed](const OperationDetail &d) {
            if (d.notFound)
                fail(run, d.call, tr("Alipay does not know %1 (%2).").arg(what, d.call.subCode));
            else if (!d.call.succeeded())
                fail(
                    run, d.call,
                    tr("Alipay's answer about %1 could not be used: %2").arg(what, d.call.message));
            else
                apply(run, m_facts.applyDetail(d, FactSource::Query, &run->result.changes));
            proceed();
        });
    };
}

void OrderRefresher::addTradeStep(const std::shared_ptr<RefreshRun> &target,
                                  const QString &outTradeNo, const QString &tradeNo)
{
    TradeQueryRequest request;
    request.outTradeNo = outTradeNo;
    request.tradeNo = tradeNo;
    target->steps << [this, request](const std::shared_ptr<RefreshRun> &run,
                                     std::function<void()> proceed) {
        m_api.queryTrade(request, this, [this, run, request, proceed](const TradeQueryResult &t) {
            const QString what = tr("the charge %1").arg(request.outTradeNo);
            if (t.notFound)
                fail(run, t.call, tr("Alipay does not know %1 (%2).").arg(what, t.call.subCode));
            else if (!t.call.succeeded())
                fail(
                    run, t.call,
                    tr("Alipay's answer about %1 could not be used: %2").arg(what, t.call.message));
            else
                apply(run, m_facts.applyTrade(run->outOrderNo, t, FactSource::Query,
                                              &run->result.changes));
            proceed();
        });
    };
}

void OrderRefresher::addRefundStep(const std::shared_ptr<RefreshRun> &target,
                                   const RefundRecord &refund)
{
    RefundQueryRequest request;
    request.outTradeNo = refund.outTradeNo;
    request.tradeNo = refund.tradeNo;
    request.outRequestNo = refund.outRequestNo;
    target->steps << [this, request](const std::shared_ptr<RefreshRun> &run,
                                     std::function<void()> proceed) {
        m_api.queryRefund(request, this, [this, run, request, proceed](const RefundQueryResult &r) {
            if (!r.call.succeeded())
                fail(run, r.call,
                     tr("Alipay's answer about the refund %1 could not be used: %2")
                         .arg(request.outRequestNo, r.call.message));
            else
                apply(run, m_facts.applyRefund(run->outOrderNo, r, FactSource::Query,
                                               &run->result.changes));
            proceed();
        });
    };
}

void OrderRefresher::next(const std::shared_ptr<RefreshRun> &run)
{
    if (run->contextGone())
        return;
    if (run->asked == run->steps.size()) {
        finish(run);
        return;
    }
    const RefreshRun::Step step = run->steps.at(run->asked++);
    step(run, [this, run] { next(run); });
}

void OrderRefresher::fail(const std::shared_ptr<RefreshRun> &run, const CallResult &call,
                          const QString &error)
{
    // The first failure is the one shown; the others are usually the same cause.
    if (!run->result.error.isEmpty())
        return;
    run->result.error = error;
    run->result.code = call.code;
    run->result.subCode = call.subCode;
}

void OrderRefresher::apply(const std::shared_ptr<RefreshRun> &run, const StoreResult &applied)
{
    if (!applied && run->result.error.isEmpty())
        run->result.error =
            tr("What Alipay answered could not be saved: %1").arg(applied.errorString);
}

void OrderRefresher::finish(const std::shared_ptr<RefreshRun> &run)
{
    Result &result = run->result;
    result.ok = result.error.isEmpty();
    if (result.changes.any() && run->session.isValid()) {
        AuditEvent event;
        event.operatorLogin = run->session.login;
        event.action = QStringLiteral("order.refresh");
        event.outOrderNo = run->outOrderNo;
        event.details.insert(QStringLiteral("changes"),
                             QJsonArray::fromStringList(result.changes.changes));
        event.details.insert(QStringLiteral("queries"), run->asked);
        if (!result.ok)
            event.details.insert(
                QStringLiteral("error"),
                QStringLiteral("%1 %2").arg(result.code, result.subCode).trimmed());
        if (const StoreResult audited = AuditLog(m_store).append(event); !audited && result.ok) {
            result.ok = false;
            result.error = tr("The order was refreshed, but the audit log could not record it: %1")
                               .arg(audited.errorString);
        }
    }
    if (!run->contextGone())
        run->done(result);
}

} // namespace DepositDesk
