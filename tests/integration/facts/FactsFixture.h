#pragma once

// The demo environment (embedded sandbox with seeded orders, the same orders imported into a
// SQLite database) with a console client, for the facts / refresh / look-up / details tests.
// Calls wait with QTest::qWaitFor (the event loop runs; nothing sleeps).

#include "TestValues.h"
#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "demo/DemoEnvironment.h"
#include "sandbox/ledger/Ledger.h"
#include "store/OrderIndex.h"

#include <QSet>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace DepositDesk::Testing {

// Change lines as one text, so that a failed comparison shows them.
inline QString lines(const QStringList &list)
{
    return list.join(u'|');
}

class FactsFixture
{
public:
    bool start(int orders, const QString &seed, QString *error)
    {
        if (!demo.start(orders, seed, error))
            return false;
        GatewayConfig config = demo.gatewayConfig();
        config.timeoutMs = 15000;
        client = std::make_unique<GatewayClient>(config);
        api = std::make_unique<AlipayApi>(client.get());
        return true;
    }

    const Store &store() const { return demo.store(); }
    Sandbox::Ledger &sandbox() { return demo.gateway().ledger(); }
    QString appId() const { return demo.summary().appId; }

    // The first indexed order that satisfies `wanted`, looked for among every order.
    std::optional<OrderRecord> findOrder(const std::function<bool(const OrderRecord &)> &wanted)
    {
        OrderQuery query;
        query.pageSize = 500;
        const auto page = OrderIndex(store()).search(query);
        if (!page)
            return std::nullopt;
        for (const OrderRecord &order : page->orders)
            if (wanted(order))
                return order;
        return std::nullopt;
    }

    // An authorized order without credit and with at least `rest` left, untouched by the
    // previous picks of this test.
    std::optional<OrderRecord> authorizedOrder(Money rest = Money::fromFen(100))
    {
        return findOrder([&](const OrderRecord &o) {
            return o.status == OrderStatus::Authorized && o.credit.isZero() && o.rest >= rest &&
                   !m_used.contains(o.outOrderNo) && (m_used.insert(o.outOrderNo), true);
        });
    }

    std::optional<OrderRecord> indexed(const QString &outOrderNo) const
    {
        return OrderIndex(store()).find(outOrderNo);
    }

    // Runs one asynchronous AlipayApi call and waits for its result.
    template<typename Result>
    std::optional<Result> await(const std::function<void(AlipayApi::Callback<Result>)> &call)
    {
        std::optional<Result> result;
        call([&](const Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return std::nullopt;
        return result;
    }

    std::optional<OperationDetail> detail(const OrderRecord &order)
    {
        OperationQuery query;
        query.authNo = order.authNo;
        query.outOrderNo = order.outOrderNo;
        return await<OperationDetail>(
            [&](auto done) { api->queryOperation(query, &m_context, done); });
    }

    std::optional<UnfreezeResult> unfreeze(const OrderRecord &order, Money amount,
                                           const QString &requestNo)
    {
        UnfreezeRequest request;
        request.authNo = order.authNo;
        request.outRequestNo = requestNo;
        request.amount = amount;
        request.remark = QStringLiteral("deposit returned");
        return await<UnfreezeResult>([&](auto done) { api->unfreeze(request, &m_context, done); });
    }

    std::optional<TradePayResult>
    pay(const OrderRecord &order, Money amount, const QString &outTradeNo,
        AuthPayRequest::ConfirmMode mode = AuthPayRequest::ConfirmMode::NotComplete)
    {
        AuthPayRequest request;
        request.outTradeNo = outTradeNo;
        request.totalAmount = amount;
        request.subject = QStringLiteral("damage");
        request.authNo = order.authNo;
        request.buyerId = order.payerUserId;
        request.sellerId = sandboxOrder(order).payeeUserId;
        request.confirmMode = mode;
        return await<TradePayResult>(
            [&](auto done) { api->payFromAuthorization(request, &m_context, done); });
    }

    // Changes made at "Alipay" only (the sandbox's ledger), behind the console's back.
    Sandbox::UnfreezeOutcome unfreezeAtAlipay(const OrderRecord &order, Money amount,
                                              const QString &requestNo)
    {
        Sandbox::UnfreezeRequest request;
        request.appId = appId();
        request.authNo = order.authNo;
        request.outRequestNo = requestNo;
        request.amount = amount;
        request.remark = QStringLiteral("released at the counter");
        return sandbox().unfreeze(request, QDateTime::currentDateTimeUtc());
    }

    Sandbox::PayOutcome payAtAlipay(const OrderRecord &order, Money amount,
                                    const QString &outTradeNo)
    {
        Sandbox::PayRequest request;
        request.appId = appId();
        request.authNo = order.authNo;
        request.outTradeNo = outTradeNo;
        request.totalAmount = amount;
        request.subject = QStringLiteral("late return");
        request.productCode = QStringLiteral("PREAUTH_PAY");
        request.buyerId = order.payerUserId;
        return sandbox().pay(request, QDateTime::currentDateTimeUtc());
    }

    Sandbox::RefundOutcome refundAtAlipay(const QString &tradeNo, Money amount,
                                          const QString &requestNo)
    {
        Sandbox::RefundRequest request;
        request.appId = appId();
        request.tradeNo = tradeNo;
        request.refundAmount = amount;
        request.outRequestNo = requestNo;
        return sandbox().refund(request, QDateTime::currentDateTimeUtc());
    }

    Sandbox::FundAuthOrder sandboxOrder(const OrderRecord &order)
    {
        return sandbox()
            .findOrder(appId(), order.authNo, QString(), QDateTime::currentDateTimeUtc())
            .value_or(Sandbox::FundAuthOrder());
    }

    DemoEnvironment demo;
    std::unique_ptr<GatewayClient> client;
    std::unique_ptr<AlipayApi> api;

private:
    QObject m_context;
    QSet<QString> m_used;
};

} // namespace DepositDesk::Testing
