// OrderRefresher against the demo sandbox: a refresh after Alipay changed an order behind the
// console's back reports exactly those changes and updates the index (audited once); a refresh
// whose answer was tampered with changes nothing and says so.
#include "FactsFixture.h"

#include "services/orders/OrderFacts.h"
#include "services/orders/OrderRefresher.h"
#include "store/AuditLog.h"
#include "store/Ledger.h"

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestOrderRefresher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(40, QStringLiteral("52"), &error), qPrintable(error));
        m_facts = std::make_unique<OrderFacts>(m_fx.store());
        m_refresher = std::make_unique<OrderRefresher>(m_fx.store(), *m_fx.api, *m_facts);
        m_session.login = QStringLiteral("demo-agent");
        m_session.role = OperatorRole::Agent;
    }

    void reportsExactlyWhatChangedAtAlipay()
    {
        const auto order = m_fx.authorizedOrder(yuan("3.00"));
        QVERIFY(order);
        // The import already knew everything: a first refresh changes nothing, audits nothing.
        const auto first = refresh(order->outOrderNo);
        QVERIFY(first && first->ok);
        QVERIFY2(!first->changes.any(), qPrintable(first->changes.changes.join(u'\n')));
        QCOMPARE(refreshAudits(order->outOrderNo), 0);

        QVERIFY(m_fx.unfreezeAtAlipay(*order, yuan("1.00"), QStringLiteral("H2R-UF")).ok());
        QVERIFY(m_fx.payAtAlipay(*order, yuan("0.50"), QStringLiteral("H2R-PAY")).ok());

        const auto second = refresh(order->outOrderNo);
        QVERIFY(second);
        QVERIFY2(second->ok, qPrintable(second->error));
        QCOMPARE(second->changes.outOrderNo, order->outOrderNo);
        QCOMPARE(lines(second->changes.changes),
                 lines((QStringList{QStringLiteral("Unfrozen ¥1.00"),
                                    QStringLiteral("Charged ¥0.50")})));
        const OrderRecord row = *m_fx.indexed(order->outOrderNo);
        QCOMPARE(row.unfrozen, order->unfrozen + yuan("1.00"));
        QCOMPARE(row.paid, order->paid + yuan("0.50"));
        QCOMPARE(row.rest, order->rest - yuan("1.50"));
        QCOMPARE(row.status, OrderStatus::Authorized);
        QCOMPARE(refreshAudits(order->outOrderNo), 1);

        const auto third = refresh(order->outOrderNo);
        QVERIFY(third && third->ok && !third->changes.any());
        QCOMPARE(refreshAudits(order->outOrderNo), 1);
    }

    void asksAboutEveryKnownCharge()
    {
        const auto order = m_fx.authorizedOrder(yuan("2.00"));
        QVERIFY(order);
        const auto paid = m_fx.pay(*order, yuan("1.00"), QStringLiteral("H2R-PAY2"));
        QVERIFY(paid && paid->call.succeeded());
        QVERIFY(m_facts->applyPay(order->outOrderNo, *paid));

        // Refunded in full at Alipay: the charge closes; only trade.query can tell.
        QVERIFY(m_fx.refundAtAlipay(paid->tradeNo, yuan("1.00"), QStringLiteral("H2R-RF")).ok());

        const auto result = refresh(order->outOrderNo);
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(
            lines(result->changes.changes),
            lines(QStringList{QStringLiteral("Charge H2R-PAY2: TRADE_SUCCESS → TRADE_CLOSED")}));
        QCOMPARE(Ledger(m_fx.store()).trades(order->outOrderNo).first().status,
                 QStringLiteral("TRADE_CLOSED"));
        QCOMPARE(m_fx.indexed(order->outOrderNo)->paid, order->paid + yuan("1.00"));
    }

    void asksAboutUnconfirmedRefunds()
    {
        const auto order = m_fx.authorizedOrder(yuan("2.00"));
        QVERIFY(order);
        const auto paid = m_fx.pay(*order, yuan("1.00"), QStringLiteral("H2R-PAY3"));
        QVERIFY(paid && m_facts->applyPay(order->outOrderNo, *paid));
        QVERIFY(m_fx.refundAtAlipay(paid->tradeNo, yuan("0.30"), QStringLiteral("H2R-RF2")).ok());
        // Known to the console without a confirmed status (e.g. from a notification).
        const RefundRecord heard{order->outOrderNo,
                                 paid->tradeNo,
                                 QStringLiteral("H2R-PAY3"),
                                 QStringLiteral("H2R-RF2"),
                                 QString(),
                                 yuan("0.30"),
                                 {}};
        QVERIFY(Ledger(m_fx.store()).recordRefund(heard, FactSource::Notification));

        const auto result = refresh(order->outOrderNo);
        QVERIFY(result);
        QVERIFY2(result->ok, qPrintable(result->error));
        QCOMPARE(lines(result->changes.changes),
                 QStringLiteral("Refunded ¥0.30 (trade %1)").arg(paid->tradeNo));
        QCOMPARE(m_fx.indexed(order->outOrderNo)->refunded, order->refunded + yuan("0.30"));
        QCOMPARE(Ledger(m_fx.store()).refunds(order->outOrderNo).first().status,
                 QStringLiteral("REFUND_SUCCESS"));
    }

    void tamperedAnswerChangesNothing()
    {
        const auto order = m_fx.authorizedOrder(yuan("2.00"));
        QVERIFY(order);
        QVERIFY(m_fx.unfreezeAtAlipay(*order, yuan("1.00"), QStringLiteral("H2R-UF3")).ok());
        m_fx.demo.gateway().faults().add(
            {Sandbox::Faults::Kind::BadSignature, AlipayApi::OperationDetailQuery, 1, 0});

        const auto tampered = refresh(order->outOrderNo);
        QVERIFY(tampered);
        QVERIFY(!tampered->ok);
        QVERIFY(!tampered->error.isEmpty());
        QVERIFY(!tampered->changes.any());
        const OrderRecord row = *m_fx.indexed(order->outOrderNo);
        QCOMPARE(row.unfrozen, order->unfrozen);
        QCOMPARE(row.rest, order->rest);
        QVERIFY(Ledger(m_fx.store()).history(order->outOrderNo).isEmpty());
        QCOMPARE(refreshAudits(order->outOrderNo), 0);

        // The next, untampered answer is believed.
        const auto honest = refresh(order->outOrderNo);
        QVERIFY(honest && honest->ok);
        QCOMPARE(lines(honest->changes.changes),
                 lines(QStringList{QStringLiteral("Unfrozen ¥1.00")}));
    }

    void refusedQueryIsReportedWithItsCodes()
    {
        const auto order = m_fx.authorizedOrder();
        QVERIFY(order);
        m_fx.demo.gateway().faults().add(
            {Sandbox::Faults::Kind::SystemError, AlipayApi::OperationDetailQuery, 1, 0});
        const auto result = refresh(order->outOrderNo);
        QVERIFY(result && !result->ok);
        QCOMPARE(result->code, QStringLiteral("40004"));
        QVERIFY(result->subCode.contains(QStringLiteral("SYSTEM_ERROR")));
        QVERIFY(!result->changes.any());
    }

    void unknownOrderIsAnError()
    {
        const auto result = refresh(QStringLiteral("NOT-IN-THE-INDEX-1"));
        QVERIFY(result && !result->ok);
        QVERIFY(result->error.contains(QStringLiteral("NOT-IN-THE-INDEX-1")));
    }

private:
    std::optional<OrderRefresher::Result> refresh(const QString &outOrderNo)
    {
        std::optional<OrderRefresher::Result> result;
        m_refresher->refresh(m_session, outOrderNo, this,
                             [&](const OrderRefresher::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            return std::nullopt;
        return result;
    }

    int refreshAudits(const QString &outOrderNo) const
    {
        AuditFilter filter;
        filter.outOrderNo = outOrderNo;
        filter.action = QStringLiteral("order.refresh");
        const QList<AuditEntry> entries = AuditLog(m_fx.store()).entries(filter);
        for (const AuditEntry &e : entries)
            if (e.operatorLogin != m_session.login)
                return -1;
        return int(entries.size());
    }

    FactsFixture m_fx;
    std::unique_ptr<OrderFacts> m_facts;
    std::unique_ptr<OrderRefresher> m_refresher;
    OperatorSession m_session;
};

QTEST_GUILESS_MAIN(TestOrderRefresher)
#include "tst_orderrefresher.moc"
