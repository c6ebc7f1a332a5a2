// OrderFacts against the demo sandbox: signed answers become ledger facts and move the order's
// index row once; the same answer applied again changes nothing; unconfirmed answers are refused.
#include "FactsFixture.h"
#include "domain/YuanText.h"

#include "services/orders/OrderFacts.h"
#include "store/Ledger.h"

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestOrderFacts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(40, QStringLiteral("51"), &error), qPrintable(error));
    }

    void unfreezeAnswerAppliedTwiceChangesNothing()
    {
        const auto order = m_fx.authorizedOrder(yuan("2.00"));
        QVERIFY(order);
        const auto answer = m_fx.unfreeze(*order, yuan("1.00"), QStringLiteral("H2UF1"));
        QVERIFY(answer && answer->call.succeeded());

        OrderFacts facts(m_fx.store());
        FactChanges first;
        const StoreResult applied = facts.applyUnfreeze(order->outOrderNo, *answer, &first);
        QVERIFY2(applied, qPrintable(applied.errorString));
        QCOMPARE(first.outOrderNo, order->outOrderNo);
        QCOMPARE(lines(first.changes), lines(QStringList{QStringLiteral("Unfrozen ¥1.00")}));
        const OrderRecord after = *m_fx.indexed(order->outOrderNo);
        QCOMPARE(after.unfrozen, order->unfrozen + yuan("1.00"));
        QCOMPARE(after.rest, order->rest - yuan("1.00"));
        QCOMPARE(after.rest, m_fx.sandboxOrder(*order).restAmount());

        const qsizetype facts1 = Ledger(m_fx.store()).history(order->outOrderNo).size();
        FactChanges second;
        QVERIFY(facts.applyUnfreeze(order->outOrderNo, *answer, &second));
        QVERIFY2(!second.any(), qPrintable(second.changes.join(u'\n')));
        QCOMPARE(Ledger(m_fx.store()).history(order->outOrderNo).size(), facts1);
        const OrderRecord again = *m_fx.indexed(order->outOrderNo);
        QCOMPARE(again.rest, after.rest);
        QCOMPARE(again.unfrozen, after.unfrozen);
        QCOMPARE(again.updated, after.updated);
    }

    void detailMatchesAlipayAndAppliesOnce()
    {
        const auto order = m_fx.authorizedOrder();
        QVERIFY(order);
        const auto detail = m_fx.detail(*order);
        QVERIFY(detail && detail->call.succeeded());
        OrderFacts facts(m_fx.store());
        FactChanges first;
        QVERIFY(facts.applyDetail(*detail, FactSource::Query, &first));
        // The import already knew the figures: only the FREEZE operation is new knowledge.
        QVERIFY2(!first.any(), qPrintable(first.changes.join(u'\n')));
        const auto ops = Ledger(m_fx.store()).operations(order->outOrderNo);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().type, QStringLiteral("FREEZE"));
        QCOMPARE(ops.first().amount, order->total);

        const Sandbox::FundAuthOrder alipay = m_fx.sandboxOrder(*order);
        const OrderRecord row = *m_fx.indexed(order->outOrderNo);
        QCOMPARE(row.total, alipay.totalFreezeAmount);
        QCOMPARE(row.rest, alipay.restAmount());
        QCOMPARE(row.paid, alipay.totalPayAmount());
        QCOMPARE(row.unfrozen, alipay.totalUnfreezeAmount());

        FactChanges second;
        QVERIFY(facts.applyDetail(*detail, FactSource::Query, &second));
        QVERIFY(!second.any());
        QCOMPARE(Ledger(m_fx.store()).history(order->outOrderNo).size(), 1);
    }

    void chargeCountsOnceWithItsPayOperation()
    {
        const auto order = m_fx.authorizedOrder(yuan("3.00"));
        QVERIFY(order);
        const auto paid = m_fx.pay(*order, yuan("1.50"), QStringLiteral("H2PAY1"));
        QVERIFY2(paid && paid->call.succeeded(), paid ? qPrintable(paid->call.message) : "none");

        OrderFacts facts(m_fx.store());
        FactChanges charged;
        QVERIFY(facts.applyPay(order->outOrderNo, *paid, &charged));
        QCOMPARE(
            lines(charged.changes),
            lines(QStringList{QStringLiteral("New charge ¥1.50 (trade %1)").arg(paid->tradeNo)}));
        const OrderRecord row = *m_fx.indexed(order->outOrderNo);
        QCOMPARE(row.paid, order->paid + yuan("1.50"));
        QCOMPARE(row.rest, order->rest - yuan("1.50"));

        // Alipay's PAY operation of that charge (out_request_no = out_trade_no) is the same
        // charge: it is recorded, and nothing is counted twice.
        OperationQuery query;
        query.authNo = order->authNo;
        query.outRequestNo = QStringLiteral("H2PAY1");
        query.outOrderNo = order->outOrderNo;
        query.operationType = QStringLiteral("PAY");
        const auto payOp = m_fx.await<OperationDetail>(
            [&](auto done) { m_fx.api->queryOperation(query, this, done); });
        QVERIFY(payOp && payOp->call.succeeded());
        QCOMPARE(payOp->operation.operationType, QStringLiteral("PAY"));
        FactChanges again;
        QVERIFY(facts.applyDetail(*payOp, FactSource::Query, &again));
        QVERIFY2(!again.any(), qPrintable(again.changes.join(u'\n')));
        QCOMPARE(m_fx.indexed(order->outOrderNo)->paid, row.paid);
        QCOMPARE(m_fx.indexed(order->outOrderNo)->rest, row.rest);
    }

    void completeChargeReleasesTheRest()
    {
        const auto order = m_fx.authorizedOrder(yuan("2.00"));
        QVERIFY(order);
        const auto paid = m_fx.pay(*order, yuan("1.00"), QStringLiteral("H2PAY2"),
                                   AuthPayRequest::ConfirmMode::Complete);
        QVERIFY(paid && paid->call.succeeded());
        OrderFacts facts(m_fx.store());
        FactChanges changes;
        QVERIFY(
            facts.applyPay(order->outOrderNo, *paid, OrderFacts::RestAfterPay::Released, &changes));
        const Money released = order->rest - yuan("1.00");
        QCOMPARE(
            lines(changes.changes),
            lines((QStringList{QStringLiteral("Status: Authorized → Finished"),
                               QStringLiteral("Unfrozen ¥%1").arg(yuanDigits(released)),
                               QStringLiteral("New charge ¥1.00 (trade %1)").arg(paid->tradeNo)})));
        const OrderRecord row = *m_fx.indexed(order->outOrderNo);
        QCOMPARE(row.status, OrderStatus::Finish);
        QCOMPARE(row.rest, Money());
        const Sandbox::FundAuthOrder alipay = m_fx.sandboxOrder(*order);
        QCOMPARE(row.unfrozen, alipay.totalUnfreezeAmount());
        QCOMPARE(row.paid, alipay.totalPayAmount());
    }

    void refusesAnswersAlipayDidNotConfirm()
    {
        const auto order = m_fx.authorizedOrder(yuan("2.00"));
        QVERIFY(order);
        m_fx.demo.gateway().faults().add(
            {Sandbox::Faults::Kind::BadSignature, AlipayApi::Unfreeze, 1, 0});
        const auto answer = m_fx.unfreeze(*order, yuan("1.00"), QStringLiteral("H2UF2"));
        QVERIFY(answer);
        QVERIFY(answer->call.unknown());

        OrderFacts facts(m_fx.store());
        FactChanges changes;
        const StoreResult refused = facts.applyUnfreeze(order->outOrderNo, *answer, &changes);
        QVERIFY(!refused);
        QVERIFY(refused.errorString.contains(AlipayApi::Unfreeze));
        QVERIFY(!changes.any());
        QVERIFY(Ledger(m_fx.store()).history(order->outOrderNo).isEmpty());
        const OrderRecord row = *m_fx.indexed(order->outOrderNo);
        QCOMPARE(row.rest, order->rest);
        QCOMPARE(row.unfrozen, order->unfrozen);

        // A result that was never answered at all is refused the same way.
        QVERIFY(!facts.applyDetail(OperationDetail(), FactSource::Query));
        QVERIFY(!facts.applyTrade(order->outOrderNo, TradeQueryResult(), FactSource::Query));
    }

private:
    FactsFixture m_fx;
};

QTEST_GUILESS_MAIN(TestOrderFacts)
#include "tst_orderfacts.moc"
