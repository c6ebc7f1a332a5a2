// Reporting a customer's default (VIOLATED) to Sesame, as Alipay's rule says: only for an order
// whose charge the customer could not pay, only 15 days after the first such charge (an injected
// clock moves the days), asked for by an agent and approved by another supervisor; the work queue
// lists the failed charges, the defaults that became due and the requests to approve.

#include "ActionsFixture.h"
#include "ManualClock.h"

#include "services/actions/SesameDefaultRule.h"
#include "services/queue/WorkQueue.h"
#include "store/SesameDefaultRequests.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using Status = ActionOutcome::Status;
using namespace Qt::StringLiterals;

class TestSesameDefault : public QObject
{
    Q_OBJECT

    ActionsFixture f;
    ManualClock clock{QDateTime::currentDateTimeUtc()};
    const OperatorSession agent = sessionOf(OperatorRole::Agent);
    const OperatorSession supervisor = sessionOf(OperatorRole::Supervisor);
    const OperatorSession otherSupervisor = sessionOf(OperatorRole::Supervisor, u"sup-two"_qs);

    // The sandbox's control endpoint: this order's payer can (or cannot) pay from now on.
    bool setPayerCanPay(const OrderRecord &order, bool canPay)
    {
        QNetworkAccessManager network;
        QUrl url = f.demo->gateway().baseUrl();
        url.setPath(u"/sandbox/user/payer"_qs);
        QUrlQuery form;
        form.addQueryItem(u"auth_no"_qs, order.authNo);
        form.addQueryItem(u"can_pay"_qs, canPay ? u"true"_qs : u"false"_qs);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_qs);
        QNetworkReply *reply = network.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return false;
        reply->deleteLater();
        return reply->error() == QNetworkReply::NoError;
    }

    // A credit order whose payer cannot pay, and its failed charge of everything left.
    std::optional<std::pair<OrderRecord, ActionOutcome>> failedCharge()
    {
        const auto order = f.freshOrder(Money::fromFen(200), true);
        if (!order || !setPayerCanPay(*order, false))
            return std::nullopt;
        const ActionOutcome out = f.run([&](QObject *c, auto done) {
            f.actions().charge(supervisor,
                               {order->outOrderNo, order->rest, u"Not returned"_qs,
                                u"Camera never returned"_qs, false},
                               c, done);
        });
        return std::pair{*order, out};
    }

    ActionOutcome ask(const OperatorSession &who, const QString &outOrderNo,
                      const QString &reason = u"Customer stopped answering"_qs)
    {
        return f.run([&](QObject *c, auto done) {
            f.actions().requestDefaultReport(who, {outOrderNo, reason}, c, done);
        });
    }
    ActionOutcome approve(const OperatorSession &who, qint64 id)
    {
        return f.run([&](QObject *c, auto done) {
            f.actions().approveDefaultReport(who, id, u"Checked the calls"_qs, c, done);
        });
    }
    QList<SesameDefaultRequest> requests(const QString &outOrderNo) const
    {
        return SesameDefaultRequests(f.store()).forOrder(outOrderNo);
    }
    WorkLine line(WorkKind kind) const
    {
        const WorkSnapshot s = WorkQueue::read(f.store(), {kind}, clock.now());
        return s.lines.value(0);
    }
    static bool lists(const WorkLine &line, const QString &outOrderNo)
    {
        for (const WorkEntry &e : line.entries)
            if (e.outOrderNo == outOrderNo)
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.actions().setClock(clock);
    }

    void aChargeTheCustomerCannotPayFailsAndNothingMoves()
    {
        const auto failed = failedCharge();
        QVERIFY(failed);
        const OrderRecord order = failed->first;
        const ActionOutcome out = failed->second;
        QVERIFY2(out.status == Status::Failed, qPrintable(out.message));
        QCOMPARE(out.subCode, u"ACQ.BUYER_BALANCE_NOT_ENOUGH"_qs);
        const OrderRecord after = f.indexed(order.outOrderNo);
        QCOMPARE(after.rest, order.rest);
        QCOMPARE(after.paid, order.paid);
        QCOMPARE(f.sandboxOrder(order)->restAmount(), order.rest);
        QCOMPARE(f.sandboxOrder(order)->status, Sandbox::AuthOrderStatus::Authorized);
        const std::optional<IntentRecord> intent = IntentJournal(f.store()).find(out.intentId);
        QVERIFY(intent);
        QVERIFY(SesameDefaultRule::isFailedCollection(*intent));
    }

    void theDefaultIsDueFifteenDaysAfterTheFirstFailedCharge()
    {
        clock.set(QDateTime::currentDateTimeUtc());
        const auto failed = failedCharge();
        QVERIFY(failed);
        const OrderRecord order = failed->first;
        const ActionOutcome out = failed->second;
        QCOMPARE(out.status, Status::Failed);
        QVERIFY(lists(line(WorkKind::FailedCharges), order.outOrderNo));
        QVERIFY(!lists(line(WorkKind::DefaultsDue), order.outOrderNo));

        // Before the 15 days: refused, saying from when, and nothing is written.
        clock.advance(std::chrono::hours(24 * 15 - 1));
        ActionOutcome early = ask(agent, order.outOrderNo);
        QCOMPARE(early.status, Status::Refused);
        QVERIFY2(early.message.contains(u"15"_qs), qPrintable(early.message));
        QVERIFY(requests(order.outOrderNo).isEmpty());

        // Past the 15 days: the work queue lists it as due, and an agent asks for the report.
        clock.advance(std::chrono::hours(2));
        QVERIFY(lists(line(WorkKind::DefaultsDue), order.outOrderNo));
        QVERIFY(!lists(line(WorkKind::FailedCharges), order.outOrderNo));
        const ActionOutcome asked = ask(agent, order.outOrderNo);
        QVERIFY2(asked.status == Status::Recorded, qPrintable(asked.message));
        QCOMPARE(requests(order.outOrderNo).size(), 1);
        const SesameDefaultRequest request = requests(order.outOrderNo).first();
        QCOMPARE(request.outTradeNo, out.requestNo);
        QCOMPARE(request.status, SesameDefaultRequest::Status::PendingApproval);
        QVERIFY(!lists(line(WorkKind::DefaultsDue), order.outOrderNo));
        QVERIFY(lists(line(WorkKind::DefaultApprovals), order.outOrderNo));
        QVERIFY(f.auditActions(order.outOrderNo).contains(u"sesame.default.requested"_qs));

        // Asked once: a second request is refused.
        QCOMPARE(ask(supervisor, order.outOrderNo).status, Status::Refused);
        QCOMPARE(requests(order.outOrderNo).size(), 1);

        // Nothing reached Alipay yet.
        const Sandbox::Trade closed = f.trade(out.requestNo);
        QVERIFY(!closed.tradeNo.isEmpty());
        QVERIFY(f.ledger().syncs(closed.tradeNo).isEmpty());

        // The requester may not approve, nor may an agent; another supervisor does.
        OperatorSession requesterAsSupervisor = supervisor;
        requesterAsSupervisor.login = agent.login;
        QCOMPARE(approve(requesterAsSupervisor, request.id).status, Status::Refused);
        QCOMPARE(approve(sessionOf(OperatorRole::Agent, u"agent-two"_qs), request.id).status,
                 Status::Refused);
        QVERIFY(f.ledger().syncs(closed.tradeNo).isEmpty());
        const ActionOutcome approved = approve(otherSupervisor, request.id);
        QVERIFY2(approved.status == Status::Done, qPrintable(approved.message));
        const QList<Sandbox::OrderInfoSyncRecord> syncs = f.ledger().syncs(closed.tradeNo);
        QCOMPARE(syncs.size(), 1);
        QCOMPARE(syncs.first().status, u"VIOLATED"_qs);
        QCOMPARE(syncs.first().outRequestNo, request.outRequestNo);
        const SesameDefaultRequest decided = requests(order.outOrderNo).first();
        QCOMPARE(decided.status, SesameDefaultRequest::Status::Approved);
        QCOMPARE(decided.decidedBy, otherSupervisor.login);
        QCOMPARE(decided.intentId, approved.intentId);
        QVERIFY(!lists(line(WorkKind::DefaultApprovals), order.outOrderNo));

        // Approving again sends nothing twice.
        QCOMPARE(approve(otherSupervisor, request.id).status, Status::Refused);
        QCOMPARE(f.ledger().syncs(closed.tradeNo).size(), 1);
    }

    void aRejectedRequestSendsNothingAndMayBeAskedAgain()
    {
        clock.set(QDateTime::currentDateTimeUtc());
        const auto failed = failedCharge();
        QVERIFY(failed);
        const OrderRecord order = failed->first;
        const ActionOutcome out = failed->second;
        QCOMPARE(out.status, Status::Failed);
        clock.advance(std::chrono::hours(24 * 16));
        QCOMPARE(ask(agent, order.outOrderNo).status, Status::Recorded);
        const qint64 id = requests(order.outOrderNo).first().id;
        QCOMPARE(f.actions().rejectDefaultReport(otherSupervisor, id, {}).status,
                 Status::Refused); // a rejection says why
        const ActionOutcome rejected =
            f.actions().rejectDefaultReport(otherSupervisor, id, u"The customer paid in store"_qs);
        QVERIFY2(rejected.status == Status::Recorded, qPrintable(rejected.message));
        QCOMPARE(requests(order.outOrderNo).first().status, SesameDefaultRequest::Status::Rejected);
        QVERIFY(f.ledger().syncs(f.trade(out.requestNo).tradeNo).isEmpty());
        QVERIFY(f.auditActions(order.outOrderNo).contains(u"sesame.default.rejected"_qs));
        QCOMPARE(approve(otherSupervisor, id).status, Status::Refused);
        // Asked again after a rejection.
        QCOMPARE(ask(agent, order.outOrderNo).status, Status::Recorded);
        QCOMPARE(requests(order.outOrderNo).size(), 2);
    }

    void noDefaultWithoutAFailedChargeAndNeverInOneStep()
    {
        clock.set(QDateTime::currentDateTimeUtc().addDays(400));
        const auto order = f.freshOrder(Money::fromFen(300), true);
        QVERIFY(order);
        const ActionOutcome charged = f.run([&](QObject *c, auto done) {
            f.actions().charge(
                supervisor,
                {order->outOrderNo, Money::fromFen(100), u"Fee"_qs, u"Late return"_qs, false}, c,
                done);
        });
        QVERIFY2(charged.status == Status::Done, qPrintable(charged.message));
        const ActionOutcome asked = ask(agent, order->outOrderNo);
        QCOMPARE(asked.status, Status::Refused);
        QVERIFY(requests(order->outOrderNo).isEmpty());
        OrderActions::SesameInput direct;
        direct.outOrderNo = order->outOrderNo;
        direct.outTradeNo = charged.requestNo;
        direct.violated = true;
        direct.reason = u"Did not return"_qs;
        const ActionOutcome oneStep = f.run([&](QObject *c, auto done) {
            f.actions().reportToSesame(supervisor, direct, c, done);
        });
        QCOMPARE(oneStep.status, Status::Refused);
        QVERIFY(f.ledger().syncs(f.trade(charged.requestNo).tradeNo).isEmpty());
    }

    void aPayerWhoCanPayAgainIsChargedWithANewNumber()
    {
        const auto failed = failedCharge();
        QVERIFY(failed);
        const OrderRecord order = failed->first;
        const ActionOutcome out = failed->second;
        QCOMPARE(out.status, Status::Failed);
        QVERIFY(setPayerCanPay(order, true));
        const ActionOutcome paid = f.run([&](QObject *c, auto done) {
            f.actions().charge(supervisor,
                               {order.outOrderNo, order.rest, u"Not returned"_qs,
                                u"Camera never returned"_qs, false},
                               c, done);
        });
        QVERIFY2(paid.status == Status::Done, qPrintable(paid.message));
        QVERIFY(paid.requestNo != out.requestNo);
        QCOMPARE(f.indexed(order.outOrderNo).rest, Money());
    }
};

QTEST_GUILESS_MAIN(TestSesameDefault)
#include "tst_sesamedefault.moc"
