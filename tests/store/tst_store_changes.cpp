// Migration 13's change feed at the store: every writer's change of an order, an intent or a
// refund request is announced by the database itself — NOTIFY on PostgreSQL (to a listening
// connection of another Store, as another desk would), counters on SQLite.
#include "StoreTestData.h"
#include "StoreTestEnv.h"

#include "store/RefundRequests.h"
#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreChanges.h"
#include "store/StoreQuery.h"

#include <QSignalSpy>
#include <QSqlDriver>

using namespace DepositDesk;

namespace {

RefundRequestRecord request(const QString &outOrderNo)
{
    RefundRequestRecord r;
    r.outOrderNo = outOrderNo;
    r.tradeNo = QStringLiteral("2024050122001400001");
    r.outTradeNo = QStringLiteral("PAY_1");
    r.outRequestNo = QStringLiteral("RF_1");
    r.amount = Money::fromFen(1200);
    r.reason = QStringLiteral("Charged twice for one day");
    r.requester = QStringLiteral("agent.li");
    return r;
}

// The payloads a listening connection received.
QStringList payloads(const QSignalSpy &spy)
{
    QStringList list;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).toString() == StoreChanges::Channel)
            list << arguments.at(2).toString();
    }
    return list;
}

} // namespace

class TestStoreChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(Testing::backendName())); }

    void payloadsParse()
    {
        const auto order = StoreChanges::parsePayload(QStringLiteral("orders:OUT-1"));
        QVERIFY(order);
        QCOMPARE(order->topic, StoreChanges::Topic::Orders);
        QCOMPARE(order->key, u"OUT-1"_qs);
        const auto some = StoreChanges::parsePayload(QStringLiteral("refunds:*"));
        QVERIFY(some);
        QCOMPARE(some->topic, StoreChanges::Topic::Refunds);
        QVERIFY(some->key.isEmpty());
        QVERIFY(!StoreChanges::parsePayload(QStringLiteral("audit:1")));
        QVERIFY(!StoreChanges::parsePayload(QStringLiteral("orders")));
    }

    void sqliteCountersMoveWithEveryWriter()
    {
        if (Testing::usePostgres())
            QSKIP("SQLite's counters; PostgreSQL notifies (postgresNotifiesOtherConnections)");
        Testing::TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        Store desk(db.config());
        Store other(db.sameDatabase()); // another desk on the same file
        QVERIFY(desk.open());
        QVERIFY(other.open());
        const auto before = StoreChanges::readCounters(other.database());
        QVERIFY(before);
        QCOMPARE(before->size(), 3);

        QVERIFY(Testing::insertBareOrder(desk, QStringLiteral("OUT-1")));
        const auto one = StoreChanges::readCounters(other.database());
        QVERIFY(one);
        const QList<StoreChanges::Change> named = StoreChanges::difference(*before, *one);
        QCOMPARE(named.size(), 1);
        QCOMPARE(named.first().topic, StoreChanges::Topic::Orders);
        QCOMPARE(named.first().key, u"OUT-1"_qs); // moved by one: the order is named

        QVERIFY(Testing::insertBareOrder(desk, QStringLiteral("OUT-2")));
        QVERIFY(Testing::insertBareOrder(desk, QStringLiteral("OUT-3")));
        RefundRequestRecord r = request(QStringLiteral("OUT-2"));
        QVERIFY(RefundRequests(desk).create(r));
        const auto three = StoreChanges::readCounters(other.database());
        QVERIFY(three);
        const QList<StoreChanges::Change> moved = StoreChanges::difference(*one, *three);
        QCOMPARE(moved.size(), 2);
        for (const StoreChanges::Change &change : moved) {
            if (change.topic == StoreChanges::Topic::Orders)
                QVERIFY(change.key.isEmpty()); // moved by two: "some orders"
            else
                QCOMPARE(change.key, u"OUT-2"_qs);
        }
        // Nothing written: nothing moved.
        QVERIFY(StoreChanges::difference(*three, *StoreChanges::readCounters(other.database()))
                    .isEmpty());
    }

    void postgresNotifiesOtherConnections()
    {
        if (!Testing::usePostgres())
            QSKIP("PostgreSQL's NOTIFY; SQLite counts (sqliteCountersMoveWithEveryWriter)");
        Testing::TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        Store desk(db.config());
        Store other(db.sameDatabase());
        QVERIFY(desk.open());
        QVERIFY(other.open());
        QSqlDriver *listener = other.database().driver();
        QVERIFY(listener->subscribeToNotification(StoreChanges::Channel));
        QSignalSpy heard(listener, &QSqlDriver::notification);

        QVERIFY(Testing::insertBareOrder(desk, QStringLiteral("OUT-1")));
        QTRY_VERIFY_WITH_TIMEOUT(payloads(heard).contains(u"orders:OUT-1"_qs), 5000);
        RefundRequestRecord r = request(QStringLiteral("OUT-1"));
        QVERIFY(RefundRequests(desk).create(r));
        QTRY_VERIFY_WITH_TIMEOUT(payloads(heard).contains(u"refunds:OUT-1"_qs), 5000);

        // Rolled back: never announced.
        heard.clear();
        {
            SqlTransaction tx(desk.database(), desk.dialect());
            QVERIFY(tx.isActive());
            QVERIFY(Testing::insertBareOrder(desk, QStringLiteral("OUT-ROLLED-BACK")));
        }
        QVERIFY(Testing::insertBareOrder(desk, QStringLiteral("OUT-AFTER")));
        QTRY_VERIFY_WITH_TIMEOUT(payloads(heard).contains(u"orders:OUT-AFTER"_qs), 5000);
        QVERIFY(!payloads(heard).contains(u"orders:OUT-ROLLED-BACK"_qs));

        // A bulk write names 64 orders, then "some orders" once.
        heard.clear();
        {
            SqlTransaction tx(desk.database(), desk.dialect());
            QVERIFY(tx.isActive());
            for (int i = 0; i < 200; ++i)
                QVERIFY(Testing::insertBareOrder(desk, QStringLiteral("BULK-%1").arg(i)));
            QVERIFY(tx.commit());
        }
        QTRY_VERIFY_WITH_TIMEOUT(payloads(heard).contains(u"orders:*"_qs), 5000);
        QTest::qWait(200);
        QCOMPARE(payloads(heard).size(), 65);
        QCOMPARE(payloads(heard).count(u"orders:*"_qs), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreChanges)
#include "tst_store_changes.moc"
