// The intent journal lets one decision move money once: while an intent of an order and kind is
// UNKNOWN or NOT_DONE, no other request number of that order and kind is written — by this desk
// (a translated refusal naming the earlier request) or by another desk on its own connection
// (the database's unique index refuses it, even past the journal's own check).
#include "StoreTestEnv.h"

#include "store/IntentJournal.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QJsonObject>

using namespace DepositDesk;
using Outcome = IntentRecord::Outcome;
using Kind = IntentRecord::Kind;

namespace {

IntentRecord intentOf(Kind kind, const QString &order, const QString &number, qint64 fen,
                      const QString &desk)
{
    IntentRecord i;
    i.kind = kind;
    i.outOrderNo = order;
    i.requestNo = number;
    i.amount = Money::fromFen(fen);
    i.operatorLogin = QStringLiteral("agent.li");
    i.reason = QStringLiteral("Returned");
    i.desk = desk;
    i.parameters = QJsonObject{{QStringLiteral("out_request_no"), number},
                               {QStringLiteral("amount"), Money::fromFen(fen).toYuan()}};
    return i;
}

} // namespace

class TestStoreIntents : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_deskA; // two desks: two stores, two connections
    std::unique_ptr<Store> m_deskB;

    int intentsOf(const QString &order) const
    {
        return int(IntentJournal(*m_deskA).forOrder(order).size());
    }

private slots:
    void init()
    {
        m_db = std::make_unique<Testing::TestDatabase>();
        DD_REQUIRE_DATABASE(*m_db);
        m_deskA = std::make_unique<Store>(m_db->config());
        m_deskB = std::make_unique<Store>(m_db->config());
        QVERIFY(m_deskA->open().ok);
        QVERIFY(m_deskB->open().ok);
    }
    void cleanup()
    {
        m_deskA.reset();
        m_deskB.reset();
        m_db.reset();
    }

    void anOpenIntentBlocksNewNumbersOfItsOrderAndKind_data()
    {
        QTest::addColumn<int>("open");
        QTest::addRow("UNKNOWN") << int(Outcome::Unknown);
        QTest::addRow("NOT_DONE") << int(Outcome::NotDone);
    }
    void anOpenIntentBlocksNewNumbersOfItsOrderAndKind()
    {
        QFETCH(int, open);
        IntentJournal a(*m_deskA);
        IntentRecord first = intentOf(Kind::Unfreeze, u"OUT1"_qs, u"U1"_qs, 500, u"desk-a"_qs);
        QVERIFY(a.begin(first).ok);
        QCOMPARE(first.desk, u"desk-a"_qs);
        QVERIFY(first.sent.isValid());
        if (Outcome(open) == Outcome::NotDone)
            QVERIFY(a.settle(first.id, Outcome::NotDone, u"NOT_DONE"_qs).ok);
        QCOMPARE(a.open(u"OUT1"_qs, Kind::Unfreeze)->id, first.id);

        // Another number of the same order and kind, from either desk: refused, nothing written.
        IntentRecord second = intentOf(Kind::Unfreeze, u"OUT1"_qs, u"U2"_qs, 500, u"desk-b"_qs);
        const StoreResult refused = IntentJournal(*m_deskB).begin(second);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.errorString.contains(u"U1"_qs), qPrintable(refused.errorString));
        QCOMPARE(second.id, qint64(0));
        QCOMPARE(intentsOf(u"OUT1"_qs), 1);

        // The same number again is the retry: it returns the row (a NOT_DONE one reopened, now
        // sent by the retrying desk).
        IntentRecord retry = intentOf(Kind::Unfreeze, u"OUT1"_qs, u"U1"_qs, 500, u"desk-b"_qs);
        bool isRetry = false;
        QVERIFY(IntentJournal(*m_deskB).begin(retry, &isRetry).ok);
        QVERIFY(isRetry);
        QCOMPARE(retry.id, first.id);
        QCOMPARE(retry.outcome, Outcome::Unknown);
        if (Outcome(open) == Outcome::NotDone)
            QCOMPARE(retry.desk, u"desk-b"_qs);

        // Other kinds and other orders are not blocked.
        IntentRecord charge = intentOf(Kind::Pay, u"OUT1"_qs, u"P1"_qs, 100, u"desk-a"_qs);
        QVERIFY(a.begin(charge).ok);
        IntentRecord elsewhere = intentOf(Kind::Unfreeze, u"OUT2"_qs, u"U3"_qs, 100, u"desk-a"_qs);
        QVERIFY(a.begin(elsewhere).ok);
    }

    void aSettledIntentLetsANewNumberGo_data()
    {
        QTest::addColumn<int>("settled");
        QTest::addRow("SUCCEEDED") << int(Outcome::Succeeded);
        QTest::addRow("FAILED") << int(Outcome::Failed);
    }
    void aSettledIntentLetsANewNumberGo()
    {
        QFETCH(int, settled);
        IntentJournal a(*m_deskA);
        IntentRecord first = intentOf(Kind::Pay, u"OUT1"_qs, u"P1"_qs, 500, u"desk-a"_qs);
        QVERIFY(a.begin(first).ok);
        QVERIFY(a.settle(first.id, Outcome(settled), u"10000"_qs).ok);
        QVERIFY(!a.open(u"OUT1"_qs, Kind::Pay));
        IntentRecord second = intentOf(Kind::Pay, u"OUT1"_qs, u"P2"_qs, 500, u"desk-b"_qs);
        const StoreResult begun = IntentJournal(*m_deskB).begin(second);
        QVERIFY2(begun.ok, qPrintable(begun.errorString));
        QCOMPARE(intentsOf(u"OUT1"_qs), 2);
    }

    void theDatabaseItselfRefusesASecondOpenIntent()
    {
        IntentRecord first = intentOf(Kind::Refund, u"OUT1"_qs, u"R1"_qs, 500, u"desk-a"_qs);
        QVERIFY(IntentJournal(*m_deskA).begin(first).ok);
        // A desk that skipped the journal's check (an older version, a race between the check
        // and the insert) still cannot write it.
        StoreQuery insert(
            m_deskB->database(),
            u"INSERT INTO intents (kind, out_order_no, request_no, amount_fen, "
            "operator, reason, created_at, parameters, desk, sent_at) VALUES "
            "('refund', 'OUT1', 'R2', 500, 'agent.han', 'x', 1, '{}', 'desk-b', 1)"_qs);
        QVERIFY(!insert.exec());
        QVERIFY(m_deskB->dialect().isUniqueViolation(insert.lastError()));
        QCOMPARE(intentsOf(u"OUT1"_qs), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreIntents)
#include "tst_store_intents.moc"
