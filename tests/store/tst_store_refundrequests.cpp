#include "ManualClock.h"
#include "StoreTestEnv.h"

#include "store/IntentJournal.h"
#include "store/RefundRequests.h"
#include "store/Store.h"

#include <QJsonObject>

using namespace DepositDesk;

namespace {

using S = RefundRequestRecord::Status;
using O = IntentRecord::Outcome;

RefundRequestRecord request(const QString &requestNo, qint64 fen = 1200,
                            const QString &outTradeNo = QStringLiteral("PAY_1"))
{
    RefundRequestRecord r;
    r.outOrderNo = QStringLiteral("OUT000001");
    r.tradeNo = QStringLiteral("2024050122001400001");
    r.outTradeNo = outTradeNo;
    r.outRequestNo = requestNo;
    r.amount = Money::fromFen(fen);
    r.reason = QStringLiteral("Charged twice for one day");
    r.requester = QStringLiteral("agent.li");
    return r;
}

IntentRecord refundIntent(const QString &requestNo)
{
    IntentRecord i;
    i.kind = IntentRecord::Kind::Refund;
    i.outOrderNo = QStringLiteral("OUT000001");
    i.requestNo = requestNo;
    i.amount = Money::fromFen(1200);
    i.operatorLogin = QStringLiteral("supervisor.wang");
    i.reason = QStringLiteral("Charged twice for one day");
    i.parameters = QJsonObject{{QStringLiteral("out_trade_no"), QStringLiteral("PAY_1")},
                               {QStringLiteral("out_request_no"), requestNo},
                               {QStringLiteral("refund_amount"), QStringLiteral("12.00")}};
    return i;
}

} // namespace

class TestStoreRefundRequests : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    Testing::ManualClock m_clock;

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(Testing::backendName())); }
    void init()
    {
        m_clock.set(Testing::ManualClock().now());
        QVERIFY(Testing::openFreshStore(m_db, m_store));
    }
    void cleanup() { Testing::closeStore(m_db, m_store); }

    void createsPendingAndFindsIt()
    {
        RefundRequests requests(*m_store, m_clock);
        RefundRequestRecord first = request(u"RF_1"_qs);
        QVERIFY2(requests.create(first).ok, "create");
        QVERIFY(first.id > 0);
        QCOMPARE(first.status, S::PendingApproval);
        QCOMPARE(first.requested, m_clock.now());

        const auto stored = requests.find(first.id);
        QVERIFY(stored);
        QCOMPARE(stored->outRequestNo, u"RF_1"_qs);
        QCOMPARE(stored->amount, Money::fromFen(1200));
        QCOMPARE(stored->requester, u"agent.li"_qs);
        QCOMPARE(stored->reason, u"Charged twice for one day"_qs);
        QCOMPARE(stored->tradeNo, u"2024050122001400001"_qs);
        QCOMPARE(stored->status, S::PendingApproval);
        QVERIFY(!stored->decided.isValid());
        QCOMPARE(stored->intentId, qint64(0));
        QCOMPARE(requests.findByRequestNo(u"PAY_1"_qs, u"RF_1"_qs)->id, first.id);
        QVERIFY(!requests.findByRequestNo(u"PAY_2"_qs, u"RF_1"_qs));
        QVERIFY(!requests.find(first.id + 100));

        m_clock.advance(std::chrono::seconds(10));
        RefundRequestRecord other = request(u"RF_2"_qs, 300, u"PAY_2"_qs);
        other.outOrderNo = u"OUT000002"_qs;
        QVERIFY(requests.create(other).ok);
        QCOMPARE(requests.forOrder(u"OUT000001"_qs).size(), 1);
        QCOMPARE(requests.forTrade(u"PAY_2"_qs).size(), 1);
        QCOMPARE(requests.list().size(), 2);
        QCOMPARE(requests.list(S::PendingApproval).first().id, first.id); // oldest first
        QVERIFY(requests.list(S::Executed).isEmpty());
        QCOMPARE(requests.list({}, 1).size(), 1);
    }

    void refusesIncompleteRequests()
    {
        RefundRequests requests(*m_store, m_clock);
        RefundRequestRecord noReason = request(u"RF_1"_qs);
        noReason.reason = u"  "_qs;
        QVERIFY(!requests.create(noReason).ok);
        RefundRequestRecord zero = request(u"RF_1"_qs, 0);
        QVERIFY(!requests.create(zero).ok);
        RefundRequestRecord noNumber = request(QString());
        QVERIFY(!requests.create(noNumber).ok);
        QVERIFY(requests.list().isEmpty());
        // A number is used once per charge.
        RefundRequestRecord first = request(u"RF_1"_qs);
        QVERIFY(requests.create(first).ok);
        RefundRequestRecord again = request(u"RF_1"_qs, 500);
        const StoreResult refused = requests.create(again);
        QVERIFY(!refused.ok);
        QVERIFY(refused.errorString.contains(u"RF_1"_qs));
        QCOMPARE(requests.list().size(), 1);
    }

    void movesAlongTheRulesAndKeepsHistory()
    {
        RefundRequests requests(*m_store, m_clock);
        RefundRequestRecord r = request(u"RF_1"_qs);
        QVERIFY(requests.create(r).ok);
        // Not yet approved: cannot be executed or awaiting.
        QVERIFY(!requests.setStatus(r.id, S::Executed, u"supervisor.wang"_qs).ok);
        QVERIFY(!requests.setStatus(r.id, S::AwaitingConfirmation, u"supervisor.wang"_qs).ok);
        QVERIFY(!requests.setStatus(r.id, S::Approved, QString()).ok); // who is required
        m_clock.advance(std::chrono::seconds(60));
        QVERIFY(requests.setStatus(r.id, S::Approved, u"supervisor.wang"_qs, u"ok, checked"_qs).ok);
        const auto approved = requests.find(r.id);
        QCOMPARE(approved->status, S::Approved);
        QCOMPARE(approved->decidedBy, u"supervisor.wang"_qs);
        QCOMPARE(approved->decisionComment, u"ok, checked"_qs);
        QCOMPARE(approved->decided, m_clock.now());
        QVERIFY(requests.linkIntent(r.id, 42).ok);
        QVERIFY(requests.linkIntent(r.id, 42).ok);
        QVERIFY(!requests.linkIntent(r.id, 43).ok);
        QCOMPARE(requests.find(r.id)->intentId, qint64(42));
        QVERIFY(requests.setStatus(r.id, S::AwaitingConfirmation, u"supervisor.wang"_qs).ok);
        QVERIFY(requests.setStatus(r.id, S::AwaitingConfirmation, u"resolver"_qs).ok); // no-op
        // Not done: approved again (same number), then executed.
        QVERIFY(requests.setStatus(r.id, S::Approved, u"resolver"_qs, u"NOT_DONE"_qs).ok);
        QVERIFY(requests.setStatus(r.id, S::Executed, u"resolver"_qs).ok);
        // The supervisor's decision stays what it was; the resolver's moves are events.
        QCOMPARE(requests.find(r.id)->decidedBy, u"supervisor.wang"_qs);
        QCOMPARE(requests.find(r.id)->decisionComment, u"ok, checked"_qs);
        QCOMPARE(requests.history(r.id).at(3).operatorLogin, u"resolver"_qs);
        // Final.
        for (S to :
             {S::PendingApproval, S::Approved, S::Rejected, S::Failed, S::AwaitingConfirmation})
            QVERIFY(!requests.setStatus(r.id, to, u"admin"_qs).ok);
        QList<S> statuses;
        for (const RefundRequestEvent &e : requests.history(r.id))
            statuses.append(e.status);
        QCOMPARE(statuses, (QList<S>{S::PendingApproval, S::Approved, S::AwaitingConfirmation,
                                     S::Approved, S::Executed}));
        QCOMPARE(requests.history(r.id).first().operatorLogin, u"agent.li"_qs);
        QCOMPARE(requests.history(r.id).at(1).comment, u"ok, checked"_qs);

        RefundRequestRecord rejected = request(u"RF_2"_qs);
        QVERIFY(requests.create(rejected).ok);
        QVERIFY(requests.setStatus(rejected.id, S::Rejected, u"supervisor.wang"_qs, u"no"_qs).ok);
        QVERIFY(!requests.setStatus(rejected.id, S::Approved, u"supervisor.wang"_qs).ok);
        QCOMPARE(requests.list(S::Rejected).size(), 1);
    }

    void aTradeAwaitingConfirmationTakesNoNewRequest()
    {
        RefundRequests requests(*m_store, m_clock);
        RefundRequestRecord sent = request(u"RF_1"_qs);
        QVERIFY(requests.create(sent).ok);
        RefundRequestRecord second = request(u"RF_2"_qs, 100);
        QVERIFY(requests.create(second).ok); // pending ones may coexist
        QVERIFY(requests.setStatus(sent.id, S::Approved, u"supervisor.wang"_qs).ok);
        QVERIFY(requests.setStatus(sent.id, S::AwaitingConfirmation, u"supervisor.wang"_qs).ok);

        RefundRequestRecord third = request(u"RF_3"_qs, 100);
        const StoreResult refused = requests.create(third);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.errorString.contains(u"RF_1"_qs), qPrintable(refused.errorString));
        // Nor may a second one of that trade be sent while the first is unknown.
        QVERIFY(requests.setStatus(second.id, S::Approved, u"supervisor.wang"_qs).ok);
        QVERIFY(!requests.setStatus(second.id, S::AwaitingConfirmation, u"supervisor.wang"_qs).ok);
        // Another trade is not concerned.
        RefundRequestRecord other = request(u"RF_4"_qs, 100, u"PAY_2"_qs);
        QVERIFY(requests.create(other).ok);
        // Settled: new requests are taken again.
        QVERIFY(
            requests.setStatus(sent.id, S::Failed, u"resolver"_qs, u"ACQ.TRADE_HAS_CLOSE"_qs).ok);
        QVERIFY(requests.create(third).ok);
        QCOMPARE(requests.forTrade(u"PAY_1"_qs).size(), 3);
    }

    void journalRetryStartsOnlyFromNotDone()
    {
        IntentJournal journal(*m_store, m_clock);
        IntentRecord intent = refundIntent(u"RF_1"_qs);
        QVERIFY(journal.begin(intent).ok);
        QCOMPARE(intent.outcome, O::Unknown);
        m_clock.advance(std::chrono::seconds(30));
        QVERIFY(journal
                    .settle(intent.id, O::NotDone, u"NOT_DONE"_qs, QString(),
                            u"no refund under this number"_qs)
                    .ok);
        const auto notDone = journal.find(intent.id);
        QCOMPARE(notDone->outcome, O::NotDone);
        QCOMPARE(intentOutcomeCode(O::NotDone), u"NOT_DONE"_qs);
        QCOMPARE(intentOutcomeFromCode(u"NOT_DONE"), std::optional(O::NotDone));
        QVERIFY(notDone->settled.isValid());
        QVERIFY(journal.unknown().isEmpty());
        // NOT_DONE does not turn into anything by settle(): only a retry reopens it.
        QVERIFY(!journal.settle(intent.id, O::Succeeded, u"10000"_qs).ok);
        QVERIFY(!journal.settle(intent.id, O::Unknown).ok);

        // The retry: same number and parameters, the same row, UNKNOWN again.
        IntentRecord retry = refundIntent(u"RF_1"_qs);
        bool isRetry = false;
        QVERIFY(journal.begin(retry, &isRetry).ok);
        QVERIFY(isRetry);
        QCOMPARE(retry.id, intent.id);
        QCOMPARE(retry.outcome, O::Unknown);
        QVERIFY(retry.code.isEmpty());
        QVERIFY(!retry.settled.isValid());
        const auto reopened = journal.find(intent.id);
        QCOMPARE(reopened->outcome, O::Unknown);
        QVERIFY(!reopened->settled.isValid());
        QCOMPARE(journal.unknown().size(), 1);
        // A different call under that number is still refused.
        IntentRecord other = refundIntent(u"RF_1"_qs);
        other.amount = Money::fromFen(99);
        QVERIFY(!journal.begin(other).ok);

        QVERIFY(journal.settle(intent.id, O::Succeeded, u"10000"_qs).ok);
        QCOMPARE(journal.outcomeHistory(intent.id),
                 (QList<O>{O::NotDone, O::Unknown, O::Succeeded}));
        // SUCCEEDED stays final: beginning it again returns it untouched.
        IntentRecord late = refundIntent(u"RF_1"_qs);
        QVERIFY(journal.begin(late, &isRetry).ok);
        QVERIFY(isRetry);
        QCOMPARE(late.outcome, O::Succeeded);
        QCOMPARE(journal.find(intent.id)->outcome, O::Succeeded);
        QCOMPARE(journal.outcomeHistory(intent.id).size(), 3);

        // FAILED too.
        IntentRecord refused = refundIntent(u"RF_2"_qs);
        QVERIFY(journal.begin(refused).ok);
        QVERIFY(journal.settle(refused.id, O::Failed, u"40004"_qs, u"ACQ.TRADE_HAS_CLOSE"_qs).ok);
        QVERIFY(!journal.settle(refused.id, O::NotDone).ok);
        IntentRecord again = refundIntent(u"RF_2"_qs);
        QVERIFY(journal.begin(again).ok);
        QCOMPARE(again.outcome, O::Failed);
        QCOMPARE(journal.find(refused.id)->outcome, O::Failed);
    }
};

QTEST_GUILESS_MAIN(TestStoreRefundRequests)
#include "tst_store_refundrequests.moc"
