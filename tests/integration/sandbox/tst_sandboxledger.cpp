// The sandbox state machine (docs/alipay-protocol.md §9) and its idempotency rules (§7), without
// HTTP.
#include "SandboxLedgerFixture.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestSandboxLedger : public QObject
{
    Q_OBJECT

private slots:
    void freezeAndConfirmSplitCreditAndFund();
    void idsLookReal();
    void aUserNamedByNobodyIsNeverTheSeller();
    void freezeRepeatIsIdempotentAndDifferentContentRefused();
    void freezeTimesOutAfterTimeoutExpress();
    void freezeRejectsBadArguments();
    void declineClosesTheOrder();
    void unfreezeReleasesCreditFirst();
    void unfreezeAboveRestIsRefusedAndChangesNothing();
    void unfreezeRepeatReturnsEarlierResult();
    void unfreezeOfEverythingClosesUnpaidOrder();
    void cancelRules();
    void cancelOfSucceededFreezeReleasesIt();
    void detailQueryFindsOperations();
    void appsDoNotSeeEachOther();
    void invariantsHoldUnderRandomOperations();
};

void TestSandboxLedger::freezeAndConfirmSplitCreditAndFund()
{
    Sandbox::Ledger ledger;
    const Sandbox::FreezeOutcome created = ledger.createFreeze(freezeRequest(u"O1", 10000), t0());
    QVERIFY2(created.ok(), qPrintable(created.subMsg));
    QCOMPARE(created.order.status, Sandbox::AuthOrderStatus::Init);
    QCOMPARE(created.freeze.status, Sandbox::AuthOperationStatus::Init);
    QCOMPARE(created.order.restAmount(), Money());

    const Sandbox::FreezeOutcome confirmed =
        ledger.confirmFreeze(created.order.authNo, yuan(60), payer(), t0().addSecs(60));
    QVERIFY(confirmed.ok());
    const Sandbox::FundAuthOrder &o = confirmed.order;
    QCOMPARE(o.status, Sandbox::AuthOrderStatus::Authorized);
    QCOMPARE(o.totalFreezeAmount, yuan(100));
    QCOMPARE(o.totalFreezeCreditAmount, yuan(60));
    QCOMPARE(o.totalFreezeFundAmount(), yuan(40));
    QCOMPARE(o.restAmount(), yuan(100));
    QCOMPARE(o.restCreditAmount(), yuan(60));
    QVERIFY(o.isCreditAuth());
    QCOMPARE(o.payerUserId, QStringLiteral("2088102146225135"));
    QCOMPARE(o.payerLogonId, QStringLiteral("138****5678"));
    QCOMPARE(confirmed.freeze.status, Sandbox::AuthOperationStatus::Success);
    QCOMPARE(confirmed.freeze.creditAmount, yuan(60));
    QCOMPARE(confirmed.freeze.transAt, t0().addSecs(60));

    // A second confirmation changes nothing; fund-only freezes are not credit auths.
    const Sandbox::FreezeOutcome again = ledger.confirmFreeze(o.authNo, yuan(10), payer(), t0());
    QVERIFY(again.ok() && again.repeated);
    QCOMPARE(again.order.totalFreezeCreditAmount, yuan(60));
    QVERIFY(!authorize(ledger, u"O2", 5000, 0).isCreditAuth());
    QCOMPARE(ledger.confirmFreeze(QStringLiteral("nope"), Money(), payer(), t0()).subCode,
             QStringLiteral("AUTH_ORDER_NOT_EXIST"));
    const Sandbox::FreezeOutcome tooMuch = ledger.createFreeze(freezeRequest(u"O3", 100), t0());
    QCOMPARE(ledger.confirmFreeze(tooMuch.order.authNo, yuan(2), payer(), t0()).subCode,
             QStringLiteral("ILLEGAL_ARGUMENT"));
}

// A freeze confirmed without a payer gets a user of its own: the first freeze of a fresh ledger,
// whose auth number ends in ...000000000001, once got 2088000000000001, the default seller.
void TestSandboxLedger::aUserNamedByNobodyIsNeverTheSeller()
{
    const QRegularExpression userId(QStringLiteral("^2088\\d{12}$"));
    QStringList payers;
    for (const QString &seller :
         {QStringLiteral("2088000000000001"), QStringLiteral("2088000000000002")}) {
        Sandbox::Ledger ledger;
        for (int i = 1; i <= 3; ++i) {
            Sandbox::FreezeRequest request = freezeRequest(QStringLiteral("N%1").arg(i), 10000);
            request.payeeUserId = seller;
            const Sandbox::FreezeOutcome created = ledger.createFreeze(request, t0());
            QVERIFY(created.ok());
            const Sandbox::FreezeOutcome confirmed =
                ledger.confirmFreeze(created.order.authNo, Money(), Sandbox::Payer(), t0());
            QVERIFY(confirmed.ok());
            const QString payer = confirmed.order.payerUserId;
            QVERIFY2(userId.match(payer).hasMatch(), qPrintable(payer));
            QVERIFY2(payer != seller, qPrintable(payer));
            payers << payer;
        }
    }
    // Every freeze its own user; the same auth number (in the two ledgers) the same user.
    QCOMPARE(QSet<QString>(payers.cbegin(), payers.cbegin() + 3).size(), 3);
    QCOMPARE(payers.mid(3), payers.mid(0, 3));
}

void TestSandboxLedger::idsLookReal()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    const QRegularExpression digits28(QStringLiteral("^20240501\\d{20}$"));
    QVERIFY2(digits28.match(order.authNo).hasMatch(), qPrintable(order.authNo));
    QVERIFY(digits28.match(ledger.operations(order.authNo).first().operationId).hasMatch());
    const Sandbox::PayOutcome paid = ledger.pay(payRequest(order, u"T1", 100), t0());
    QVERIFY(digits28.match(paid.trade.tradeNo).hasMatch());
    QVERIFY(paid.trade.tradeNo != order.authNo);
    const Sandbox::FundAuthOrder second = authorize(ledger, u"O2", 10000, 0);
    QVERIFY(second.authNo != order.authNo);
}

void TestSandboxLedger::freezeRepeatIsIdempotentAndDifferentContentRefused()
{
    Sandbox::Ledger ledger;
    const Sandbox::FreezeOutcome first = ledger.createFreeze(freezeRequest(u"O1", 10000), t0());
    const Sandbox::FreezeOutcome repeat = ledger.createFreeze(freezeRequest(u"O1", 10000), t0());
    QVERIFY(repeat.ok() && repeat.repeated);
    QCOMPARE(repeat.order.authNo, first.order.authNo);
    QCOMPARE(repeat.freeze.operationId, first.freeze.operationId);

    Sandbox::FreezeRequest otherAmount = freezeRequest(u"O1", 20000);
    QCOMPARE(ledger.createFreeze(otherAmount, t0()).subCode,
             QStringLiteral("REQUEST_INCONSISTENT"));
    Sandbox::FreezeRequest otherNumber = freezeRequest(u"O1", 10000);
    otherNumber.outRequestNo = QStringLiteral("R-other");
    QCOMPARE(ledger.createFreeze(otherNumber, t0()).subCode,
             QStringLiteral("REQUEST_INCONSISTENT"));
    QCOMPARE(ledger.orders().size(), 1);
    QCOMPARE(ledger.operations(first.order.authNo).size(), 1);

    // After the user confirmed, a repeat returns the authorized freeze.
    QVERIFY(ledger.confirmFreeze(first.order.authNo, Money(), payer(), t0()).ok());
    const Sandbox::FreezeOutcome late = ledger.createFreeze(freezeRequest(u"O1", 10000), t0());
    QCOMPARE(late.freeze.status, Sandbox::AuthOperationStatus::Success);
}

void TestSandboxLedger::freezeTimesOutAfterTimeoutExpress()
{
    Sandbox::Ledger ledger;
    const Sandbox::FreezeOutcome created = ledger.createFreeze(freezeRequest(u"O1", 10000), t0());
    QCOMPARE(ledger.findOrder({}, created.order.authNo, {}, t0().addSecs(14 * 60))->status,
             Sandbox::AuthOrderStatus::Init);
    const Sandbox::FreezeOutcome late =
        ledger.confirmFreeze(created.order.authNo, Money(), payer(), t0().addSecs(15 * 60));
    QCOMPARE(late.subCode, QStringLiteral("ORDER_ALREADY_CLOSED"));
    const Sandbox::FundAuthOrder closed = *ledger.findOrder({}, created.order.authNo, {}, t0());
    QCOMPARE(closed.status, Sandbox::AuthOrderStatus::Closed);
    QCOMPARE(closed.endedAt, t0().addSecs(15 * 60));
    QCOMPARE(ledger.operations(closed.authNo).first().status, Sandbox::AuthOperationStatus::Closed);

    Sandbox::FreezeRequest twoHours = freezeRequest(u"O2", 10000);
    twoHours.timeoutExpress = QStringLiteral("2h");
    const Sandbox::FreezeOutcome slow = ledger.createFreeze(twoHours, t0());
    QVERIFY(ledger.confirmFreeze(slow.order.authNo, Money(), payer(), t0().addSecs(7000)).ok());
}

void TestSandboxLedger::freezeRejectsBadArguments()
{
    Sandbox::Ledger ledger;
    const QStringList badTimeouts = {QStringLiteral("16d"), QStringLiteral("0m"),
                                     QStringLiteral("1.5h"), QStringLiteral("10s"),
                                     QStringLiteral("m")};
    for (const QString &timeout : badTimeouts) {
        Sandbox::FreezeRequest r = freezeRequest(u"O1", 100);
        r.timeoutExpress = timeout;
        QCOMPARE(ledger.createFreeze(r, t0()).subCode, QStringLiteral("ILLEGAL_ARGUMENT"));
    }
    Sandbox::FreezeRequest zero = freezeRequest(u"O1", 0);
    QCOMPARE(ledger.createFreeze(zero, t0()).subCode, QStringLiteral("ILLEGAL_ARGUMENT"));
    Sandbox::FreezeRequest product = freezeRequest(u"O1", 100);
    product.productCode = QStringLiteral("FACE_TO_FACE_PAYMENT");
    QCOMPARE(ledger.createFreeze(product, t0()).subCode, QStringLiteral("ILLEGAL_ARGUMENT"));
    Sandbox::FreezeRequest noTitle = freezeRequest(u"O1", 100);
    noTitle.orderTitle.clear();
    QCOMPARE(ledger.createFreeze(noTitle, t0()).subCode, QStringLiteral("ILLEGAL_ARGUMENT"));
    QVERIFY(ledger.orders().isEmpty());
}

void TestSandboxLedger::declineClosesTheOrder()
{
    Sandbox::Ledger ledger;
    const Sandbox::FreezeOutcome created = ledger.createFreeze(freezeRequest(u"O1", 10000), t0());
    const Sandbox::FreezeOutcome declined =
        ledger.declineFreeze(created.order.authNo, t0().addSecs(5));
    QVERIFY(declined.ok());
    QCOMPARE(declined.order.status, Sandbox::AuthOrderStatus::Closed);
    QCOMPARE(declined.freeze.status, Sandbox::AuthOperationStatus::Closed);
    QCOMPARE(ledger.confirmFreeze(created.order.authNo, Money(), payer(), t0()).subCode,
             QStringLiteral("ORDER_ALREADY_CLOSED"));
    const Sandbox::FundAuthOrder authorized = authorize(ledger, u"O2", 100, 0);
    QCOMPARE(ledger.declineFreeze(authorized.authNo, t0()).subCode,
             QStringLiteral("ORDER_ALREADY_AUTHORIZED"));
}

void TestSandboxLedger::unfreezeReleasesCreditFirst()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 6000);
    const Sandbox::UnfreezeOutcome u = ledger.unfreeze(unfreezeRequest(order, u"U1", 7000), t0());
    QVERIFY2(u.ok(), qPrintable(u.subMsg));
    QCOMPARE(u.operation.creditAmount, yuan(60));
    QCOMPARE(u.operation.fundAmount(), yuan(10));
    QCOMPARE(u.operation.status, Sandbox::AuthOperationStatus::Success);
    QCOMPARE(u.order.restAmount(), yuan(30));
    QCOMPARE(u.order.restCreditAmount(), Money());
    QCOMPARE(u.order.restFundAmount(), yuan(30));
    QCOMPARE(u.order.totalUnfreezeAmount(), yuan(70));
    QCOMPARE(u.order.status, Sandbox::AuthOrderStatus::Authorized);
}

void TestSandboxLedger::unfreezeAboveRestIsRefusedAndChangesNothing()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    QVERIFY(ledger.unfreeze(unfreezeRequest(order, u"U1", 4000), t0()).ok());
    const Sandbox::UnfreezeOutcome u = ledger.unfreeze(unfreezeRequest(order, u"U2", 6001), t0());
    QCOMPARE(u.subCode, QStringLiteral("REQUEST_AMOUNT_EXCEED"));
    QVERIFY(!u.subMsg.isEmpty());
    const Sandbox::FundAuthOrder after = *ledger.findOrder({}, order.authNo, {}, t0());
    QCOMPARE(after.restAmount(), yuan(60));
    QCOMPARE(ledger.operations(order.authNo).size(), 2);
    // Refused numbers are not consumed: the same number with a valid amount then works.
    QVERIFY(ledger.unfreeze(unfreezeRequest(order, u"U2", 6000), t0()).ok());
    // INIT orders have nothing to release.
    const Sandbox::FreezeOutcome pending = ledger.createFreeze(freezeRequest(u"O2", 100), t0());
    QCOMPARE(ledger.unfreeze(unfreezeRequest(pending.order, u"U1", 100), t0()).subCode,
             QStringLiteral("REQUEST_AMOUNT_EXCEED"));
    Sandbox::UnfreezeRequest noRemark = unfreezeRequest(order, u"U3", 1);
    noRemark.remark = QStringLiteral("  ");
    QCOMPARE(ledger.unfreeze(noRemark, t0()).subCode, QStringLiteral("ILLEGAL_ARGUMENT"));
    Sandbox::UnfreezeRequest unknown = unfreezeRequest(order, u"U3", 1);
    unknown.authNo = QStringLiteral("2024050110002001999999999999");
    QCOMPARE(ledger.unfreeze(unknown, t0()).subCode, QStringLiteral("AUTH_ORDER_NOT_EXIST"));
}

void TestSandboxLedger::unfreezeRepeatReturnsEarlierResult()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    const Sandbox::UnfreezeOutcome first =
        ledger.unfreeze(unfreezeRequest(order, u"U1", 1000), t0());
    const Sandbox::UnfreezeOutcome repeat =
        ledger.unfreeze(unfreezeRequest(order, u"U1", 1000), t0().addSecs(30));
    QVERIFY(repeat.ok() && repeat.repeated);
    QCOMPARE(repeat.operation.operationId, first.operation.operationId);
    QCOMPARE(repeat.operation.transAt, first.operation.transAt);
    QCOMPARE(repeat.order.restAmount(), yuan(90));
    QCOMPARE(ledger.unfreeze(unfreezeRequest(order, u"U1", 2000), t0()).subCode,
             QStringLiteral("REQUEST_INCONSISTENT"));
    QCOMPARE(ledger.findOrder({}, order.authNo, {}, t0())->restAmount(), yuan(90));
    QCOMPARE(ledger.operations(order.authNo).size(), 2);
}

void TestSandboxLedger::unfreezeOfEverythingClosesUnpaidOrder()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 3000);
    const Sandbox::UnfreezeOutcome all =
        ledger.unfreeze(unfreezeRequest(order, u"U1", 10000), t0());
    QCOMPARE(all.order.status, Sandbox::AuthOrderStatus::Closed);
    QCOMPARE(all.order.restAmount(), Money());
    QCOMPARE(ledger.unfreeze(unfreezeRequest(order, u"U2", 1), t0()).subCode,
             QStringLiteral("ORDER_ALREADY_CLOSED"));
    // The repeat of the unfreeze that closed it still answers its result.
    QVERIFY(ledger.unfreeze(unfreezeRequest(order, u"U1", 10000), t0()).repeated);
}

void TestSandboxLedger::cancelRules()
{
    Sandbox::Ledger ledger;
    // INIT freeze (outcome unknown to the merchant) -> closed.
    const Sandbox::FreezeOutcome pending = ledger.createFreeze(freezeRequest(u"O1", 10000), t0());
    const Sandbox::CancelOutcome c1 = ledger.cancel(cancelByAlipay(pending), t0().addSecs(60));
    QVERIFY2(c1.ok(), qPrintable(c1.subMsg));
    QCOMPARE(c1.action, QStringLiteral("close"));
    QCOMPARE(c1.order.status, Sandbox::AuthOrderStatus::Closed);
    QCOMPARE(c1.freeze.status, Sandbox::AuthOperationStatus::Closed);
    const Sandbox::CancelOutcome repeat = ledger.cancel(cancelByAlipay(pending), t0().addSecs(120));
    QVERIFY(repeat.ok() && repeat.repeated);
    QCOMPARE(repeat.action, QStringLiteral("close"));
    QCOMPARE(ledger.confirmFreeze(pending.order.authNo, Money(), payer(), t0()).subCode,
             QStringLiteral("ORDER_ALREADY_CLOSED"));

    // A timed-out freeze can be cancelled by merchant numbers -> close.
    const Sandbox::FreezeOutcome timedOut = ledger.createFreeze(freezeRequest(u"O2", 100), t0());
    Sandbox::CancelRequest byMerchant;
    byMerchant.appId = appId();
    byMerchant.outOrderNo = QStringLiteral("O2");
    byMerchant.outRequestNo = QStringLiteral("O2-R");
    byMerchant.remark = QStringLiteral("超时撤销");
    QCOMPARE(ledger.cancel(byMerchant, t0().addSecs(3600)).action, QStringLiteral("close"));

    // After a pay: refused; after 24 h: refused; after a merchant unfreeze: refused.
    const Sandbox::FundAuthOrder paid = authorize(ledger, u"O3", 10000, 0);
    QVERIFY(ledger.pay(payRequest(paid, u"T1", 100), t0()).ok());
    QCOMPARE(ledger.cancel(cancelOf(ledger, paid), t0()).subCode,
             QStringLiteral("ORDER_ALREADY_PAID"));
    const Sandbox::FundAuthOrder old = authorize(ledger, u"O4", 10000, 0);
    QCOMPARE(ledger.cancel(cancelOf(ledger, old), t0().addSecs(24 * 3600 + 1)).subCode,
             QStringLiteral("ORDER_NOT_ALLOW_CANCEL"));
    const Sandbox::FundAuthOrder released = authorize(ledger, u"O5", 10000, 0);
    QVERIFY(ledger.unfreeze(unfreezeRequest(released, u"U1", 100), t0()).ok());
    QCOMPARE(ledger.cancel(cancelOf(ledger, released), t0()).subCode,
             QStringLiteral("ORDER_NOT_ALLOW_CANCEL"));
    QCOMPARE(ledger.findOrder({}, released.authNo, {}, t0())->restAmount(), yuan(99));

    Sandbox::CancelRequest wrongOperation = cancelOf(ledger, old);
    wrongOperation.operationId = QStringLiteral("20240501100050019999999999");
    QCOMPARE(ledger.cancel(wrongOperation, t0()).subCode,
             QStringLiteral("AUTH_OPERATION_NOT_EXIST"));
    Sandbox::CancelRequest half;
    half.authNo = old.authNo;
    half.remark = QStringLiteral("x");
    QCOMPARE(ledger.cancel(half, t0()).subCode, QStringLiteral("ILLEGAL_ARGUMENT"));
}

void TestSandboxLedger::cancelOfSucceededFreezeReleasesIt()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 4000);
    const Sandbox::CancelOutcome c = ledger.cancel(cancelOf(ledger, order), t0().addSecs(600));
    QVERIFY(c.ok());
    QCOMPARE(c.action, QStringLiteral("unfreeze"));
    QCOMPARE(c.order.status, Sandbox::AuthOrderStatus::Closed);
    QCOMPARE(c.order.restAmount(), Money());
    QCOMPARE(c.order.totalUnfreezeAmount(), yuan(100));
    QCOMPARE(c.order.totalUnfreezeCreditAmount, yuan(40));
    QCOMPARE(ledger.cancel(cancelOf(ledger, order), t0().addSecs(900)).action,
             QStringLiteral("unfreeze"));
    QCOMPARE(ledger.unfreeze(unfreezeRequest(order, u"U1", 1), t0()).subCode,
             QStringLiteral("ORDER_ALREADY_CLOSED"));
}

void TestSandboxLedger::detailQueryFindsOperations()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    QVERIFY(ledger.unfreeze(unfreezeRequest(order, u"U1", 1000), t0()).ok());
    QVERIFY(ledger.pay(payRequest(order, u"T1", 2000), t0()).ok());
    Sandbox::DetailQuery q;
    q.appId = appId();
    q.outOrderNo = QStringLiteral("O1");
    QCOMPARE(ledger.detail(q, t0()).operation.type, Sandbox::AuthOperationType::Freeze);
    q.outRequestNo = QStringLiteral("U1");
    QCOMPARE(ledger.detail(q, t0()).operation.type, Sandbox::AuthOperationType::Unfreeze);
    q.outRequestNo = QStringLiteral("T1");
    q.operationType = Sandbox::AuthOperationType::Pay;
    const Sandbox::DetailOutcome pay = ledger.detail(q, t0());
    QCOMPARE(pay.operation.amount, yuan(20));
    QCOMPARE(pay.order.restAmount(), yuan(70));
    q.operationType = Sandbox::AuthOperationType::Unfreeze;
    QCOMPARE(ledger.detail(q, t0()).subCode, QStringLiteral("AUTH_OPERATION_NOT_EXIST"));
    Sandbox::DetailQuery unknown;
    unknown.outOrderNo = QStringLiteral("nope");
    unknown.outRequestNo = QStringLiteral("nope");
    QCOMPARE(ledger.detail(unknown, t0()).subCode, QStringLiteral("AUTH_OPERATION_NOT_EXIST"));
    unknown.outOrderNo.clear();
    QCOMPARE(ledger.detail(unknown, t0()).subCode, QStringLiteral("ILLEGAL_ARGUMENT"));
    unknown.authNo = QStringLiteral("2024050110002001999999999999");
    QCOMPARE(ledger.detail(unknown, t0()).subCode, QStringLiteral("AUTH_ORDER_NOT_EXIST"));
}

void TestSandboxLedger::appsDoNotSeeEachOther()
{
    Sandbox::Ledger ledger;
    const Sandbox::FundAuthOrder order = authorize(ledger, u"O1", 10000, 0);
    const Sandbox::Trade trade = ledger.pay(payRequest(order, u"T1", 100), t0()).trade;
    const QString other = QStringLiteral("2021000000000777");
    Sandbox::DetailQuery q;
    q.appId = other;
    q.authNo = order.authNo;
    QCOMPARE(ledger.detail(q, t0()).subCode, QStringLiteral("HAS_NO_PRIVILEGE"));
    Sandbox::UnfreezeRequest u = unfreezeRequest(order, u"U1", 1);
    u.appId = other;
    QCOMPARE(ledger.unfreeze(u, t0()).subCode, QStringLiteral("AUTH_ORDER_NOT_EXIST"));
    Sandbox::RefundRequest r = refundRequest(trade, u"R1", 1);
    r.appId = other;
    QCOMPARE(ledger.refund(r, t0()).subCode, QStringLiteral("ACQ.TRADE_NOT_EXIST"));
    QVERIFY(ledger.orders(other).isEmpty());
    // The same merchant numbers are free for another app.
    Sandbox::FreezeRequest f = freezeRequest(u"O1", 100);
    f.appId = other;
    const Sandbox::FreezeOutcome mine = ledger.createFreeze(f, t0());
    QVERIFY(mine.ok() && !mine.repeated);
    QVERIFY(mine.order.authNo != order.authNo);
}

void TestSandboxLedger::invariantsHoldUnderRandomOperations()
{
    Sandbox::Ledger ledger;
    QRandomGenerator random(20240501);
    QList<Sandbox::FundAuthOrder> orders;
    for (int i = 0; i < 12; ++i) {
        const qint64 amount = 100 + random.bounded(100000);
        orders << authorize(ledger, QString(QStringLiteral("O") + QString::number(i)), amount,
                            random.bounded(amount + 1));
    }
    QDateTime at = t0();
    int accepted = 0;
    for (int step = 0; step < 600; ++step) {
        at = at.addSecs(60);
        const Sandbox::FundAuthOrder &target = orders[random.bounded(orders.size())];
        const qint64 amount = 1 + random.bounded(30000);
        const QString number = QStringLiteral("N") + QString::number(random.bounded(40));
        switch (random.bounded(4)) {
        case 0:
            accepted += ledger.unfreeze(unfreezeRequest(target, number, amount), at).ok();
            break;
        case 1: {
            Sandbox::PayRequest p = payRequest(target, QString(target.outOrderNo + number), amount);
            p.completeMode = random.bounded(5) == 0;
            accepted += ledger.pay(p, at).ok();
            break;
        }
        case 2: {
            const QList<Sandbox::Trade> trades = ledger.trades();
            if (!trades.isEmpty())
                accepted += ledger
                                .refund(refundRequest(trades[random.bounded(trades.size())], number,
                                                      1 + random.bounded(5000)),
                                        at)
                                .ok();
            break;
        }
        default:
            accepted += ledger.cancel(cancelOf(ledger, target), at).ok();
        }
        for (const Sandbox::FundAuthOrder &o : ledger.orders())
            QVERIFY2(invariantsHold(ledger, o), qPrintable(o.outOrderNo));
        for (const Sandbox::Trade &t : ledger.trades()) {
            Money refunded;
            for (const Sandbox::Refund &r : ledger.refunds(t.tradeNo))
                refunded += r.amount;
            QCOMPARE(refunded, t.refundFee);
            QVERIFY(t.refundFee <= t.totalAmount);
        }
    }
    QVERIFY2(accepted > 100, qPrintable(QString::number(accepted)));
}

QTEST_GUILESS_MAIN(TestSandboxLedger)
#include "tst_sandboxledger.moc"
