// A signed success that answers another request is not this request's success. The real sandbox
// answers, correctly signed, with other numbers (fault foreign_answer: every merchant and trade
// number with a trailing "F") or other amounts (foreign_amount: one fen less). Each action's
// intent stays UNKNOWN with a technical detail naming the field that did not match, the console's
// ledger learns nothing (neither under the foreign numbers nor under the request's own), the
// order's amounts in the index stay as they were, and the resolver settles it by query later.
#include "ActionsFixture.h"

#include "sandbox/Faults.h"
#include "sandbox/Gateway.h"
#include "store/Ledger.h"

using namespace DepositDesk;
using namespace DepositDesk::Testing;

using Status = ActionOutcome::Status;
using Outcome = IntentRecord::Outcome;
using Fault = Sandbox::Faults::Kind;

class TestForeignAnswer : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;
    const OperatorSession agent = sessionOf(OperatorRole::Agent);
    const OperatorSession supervisor = sessionOf(OperatorRole::Supervisor);

    ActionOutcome unfreeze(const OrderRecord &o, Money amount)
    {
        return f.run([&](QObject *c, auto done) {
            f.actions().unfreeze(agent, {o.outOrderNo, amount, u"Returned"_qs, true}, c, done);
        });
    }
    ActionOutcome charge(const OrderRecord &o, Money amount)
    {
        return f.run([&](QObject *c, auto done) {
            f.actions().charge(agent, {o.outOrderNo, amount, u"Fee"_qs, u"Late"_qs, false, false},
                               c, done);
        });
    }
    ActionOutcome refund(const OrderRecord &o, const QString &outTradeNo, Money amount)
    {
        const ActionOutcome recorded = f.run([&](QObject *c, auto done) {
            f.actions().requestRefund(agent, {o.outOrderNo, outTradeNo, amount, u"Mistake"_qs}, c,
                                      done);
        });
        if (recorded.status != Status::Recorded)
            return recorded;
        return f.run([&](QObject *c, auto done) {
            f.actions().executeRefund(supervisor, recorded.refundRequestId, c, done);
        });
    }

    // What the console knows of an order, to compare before and after.
    struct Known
    {
        OrderRecord order;
        QList<LedgerEntry> history;
    };
    Known known(const QString &outOrderNo) const
    {
        return {f.indexed(outOrderNo), Ledger(f.store()).history(outOrderNo)};
    }

    // The action came back unknown, naming `field`; nothing was learnt from the answer.
    void checkNotRecorded(const ActionOutcome &out, const Known &before, const char *field)
    {
        QVERIFY2(out.status == Status::AwaitingConfirmation, qPrintable(out.message));
        QVERIFY(out.intentId > 0);
        QVERIFY2(out.technical.contains(QLatin1String(field)), qPrintable(out.technical));
        const auto intent = IntentJournal(f.store()).find(out.intentId);
        QVERIFY(intent);
        QCOMPARE(intent->outcome, Outcome::Unknown);

        const Known after = known(before.order.outOrderNo);
        QCOMPARE(after.history.size(), before.history.size());
        for (const LedgerEntry &e : after.history) {
            QVERIFY2(!e.requestNo.endsWith(u'F') && !e.alipayNo.endsWith(u'F') &&
                         !e.parentNo.endsWith(u'F'),
                     qPrintable(e.factKey));
            QVERIFY2(e.requestNo != out.requestNo, qPrintable(e.factKey));
        }
        QCOMPARE(after.order.status, before.order.status);
        QCOMPARE(after.order.rest, before.order.rest);
        QCOMPARE(after.order.paid, before.order.paid);
        QCOMPARE(after.order.refunded, before.order.refunded);
        QCOMPARE(after.order.unfrozen, before.order.unfrozen);
        // The audit log keeps the answer as unknown, with what did not match.
        const AuditEntry last = f.audit(before.order.outOrderNo).last();
        QVERIFY2(last.action.endsWith(u".unknown"_qs), qPrintable(last.action));
        QVERIFY2(last.detail.contains(QLatin1String(field)), qPrintable(last.detail));
    }

    // A charge that went through, and what the console knows after it.
    std::optional<ActionOutcome> charged(const OrderRecord &o, Money amount)
    {
        const ActionOutcome paid = charge(o, amount);
        if (paid.status != Status::Done) {
            qWarning("%s", qPrintable(paid.message));
            return std::nullopt;
        }
        return paid;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }
    void cleanup() { f.faults().clear(); }

    void unfreezeAnsweredForAnotherRequest()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        const Known before = known(order->outOrderNo);
        f.faults().add({Fault::ForeignAnswer, AlipayApi::Unfreeze, -1, 0});
        const ActionOutcome out = unfreeze(*order, Money::fromFen(120));
        checkNotRecorded(out, before, "out_request_no");
        if (QTest::currentTestFailed())
            return;
        // The sandbox did execute it: the query finds it done, and only then is it recorded,
        // under the request's own number.
        QCOMPARE(f.operationsWithNumber(*order, out.requestNo), 1);
        f.faults().clear();
        f.resolver().resolve(out.intentId);
        QTRY_COMPARE_WITH_TIMEOUT(IntentJournal(f.store()).find(out.intentId)->outcome,
                                  Outcome::Succeeded, 20000);
        QCOMPARE(f.indexed(order->outOrderNo).rest, order->rest - Money::fromFen(120));
        bool recorded = false;
        for (const LedgerEntry &e : Ledger(f.store()).history(order->outOrderNo))
            recorded = recorded || e.requestNo == out.requestNo;
        QVERIFY(recorded);
    }

    void chargeAnsweredForAnotherTrade()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        const Known before = known(order->outOrderNo);
        f.faults().add({Fault::ForeignAnswer, AlipayApi::TradePay, -1, 0});
        checkNotRecorded(charge(*order, Money::fromFen(200)), before, "out_trade_no");
    }

    void chargeAnsweredWithAnotherAmount()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        const Known before = known(order->outOrderNo);
        f.faults().add({Fault::ForeignAmount, AlipayApi::TradePay, -1, 0});
        checkNotRecorded(charge(*order, Money::fromFen(200)), before, "total_amount");
    }

    void refundAnsweredForAnotherTrade()
    {
        const auto order = f.freshOrder(Money::fromFen(1000));
        QVERIFY(order);
        const auto paid = charged(*order, Money::fromFen(400));
        QVERIFY(paid);
        const Known before = known(order->outOrderNo);
        f.faults().add({Fault::ForeignAnswer, AlipayApi::TradeRefund, -1, 0});
        checkNotRecorded(refund(*order, paid->requestNo, Money::fromFen(300)), before,
                         "out_trade_no");
    }

    void refundAnsweredWithLessRefundedThanAsked()
    {
        const auto order = f.freshOrder(Money::fromFen(1000));
        QVERIFY(order);
        const auto paid = charged(*order, Money::fromFen(400));
        QVERIFY(paid);
        const Known before = known(order->outOrderNo);
        f.faults().add({Fault::ForeignAmount, AlipayApi::TradeRefund, -1, 0});
        checkNotRecorded(refund(*order, paid->requestNo, Money::fromFen(300)), before,
                         "refund_fee");
    }

    void cancelAnsweredForAnotherFreeze()
    {
        // A freeze made now (a cancel is allowed within 24 hours), waiting for the customer,
        // indexed with its freeze request as a refresh would.
        QString error;
        const std::optional<OrderRecord> waiting = f.waitingFreeze(u"DDFOREIGN"_qs, &error);
        QVERIFY2(waiting, qPrintable(error));
        const OrderRecord order = *waiting;
        const QString refreshed = f.refreshFreeze(order);
        QVERIFY2(refreshed.isEmpty(), qPrintable(refreshed));

        const Known before = known(order.outOrderNo);
        f.faults().add({Fault::ForeignAnswer, AlipayApi::OperationCancel, -1, 0});
        const ActionOutcome out = f.run([&](QObject *c, auto done) {
            f.actions().cancelFreeze(agent, {order.outOrderNo, u"Customer left"_qs}, c, done);
        });
        QCOMPARE(out.requestNo, ActionsFixture::freezeRequestNo(order.outOrderNo));
        // The freeze's own entry is the one the refresh wrote: nothing new under that number.
        QVERIFY2(out.status == Status::AwaitingConfirmation, qPrintable(out.message));
        QVERIFY2(out.technical.contains(u"out_request_no"_qs), qPrintable(out.technical));
        QCOMPARE(IntentJournal(f.store()).find(out.intentId)->outcome, Outcome::Unknown);
        const Known after = known(order.outOrderNo);
        QCOMPARE(after.history.size(), before.history.size());
        QCOMPARE(after.order.status, OrderStatus::Init);
        QCOMPARE(f.sandboxOrder(order)->status, Sandbox::AuthOrderStatus::Closed);
    }

    void sesameReportAnsweredForAnotherTrade()
    {
        const auto order = f.freshOrder(Money::fromFen(200), true);
        if (!order)
            QSKIP("the seeded demo has no authorized credit order");
        const auto paid = charged(*order, Money::fromFen(100));
        QVERIFY(paid);
        const Known before = known(order->outOrderNo);
        f.faults().add({Fault::ForeignAnswer, AlipayApi::OrderInfoSync, -1, 0});
        const ActionOutcome out = f.run([&](QObject *c, auto done) {
            f.actions().reportToSesame(
                agent, {order->outOrderNo, paid->requestNo, false, u"Returned in time"_qs}, c,
                done);
        });
        QVERIFY2(out.status == Status::AwaitingConfirmation, qPrintable(out.message));
        QVERIFY2(out.technical.contains(u"trade_no"_qs), qPrintable(out.technical));
        QCOMPARE(IntentJournal(f.store()).find(out.intentId)->outcome, Outcome::Unknown);
        QCOMPARE(known(order->outOrderNo).history.size(), before.history.size());
    }
};

QTEST_GUILESS_MAIN(TestForeignAnswer)
#include "tst_foreignanswer.moc"
