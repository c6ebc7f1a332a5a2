// The supervisors' refund approval against the real sandbox: who may decide, what is
// sent (exactly the recorded request, once), the approval threshold, and every status reachable.

#include "ApprovalsFixture.h"

#include "store/DeskPolicy.h"
#include "store/RefundRequests.h"

#include <QSignalSpy>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using Status = ActionOutcome::Status;
using RS = RefundRequestRecord::Status;

class TestRefundApprovals : public QObject
{
    Q_OBJECT

    ApprovalsFixture f;
    const OperatorSession agent = demoSession(OperatorRole::Agent);
    const OperatorSession finance = demoSession(OperatorRole::Finance);
    const OperatorSession supervisor = demoSession(OperatorRole::Supervisor);
    const OperatorSession admin = demoSession(OperatorRole::Admin);

    RS statusOf(qint64 id) { return f.approvals().find(id)->status; }

    // A pending request of `amount` by `who` on a fresh charge of 10.00.
    struct Pending
    {
        QString outOrderNo;
        QString outTradeNo;
        ActionOutcome recorded;
    };
    Pending pending(const OperatorSession &who, Money amount = Money::fromFen(300))
    {
        Pending p;
        p.outTradeNo = f.chargedTrade(Money::fromFen(1500), Money::fromFen(1000), &p.outOrderNo);
        if (p.outTradeNo.isEmpty())
            qFatal("no order to charge");
        p.recorded = f.request(who, p.outOrderNo, p.outTradeNo, amount);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.services().resolver().setBackoff({50, 100, 200});
        // "Not found" settles NOT_DONE once the request is older than the client's timeout.
        f.services().resolver().setNotDoneMargin(0);
    }

    void deskPolicyKeepsTypedSettings()
    {
        DeskPolicy policy(f.store());
        QVERIFY(!policy.refundApprovalThreshold()); // default: every refund needs an approval
        QVERIFY(policy.setRefundApprovalThreshold(Money::fromFen(5000), u"demo-admin"_qs));
        QCOMPARE(policy.refundApprovalThreshold(), std::optional(Money::fromFen(5000)));
        QCOMPARE(policy.value(DeskPolicy::RefundApprovalThreshold), std::optional(u"5000"_qs));
        QVERIFY(!policy.setRefundApprovalThreshold(Money(), u"demo-admin"_qs));
        QVERIFY(!policy.setValue(u"x"_qs, u"1"_qs, QString())); // nobody named
        QVERIFY(policy.setRefundApprovalThreshold(std::nullopt, u"demo-admin"_qs));
        QVERIFY(!policy.refundApprovalThreshold());
        QVERIFY(!policy.value(DeskPolicy::RefundApprovalThreshold));
    }

    void supervisorApprovesAgentsRequestExactlyOnce()
    {
        QSignalSpy changed(&f.approvals(), &RefundApprovals::queueChanged);
        const Pending p = pending(agent, Money::fromFen(321));
        QVERIFY2(p.recorded.status == Status::Recorded, qPrintable(p.recorded.message));
        QVERIFY(changed.count() >= 1); // this desk's request shows at once, no poll needed
        QCOMPARE(statusOf(p.recorded.refundRequestId), RS::PendingApproval);
        QVERIFY(f.approvals().queue(RS::PendingApproval).first().id == p.recorded.refundRequestId);
        QVERIFY(f.sandboxRefunds(p.outTradeNo, p.recorded.requestNo).isEmpty());

        const ActionOutcome out = f.approve(supervisor, p.recorded.refundRequestId, u"OK"_qs);
        QVERIFY2(out.status == Status::Done, qPrintable(out.message));
        QCOMPARE(out.requestNo, p.recorded.requestNo);
        const QList<Sandbox::Refund> refunds = f.sandboxRefunds(p.outTradeNo, p.recorded.requestNo);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().amount, Money::fromFen(321));
        QCOMPARE(f.ledger().refunds(f.tradeNoOf(p.outTradeNo)).size(), 1);
        const RefundRequestRecord after = *f.approvals().find(p.recorded.refundRequestId);
        QCOMPARE(after.status, RS::Executed);
        QCOMPARE(after.decidedBy, supervisor.login);
        QCOMPARE(after.decisionComment, u"OK"_qs);
        QVERIFY(f.auditActions(p.outOrderNo).contains(u"refund.request.approved"_qs));
        QVERIFY(f.auditActions(p.outOrderNo).contains(u"order.refund.succeeded"_qs));

        // A second approval sends nothing.
        QCOMPARE(f.approve(admin, p.recorded.refundRequestId).status, Status::Refused);
        QCOMPARE(f.ledger().refunds(f.tradeNoOf(p.outTradeNo)).size(), 1);
    }

    void requesterNeverApprovesOwnRequest()
    {
        const Pending p = pending(supervisor);
        QCOMPARE(p.recorded.status, Status::Recorded);
        const ActionOutcome own = f.approve(supervisor, p.recorded.refundRequestId);
        QCOMPARE(own.status, Status::Refused);
        QVERIFY(own.message.contains(supervisor.login));
        QCOMPARE(f.approvals()
                     .reject(supervisor, p.recorded.refundRequestId, u"changed my mind"_qs)
                     .status,
                 Status::Refused);
        QCOMPARE(statusOf(p.recorded.refundRequestId), RS::PendingApproval);
        QVERIFY(f.sandboxRefunds(p.outTradeNo, p.recorded.requestNo).isEmpty());
        // Another person with the right may.
        const ActionOutcome out = f.approve(admin, p.recorded.refundRequestId);
        QVERIFY2(out.status == Status::Done, qPrintable(out.message));
        QCOMPARE(f.sandboxRefunds(p.outTradeNo, p.recorded.requestNo).size(), 1);
    }

    void agentAndFinanceCannotDecide()
    {
        const Pending p = pending(admin);
        QCOMPARE(p.recorded.status, Status::Recorded);
        const qint64 id = p.recorded.refundRequestId;
        const int audited = f.auditActions().size();
        for (const OperatorSession &who : {agent, finance, OperatorSession()}) {
            const ActionOutcome approved = f.approve(who, id, u"fine"_qs);
            QCOMPARE(approved.status, Status::Refused);
            QVERIFY(!approved.message.isEmpty());
            QCOMPARE(f.approvals().reject(who, id, u"no"_qs).status, Status::Refused);
        }
        QVERIFY(f.approvals()
                    .decisionProblem(agent, *f.approvals().find(id))
                    .contains(u"supervisor"_qs, Qt::CaseInsensitive));
        QCOMPARE(statusOf(id), RS::PendingApproval);
        QVERIFY(f.approvals().find(id)->decidedBy.isEmpty());
        QVERIFY(f.sandboxRefunds(p.outTradeNo, p.recorded.requestNo).isEmpty());
        QCOMPARE(f.auditActions().size(), audited); // nothing happened, nothing written
        // Nor may they bypass the service through OrderActions.
        const ActionOutcome direct = f.run(
            [&](QObject *c, auto done) { f.actions().executeRefund(agent, id, u"x"_qs, c, done); });
        QCOMPARE(direct.status, Status::Refused);
        QCOMPARE(statusOf(id), RS::PendingApproval);
    }

    void rejectNeedsAComment()
    {
        const Pending p = pending(agent);
        const qint64 id = p.recorded.refundRequestId;
        QCOMPARE(f.approvals().reject(supervisor, id, u"  "_qs).status, Status::Refused);
        QCOMPARE(statusOf(id), RS::PendingApproval);
        const ActionOutcome rejected = f.approvals().reject(supervisor, id, u"Not our fault"_qs);
        QVERIFY2(rejected.ok(), qPrintable(rejected.message));
        const RefundRequestRecord after = *f.approvals().find(id);
        QCOMPARE(after.status, RS::Rejected);
        QCOMPARE(after.decidedBy, supervisor.login);
        QCOMPARE(after.decisionComment, u"Not our fault"_qs);
        QVERIFY(f.auditActions(p.outOrderNo).contains(u"refund.request.rejected"_qs));
        QCOMPARE(f.approve(admin, id).status, Status::Refused); // closed
        QVERIFY(f.sandboxRefunds(p.outTradeNo, p.recorded.requestNo).isEmpty());
        const QList<RefundRequestEvent> history = f.approvals().history(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().comment, u"Not our fault"_qs);
    }

    void thresholdLetsSmallRefundsThrough()
    {
        const auto threshold = Money::fromFen(500);
        QVERIFY(!f.approvals().setThreshold(supervisor, threshold)); // admins only
        QVERIFY(!f.approvals().setThreshold(agent, threshold));
        QVERIFY(!f.approvals().threshold());
        QVERIFY(f.approvals().setThreshold(admin, threshold));
        QCOMPARE(f.approvals().threshold(), std::optional(threshold));
        QVERIFY(f.auditActions().contains(u"policy.refund_threshold.changed"_qs));

        // Below: recorded with its number and executed at once, the policy approving.
        const Pending small = pending(agent, Money::fromFen(499));
        QVERIFY2(small.recorded.status == Status::Done, qPrintable(small.recorded.message));
        const RefundRequestRecord done = *f.approvals().find(small.recorded.refundRequestId);
        QCOMPARE(done.status, RS::Executed);
        QCOMPARE(done.requester, agent.login);
        QCOMPARE(done.decidedBy, OrderActions::PolicyApprover);
        QVERIFY(done.decisionComment.contains(u"5.00"_qs));
        QCOMPARE(done.outRequestNo, small.recorded.requestNo);
        const auto refunds = f.sandboxRefunds(small.outTradeNo, done.outRequestNo);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().amount, Money::fromFen(499));

        // At the threshold: waits for a supervisor.
        const Pending at = pending(agent, threshold);
        QCOMPARE(at.recorded.status, Status::Recorded);
        QCOMPARE(statusOf(at.recorded.refundRequestId), RS::PendingApproval);
        QVERIFY(f.sandboxRefunds(at.outTradeNo, at.recorded.requestNo).isEmpty());

        QVERIFY(f.approvals().setThreshold(admin, std::nullopt));
        QVERIFY(!f.approvals().threshold());
        const Pending after = pending(agent, Money::fromFen(1));
        QCOMPARE(after.recorded.status, Status::Recorded);
    }

    void failedRefundCanBeRequestedAgain()
    {
        const Pending p = pending(agent, Money::fromFen(600));
        // Someone refunds the whole charge behind the console's back: Alipay refuses ours.
        Sandbox::RefundRequest behind;
        behind.appId = f.console.demo().summary().appId;
        behind.outTradeNo = p.outTradeNo;
        behind.refundAmount = Money::fromFen(1000);
        behind.outRequestNo = u"elsewhere-1"_qs;
        behind.refundReason = u"other system"_qs;
        QVERIFY(f.ledger().refund(behind, QDateTime::currentDateTimeUtc()).ok());
        const ActionOutcome out = f.approve(supervisor, p.recorded.refundRequestId);
        QCOMPARE(out.status, Status::Failed);
        QCOMPARE(statusOf(p.recorded.refundRequestId), RS::Failed);
        QVERIFY(f.sandboxRefunds(p.outTradeNo, p.recorded.requestNo).isEmpty());
        const ActionOutcome again = f.request(agent, p.outOrderNo, p.outTradeNo, Money::fromFen(1));
        QVERIFY2(again.status == Status::Recorded, qPrintable(again.message));
        QVERIFY(again.requestNo != p.recorded.requestNo);
    }

    void awaitingRefundBlocksNewRequests()
    {
        const Pending p = pending(agent, Money::fromFen(250));
        f.faults().add({Sandbox::Faults::Kind::ResetAfter, AlipayApi::TradeRefund, 1, 0});
        f.faults().add({Sandbox::Faults::Kind::Code20000, AlipayApi::RefundQuery, -1, 0});
        const ActionOutcome out = f.approve(supervisor, p.recorded.refundRequestId);
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        QCOMPARE(statusOf(p.recorded.refundRequestId), RS::AwaitingConfirmation);
        const ActionOutcome blocked =
            f.request(agent, p.outOrderNo, p.outTradeNo, Money::fromFen(1));
        QCOMPARE(blocked.status, Status::Refused);
        QVERIFY(blocked.message.contains(p.recorded.requestNo));
        QVERIFY(blocked.message.contains(u"awaiting"_qs, Qt::CaseInsensitive));
        QVERIFY(f.approvals().queue(RS::AwaitingConfirmation).size() >= 1);

        // Once Alipay answers the query, it is executed (once) and requests are possible again.
        f.faults().clear();
        f.services().resolver().resolve(out.intentId);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(p.recorded.refundRequestId), RS::Executed, 15000);
        QCOMPARE(f.sandboxRefunds(p.outTradeNo, p.recorded.requestNo).size(), 1);
        QCOMPARE(f.request(agent, p.outOrderNo, p.outTradeNo, Money::fromFen(1)).status,
                 Status::Recorded);
    }

    void everyStatusIsListed()
    {
        // Leave one APPROVED (not sent after all: the query proved it never arrived) and one
        // AWAITING_CONFIRMATION for the listing.
        const Pending notSent = pending(agent, Money::fromFen(111));
        f.faults().add({Sandbox::Faults::Kind::Code20000, AlipayApi::TradeRefund, 1, 0});
        const ActionOutcome lost = f.approve(supervisor, notSent.recorded.refundRequestId);
        QCOMPARE(lost.status, Status::AwaitingConfirmation);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(notSent.recorded.refundRequestId), RS::Approved, 40000);

        const Pending unknown = pending(agent, Money::fromFen(112));
        f.faults().add({Sandbox::Faults::Kind::ResetAfter, AlipayApi::TradeRefund, 1, 0});
        f.faults().add({Sandbox::Faults::Kind::Code20000, AlipayApi::RefundQuery, -1, 0});
        QCOMPARE(f.approve(supervisor, unknown.recorded.refundRequestId).status,
                 Status::AwaitingConfirmation);

        for (RS status : {RS::PendingApproval, RS::Approved, RS::Rejected, RS::Executed, RS::Failed,
                          RS::AwaitingConfirmation}) {
            const QList<RefundRequestRecord> listed = f.approvals().queue(status);
            QVERIFY2(!listed.isEmpty(), qPrintable(refundRequestStatusCode(status)));
            for (const RefundRequestRecord &r : listed)
                QCOMPARE(r.status, status);
        }
        const QList<RefundRequestRecord> all = f.approvals().queue();
        QVERIFY(all.size() >= 6);
        for (int i = 1; i < all.size(); ++i) // newest first
            QVERIFY(all.at(i - 1).requested >= all.at(i).requested);
        QCOMPARE(f.approvals().pendingCount(),
                 int(f.approvals().queue(RS::PendingApproval).size()));
        f.faults().clear();
    }

    void approvalSignInIsCheckedAndAudited()
    {
        QString message;
        const OperatorSession wrong =
            f.approvals().signInApprover(agent.login, supervisor.login, u"nope-nope"_qs, &message);
        QVERIFY(!wrong.isValid());
        QVERIFY(!message.isEmpty());
        const OperatorSession ok = f.approvals().signInApprover(
            agent.login, supervisor.login,
            OperatorDirectory::demoPassword(OperatorRole::Supervisor), &message);
        QVERIFY(ok.isValid());
        QCOMPARE(ok.role, OperatorRole::Supervisor);
        QCOMPARE(f.services().session().login, agent.login); // the desk stays the agent's
        AuditFilter filter;
        filter.action = u"refund.approval_sign_in"_qs;
        const QList<AuditEntry> entries = AuditLog(f.store()).entries(filter);
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.first().detail.contains(u"wrong_credentials"_qs));
        QCOMPARE(entries.last().operatorLogin, supervisor.login);
        for (const AuditEntry &e : entries)
            QVERIFY(!e.detail.contains(u"nope-nope"_qs));
    }
};

QTEST_MAIN(TestRefundApprovals)
#include "tst_refundapprovals.moc"
