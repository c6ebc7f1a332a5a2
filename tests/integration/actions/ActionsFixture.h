#pragma once

// OrderActions and OutcomeResolver over the demo environment: the real sandbox gateway on
// loopback with seeded orders, the same orders imported into a real SQLite database.

#include "ActionAnswer.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "alipay/RequestNumberGenerator.h"
#include "demo/DemoEnvironment.h"
#include "sandbox/GatewayConfig.h"
#include "sandbox/ledger/Ledger.h"
#include "services/actions/OrderActions.h"
#include "services/actions/OutcomeResolver.h"
#include "services/orders/OrderFacts.h"
#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/OrderIndex.h"
#include "store/RefundRequests.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace DepositDesk::Testing {

inline OperatorSession sessionOf(OperatorRole role, const QString &login = {})
{
    OperatorSession s;
    s.login = login.isEmpty() ? QStringLiteral("demo-") + operatorRoleCode(role) : login;
    s.displayName = s.login;
    s.role = role;
    return s;
}

// One console (client, facts, actions, resolver) over a store.
struct Console
{
    Console(const Store &store, const DemoEnvironment &demo, const QString &desk)
    {
        GatewayConfig config = demo.gatewayConfig();
        config.timeoutMs = 4000;
        client = std::make_unique<GatewayClient>(config);
        api = std::make_unique<AlipayApi>(client.get());
        facts = std::make_unique<OrderFacts>(store);
        actions = std::make_unique<OrderActions>(store, *api, numbers, *facts, desk);
        resolver = std::make_unique<OutcomeResolver>(store, *api, *facts);
        resolver->setDesk(desk);
        resolver->setBackoff({30, 60, 120});
        // "Not found" settles NOT_DONE once the request is older than the client's timeout.
        resolver->setNotDoneMargin(0);
    }

    RequestNumberGenerator numbers;
    std::unique_ptr<GatewayClient> client;
    std::unique_ptr<AlipayApi> api;
    std::unique_ptr<OrderFacts> facts;
    std::unique_ptr<OrderActions> actions;
    std::unique_ptr<OutcomeResolver> resolver;
};

class ActionsFixture
{
public:
    bool start(QString *error)
    {
        demo = std::make_unique<DemoEnvironment>();
        if (!demo->start(60, QStringLiteral("5"), error))
            return false;
        console = std::make_unique<Console>(demo->store(), *demo, QStringLiteral("desk-test"));
        return true;
    }

    const Store &store() const { return demo->store(); }
    Sandbox::Ledger &ledger() { return demo->gateway().ledger(); }
    Sandbox::Faults &faults() { return demo->gateway().faults(); }
    OrderActions &actions() { return *console->actions; }
    OutcomeResolver &resolver() { return *console->resolver; }

    // An authorized order with at least `minRest` left that no test used yet, as the index and
    // the sandbox both show it.
    std::optional<OrderRecord> freshOrder(Money minRest, bool credit = false)
    {
        OrderQuery query;
        query.statuses = {OrderStatus::Authorized};
        query.pageSize = 500;
        const auto page = OrderIndex(store()).search(query);
        if (!page)
            return std::nullopt;
        for (const OrderRecord &o : page->orders) {
            if (m_used.contains(o.outOrderNo) || o.rest < minRest || o.payerUserId.isEmpty() ||
                (credit && o.credit.fen() <= 0))
                continue;
            const auto there = sandboxOrder(o);
            if (!there || there->status != Sandbox::AuthOrderStatus::Authorized ||
                there->restAmount() != o.rest)
                continue;
            m_used.insert(o.outOrderNo);
            return o;
        }
        return std::nullopt;
    }

    std::optional<Sandbox::FundAuthOrder> sandboxOrder(const OrderRecord &o)
    {
        return ledger().findOrder(demo->summary().appId, o.authNo, {},
                                  QDateTime::currentDateTimeUtc());
    }
    OrderRecord indexed(const QString &outOrderNo) const
    {
        return OrderIndex(store()).find(outOrderNo).value_or(OrderRecord());
    }
    int operationsWithNumber(const OrderRecord &o, const QString &requestNo)
    {
        int n = 0;
        for (const Sandbox::FundAuthOperation &op : ledger().operations(o.authNo))
            n += op.outRequestNo == requestNo ? 1 : 0;
        return n;
    }
    QList<Sandbox::Trade> tradesOf(const OrderRecord &o)
    {
        QList<Sandbox::Trade> list;
        for (const Sandbox::Trade &t : ledger().trades())
            if (t.authNo == o.authNo)
                list << t;
        return list;
    }
    Sandbox::Trade trade(const QString &outTradeNo)
    {
        for (const Sandbox::Trade &t : ledger().trades())
            if (t.outTradeNo == outTradeNo)
                return t;
        return {};
    }
    int tradesNumbered(const QString &outTradeNo)
    {
        int n = 0;
        for (const Sandbox::Trade &t : ledger().trades())
            n += t.outTradeNo == outTradeNo ? 1 : 0;
        return n;
    }
    QList<AuditEntry> audit(const QString &outOrderNo) const
    {
        AuditFilter filter;
        filter.outOrderNo = outOrderNo;
        return AuditLog(store()).entries(filter);
    }
    QStringList auditActions(const QString &outOrderNo) const
    {
        QStringList list;
        for (const AuditEntry &e : audit(outOrderNo))
            list << e.action;
        return list;
    }

    // A freeze made at the sandbox now, waiting for the customer (Alipay cancels a freeze only
    // within 24 hours of it, and the seeded waiting orders are up to two days old), indexed as an
    // import would: nullopt and *error when the sandbox refused it.
    std::optional<OrderRecord> waitingFreeze(const QString &prefix, QString *error)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Sandbox::FreezeRequest request;
        request.appId = demo->summary().appId;
        request.outOrderNo = prefix + QString::number(now.toMSecsSinceEpoch());
        request.outRequestNo = freezeRequestNo(request.outOrderNo);
        request.orderTitle = QStringLiteral("Camera deposit");
        request.amount = Money::fromFen(120000);
        request.productCode = QStringLiteral("PREAUTH_PAY");
        request.payeeUserId = demo->gatewayConfig().sellerId;
        request.timeoutExpress = QStringLiteral("15d");
        const Sandbox::FreezeOutcome made = ledger().createFreeze(request, now);
        if (made.order.authNo.isEmpty()) {
            *error = made.subMsg;
            return std::nullopt;
        }
        OrderRecord order;
        order.outOrderNo = request.outOrderNo;
        order.authNo = made.order.authNo;
        order.status = OrderStatus::Init;
        order.title = request.orderTitle;
        order.created = now;
        order.updated = now;
        if (const StoreResult indexed = OrderIndex(store()).upsert(order); !indexed) {
            *error = indexed.errorString;
            return std::nullopt;
        }
        return order;
    }
    // The out_request_no of waitingFreeze()'s freeze.
    static QString freezeRequestNo(const QString &outOrderNo)
    {
        return outOrderNo + QStringLiteral("_F");
    }
    // The freeze's detail from Alipay recorded as a refresh would, so the console knows its
    // request number; empty, or what went wrong.
    QString refreshFreeze(const OrderRecord &order)
    {
        OperationQuery q;
        q.outOrderNo = order.outOrderNo;
        q.authNo = order.authNo;
        q.operationType = QStringLiteral("FREEZE");
        std::optional<OperationDetail> detail;
        QObject context;
        console->api->queryOperation(q, &context, [&](const OperationDetail &d) { detail = d; });
        if (!QTest::qWaitFor([&] { return detail.has_value(); }, 15000))
            return QStringLiteral("no answer to the freeze's detail query");
        const StoreResult recorded = console->facts->applyDetail(*detail, FactSource::Query);
        return recorded ? QString() : recorded.errorString;
    }

    // Runs an action and waits for its one answer.
    template<typename Call>
    ActionOutcome run(Call call)
    {
        return Testing::waitForAnswer(call);
    }

    std::unique_ptr<DemoEnvironment> demo;
    std::unique_ptr<Console> console;

private:
    QSet<QString> m_used;
};

} // namespace DepositDesk::Testing
