// One decision moves money once, whatever the network and the other desks do — each case a way it
// could move twice, against the real sandbox on loopback and a real SQLite file:
// - a request that Alipay shows as "not found" may still land: it is not settled NOT_DONE while
//   it is younger than the client's timeout plus a margin or its desk still holds the order, and
//   a NOT_DONE request blocks new numbers of its order and kind: it is sent again, same number;
// - "Send again" checks the order as it is now, under its lock;
// - one desk per console process, and a call that outlasts the lock's lease keeps its lock;
// - a refund request left behind its call's outcome by a crash is repaired at start.
#include "ActionsFixture.h"
#include "ManualClock.h"
#include "domain/YuanText.h"

#include "sandbox/Faults.h"
#include "sandbox/Gateway.h"
#include "services/ConsoleServices.h"
#include "services/actions/ActionMessages.h"
#include "store/OrderLocks.h"
#include "store/StoreQuery.h"

#include <QSysInfo>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

using Status = ActionOutcome::Status;
using Outcome = IntentRecord::Outcome;
using Fault = Sandbox::Faults::Kind;

class TestExactlyOnce : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;
    const OperatorSession agent = sessionOf(OperatorRole::Agent);
    const OperatorSession supervisor = sessionOf(OperatorRole::Supervisor);

    ActionOutcome unfreeze(OrderActions &actions, const OrderRecord &o, Money amount)
    {
        return f.run([&](QObject *c, auto done) {
            actions.unfreeze(agent, {o.outOrderNo, amount, u"Returned"_qs, false}, c, done);
        });
    }
    ActionOutcome unfreeze(const OrderRecord &o, Money amount)
    {
        return unfreeze(f.actions(), o, amount);
    }
    ActionOutcome charge(const OrderRecord &o, Money amount)
    {
        return f.run([&](QObject *c, auto done) {
            f.actions().charge(supervisor, {o.outOrderNo, amount, u"Fee"_qs, u"Late"_qs, false}, c,
                               done);
        });
    }
    ActionOutcome sendAgain(qint64 intentId)
    {
        return f.run(
            [&](QObject *c, auto done) { f.resolver().retry(supervisor, intentId, c, done); });
    }
    // An unfreeze whose request never reached Alipay, settled NOT_DONE by the resolver.
    ActionOutcome notDoneUnfreeze(const OrderRecord &o, Money amount)
    {
        f.faults().add({Fault::ResetBefore, AlipayApi::Unfreeze, -1, 0});
        const ActionOutcome out = unfreeze(o, amount);
        f.faults().clear();
        if (out.status != Status::AwaitingConfirmation)
            return out;
        f.resolver().resolve(out.intentId);
        const bool settled = QTest::qWaitFor(
            [&] {
                return IntentJournal(f.store()).find(out.intentId)->outcome != Outcome::Unknown;
            },
            30000);
        Q_UNUSED(settled) // the callers check the outcome
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }
    void cleanup() { f.faults().clear(); }

    void notFoundIsNotNotDoneWhileTheRequestMayStillLand()
    {
        const auto order = f.freshOrder(Money::fromFen(500));
        QVERIFY(order);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        Console console(f.store(), *f.demo, u"desk-clock"_qs);
        console.resolver->setClock(clock);
        console.resolver->setNotDoneMargin(30000);
        f.faults().add({Fault::ResetBefore, AlipayApi::Unfreeze, -1, 0});
        const ActionOutcome out = unfreeze(*console.actions, *order, Money::fromFen(200));
        f.faults().clear();
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        const IntentRecord sent = *IntentJournal(f.store()).find(out.intentId);
        QCOMPARE(sent.desk, u"desk-clock"_qs);

        // Alipay has no such request, again and again: too young to be called not done.
        QSignalSpy settled(console.resolver.get(), &OutcomeResolver::settled);
        console.resolver->resolve(out.intentId);
        QTest::qWait(600); // many tries at the fixture's 30/60/120 ms backoff
        QCOMPARE(settled.count(), 0);
        QCOMPARE(IntentJournal(f.store()).find(out.intentId)->outcome, Outcome::Unknown);

        // Old enough, but the desk that sent it holds the order: its call may still be out.
        clock.advance(std::chrono::milliseconds(4000 + 30000 + 1000));
        OrderLocks senders(f.store(), sent.desk, clock);
        QVERIFY(senders.acquire(order->outOrderNo, agent.login).acquired);
        QTest::qWait(600);
        QCOMPARE(IntentJournal(f.store()).find(out.intentId)->outcome, Outcome::Unknown);

        // Neither: not done.
        QVERIFY(senders.release(order->outOrderNo).ok);
        QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 10000);
        QCOMPARE(IntentJournal(f.store()).find(out.intentId)->outcome, Outcome::NotDone);
    }

    void aNotDoneRequestIsSentAgainNotReplaced()
    {
        const auto order = f.freshOrder(Money::fromFen(500));
        QVERIFY(order);
        const ActionOutcome first = notDoneUnfreeze(*order, Money::fromFen(150));
        QCOMPARE(first.status, Status::AwaitingConfirmation);
        QCOMPARE(IntentJournal(f.store()).find(first.intentId)->outcome, Outcome::NotDone);

        // The operator decides again: the button says why not, and a new unfreeze with a new
        // number is refused, because the first request may still land. Nothing is written or
        // sent.
        const OrderActions::Availability button = f.actions().availability(
            OrderActions::Action::Unfreeze, agent, f.indexed(order->outOrderNo));
        QVERIFY(!button.enabled);
        QVERIFY2(button.reason.contains(first.requestNo), qPrintable(button.reason));
        QVERIFY(f.actions()
                    .availability(OrderActions::Action::Charge, supervisor,
                                  f.indexed(order->outOrderNo))
                    .enabled);
        QSignalSpy requests(&f.demo->gateway(), &Sandbox::Gateway::requestHandled);
        const ActionOutcome again = unfreeze(*order, Money::fromFen(150));
        QCOMPARE(again.status, Status::Refused);
        QVERIFY2(again.message.contains(first.requestNo), qPrintable(again.message));
        QCOMPARE(requests.count(), 0);
        QCOMPARE(IntentJournal(f.store()).forOrder(order->outOrderNo).size(), qsizetype(1));

        // The way forward: the same request again, which moves the money once.
        const ActionOutcome sent = sendAgain(first.intentId);
        QVERIFY2(sent.status == Status::Done, qPrintable(sent.message));
        QCOMPARE(f.operationsWithNumber(*order, first.requestNo), 1);
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest - Money::fromFen(150));

        // Settled: a new decision gets its own number.
        const ActionOutcome next = unfreeze(*order, Money::fromFen(50));
        QVERIFY2(next.status == Status::Done, qPrintable(next.message));
        QVERIFY(next.requestNo != first.requestNo);
    }

    void sendAgainChecksTheOrderAsItIsNow()
    {
        const auto order = f.freshOrder(Money::fromFen(500));
        QVERIFY(order);
        const Money most = order->rest - Money::fromFen(10);
        const ActionOutcome first = notDoneUnfreeze(*order, most);
        QCOMPARE(IntentJournal(f.store()).find(first.intentId)->outcome, Outcome::NotDone);
        // Meanwhile a charge leaves less frozen than the unfreeze asked for.
        const ActionOutcome paid = charge(*order, Money::fromFen(20));
        QVERIFY2(paid.status == Status::Done, qPrintable(paid.message));

        QSignalSpy requests(&f.demo->gateway(), &Sandbox::Gateway::requestHandled);
        const ActionOutcome refused = sendAgain(first.intentId);
        QCOMPARE(refused.status, Status::Refused);
        QVERIFY2(refused.message.contains(yuanDigits(most)), qPrintable(refused.message));
        QCOMPARE(requests.count(), 0);
        QCOMPARE(IntentJournal(f.store()).find(first.intentId)->outcome, Outcome::NotDone);
        QCOMPARE(f.operationsWithNumber(*order, first.requestNo), 0);
        QVERIFY(!OrderLocks(f.store(), u"anyone"_qs).holder(order->outOrderNo));
    }

    void everyConsoleProcessPartIsOneDeskAndNoOtherConsoleIsIt()
    {
        ConsoleServices one(f.store(), f.demo->gatewayConfig());
        ConsoleServices two(f.store(), f.demo->gatewayConfig());
        QCOMPARE(one.actions().desk(), one.resolver().desk());
        QVERIFY(one.actions().desk() != two.actions().desk());
        QVERIFY(one.actions().desk() != QSysInfo::machineHostName());

        // While one console's call is out, the other console on this host cannot act on the
        // order.
        const auto order = f.freshOrder(Money::fromFen(500));
        QVERIFY(order);
        f.faults().add({Fault::Delay, AlipayApi::Unfreeze, 1, 1500});
        ActionOutcome first;
        bool answered = false;
        QObject context;
        one.actions().unfreeze(agent, {order->outOrderNo, Money::fromFen(100), u"A"_qs, false},
                               &context, [&](const ActionOutcome &o) {
                                   first = o;
                                   answered = true;
                               });
        QTest::qWait(300);
        const ActionOutcome second = unfreeze(two.actions(), *order, Money::fromFen(100));
        QCOMPARE(second.status, Status::Refused);
        QVERIFY2(second.message.contains(agent.login), qPrintable(second.message));
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(first.status == Status::Done, qPrintable(first.message));
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest - Money::fromFen(100));
    }

    void aCallThatOutlastsTheLeaseKeepsTheOrderLocked()
    {
        const auto order = f.freshOrder(Money::fromFen(500));
        QVERIFY(order);
        Console console(f.store(), *f.demo, u"desk-slow"_qs);
        console.actions->setLeaseSeconds(1);
        f.faults().add({Fault::Delay, AlipayApi::Unfreeze, 1, 2500});
        bool answered = false;
        ActionOutcome out;
        QObject context;
        console.actions->unfreeze(agent, {order->outOrderNo, Money::fromFen(100), u"A"_qs, false},
                                  &context, [&](const ActionOutcome &o) {
                                      out = o;
                                      answered = true;
                                  });
        // Well past the one-second lease, the call is still out and its desk still holds it.
        QTest::qWait(1800);
        QVERIFY(!answered);
        const OrderLockAttempt other =
            OrderLocks(f.store(), u"desk-other"_qs).acquire(order->outOrderNo, u"x"_qs);
        QVERIFY(!other.acquired);
        QVERIFY(other.heldBy);
        QCOMPARE(other.heldBy->desk, u"desk-slow"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(out.status == Status::Done, qPrintable(out.message));
        // Answered: released.
        QVERIFY(!OrderLocks(f.store(), u"desk-other"_qs).holder(order->outOrderNo));
    }

    void aRefundRequestLeftBehindItsCallIsRepairedAtStart()
    {
        const auto order = f.freshOrder(Money::fromFen(1000));
        QVERIFY(order);
        const ActionOutcome paid = charge(*order, Money::fromFen(400));
        QVERIFY2(paid.status == Status::Done, qPrintable(paid.message));
        const ActionOutcome recorded = f.run([&](QObject *c, auto done) {
            f.actions().requestRefund(
                agent, {order->outOrderNo, paid.requestNo, Money::fromFen(100), u"Mistake"_qs}, c,
                done);
        });
        QCOMPARE(recorded.status, Status::Recorded);
        const ActionOutcome executed = f.run([&](QObject *c, auto done) {
            f.actions().executeRefund(supervisor, recorded.refundRequestId, c, done);
        });
        QVERIFY2(executed.status == Status::Done, qPrintable(executed.message));
        // What a crash between two separate writes left: the refund went through, its request
        // still says it awaits confirmation.
        StoreQuery back(
            f.store().database(),
            u"UPDATE refund_requests SET status = 'AWAITING_CONFIRMATION' WHERE id = :id"_qs);
        back.bind(u"id"_qs, recorded.refundRequestId);
        QVERIFY(back.exec());
        RefundRequests requests(f.store());
        QCOMPARE(requests.find(recorded.refundRequestId)->status,
                 RefundRequestRecord::Status::AwaitingConfirmation);

        f.resolver().resolveAll();
        QCOMPARE(requests.find(recorded.refundRequestId)->status,
                 RefundRequestRecord::Status::Executed);
        QCOMPARE(f.auditActions(order->outOrderNo).last(), u"refund.request.repaired"_qs);
    }
};

QTEST_MAIN(TestExactlyOnce)
#include "tst_exactlyonce.moc"
