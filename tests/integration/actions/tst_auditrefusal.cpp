// Nothing is sent that the audit log cannot record. A trigger on the real SQLite file makes the
// audit log refuse its entries: an action whose "requested" entry cannot be written is refused in
// plain words, no request reaches the sandbox, and the journal, the refund requests, the sandbox's
// ledger and the index stay as they were. An answer or a settlement whose entry cannot be written
// is not recorded at all — facts, outcome and entry are one transaction — so the intent stays
// UNKNOWN and is settled by query, with its entry, once the audit log takes entries again.
#include "ActionsFixture.h"

#include "sandbox/Faults.h"
#include "sandbox/Gateway.h"
#include "services/actions/ActionMessages.h"
#include "store/Ledger.h"
#include "store/OrderMarks.h"
#include "store/Store.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

using Status = ActionOutcome::Status;
using Outcome = IntentRecord::Outcome;
using Fault = Sandbox::Faults::Kind;

namespace {

const QString Refusal = QStringLiteral("audit log refuses this entry");

// While it lives, the audit log refuses every entry whose action is LIKE `pattern`.
class AuditRefusal
{
public:
    AuditRefusal(const Store &store, const QString &pattern)
        : m_store(store)
    {
        QSqlQuery q(m_store.database());
        m_ok = q.exec(QStringLiteral("CREATE TRIGGER test_audit_refusal BEFORE INSERT ON audit_log "
                                     "WHEN NEW.action LIKE '%1' BEGIN SELECT RAISE(ABORT, '%2'); "
                                     "END")
                          .arg(pattern, Refusal));
        if (!m_ok)
            m_error = q.lastError().text();
    }
    ~AuditRefusal()
    {
        if (m_ok)
            QSqlQuery(m_store.database()).exec(QStringLiteral("DROP TRIGGER test_audit_refusal"));
    }
    AuditRefusal(const AuditRefusal &) = delete;
    AuditRefusal &operator=(const AuditRefusal &) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

private:
    const Store &m_store;
    bool m_ok = false;
    QString m_error;
};

} // namespace

class TestAuditRefusal : public QObject
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
    ActionOutcome charge(const OrderRecord &o, Money amount, bool violation = false)
    {
        return f.run([&](QObject *c, auto done) {
            f.actions().charge(
                agent, {o.outOrderNo, amount, u"Fee"_qs, u"Late"_qs, false, violation}, c, done);
        });
    }
    ActionOutcome requestRefund(const OrderRecord &o, const QString &outTradeNo, Money amount)
    {
        return f.run([&](QObject *c, auto done) {
            f.actions().requestRefund(agent, {o.outOrderNo, outTradeNo, amount, u"Mistake"_qs}, c,
                                      done);
        });
    }
    ActionOutcome executeRefund(qint64 requestId)
    {
        return f.run([&](QObject *c, auto done) {
            f.actions().executeRefund(supervisor, requestId, c, done);
        });
    }
    // The unfreezes with this number in the desk's own ledger.
    int recordedUnfreezes(const QString &outOrderNo, const QString &requestNo) const
    {
        int n = 0;
        for (const OperationRecord &op : Ledger(f.store()).operations(outOrderNo))
            n += op.type == u"UNFREEZE" && op.outRequestNo == requestNo ? 1 : 0;
        return n;
    }
    // Refused in the operator's words, naming the database's error.
    static bool isAuditRefusal(const ActionOutcome &out)
    {
        return out.status == Status::Refused &&
               out.message.startsWith(ActionMessages::auditRefused(QString()).trimmed()) &&
               out.message.contains(Refusal);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }
    void cleanup() { f.faults().clear(); }

    void unfreezeIsNotSentWithoutItsAuditEntry()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        const QStringList auditBefore = f.auditActions(order->outOrderNo);
        const int operationsBefore = int(f.ledger().operations(order->authNo).size());
        QSignalSpy requests(&f.demo->gateway(), &Sandbox::Gateway::requestHandled);
        QSignalSpy unknown(&f.actions(), &OrderActions::intentUnknown);
        {
            AuditRefusal refusal(f.store(), u"%"_qs);
            QVERIFY2(refusal.ok(), qPrintable(refusal.error()));
            const ActionOutcome out = unfreeze(*order, Money::fromFen(120));
            QVERIFY2(isAuditRefusal(out), qPrintable(out.message));
            QCOMPARE(out.intentId, qint64(0));
            QTest::qWait(100); // a request sent anyway would be answered by now
        }
        QCOMPARE(requests.count(), 0);
        QCOMPARE(unknown.count(), 0);
        // Nothing journaled (so nothing for the resolver), nothing moved, nothing audited.
        QVERIFY(IntentJournal(f.store()).forOrder(order->outOrderNo).isEmpty());
        QCOMPARE(int(f.ledger().operations(order->authNo).size()), operationsBefore);
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest);
        QCOMPARE(f.indexed(order->outOrderNo).rest, order->rest);
        QCOMPARE(f.auditActions(order->outOrderNo), auditBefore);

        // The order's lock was released: with the audit log writable, the same action goes.
        const ActionOutcome again = unfreeze(*order, Money::fromFen(120));
        QVERIFY2(again.status == Status::Done, qPrintable(again.message));
        QVERIFY(again.auditError.isEmpty());
        QCOMPARE(requests.count(), 1);
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest - Money::fromFen(120));
        const QStringList sent{u"order.unfreeze.requested"_qs, u"order.unfreeze.succeeded"_qs};
        QCOMPARE(f.auditActions(order->outOrderNo), auditBefore + sent);
    }

    void chargeOfADefaultIsNotSentNorMarkedWithoutItsAuditEntry()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        const int tradesBefore = int(f.tradesOf(*order).size());
        QSignalSpy requests(&f.demo->gateway(), &Sandbox::Gateway::requestHandled);
        {
            AuditRefusal refusal(f.store(), u"order.charge.requested"_qs);
            QVERIFY2(refusal.ok(), qPrintable(refusal.error()));
            const ActionOutcome out = charge(*order, Money::fromFen(200), true);
            QVERIFY2(isAuditRefusal(out), qPrintable(out.message));
            QTest::qWait(100);
        }
        QCOMPARE(requests.count(), 0);
        QVERIFY(IntentJournal(f.store()).forOrder(order->outOrderNo).isEmpty());
        QVERIFY(!OrderMarks(f.store()).has(order->outOrderNo, OrderMarks::Violated));
        QCOMPARE(int(f.tradesOf(*order).size()), tradesBefore);
        QCOMPARE(f.indexed(order->outOrderNo).paid, order->paid);
        QVERIFY(!f.auditActions(order->outOrderNo).contains(u"order.marked"_qs));
    }

    void refundIsNeitherRecordedNorSentWithoutItsAuditEntries()
    {
        const auto order = f.freshOrder(Money::fromFen(1000));
        QVERIFY(order);
        const ActionOutcome paid = charge(*order, Money::fromFen(400));
        QVERIFY2(paid.status == Status::Done, qPrintable(paid.message));
        RefundRequests requests(f.store());
        const int requestsBefore = int(requests.list().size());
        QSignalSpy sent(&f.demo->gateway(), &Sandbox::Gateway::requestHandled);
        {
            AuditRefusal refusal(f.store(), u"refund.request.created"_qs);
            QVERIFY2(refusal.ok(), qPrintable(refusal.error()));
            const ActionOutcome out = requestRefund(*order, paid.requestNo, Money::fromFen(300));
            QVERIFY2(isAuditRefusal(out), qPrintable(out.message));
            QCOMPARE(out.refundRequestId, qint64(0));
        }
        QCOMPARE(int(requests.list().size()), requestsBefore);

        const ActionOutcome recorded = requestRefund(*order, paid.requestNo, Money::fromFen(300));
        QCOMPARE(recorded.status, Status::Recorded);
        // The approval is not written, so the refund is not sent.
        for (const QString &pattern :
             {u"refund.request.approved"_qs, u"order.refund.requested"_qs}) {
            AuditRefusal refusal(f.store(), pattern);
            QVERIFY2(refusal.ok(), qPrintable(refusal.error()));
            const ActionOutcome out = executeRefund(recorded.refundRequestId);
            QVERIFY2(isAuditRefusal(out), qPrintable(pattern + u": "_qs + out.message));
            QTest::qWait(100);
            QCOMPARE(sent.count(), 0);
            QVERIFY(!IntentJournal(f.store()).find(IntentRecord::Kind::Refund, recorded.requestNo));
            QCOMPARE(f.trade(paid.requestNo).refundFee, Money());
            QCOMPARE(f.indexed(order->outOrderNo).refunded, order->refunded);
        }
        // Refused at the approval: still waiting for it. Refused at the intent: approved, and it
        // may go again.
        QCOMPARE(requests.find(recorded.refundRequestId)->status,
                 RefundRequestRecord::Status::Approved);
        const ActionOutcome executed = executeRefund(recorded.refundRequestId);
        QVERIFY2(executed.status == Status::Done, qPrintable(executed.message));
        QCOMPARE(f.trade(paid.requestNo).refundFee, Money::fromFen(300));
        QCOMPARE(requests.find(recorded.refundRequestId)->status,
                 RefundRequestRecord::Status::Executed);
    }

    void retryIsNotSentWithoutItsAuditEntry()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        f.faults().add({Fault::ResetBefore, AlipayApi::Unfreeze, -1, 0});
        const ActionOutcome out = unfreeze(*order, Money::fromFen(44));
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        f.faults().clear();
        f.resolver().resolve(out.intentId);
        QTRY_COMPARE_WITH_TIMEOUT(IntentJournal(f.store()).find(out.intentId)->outcome,
                                  Outcome::NotDone, 20000);
        QTRY_COMPARE(f.resolver().pending(), 0);

        const auto retry = [&] {
            return f.run(
                [&](QObject *c, auto done) { f.resolver().retry(agent, out.intentId, c, done); });
        };
        QSignalSpy requests(&f.demo->gateway(), &Sandbox::Gateway::requestHandled);
        {
            AuditRefusal refusal(f.store(), u"intent.retry"_qs);
            QVERIFY2(refusal.ok(), qPrintable(refusal.error()));
            const ActionOutcome refused = retry();
            QVERIFY2(isAuditRefusal(refused), qPrintable(refused.message));
            QTest::qWait(100);
        }
        QCOMPARE(requests.count(), 0);
        QCOMPARE(IntentJournal(f.store()).find(out.intentId)->outcome, Outcome::NotDone);
        QCOMPARE(IntentJournal(f.store()).outcomeHistory(out.intentId),
                 (QList<Outcome>{Outcome::Unknown, Outcome::NotDone}));
        QCOMPARE(f.operationsWithNumber(*order, out.requestNo), 0);

        const ActionOutcome again = retry();
        QVERIFY2(again.status == Status::Done, qPrintable(again.message));
        QCOMPARE(f.operationsWithNumber(*order, out.requestNo), 1);
    }

    void anAnswerWhoseAuditEntryCannotBeWrittenIsNotRecordedButSettledByQuery()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        QSignalSpy unknown(&f.actions(), &OrderActions::intentUnknown);
        ActionOutcome out;
        {
            AuditRefusal refusal(f.store(), u"order.unfreeze.succeeded"_qs);
            QVERIFY2(refusal.ok(), qPrintable(refusal.error()));
            out = unfreeze(*order, Money::fromFen(50));
        }
        // The money moved at Alipay; the console recorded none of the answer and says so.
        QCOMPARE(f.sandboxOrder(*order)->restAmount(), order->rest - Money::fromFen(50));
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        QVERIFY2(out.message.contains(Refusal), qPrintable(out.message));
        QCOMPARE(IntentJournal(f.store()).find(out.intentId)->outcome, Outcome::Unknown);
        QCOMPARE(f.indexed(order->outOrderNo).rest, order->rest);
        QCOMPARE(recordedUnfreezes(order->outOrderNo, out.requestNo), 0);
        QCOMPARE(IntentJournal(f.store()).outcomeHistory(out.intentId), QList<Outcome>());
        QCOMPARE(f.auditActions(order->outOrderNo).last(), u"order.unfreeze.requested"_qs);
        QCOMPARE(unknown.count(), 1);

        // The resolver settles it from Alipay's records: facts, outcome and entry together.
        f.resolver().resolve(out.intentId);
        QTRY_COMPARE_WITH_TIMEOUT(IntentJournal(f.store()).find(out.intentId)->outcome,
                                  Outcome::Succeeded, 20000);
        QCOMPARE(f.indexed(order->outOrderNo).rest, order->rest - Money::fromFen(50));
        QCOMPARE(recordedUnfreezes(order->outOrderNo, out.requestNo), 1);
        QCOMPARE(f.auditActions(order->outOrderNo).last(), u"intent.settled"_qs);
    }

    void aSettlementWhoseAuditEntryCannotBeWrittenIsSignalledAndAskedAgain()
    {
        const auto order = f.freshOrder(Money::fromFen(300));
        QVERIFY(order);
        f.faults().add({Fault::ResetAfter, AlipayApi::Unfreeze, -1, 0});
        const ActionOutcome out = unfreeze(*order, Money::fromFen(30));
        QCOMPARE(out.status, Status::AwaitingConfirmation);
        f.faults().clear();
        QSignalSpy problems(&f.resolver(), &OutcomeResolver::problem);
        {
            AuditRefusal refusal(f.store(), u"intent.settled"_qs);
            QVERIFY2(refusal.ok(), qPrintable(refusal.error()));
            f.resolver().resolve(out.intentId);
            QTRY_VERIFY_WITH_TIMEOUT(problems.count() >= 1, 20000);
            // Not settled without its entry, and nothing of it written.
            QCOMPARE(IntentJournal(f.store()).find(out.intentId)->outcome, Outcome::Unknown);
            QCOMPARE(f.indexed(order->outOrderNo).rest, order->rest);
            QCOMPARE(f.resolver().pending(), 1);
        }
        const QString message = problems.first().at(0).toString();
        QVERIFY2(message.contains(Refusal), qPrintable(message));
        // The audit log takes entries again: the next try settles it, with its entry.
        QTRY_COMPARE_WITH_TIMEOUT(f.resolver().pending(), 0, 20000);
        QCOMPARE(IntentJournal(f.store()).find(out.intentId)->outcome, Outcome::Succeeded);
        QCOMPARE(f.indexed(order->outOrderNo).rest, order->rest - Money::fromFen(30));
        QVERIFY(f.auditActions(order->outOrderNo).contains(u"intent.settled"_qs));
    }
};

QTEST_MAIN(TestAuditRefusal)
#include "tst_auditrefusal.moc"
