// OrderActions against the real sandbox gateway: what is allowed, what is refused without a
// trace, and what a done or refused call leaves in the ledger, the index, the journal and the
// audit log.
#include "ActionsFixture.h"
#include "domain/YuanText.h"

#include "sandbox/Requests.h"
#include "store/Ledger.h"
#include "store/OrderLocks.h"
#include "store/SqlTransaction.h"

using namespace DepositDesk;
using namespace DepositDesk::Testing;

using Status = ActionOutcome::Status;

class TestOrderActions : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;
    const OperatorSession agent = sessionOf(OperatorRole::Agent);
    const OperatorSession supervisor = sessionOf(OperatorRole::Supervisor);
    const OperatorSession finance = sessionOf(OperatorRole::Finance);

    ActionOutcome unfreeze(const OperatorSession &who, const OrderActions::UnfreezeInput &in)
    {
        return f.run([&](QObject *c, auto done) { f.actions().unfreeze(who, in, c, done); });
    }
    ActionOutcome charge(const OperatorSession &who, const OrderActions::ChargeInput &in)
    {
        return f.run([&](QObject *c, auto done) { f.actions().charge(who, in, c, done); });
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }

    void unfreezeMovesTheDepositAndTheIndex()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        QSignalSpy changed(&f.actions(), &OrderActions::orderChanged);
        QVERIFY(f.actions().availability(OrderActions::Action::Unfreeze, agent, *order).enabled);
        const ActionOutcome out =
            unfreeze(agent, {order->outOrderNo, Money::fromFen(120), u"Device returned"_qs, true});
        QVERIFY2(out.status == Status::Done, qPrintable(out.message));
        QVERIFY(out.message.contains(u"¥1.20"_qs));
        QVERIFY(!out.requestNo.isEmpty());
        QCOMPARE(changed.count(), 1);
        // Alipay's side and ours agree.
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest - Money::fromFen(120));
        QCOMPARE(f.operationsWithNumber(*order, out.requestNo), 1);
        const OrderRecord after = f.indexed(order->outOrderNo);
        QCOMPARE(after.rest, order->rest - Money::fromFen(120));
        QCOMPARE(after.unfrozen, order->unfrozen + Money::fromFen(120));
        const auto intent = IntentJournal(f.store()).find(out.intentId);
        QCOMPARE(intent->outcome, IntentRecord::Outcome::Succeeded);
        QCOMPARE(intent->operatorLogin, agent.login);
        QCOMPARE(intent->parameters.value(u"out_request_no").toString(), out.requestNo);
        QCOMPARE(f.auditActions(order->outOrderNo),
                 (QStringList{u"order.unfreeze.requested"_qs, u"order.unfreeze.succeeded"_qs}));
        QVERIFY(f.audit(order->outOrderNo).first().detail.contains(u"\"amount_fen\":120"_qs));
        QVERIFY(AuditLog(f.store()).verify().ok);
    }

    void aCallNeverLeavesWhileATransactionAroundItIsOpen()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        {
            // The action's own commit is then only a savepoint's: its intent may still be undone.
            SqlTransaction outer(f.store().database(), f.store().dialect());
            QVERIFY(outer.isActive());
            const ActionOutcome out = unfreeze(
                agent, {order->outOrderNo, Money::fromFen(100), u"Device returned"_qs, true});
            QCOMPARE(out.status, Status::Refused);
            QVERIFY2(out.message.contains(u"Nothing was moved"_qs), qPrintable(out.message));
        }                                                            // rolled back
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest); // nothing reached Alipay
        QCOMPARE(f.indexed(order->outOrderNo).rest, order->rest);
        QVERIFY(f.auditActions(order->outOrderNo).isEmpty());
        // Outside of it the same unfreeze goes through.
        const ActionOutcome out =
            unfreeze(agent, {order->outOrderNo, Money::fromFen(100), u"Device returned"_qs, true});
        QVERIFY2(out.status == Status::Done, qPrintable(out.message));
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest - Money::fromFen(100));
    }

    void chargeMovesTheDepositAndTheIndex()
    {
        const auto order = f.freshOrder(Money::fromFen(500));
        QVERIFY(order);
        const ActionOutcome out =
            charge(agent, {order->outOrderNo, Money::fromFen(250), u"Late return fee"_qs,
                           u"Returned two days late"_qs, false});
        QVERIFY2(out.status == Status::Done, qPrintable(out.message));
        QCOMPARE(f.tradesNumbered(out.requestNo), 1);
        QCOMPARE(f.trade(out.requestNo).totalAmount, Money::fromFen(250));
        QCOMPARE(f.trade(out.requestNo).authNo, order->authNo);
        const OrderRecord after = f.indexed(order->outOrderNo);
        QCOMPARE(after.paid, order->paid + Money::fromFen(250));
        QCOMPARE(after.rest, order->rest - Money::fromFen(250));
        QCOMPARE(after.status, OrderStatus::Authorized);
    }

    void chargeReleasingTheRestEndsTheOrder()
    {
        const auto order = f.freshOrder(Money::fromFen(500));
        QVERIFY(order);
        const ActionOutcome out =
            charge(supervisor, {order->outOrderNo, Money::fromFen(100), {}, u"Damage"_qs, true});
        QVERIFY2(out.status == Status::Done, qPrintable(out.message));
        QCOMPARE(f.sandboxOrder(*order)->status, Sandbox::AuthOrderStatus::Finish);
        const OrderRecord after = f.indexed(order->outOrderNo);
        QCOMPARE(after.status, OrderStatus::Finish);
        QCOMPARE(after.rest, Money());
        QCOMPARE(after.paid, order->paid + Money::fromFen(100));
    }

    void invalidAmountsAndReasonsChangeNothing()
    {
        const auto order = f.freshOrder(Money::fromFen(100));
        QVERIFY(order);
        const Money rest = order->rest;
        const QList<std::pair<OrderActions::UnfreezeInput, QString>> cases = {
            {{order->outOrderNo, rest + Money::fromFen(1), u"too much"_qs, true}, u"more than"_qs},
            {{order->outOrderNo, Money(), u"nothing"_qs, true}, u"above ¥0.00"_qs},
            {{order->outOrderNo, Money::fromFen(-5), u"negative"_qs, true}, u"above ¥0.00"_qs},
            {{order->outOrderNo, Money::fromFen(10), u"   "_qs, true}, u"reason"_qs},
            {{u"NO-SUCH-ORDER"_qs, Money::fromFen(10), u"x"_qs, true}, u"not in the"_qs},
        };
        for (const auto &[input, words] : cases) {
            const ActionOutcome out = unfreeze(agent, input);
            QCOMPARE(out.status, Status::Refused);
            QVERIFY2(out.message.contains(words), qPrintable(out.message));
            QCOMPARE(out.intentId, qint64(0));
            QVERIFY(out.requestNo.isEmpty());
        }
        const ActionOutcome over =
            charge(agent, {order->outOrderNo, rest + Money::fromFen(1), u"s"_qs, u"r"_qs, false});
        QCOMPARE(over.status, Status::Refused);
        QVERIFY(over.message.contains(yuanDigits(rest)));
        // Nothing written anywhere (the order's lock, taken in the transaction the intent would
        // have been written in, neither), nothing sent.
        QVERIFY(!OrderLocks(f.store(), u"anyone"_qs).holder(order->outOrderNo));
        QVERIFY(IntentJournal(f.store()).forOrder(order->outOrderNo).isEmpty());
        QVERIFY(f.audit(order->outOrderNo).isEmpty());
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), rest);
        QCOMPARE(f.indexed(order->outOrderNo).rest, rest);
    }

    void rolesAreCheckedByTheService()
    {
        const auto order = f.freshOrder(Money::fromFen(60000));
        QVERIFY(order);
        const auto denied =
            f.actions().availability(OrderActions::Action::Unfreeze, finance, *order);
        QVERIFY(!denied.enabled);
        QCOMPARE(denied.reason,
                 Permissions::deniedReason(OperatorRole::Finance, Capability::Unfreeze));
        // The button being hidden is not the check: the service refuses on its own.
        const ActionOutcome byFinance =
            unfreeze(finance, {order->outOrderNo, Money::fromFen(100), u"r"_qs, true});
        QCOMPARE(byFinance.status, Status::Refused);
        QCOMPARE(byFinance.message,
                 Permissions::deniedReason(OperatorRole::Finance, Capability::Unfreeze));
        const ActionOutcome nobody =
            unfreeze(OperatorSession(), {order->outOrderNo, Money::fromFen(100), u"r"_qs, true});
        QCOMPARE(nobody.status, Status::Refused);
        // An agent may charge up to ¥500.00; a supervisor more.
        const ActionOutcome overLimit =
            charge(agent, {order->outOrderNo, Money::fromFen(50001), u"s"_qs, u"damage"_qs, false});
        QCOMPARE(overLimit.status, Status::Refused);
        QVERIFY2(overLimit.message.contains(u"500.00"_qs), qPrintable(overLimit.message));
        QVERIFY(IntentJournal(f.store()).forOrder(order->outOrderNo).isEmpty());
        const ActionOutcome bySupervisor = charge(
            supervisor, {order->outOrderNo, Money::fromFen(50001), u"s"_qs, u"damage"_qs, false});
        QVERIFY2(bySupervisor.status == Status::Done, qPrintable(bySupervisor.message));
        // Cancel needs a freeze whose outcome is unknown; Sesame needs a credit order.
        const auto cancel = f.actions().availability(OrderActions::Action::CancelFreeze, agent,
                                                     f.indexed(order->outOrderNo));
        QVERIFY(!cancel.enabled);
        QVERIFY(cancel.reason.contains(u"unfreeze it"_qs));
    }

    void alipaysRefusalIsFailedWithItsCodes()
    {
        auto order = f.freshOrder(Money::fromFen(100));
        while (order && order->paid > Money()) // an order charged before would end FINISH
            order = f.freshOrder(Money::fromFen(100));
        QVERIFY(order);
        // Closed elsewhere: everything unfrozen at Alipay, the index does not know yet.
        Sandbox::UnfreezeRequest elsewhere;
        elsewhere.appId = f.demo->summary().appId;
        elsewhere.authNo = order->authNo;
        elsewhere.outRequestNo = u"ELSEWHERE1"_qs;
        elsewhere.amount = order->rest;
        elsewhere.remark = u"counter"_qs;
        QVERIFY(f.ledger().unfreeze(elsewhere, QDateTime::currentDateTimeUtc()).ok());
        QCOMPARE(f.sandboxOrder(*order)->status, Sandbox::AuthOrderStatus::Closed);

        const ActionOutcome out =
            unfreeze(agent, {order->outOrderNo, Money::fromFen(50), u"Returned"_qs, true});
        QCOMPARE(out.status, Status::Failed);
        QCOMPARE(out.code, u"40004"_qs);
        QCOMPARE(out.subCode, u"ORDER_ALREADY_CLOSED"_qs);
        QVERIFY(out.message.startsWith(u"Alipay refused an unfreeze of ¥0.50"_qs));
        QVERIFY(out.message.contains(u"Nothing was moved"_qs));
        QCOMPARE(IntentJournal(f.store()).find(out.intentId)->outcome,
                 IntentRecord::Outcome::Failed);
        QCOMPARE(f.auditActions(order->outOrderNo).last(), u"order.unfreeze.failed"_qs);
        QVERIFY(f.audit(order->outOrderNo).last().detail.contains(u"ORDER_ALREADY_CLOSED"_qs));
    }

    void refundIsRequestedThenExecutedByAnotherPerson()
    {
        const auto order = f.freshOrder(Money::fromFen(1000));
        QVERIFY(order);
        const ActionOutcome paid =
            charge(agent, {order->outOrderNo, Money::fromFen(400), u"Fee"_qs, u"late"_qs, false});
        QVERIFY2(paid.status == Status::Done, qPrintable(paid.message));
        const auto request = [&](Money amount) {
            return f.run([&](QObject *c, auto done) {
                f.actions().requestRefund(
                    agent, {order->outOrderNo, paid.requestNo, amount, u"Charged by mistake"_qs}, c,
                    done);
            });
        };
        QCOMPARE(request(Money::fromFen(401)).status, Status::Refused);
        const ActionOutcome recorded = request(Money::fromFen(300));
        QCOMPARE(recorded.status, Status::Recorded);
        QVERIFY(recorded.refundRequestId > 0);
        // What is asked for is no longer refundable.
        QCOMPARE(request(Money::fromFen(101)).status, Status::Refused);
        RefundRequests requests(f.store());
        QCOMPARE(requests.find(recorded.refundRequestId)->status,
                 RefundRequestRecord::Status::PendingApproval);
        QVERIFY(f.trade(paid.requestNo).refundFee == Money()); // nothing sent yet

        const auto execute = [&](const OperatorSession &who) {
            return f.run([&](QObject *c, auto done) {
                f.actions().executeRefund(who, recorded.refundRequestId, c, done);
            });
        };
        QCOMPARE(execute(agent).status, Status::Refused); // agents do not approve
        QCOMPARE(execute(sessionOf(OperatorRole::Supervisor, agent.login)).status,
                 Status::Refused); // nor does the requester
        const ActionOutcome executed = execute(supervisor);
        QVERIFY2(executed.status == Status::Done, qPrintable(executed.message));
        QCOMPARE(executed.requestNo, recorded.requestNo);
        QCOMPARE(requests.find(recorded.refundRequestId)->status,
                 RefundRequestRecord::Status::Executed);
        QCOMPARE(f.trade(paid.requestNo).refundFee, Money::fromFen(300));
        QCOMPARE(f.indexed(order->outOrderNo).refunded, order->refunded + Money::fromFen(300));
        QCOMPARE(execute(supervisor).status, Status::Refused); // executed once
        QVERIFY(f.auditActions(order->outOrderNo).contains(u"refund.request.created"_qs));
        QVERIFY(f.auditActions(order->outOrderNo).contains(u"order.refund.succeeded"_qs));
    }

    void cancelOfAFreezeWhoseOutcomeIsUnknown()
    {
        QString error;
        const std::optional<OrderRecord> waiting = f.waitingFreeze(u"DDCANCEL"_qs, &error);
        QVERIFY2(waiting, qPrintable(error));
        const OrderRecord order = *waiting;
        QVERIFY(f.actions().availability(OrderActions::Action::CancelFreeze, agent, order).enabled);
        QVERIFY(!f.actions().availability(OrderActions::Action::Unfreeze, agent, order).enabled);
        const auto cancel = [&] {
            return f.run([&](QObject *c, auto done) {
                f.actions().cancelFreeze(agent, {order.outOrderNo, u"Customer left"_qs}, c, done);
            });
        };
        // The freeze's request number comes from a refresh (detail query).
        if (Ledger(f.store()).operations(order.outOrderNo).isEmpty()) {
            QCOMPARE(cancel().status, Status::Refused);
            OperationQuery q;
            q.outOrderNo = order.outOrderNo;
            q.authNo = order.authNo;
            q.operationType = u"FREEZE"_qs;
            std::optional<OperationDetail> detail;
            f.console->api->queryOperation(q, this, [&](const OperationDetail &d) { detail = d; });
            QTRY_VERIFY_WITH_TIMEOUT(detail.has_value(), 15000);
            QVERIFY2(f.console->facts->applyDetail(*detail, FactSource::Query).ok,
                     qPrintable(detail->call.message));
        }
        const ActionOutcome out = cancel();
        QVERIFY2(out.status == Status::Done, qPrintable(out.message));
        QCOMPARE(f.sandboxOrder(order)->status, Sandbox::AuthOrderStatus::Closed);
        QCOMPARE(f.indexed(order.outOrderNo).status, OrderStatus::Closed);
        QCOMPARE(f.auditActions(order.outOrderNo).last(), u"order.cancel.succeeded"_qs);
    }

    void sesameReportOfACreditOrder()
    {
        const auto order = f.freshOrder(Money::fromFen(200), true);
        if (!order)
            QSKIP("the seeded demo has no authorized credit order");
        QVERIFY(
            !f.actions().availability(OrderActions::Action::ReportToSesame, agent, *order).enabled);
        const ActionOutcome paid =
            charge(agent, {order->outOrderNo, Money::fromFen(100), u"Fee"_qs, u"used"_qs, false});
        QVERIFY2(paid.status == Status::Done, qPrintable(paid.message));
        QVERIFY(f.actions()
                    .availability(OrderActions::Action::ReportToSesame, agent,
                                  f.indexed(order->outOrderNo))
                    .enabled);
        const ActionOutcome out = f.run([&](QObject *c, auto done) {
            f.actions().reportToSesame(
                agent, {order->outOrderNo, paid.requestNo, false, u"Returned in time"_qs}, c, done);
        });
        QVERIFY2(out.status == Status::Done, qPrintable(out.message));
        const auto syncs = f.ledger().syncs(f.trade(paid.requestNo).tradeNo);
        QCOMPARE(syncs.size(), 1);
        QCOMPARE(syncs.first().status, u"COMPLETE"_qs);
        QCOMPARE(syncs.first().outRequestNo, out.requestNo);
    }

    // A desk without usable credentials (read-only) refuses every Alipay action in the service
    // and says why; a refund request, recorded locally, stays possible.
    void aDeskWithoutCredentialsIsReadOnly()
    {
        const auto order = f.freshOrder(Money::fromFen(100));
        QVERIFY(order);
        GatewayClient client(GatewayConfig{});
        AlipayApi api(&client);
        RequestNumberGenerator numbers;
        OrderFacts facts(f.store());
        OrderActions actions(f.store(), api, numbers, facts, u"desk-readonly"_qs);
        for (auto action :
             {OrderActions::Action::Unfreeze, OrderActions::Action::Charge,
              OrderActions::Action::CancelFreeze, OrderActions::Action::ReportToSesame}) {
            const auto a = actions.availability(action, agent, *order);
            QVERIFY(!a.enabled);
            QVERIFY2(a.reason.contains(u"credentials"_qs), qPrintable(a.reason));
        }
        QVERIFY(actions.gatewayProblem(OrderActions::Action::RequestRefund).isEmpty());
        std::optional<ActionOutcome> out;
        actions.unfreeze(agent, {order->outOrderNo, Money::fromFen(10), u"r"_qs, true}, this,
                         [&out](const ActionOutcome &o) { out = o; });
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->status, Status::Refused);
        QVERIFY2(out->message.contains(u"credentials"_qs), qPrintable(out->message));
        QVERIFY(IntentJournal(f.store()).forOrder(order->outOrderNo).isEmpty());
        QVERIFY(f.audit(order->outOrderNo).isEmpty());
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest);
    }
};

QTEST_GUILESS_MAIN(TestOrderActions)
#include "tst_orderactions.moc"
