#include "ManualClock.h"
#include "StoreTestData.h"
#include "StoreTestEnv.h"

#include "store/IntentJournal.h"
#include "store/Ledger.h"
#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QJsonArray>

using namespace DepositDesk;

namespace {

OperationRecord freezeOp(const QString &status)
{
    OperationRecord op;
    op.outOrderNo = QStringLiteral("OUT000001");
    op.authNo = QStringLiteral("2024050122001000001");
    op.operationId = QStringLiteral("20240501300001");
    op.outRequestNo = QStringLiteral("FRZ-1");
    op.type = QStringLiteral("FREEZE");
    op.status = status;
    op.amount = Money::fromFen(20000);
    op.credit = Money::fromFen(15000);
    op.fund = Money::fromFen(5000);
    op.happened = QDateTime(QDate(2024, 5, 1), QTime(8, 1), Qt::UTC);
    return op;
}

IntentRecord unfreezeIntent(const QString &requestNo, qint64 fen = 500,
                            const QString &outOrderNo = QStringLiteral("OUT000001"))
{
    IntentRecord i;
    i.kind = IntentRecord::Kind::Unfreeze;
    i.outOrderNo = outOrderNo;
    i.requestNo = requestNo;
    i.amount = Money::fromFen(fen);
    i.operatorLogin = QStringLiteral("agent");
    i.reason = QStringLiteral("Device returned undamaged");
    i.parameters = QJsonObject{{QStringLiteral("auth_no"), QStringLiteral("2024050122001000001")},
                               {QStringLiteral("out_request_no"), requestNo},
                               {QStringLiteral("amount"), Money::fromFen(fen).toYuan()},
                               {QStringLiteral("remark"), QStringLiteral("押金退还")}};
    return i;
}

} // namespace

class TestStoreLedger : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    Testing::ManualClock m_clock;

private slots:
    void init()
    {
        m_clock.set(Testing::ManualClock().now());
        QVERIFY(Testing::openFreshStore(m_db, m_store));
    }
    void cleanup() { Testing::closeStore(m_db, m_store); }

    void aChangeIsANewRowNeverAnOverwrite()
    {
        Ledger ledger(*m_store, m_clock);
        Ledger::RecordOutcome outcome;
        QVERIFY(ledger.recordOperation(freezeOp(u"INIT"_qs), FactSource::Query, &outcome).ok);
        QCOMPARE(outcome, Ledger::RecordOutcome::New);
        QVERIFY(
            ledger.recordOperation(freezeOp(u"INIT"_qs), FactSource::Notification, &outcome).ok);
        QCOMPARE(outcome, Ledger::RecordOutcome::Known);
        m_clock.advance(std::chrono::seconds(60));
        QVERIFY(
            ledger.recordOperation(freezeOp(u"SUCCESS"_qs), FactSource::Notification, &outcome).ok);
        QCOMPARE(outcome, Ledger::RecordOutcome::Changed);

        const QList<LedgerEntry> history = ledger.history(u"OUT000001"_qs);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].status, u"INIT"_qs); // the first knowledge is still there
        QCOMPARE(history[0].revision, 1);
        QCOMPARE(history[0].source, u"query"_qs);
        QCOMPARE(history[1].status, u"SUCCESS"_qs);
        QCOMPARE(history[1].revision, 2);
        QCOMPARE(history[1].source, u"notification"_qs);
        QCOMPARE(history[1].recorded, m_clock.now());
        QCOMPARE(history[1].credit, Money::fromFen(15000));

        const QList<OperationRecord> ops = ledger.operations(u"OUT000001"_qs);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops[0].status, u"SUCCESS"_qs);

        // An amount that differs is a change too; a report lacking the time is not.
        OperationRecord different = freezeOp(u"SUCCESS"_qs);
        different.amount = Money::fromFen(19999);
        QVERIFY(ledger.recordOperation(different, FactSource::Bill, &outcome).ok);
        QCOMPARE(outcome, Ledger::RecordOutcome::Changed);
        OperationRecord partial = different;
        partial.happened = QDateTime();
        partial.operationId.clear();
        QVERIFY(ledger.recordOperation(partial, FactSource::Query, &outcome).ok);
        QCOMPARE(outcome, Ledger::RecordOutcome::Known);
        QCOMPARE(ledger.history(u"OUT000001"_qs).size(), 3);
    }

    void tradesAndRefundsAreKeptApart()
    {
        Ledger ledger(*m_store, m_clock);
        TradeRecord trade{u"OUT000001"_qs,     u"2024050122001499000001"_qs, u"PAY-1"_qs,
                          u"TRADE_SUCCESS"_qs, Money::fromFen(3000),         m_clock.now()};
        QVERIFY(ledger.recordTrade(trade, FactSource::OurAction).ok);
        RefundRecord r1{u"OUT000001"_qs,      trade.tradeNo,        trade.outTradeNo, u"RF-1"_qs,
                        u"REFUND_SUCCESS"_qs, Money::fromFen(1000), m_clock.now()};
        RefundRecord r2 = r1;
        r2.outRequestNo = u"RF-2"_qs;
        r2.amount = Money::fromFen(500);
        QVERIFY(ledger.recordRefund(r1, FactSource::OurAction).ok);
        QVERIFY(ledger.recordRefund(r2, FactSource::Query).ok);
        QVERIFY(ledger.recordRefund(r1, FactSource::Bill).ok);
        QCOMPARE(ledger.trades(u"OUT000001"_qs).size(), 1);
        const auto refunds = ledger.refunds(u"OUT000001"_qs);
        QCOMPARE(refunds.size(), 2);
        QCOMPARE(refunds[1].outRequestNo, u"RF-2"_qs);
        QCOMPARE(refunds[1].amount, Money::fromFen(500));
        QCOMPARE(ledger.history(u"OUT000001"_qs).size(), 3);
    }

    void operationsAndChargesBecomeSearchKeys()
    {
        OrderIndex index(*m_store);
        Ledger ledger(*m_store, m_clock);
        // Facts learned before the order is indexed ...
        QVERIFY(ledger.recordOperation(freezeOp(u"SUCCESS"_qs), FactSource::Query).ok);
        QVERIFY(index.upsert(Testing::makeOrder(1)).ok);
        // ... and after.
        QVERIFY(ledger
                    .recordTrade({u"OUT000001"_qs, u"2024050122001499000001"_qs, u"PAY-1"_qs,
                                  u"TRADE_SUCCESS"_qs, Money::fromFen(3000), m_clock.now()},
                                 FactSource::OurAction)
                    .ok);
        for (const QString &key :
             {u"20240501300001"_qs, u"FRZ-1"_qs, u"2024050122001499000001"_qs, u"pay-1"_qs}) {
            OrderQuery query;
            query.text = key;
            query.match = OrderQuery::Match::Exact;
            const auto page = index.search(query);
            QVERIFY(page);
            QCOMPARE(page->orders.size(), 1);
            QCOMPARE(page->orders[0].outOrderNo, u"OUT000001"_qs);
        }
    }

    void aFollowedHistoryIsLookedUpAndAnotherWritersFactStillFound()
    {
        Ledger other(*m_store, m_clock); // another desk, writing meanwhile
        QVERIFY(other.recordOperation(freezeOp(u"INIT"_qs), FactSource::Query).ok);

        Ledger ledger(*m_store, m_clock);
        QList<LedgerEntry> history; // read before the other desk wrote: misses its fact
        ledger.followHistory(u"OUT000001"_qs, &history, false);
        Ledger::RecordOutcome outcome;
        QVERIFY(
            ledger.recordOperation(freezeOp(u"INIT"_qs), FactSource::Notification, &outcome).ok);
        QCOMPARE(outcome, Ledger::RecordOutcome::Known); // refused by its number, then found
        QVERIFY(history.isEmpty());
        QVERIFY(
            ledger.recordOperation(freezeOp(u"SUCCESS"_qs), FactSource::Notification, &outcome).ok);
        QCOMPARE(outcome, Ledger::RecordOutcome::Changed);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].revision, 2);

        // What it wrote is followed: the same again is known without a new row, a change is the
        // next revision.
        QVERIFY(
            ledger.recordOperation(freezeOp(u"SUCCESS"_qs), FactSource::Notification, &outcome).ok);
        QCOMPARE(outcome, Ledger::RecordOutcome::Known);
        OperationRecord changed = freezeOp(u"SUCCESS"_qs);
        changed.amount = Money::fromFen(19999);
        QVERIFY(ledger.recordOperation(changed, FactSource::Notification, &outcome).ok);
        QCOMPARE(outcome, Ledger::RecordOutcome::Changed);
        const QList<LedgerEntry> stored = ledger.history(u"OUT000001"_qs);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored[2].revision, 3);
        QCOMPARE(history.size(), 2);

        // Not indexed when it wrote: its keys came with the order's first upsert.
        OrderIndex index(*m_store);
        QVERIFY(index.upsert(Testing::makeOrder(1)).ok);
        QVERIFY(index.keys(u"OUT000001"_qs)
                    .contains(std::pair{OrderKeyKind::OutRequestNo, u"frz-1"_qs}));
    }

    void journalWritesBeforeAndListsUnknown()
    {
        IntentJournal journal(*m_store, m_clock);
        IntentRecord first = unfreezeIntent(u"UNF-1"_qs);
        // Another order: one order has one open unfreeze at a time (tst_store_intents).
        IntentRecord second = unfreezeIntent(u"UNF-2"_qs, 700, u"OUT000002"_qs);
        QVERIFY(journal.begin(first).ok);
        m_clock.advance(std::chrono::seconds(5));
        QVERIFY(journal.begin(second).ok);
        QVERIFY(first.id > 0 && second.id > first.id);
        QCOMPARE(first.outcome, IntentRecord::Outcome::Unknown);

        const auto stored = journal.find(IntentRecord::Kind::Unfreeze, u"UNF-1"_qs);
        QVERIFY(stored);
        QCOMPARE(stored->parameters, first.parameters);
        QCOMPARE(stored->reason, first.reason);
        QCOMPARE(stored->operatorLogin, u"agent"_qs);
        QCOMPARE(stored->created, Testing::ManualClock().now());

        QCOMPARE(journal.unknown().size(), 2);
        // A timeout leaves it unknown; the answer of the query settles it.
        QVERIFY(journal
                    .settle(first.id, IntentRecord::Outcome::Unknown, u"20000"_qs,
                            u"aop.unknow-error"_qs, u"Service Currently Unavailable"_qs)
                    .ok);
        QCOMPARE(journal.unknown().size(), 2);
        QVERIFY(journal.settle(first.id, IntentRecord::Outcome::Succeeded, u"10000"_qs).ok);
        QVERIFY(journal
                    .settle(second.id, IntentRecord::Outcome::Failed, u"40004"_qs,
                            u"REQUEST_AMOUNT_EXCEED"_qs, u"amount exceeds rest"_qs)
                    .ok);
        QVERIFY(journal.unknown().isEmpty());
        const auto failed = journal.find(second.id);
        QCOMPARE(failed->subCode, u"REQUEST_AMOUNT_EXCEED"_qs);
        QCOMPARE(failed->outcome, IntentRecord::Outcome::Failed);
        QCOMPARE(journal.outcomeHistory(first.id),
                 (QList<IntentRecord::Outcome>{IntentRecord::Outcome::Unknown,
                                               IntentRecord::Outcome::Succeeded}));
        // Settled is final.
        QVERIFY(!journal.settle(first.id, IntentRecord::Outcome::Failed).ok);
        QVERIFY(journal.settle(first.id, IntentRecord::Outcome::Succeeded, u"10000"_qs).ok);
        QCOMPARE(journal.find(first.id)->outcome, IntentRecord::Outcome::Succeeded);
        // Nothing deleted.
        QCOMPARE(journal.forOrder(u"OUT000001"_qs).size(), 1);
        QCOMPARE(journal.forOrder(u"OUT000002"_qs).size(), 1);
    }

    void requestNumbersAreUnique()
    {
        IntentJournal journal(*m_store, m_clock);
        IntentRecord original = unfreezeIntent(u"UNF-9"_qs);
        QVERIFY(journal.begin(original).ok);
        // A retry with the same parameters gets the same row.
        IntentRecord retry = unfreezeIntent(u"UNF-9"_qs);
        bool isRetry = false;
        QVERIFY(journal.begin(retry, &isRetry).ok);
        QVERIFY(isRetry);
        QCOMPARE(retry.id, original.id);
        // The same number with another amount is refused.
        IntentRecord other = unfreezeIntent(u"UNF-9"_qs, 900);
        const StoreResult refused = journal.begin(other);
        QVERIFY(!refused.ok);
        QVERIFY(refused.errorString.contains(u"UNF-9"_qs));
        // The database itself refuses a second row with the number.
        StoreQuery raw(
            m_store->database(),
            u"INSERT INTO intents (kind, out_order_no, request_no, amount_fen, operator, "
            "reason, created_at, parameters) VALUES ('unfreeze', 'X', 'UNF-9', 1, 'a', "
            "'r', 0, '{}')"_qs);
        QVERIFY(!raw.exec());
        QVERIFY(m_store->dialect().isUniqueViolation(raw.lastError()));
        // Another kind may use the same text (a refund number lives in its trade).
        IntentRecord refund = unfreezeIntent(u"UNF-9"_qs);
        refund.kind = IntentRecord::Kind::Refund;
        QVERIFY(journal.begin(refund).ok);
        QCOMPARE(journal.forOrder(u"OUT000001"_qs).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreLedger)
#include "tst_store_ledger.moc"
