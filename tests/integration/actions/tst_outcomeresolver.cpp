// Unknown outcomes against the real sandbox's fault injection: answers lost after the call was
// applied settle as done, exactly once; a request reset before it was applied settles as not
// done and its retry, with the same request number, works; a new start settles what an earlier
// run left unknown.
#include "ActionsFixture.h"

#include "sandbox/Faults.h"

using namespace DepositDesk;
using namespace DepositDesk::Testing;

using Status = ActionOutcome::Status;
using Outcome = IntentRecord::Outcome;
using Fault = Sandbox::Faults::Kind;

class TestOutcomeResolver : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;
    const OperatorSession agent = sessionOf(OperatorRole::Agent);
    const OperatorSession supervisor = sessionOf(OperatorRole::Supervisor);

    // Until cleared: QNetworkAccessManager re-sends a request once by itself when a kept-alive
    // connection is reset, and that copy must meet the fault too.
    void fault(Fault kind, const QString &method) { f.faults().add({kind, method, -1, 0}); }
    ActionOutcome unfreeze(const OrderRecord &o, Money amount)
    {
        return f.run([&](QObject *c, auto done) {
            f.actions().unfreeze(agent, {o.outOrderNo, amount, u"Returned"_qs, true}, c, done);
        });
    }
    ActionOutcome charge(const OrderRecord &o, Money amount)
    {
        return f.run([&](QObject *c, auto done) {
            f.actions().charge(agent, {o.outOrderNo, amount, u"Fee"_qs, u"Late"_qs, false}, c,
                               done);
        });
    }
    Outcome outcomeOf(qint64 intentId) const
    {
        return IntentJournal(f.store()).find(intentId)->outcome;
    }
    // Lets the resolver settle one intent and waits for it.
    void settle(qint64 intentId)
    {
        f.faults().clear();
        QSignalSpy settled(&f.resolver(), &OutcomeResolver::settled);
        f.resolver().resolve(intentId);
        QTRY_VERIFY_WITH_TIMEOUT(outcomeOf(intentId) != Outcome::Unknown, 20000);
        QTRY_COMPARE(f.resolver().pending(), 0);
        QVERIFY(!settled.isEmpty());
        QCOMPARE(settled.last().at(0).toLongLong(), intentId);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }
    void cleanup() { f.faults().clear(); }

    void lostUnfreezeAnswerSettlesAppliedOnce()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        QSignalSpy unknown(&f.actions(), &OrderActions::intentUnknown);
        fault(Fault::ResetAfter, AlipayApi::Unfreeze);
        const ActionOutcome out = unfreeze(*order, Money::fromFen(111));
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        QVERIFY(out.message.contains(u"awaiting confirmation"_qs));
        QCOMPARE(unknown.count(), 1);
        QCOMPARE(unknown.first().at(0).toLongLong(), out.intentId);
        QCOMPARE(outcomeOf(out.intentId), Outcome::Unknown);
        QCOMPARE(f.auditActions(order->outOrderNo).last(), u"order.unfreeze.unknown"_qs);
        // Applied at Alipay already; the console does not know yet and blocks new actions.
        QCOMPARE(f.operationsWithNumber(*order, out.requestNo), 1);
        const auto blocked = f.actions().availability(OrderActions::Action::Charge, agent,
                                                      f.indexed(order->outOrderNo));
        QVERIFY(!blocked.enabled);
        QVERIFY2(blocked.reason.contains(out.requestNo), qPrintable(blocked.reason));
        QCOMPARE(charge(*order, Money::fromFen(1)).status, Status::Refused);

        settle(out.intentId);
        QCOMPARE(outcomeOf(out.intentId), Outcome::Succeeded);
        QCOMPARE(f.operationsWithNumber(*order, out.requestNo), 1);
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest - Money::fromFen(111));
        const OrderRecord after = f.indexed(order->outOrderNo);
        QCOMPARE(after.rest, order->rest - Money::fromFen(111));
        QCOMPARE(after.unfrozen, order->unfrozen + Money::fromFen(111));
        QVERIFY(f.auditActions(order->outOrderNo).contains(u"intent.settled"_qs));
        QVERIFY(f.actions().availability(OrderActions::Action::Charge, agent, after).enabled);
    }

    void lostChargeAnswerSettlesAppliedOnce()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        fault(Fault::ResetAfter, AlipayApi::TradePay);
        const ActionOutcome out = charge(*order, Money::fromFen(222));
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        QCOMPARE(f.tradesNumbered(out.requestNo), 1);
        settle(out.intentId);
        QCOMPARE(outcomeOf(out.intentId), Outcome::Succeeded);
        QCOMPARE(f.tradesNumbered(out.requestNo), 1);
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest - Money::fromFen(222));
        const OrderRecord after = f.indexed(order->outOrderNo);
        QCOMPARE(after.paid, order->paid + Money::fromFen(222));
        QCOMPARE(after.rest, order->rest - Money::fromFen(222));
    }

    void lostRefundAnswerSettlesAppliedOnce()
    {
        const auto order = f.freshOrder(Money::fromFen(600));
        QVERIFY(order);
        const ActionOutcome paid = charge(*order, Money::fromFen(500));
        QVERIFY2(paid.status == Status::Done, qPrintable(paid.message));
        const ActionOutcome recorded = f.run([&](QObject *c, auto done) {
            f.actions().requestRefund(
                agent, {order->outOrderNo, paid.requestNo, Money::fromFen(333), u"Mistake"_qs}, c,
                done);
        });
        QCOMPARE(recorded.status, Status::Recorded);
        fault(Fault::ResetAfter, AlipayApi::TradeRefund);
        const ActionOutcome out = f.run([&](QObject *c, auto done) {
            f.actions().executeRefund(supervisor, recorded.refundRequestId, c, done);
        });
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        RefundRequests requests(f.store());
        QCOMPARE(requests.find(recorded.refundRequestId)->status,
                 RefundRequestRecord::Status::AwaitingConfirmation);
        QCOMPARE(requests.find(recorded.refundRequestId)->intentId, out.intentId);
        // No second refund of that charge while this one is unknown.
        const ActionOutcome another = f.run([&](QObject *c, auto done) {
            f.actions().requestRefund(
                agent, {order->outOrderNo, paid.requestNo, Money::fromFen(1), u"More"_qs}, c, done);
        });
        QCOMPARE(another.status, Status::Refused);
        QVERIFY(another.message.contains(recorded.requestNo));

        settle(out.intentId);
        QCOMPARE(outcomeOf(out.intentId), Outcome::Succeeded);
        QCOMPARE(requests.find(recorded.refundRequestId)->status,
                 RefundRequestRecord::Status::Executed);
        const Sandbox::Trade trade = f.trade(paid.requestNo);
        QCOMPARE(f.ledger().refunds(trade.tradeNo).size(), 1);
        QCOMPARE(trade.refundFee, Money::fromFen(333));
        QCOMPARE(f.indexed(order->outOrderNo).refunded, order->refunded + Money::fromFen(333));
    }

    void resetBeforeSettlesNotDoneAndRetryUsesTheSameNumber()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        fault(Fault::ResetBefore, AlipayApi::Unfreeze);
        const ActionOutcome out = unfreeze(*order, Money::fromFen(44));
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        QCOMPARE(f.operationsWithNumber(*order, out.requestNo), 0);
        settle(out.intentId);
        QCOMPARE(outcomeOf(out.intentId), Outcome::NotDone);
        QCOMPARE(IntentJournal(f.store()).find(out.intentId)->code, u"NOT_DONE"_qs);
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest);
        QCOMPARE(f.indexed(order->outOrderNo).rest, order->rest);

        const auto retry = [&](const OperatorSession &who) {
            return f.run(
                [&](QObject *c, auto done) { f.resolver().retry(who, out.intentId, c, done); });
        };
        QCOMPARE(retry(sessionOf(OperatorRole::Finance)).status, Status::Refused);
        QCOMPARE(outcomeOf(out.intentId), Outcome::NotDone);
        const ActionOutcome again = retry(agent);
        QVERIFY2(again.status == Status::Done, qPrintable(again.message));
        QCOMPARE(again.requestNo, out.requestNo);
        QCOMPARE(again.intentId, out.intentId);
        QCOMPARE(outcomeOf(out.intentId), Outcome::Succeeded);
        QCOMPARE(f.operationsWithNumber(*order, out.requestNo), 1);
        QCOMPARE(f.indexed(order->outOrderNo).rest, order->rest - Money::fromFen(44));
        QCOMPARE(IntentJournal(f.store()).outcomeHistory(out.intentId),
                 (QList<Outcome>{Outcome::Unknown, Outcome::NotDone, Outcome::Unknown,
                                 Outcome::Succeeded}));
        QVERIFY(f.auditActions(order->outOrderNo).contains(u"intent.retry"_qs));
        // Settled for good: no second retry.
        QCOMPARE(retry(agent).status, Status::Refused);
    }

    void unansweredChargeSettlesNotDoneAndItsRetryCharges()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        fault(Fault::Code20000, AlipayApi::TradePay);
        const ActionOutcome out = charge(*order, Money::fromFen(55));
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        QCOMPARE(out.code, u"20000"_qs);
        settle(out.intentId);
        QCOMPARE(outcomeOf(out.intentId), Outcome::NotDone);
        QCOMPARE(f.tradesNumbered(out.requestNo), 0);
        const ActionOutcome again =
            f.run([&](QObject *c, auto done) { f.resolver().retry(agent, out.intentId, c, done); });
        QVERIFY2(again.status == Status::Done, qPrintable(again.message));
        QCOMPARE(f.tradesNumbered(out.requestNo), 1);
        QCOMPARE(f.indexed(order->outOrderNo).paid, order->paid + Money::fromFen(55));
    }

    void badSignatureIsUnknownUntilTheQuerySettlesIt()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        fault(Fault::BadSignature, AlipayApi::Unfreeze);
        const ActionOutcome out = unfreeze(*order, Money::fromFen(12));
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        settle(out.intentId);
        QCOMPARE(outcomeOf(out.intentId), Outcome::Succeeded);
        QCOMPARE(f.operationsWithNumber(*order, out.requestNo), 1);
    }

    void aNewStartSettlesWhatTheLastRunLeftUnknown()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        fault(Fault::ResetAfter, AlipayApi::Unfreeze);
        const ActionOutcome out = unfreeze(*order, Money::fromFen(77));
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        f.faults().clear();

        // The next run: its own store connection, client, facts and resolver on the same file.
        Store store(StoreConfig::sqlite(f.demo->summary().databasePath));
        QVERIFY(store.open().ok);
        Console next(store, *f.demo, QStringLiteral("desk-next"));
        QSignalSpy settled(next.resolver.get(), &OutcomeResolver::settled);
        QSignalSpy pending(next.resolver.get(), &OutcomeResolver::pendingChanged);
        next.resolver->resolveAll();
        QVERIFY(next.resolver->pending() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(outcomeOf(out.intentId) == Outcome::Succeeded, 20000);
        QTRY_COMPARE(next.resolver->pending(), 0);
        QVERIFY(!pending.isEmpty());
        QCOMPARE(pending.last().at(0).toInt(), 0);
        QVERIFY(!settled.isEmpty());
        QCOMPARE(f.operationsWithNumber(*order, out.requestNo), 1);
        QCOMPARE(f.indexed(order->outOrderNo).rest, order->rest - Money::fromFen(77));
        QVERIFY(IntentJournal(store).unknown().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutcomeResolver)
#include "tst_outcomeresolver.moc"
