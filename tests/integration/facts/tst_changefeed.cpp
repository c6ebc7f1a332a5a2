// The change feed between desks (services/orders/ChangeFeed.h): two Stores on one database, as
// two desks would have. On SQLite (one real file) a write through OrderFacts at one desk reaches
// the other's feed within a bounded wait; on PostgreSQL (the store tests' server, fixture dd_pg)
// a change by another connection arrives through NOTIFY, and a desk whose database cannot be
// reached says so, refuses money actions with that sentence and reconnects by itself.

#include "../../store/PgOutage.h"
#include "../../store/StoreTestData.h"
#include "../../store/StoreTestEnv.h"
#include "FactsFixture.h"

#include "services/ConsoleServices.h"
#include "services/actions/OrderActions.h"
#include "services/orders/ChangeFeed.h"
#include "services/orders/OrderFacts.h"
#include "store/OrderIndex.h"
#include "store/RefundRequests.h"
#include "store/StoreQuery.h"

#include <QSignalSpy>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

// Every order named by the spy's ordersChanged signals; "*" for an empty list ("some").
QStringList named(const QSignalSpy &spy)
{
    QStringList list;
    for (const QList<QVariant> &arguments : spy) {
        const QStringList orders = arguments.at(0).toStringList();
        list << (orders.isEmpty() ? QStringList{QStringLiteral("*")} : orders);
    }
    return list;
}

RefundRequestRecord refundRequest(const QString &outOrderNo)
{
    RefundRequestRecord r;
    r.outOrderNo = outOrderNo;
    r.tradeNo = QStringLiteral("2026112422001400001");
    r.outTradeNo = QStringLiteral("PAY-1");
    r.outRequestNo = QStringLiteral("RF-1");
    r.amount = Money::fromFen(1234);
    r.reason = QStringLiteral("Charged twice");
    r.requester = QStringLiteral("agent-a");
    return r;
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qPrintable(backendName())); }

    void sqliteDesksSeeEachOthersFacts()
    {
        if (usePostgres())
            QSKIP("SQLite: the demo's database file");
        FactsFixture fx;
        QString error;
        QVERIFY2(fx.start(20, QStringLiteral("change-feed"), &error), qPrintable(error));
        // Desk B: its own Store on the same file, and its feed.
        Store deskB(fx.store().config());
        QVERIFY(deskB.open());
        ChangeFeed feed(deskB);
        QSignalSpy orders(&feed, &ChangeFeed::ordersChanged);
        QSignalSpy refunds(&feed, &ChangeFeed::refundsChanged);
        QSignalSpy listening(&feed, &ChangeFeed::listening);
        feed.start();
        QTRY_VERIFY(feed.isListening());
        QTest::qWait(3 * feed.timing().pollMs); // nothing written: nothing announced
        QCOMPARE(orders.count(), 0);
        QCOMPARE(refunds.count(), 0);

        // Desk A unfreezes at Alipay and records the signed answer through OrderFacts.
        const auto order = fx.authorizedOrder();
        QVERIFY(order);
        const auto answer = fx.unfreeze(*order, Money::fromFen(100), QStringLiteral("UNF-FEED-1"));
        QVERIFY(answer && answer->call.succeeded());
        QElapsedTimer waited;
        waited.start();
        QVERIFY(OrderFacts(fx.store()).applyUnfreeze(order->outOrderNo, *answer));
        // Facts and the index row in one transaction: one or two counter steps, named or "some".
        QTRY_VERIFY_WITH_TIMEOUT(
            named(orders).contains(order->outOrderNo) || named(orders).contains(u"*"_qs), 3000);
        QVERIFY2(waited.elapsed() < 3000, "seen within a bounded wait");
        QCOMPARE(refunds.count(), 0);
        // What desk B reads now is what desk A wrote.
        QCOMPARE(OrderIndex(deskB).find(order->outOrderNo)->unfrozen, Money::fromFen(100));

        // One write names its order; a refund request is announced to the refund queue too.
        orders.clear();
        RefundRequestRecord request = refundRequest(order->outOrderNo);
        QVERIFY(RefundRequests(fx.store()).create(request));
        QTRY_VERIFY_WITH_TIMEOUT(refunds.count() >= 1, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(named(orders).contains(order->outOrderNo), 3000);
        QVERIFY(feed.isReachable());
        QCOMPARE(listening.count(), 1);
    }

    void postgresChangesArriveThroughNotify()
    {
        if (!usePostgres())
            QSKIP("PostgreSQL: LISTEN/NOTIFY");
        TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        Store deskA(db.config());
        Store deskB(db.sameDatabase());
        QVERIFY(deskA.open());
        QVERIFY(deskB.open());
        ChangeFeed feed(deskB);
        QSignalSpy orders(&feed, &ChangeFeed::ordersChanged);
        QSignalSpy refunds(&feed, &ChangeFeed::refundsChanged);
        feed.start();
        QTRY_VERIFY(feed.isListening());

        QVERIFY(Testing::insertBareOrder(deskA, QStringLiteral("ORDER-PG-1")));
        QTRY_VERIFY_WITH_TIMEOUT(named(orders).contains(u"ORDER-PG-1"_qs), 3000);
        QCOMPARE(refunds.count(), 0);
        RefundRequestRecord request = refundRequest(QStringLiteral("ORDER-PG-1"));
        QVERIFY(RefundRequests(deskA).create(request));
        QTRY_VERIFY_WITH_TIMEOUT(refunds.count() >= 1, 3000);
        QVERIFY(!named(orders).contains(u"*"_qs)); // every change named its order
    }

    void postgresOutageIsReadOnlyAndReconnects()
    {
        if (!usePostgres())
            QSKIP("PostgreSQL: a server that goes away");
        TestDatabase db;
        DD_REQUIRE_DATABASE(db);
        Store deskA(db.config());
        Store deskB(db.sameDatabase());
        QVERIFY(deskA.open());
        QVERIFY(deskB.open());
        ConsoleServices desk(deskB, GatewayConfig());
        QVERIFY(Testing::insertBareOrder(deskA, QStringLiteral("ORDER-OUT-1")));
        QTRY_VERIFY(desk.changes().isListening());
        QVERIFY(desk.databaseReachable());
        QVERIFY(desk.databaseProblem().isEmpty());
        QSignalSpy reachability(&desk, &ConsoleServices::databaseReachabilityChanged);
        QSignalSpy orders(&desk.changes(), &ChangeFeed::ordersChanged);

        QVERIFY(cutOffDatabase(db.config().database));
        QTRY_VERIFY_WITH_TIMEOUT(!desk.databaseReachable(), 5000);
        QCOMPARE(reachability.count(), 1);
        QCOMPARE(reachability.first().first().toBool(), false);
        const QString problem = desk.databaseProblem();
        QVERIFY2(problem.contains(u"cannot be reached since"_qs), qPrintable(problem));
        QVERIFY2(!desk.databaseProblemDetails().isEmpty(), "the driver's words for Details");
        QVERIFY(!desk.canCallAlipay());
        QCOMPARE(desk.credentialsProblem(), problem);

        // A money action is refused with that sentence, before anything is locked or written.
        const OperatorSession agent{QStringLiteral("agent-b"), QStringLiteral("agent-b"),
                                    OperatorRole::Supervisor};
        std::optional<ActionOutcome> outcome;
        OrderActions::UnfreezeInput input{QStringLiteral("ORDER-OUT-1"), Money::fromFen(100),
                                          QStringLiteral("deposit back"), true};
        desk.actions().unfreeze(agent, input, this,
                                [&outcome](const ActionOutcome &o) { outcome = o; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->status, ActionOutcome::Status::Refused);
        QCOMPARE(outcome->message, problem);
        const auto available =
            desk.actions().availability(OrderActions::Action::RequestRefund, agent, {});
        QVERIFY(!available.enabled);
        QCOMPARE(available.reason, problem);

        // It stays unreachable while the server refuses (retries back off, no second signal).
        QTest::qWait(1500);
        QVERIFY(!desk.databaseReachable());
        QCOMPARE(reachability.count(), 1);

        // The server takes connections again: the desk reconnects by itself.
        QVERIFY(reconnectDatabase(db.config().database));
        QTRY_VERIFY_WITH_TIMEOUT(desk.databaseReachable(), 15000);
        QCOMPARE(reachability.count(), 2);
        QVERIFY(desk.databaseProblem().isEmpty());
        QVERIFY(desk.actions().databaseProblem().isEmpty());
        // What changed meanwhile was not announced: "some orders" asks every page to re-read.
        QTRY_VERIFY(named(orders).contains(u"*"_qs));
        // This thread's connection, ended with the outage, works again.
        QVERIFY(OrderIndex(deskB).find(QStringLiteral("ORDER-OUT-1")));
        // And the new LISTEN hears the next change.
        orders.clear();
        deskA.reconnectWhenBroken(); // its connection was ended too; its own feed would say so
        QVERIFY(Testing::insertBareOrder(deskA, QStringLiteral("ORDER-OUT-2")));
        QTRY_VERIFY_WITH_TIMEOUT(named(orders).contains(u"ORDER-OUT-2"_qs), 3000);
    }
};

QTEST_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
