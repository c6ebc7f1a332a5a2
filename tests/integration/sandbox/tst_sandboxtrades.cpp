// The sandbox's trades from authorizations (转支付), refunds and orderinfo.sync
// (docs/alipay-protocol.md §9.1–§9.3, §7), without HTTP.
#include "SandboxLedgerFixture.h"

#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestSandboxTrades : public QObject
{
    Q_OBJECT

private slots:
    void payConsumesFundFirstAndKeepsOrderWhenNotComplete();
    void payCompleteReleasesRestAndFinishes();
    void payExactRestFinishesAndUnfreezeAfterPayFinishes();
    void payRefusals();
    void payRepeatNeverChargesTwice();
    void refundsArePartialIdempotentAndCapped();
    void refundWithoutRequestNumberUsesTradeNumber();
    void refundWindowIs90Days();
    void refundLeavesTheAuthOrderAlone();
    void syncRecordsAreAcceptedOnce();
    void historyInThePastAndListings();
};

void TestSandboxTrades::payConsumesFundFirstAndKeepsOrderWhenNotComplete()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 6000);
    const Sandbox::PayOutcome p = ledger.pay(payRequest(order, u"T1", 5000), t0().addSecs(10));
    QVERIFY2(p.ok(), qPrintable(p.subMsg));
    QCOMPARE(p.trade.status, Sandbox::TradeStatus::Success);
    QCOMPARE(p.trade.totalAmount, yuan(50));
    QCOMPARE(p.trade.creditAmount, yuan(10)); // 40 from the fund part, then 10 from credit
    QCOMPARE(p.order.totalPayFundAmount, yuan(40));
    QCOMPARE(p.order.totalPayCreditAmount, yuan(10));
    QCOMPARE(p.order.restAmount(), yuan(50));
    QCOMPARE(p.order.restCreditAmount(), yuan(50));
    QCOMPARE(p.order.status, Sandbox::AuthOrderStatus::Authorized);
    QCOMPARE(p.payOperation.type, Sandbox::AuthOperationType::Pay);
    QCOMPARE(p.payOperation.outRequestNo, QStringLiteral("T1"));
    QCOMPARE(p.payOperation.tradeNo, p.trade.tradeNo);
    QVERIFY(!p.unfreezeOperation);
    QCOMPARE(p.trade.buyerUserId, order.payerUserId);
    QCOMPARE(p.trade.sellerId, order.payeeUserId);
    // Further pays and unfreezes are allowed while AUTHORIZED.
    QVERIFY(ledger.pay(payRequest(order, u"T2", 1000), t0()).ok());
    QVERIFY(ledger.unfreeze(unfreezeRequest(order, u"U1", 1000), t0()).ok());
    QCOMPARE(ledger.findOrder({}, order.authNo, {}, t0())->restAmount(), yuan(30));
}

void TestSandboxTrades::payCompleteReleasesRestAndFinishes()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 6000);
    Sandbox::PayRequest r = payRequest(order, u"T1", 3000);
    r.completeMode = true;
    const Sandbox::PayOutcome p = ledger.pay(r, t0());
    QVERIFY(p.ok());
    QCOMPARE(p.order.status, Sandbox::AuthOrderStatus::Finish);
    QCOMPARE(p.order.restAmount(), Money());
    QVERIFY(p.unfreezeOperation.has_value());
    QCOMPARE(p.unfreezeOperation->amount, yuan(70));
    QCOMPARE(p.unfreezeOperation->creditAmount, yuan(60));
    QCOMPARE(p.trade.unfreezeAmount, yuan(70));
    QCOMPARE(p.order.totalUnfreezeAmount(), yuan(70));
    QCOMPARE(p.order.totalPayAmount(), yuan(30));
    QCOMPARE(ledger.operations(order.authNo).size(), 3);
    QCOMPARE(ledger.unfreeze(unfreezeRequest(order, u"U1", 1), t0()).subCode,
             QStringLiteral("ORDER_ALREADY_FINISH"));
    QCOMPARE(ledger.pay(payRequest(order, u"T2", 1), t0()).subCode,
             QStringLiteral("ACQ.AUTH_ORDER_HAS_FINISHED"));
}

void TestSandboxTrades::payExactRestFinishesAndUnfreezeAfterPayFinishes()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder a = authorize(ledger, u"O1", 10000, 0);
    QCOMPARE(ledger.pay(payRequest(a, u"T1", 10000), t0()).order.status,
             Sandbox::AuthOrderStatus::Finish);
    const Sandbox::FundAuthOrder b = authorize(ledger, u"O2", 10000, 0);
    QVERIFY(ledger.pay(payRequest(b, u"T2", 3000), t0()).ok());
    const Sandbox::UnfreezeOutcome rest = ledger.unfreeze(unfreezeRequest(b, u"U1", 7000), t0());
    QCOMPARE(rest.order.status, Sandbox::AuthOrderStatus::Finish); // something was paid
}

void TestSandboxTrades::payRefusals()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    Sandbox::PayRequest buyer = payRequest(order, u"T1", 100);
    buyer.buyerId = QStringLiteral("2088000000000009");
    QCOMPARE(ledger.pay(buyer, t0()).subCode, QStringLiteral("ACQ.TRADE_BUYER_NOT_MATCH"));
    Sandbox::PayRequest seller = payRequest(order, u"T1", 100);
    seller.sellerId = QStringLiteral("2088000000000009");
    QCOMPARE(ledger.pay(seller, t0()).subCode, QStringLiteral("ACQ.INVALID_PARAMETER"));
    QCOMPARE(ledger.pay(payRequest(order, u"T1", 10001), t0()).subCode,
             QStringLiteral("ACQ.AUTH_AMOUNT_NOT_ENOUGH"));
    Sandbox::PayRequest product = payRequest(order, u"T1", 100);
    product.productCode = QStringLiteral("FACE_TO_FACE_PAYMENT");
    QCOMPARE(ledger.pay(product, t0()).subCode, QStringLiteral("ACQ.INVALID_PARAMETER"));
    Sandbox::PayRequest unknown = payRequest(order, u"T1", 100);
    unknown.authNo = QStringLiteral("2024050110002001999999999999");
    QCOMPARE(ledger.pay(unknown, t0()).subCode, QStringLiteral("ACQ.AUTH_ORDER_NOT_EXIST"));
    const Sandbox::FreezeOutcome pending = ledger.createFreeze(freezeRequest(u"O2", 100), t0());
    Sandbox::PayRequest init = payRequest(order, u"T1", 100);
    init.authNo = pending.order.authNo;
    QCOMPARE(ledger.pay(init, t0()).subCode, QStringLiteral("ACQ.TRADE_BUYER_NOT_MATCH"));
    const Sandbox::FundAuthOrder closed = authorize(ledger, u"O3", 100, 0);
    QVERIFY(ledger.unfreeze(unfreezeRequest(closed, u"U1", 100), t0()).ok());
    QCOMPARE(ledger.pay(payRequest(closed, u"T1", 100), t0()).subCode,
             QStringLiteral("ACQ.AUTH_ORDER_HAS_CLOSED"));
    QVERIFY(ledger.trades().isEmpty());
    QCOMPARE(ledger.findOrder({}, order.authNo, {}, t0())->restAmount(), yuan(100));
}

void TestSandboxTrades::payRepeatNeverChargesTwice()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    Sandbox::PayRequest r = payRequest(order, u"T1", 4000);
    r.completeMode = true;
    const Sandbox::PayOutcome first = ledger.pay(r, t0());
    const Sandbox::PayOutcome repeat = ledger.pay(r, t0().addSecs(60));
    QVERIFY(repeat.ok() && repeat.repeated);
    QCOMPARE(repeat.trade.tradeNo, first.trade.tradeNo);
    QCOMPARE(repeat.payOperation.operationId, first.payOperation.operationId);
    QVERIFY(repeat.unfreezeOperation.has_value());
    QCOMPARE(repeat.order.totalPayAmount(), yuan(40));
    QCOMPARE(ledger.trades().size(), 1);
    Sandbox::PayRequest different = r;
    different.totalAmount = yuan(41);
    QCOMPARE(ledger.pay(different, t0()).subCode, QStringLiteral("ACQ.CONTEXT_INCONSISTENT"));
    // Fully refunded (TRADE_CLOSED): the number cannot be paid again.
    QVERIFY(ledger.refund(refundRequest(first.trade, u"R1", 4000), t0()).ok());
    QCOMPARE(ledger.pay(r, t0()).subCode, QStringLiteral("ACQ.TRADE_HAS_CLOSE"));
}

void TestSandboxTrades::refundsArePartialIdempotentAndCapped()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    const Sandbox::Trade trade = ledger.pay(payRequest(order, u"T1", 5000), t0()).trade;
    const Sandbox::RefundOutcome r1 =
        ledger.refund(refundRequest(trade, u"R1", 1000), t0().addSecs(1));
    QVERIFY(r1.ok() && r1.fundChange);
    QCOMPARE(r1.trade.refundFee, yuan(10));
    QCOMPARE(r1.trade.status, Sandbox::TradeStatus::Success);
    const Sandbox::RefundOutcome again =
        ledger.refund(refundRequest(trade, u"R1", 1000), t0().addSecs(2));
    QVERIFY(again.ok());
    QVERIFY(!again.fundChange);
    QCOMPARE(again.trade.refundFee, yuan(10));
    QCOMPARE(again.refund.refundedAt, t0().addSecs(1));
    QCOMPARE(ledger.refund(refundRequest(trade, u"R1", 2000), t0()).subCode,
             QStringLiteral("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"));
    QCOMPARE(ledger.refund(refundRequest(trade, u"R2", 4001), t0()).subCode,
             QStringLiteral("ACQ.REFUND_FEE_ERROR"));
    QCOMPARE(ledger.refunds(trade.tradeNo).size(), 1);
    const Sandbox::RefundOutcome rest = ledger.refund(refundRequest(trade, u"R2", 4000), t0());
    QCOMPARE(rest.trade.refundFee, yuan(50));
    QCOMPARE(rest.trade.status, Sandbox::TradeStatus::Closed);
    QCOMPARE(ledger.refund(refundRequest(trade, u"R3", 1), t0()).subCode,
             QStringLiteral("ACQ.TRADE_STATUS_ERROR"));
    QVERIFY(!ledger.refund(refundRequest(trade, u"R2", 4000), t0()).fundChange);
    Sandbox::RefundRequest unknown = refundRequest(trade, u"R9", 1);
    unknown.tradeNo = QStringLiteral("2024050122001400999999999999");
    QCOMPARE(ledger.refund(unknown, t0()).subCode, QStringLiteral("ACQ.TRADE_NOT_EXIST"));
}

void TestSandboxTrades::refundWithoutRequestNumberUsesTradeNumber()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    const Sandbox::Trade trade = ledger.pay(payRequest(order, u"T1", 5000), t0()).trade;
    Sandbox::RefundRequest r = refundRequest(trade, u"", 1000);
    r.tradeNo.clear();
    r.outTradeNo = QStringLiteral("T1");
    const Sandbox::RefundOutcome first = ledger.refund(r, t0());
    QCOMPARE(first.refund.outRequestNo, QStringLiteral("T1"));
    QVERIFY(!ledger.refund(r, t0()).fundChange);
    r.refundAmount = yuan(20);
    QCOMPARE(ledger.refund(r, t0()).subCode, QStringLiteral("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL"));
}

void TestSandboxTrades::refundWindowIs90Days()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    const Sandbox::Trade trade = ledger.pay(payRequest(order, u"T1", 5000), t0()).trade;
    QVERIFY(ledger.refund(refundRequest(trade, u"R1", 100), t0().addDays(89)).ok());
    const Sandbox::RefundOutcome late =
        ledger.refund(refundRequest(trade, u"R2", 100), t0().addDays(90));
    QCOMPARE(late.subCode, QStringLiteral("ACQ.TRADE_HAS_FINISHED"));
    QCOMPARE(ledger.findTrade({}, trade.tradeNo, {}, t0().addDays(90))->status,
             Sandbox::TradeStatus::Finished);
    QCOMPARE(ledger.findTrade({}, trade.tradeNo, {}, t0())->refundFee, yuan(1));
}

void TestSandboxTrades::refundLeavesTheAuthOrderAlone()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    const Sandbox::PayOutcome p = ledger.pay(payRequest(order, u"T1", 5000), t0());
    QVERIFY(ledger.refund(refundRequest(p.trade, u"R1", 5000), t0()).ok());
    const Sandbox::FundAuthOrder after = *ledger.findOrder({}, order.authNo, {}, t0());
    QCOMPARE(after.restAmount(), yuan(50));
    QCOMPARE(after.totalPayAmount(), yuan(50));
    QCOMPARE(after.status, Sandbox::AuthOrderStatus::Authorized);
}

void TestSandboxTrades::syncRecordsAreAcceptedOnce()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 5000);
    const Sandbox::Trade trade = ledger.pay(payRequest(order, u"T1", 100), t0()).trade;
    const QStringList statuses = {QStringLiteral("COMPLETE"), QStringLiteral("CLOSED"),
                                  QStringLiteral("VIOLATED")};
    for (const QString &status : statuses) {
        const Sandbox::SyncOutcome s = ledger.syncOrderInfo(
            syncRequest(trade, QString(QStringLiteral("S-") + status), status), t0());
        QVERIFY2(s.ok(), qPrintable(status));
        QCOMPARE(s.record.status, status);
    }
    const Sandbox::SyncOutcome repeat =
        ledger.syncOrderInfo(syncRequest(trade, u"S-COMPLETE", u"VIOLATED"), t0().addSecs(5));
    QVERIFY(repeat.ok() && repeat.repeated);
    QCOMPARE(repeat.record.status, QStringLiteral("COMPLETE"));
    QCOMPARE(ledger.syncs(trade.tradeNo).size(), 3);
    QCOMPARE(ledger.syncOrderInfo(syncRequest(trade, u"S9", u"DONE"), t0()).subCode,
             QStringLiteral("ACQ.INVALID_PARAMETER"));
    Sandbox::SyncRequest badType = syncRequest(trade, u"S9", u"COMPLETE");
    badType.bizType = QStringLiteral("OTHER");
    QCOMPARE(ledger.syncOrderInfo(badType, t0()).subCode, QStringLiteral("ACQ.INVALID_PARAMETER"));
    Sandbox::SyncRequest unknown = syncRequest(trade, u"S9", u"COMPLETE");
    unknown.tradeNo = QStringLiteral("2024050122001400999999999999");
    QCOMPARE(ledger.syncOrderInfo(unknown, t0()).subCode, QStringLiteral("ACQ.TRADE_NOT_EXIST"));
}

void TestSandboxTrades::historyInThePastAndListings()
{
    Sandbox::Ledger ledger;
    const QDateTime start = t0().addDays(-90);
    const Sandbox::FreezeOutcome f = ledger.createFreeze(freezeRequest(u"OLD", 10000), start);
    const Sandbox::FundAuthOrder order =
        ledger.confirmFreeze(f.order.authNo, yuan(20), payer(), start.addSecs(30)).order;
    QVERIFY(order.authNo.startsWith(QLatin1String("20240201")));
    const Sandbox::PayOutcome p = ledger.pay(payRequest(order, u"T-OLD", 3000), start.addDays(2));
    QVERIFY(p.ok());
    QVERIFY(ledger.refund(refundRequest(p.trade, u"R-OLD", 1000), start.addDays(3)).ok());
    QCOMPARE(ledger.tradesPaidBetween(appId(), start, start.addDays(1)).size(), 0);
    const QList<Sandbox::Trade> paid = ledger.tradesPaidBetween(appId(), start, start.addDays(3));
    QCOMPARE(paid.size(), 1);
    QCOMPARE(paid.first().paidAt, start.addDays(2));
    QVERIFY(paid.first().tradeNo.startsWith(QLatin1String("20240203")));
    QCOMPARE(ledger.refundsBetween(appId(), start.addDays(3), start.addDays(4)).size(), 1);
    QCOMPARE(ledger.refundsBetween(QStringLiteral("2021000000000777"), start, t0()).size(), 0);
    QCOMPARE(ledger.refundsBetween({}, start, t0()).size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxTrades)
#include "tst_sandboxtrades.moc"
