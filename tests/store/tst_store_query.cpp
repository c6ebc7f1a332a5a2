// Statements kept prepared per connection (StoreQuery): the same text runs again on the statement
// prepared the first time, starts with nothing bound, holds no read open once done, is prepared
// apart while it is still being read, and is prepared afresh after the schema changed or the
// connection was opened again.
#include "StoreTestData.h"
#include "StoreTestEnv.h"

#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QSqlRecord>
#include <QSqlResult>

using namespace DepositDesk;

namespace {

const QString CountOne = QStringLiteral("SELECT COUNT(*) FROM orders WHERE out_order_no = :o");
const QString AllOrders = QStringLiteral(
    "SELECT out_order_no FROM orders WHERE created_at > :after ORDER BY out_order_no");

qint64 count(const Store &store, const QString &sql)
{
    StoreQuery q(store.database(), sql);
    return q.exec() && q.next() ? q.int64(0) : -1;
}

QStringList allOrders(const Store &store)
{
    QStringList orders;
    StoreQuery q(store.database(), AllOrders);
    q.bind(QStringLiteral("after"), 0);
    if (q.exec())
        while (q.next())
            orders << q.text(0);
    return orders;
}

// The driver's result behind a statement of this text, as the next StoreQuery of it gets it.
const QSqlResult *resultOf(const Store &store, const QString &sql)
{
    StoreQuery q(store.database(), sql);
    return q.query().result();
}

} // namespace

class TestStoreQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(Testing::backendName())); }

    void theSameTextRunsOnTheStatementPreparedFirst()
    {
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));
        QVERIFY(Testing::insertBareOrder(*store, QStringLiteral("OUT-1")));
        const QSqlResult *first = resultOf(*store, CountOne);
        QVERIFY(first);
        QCOMPARE(resultOf(*store, CountOne), first);
        QVERIFY(resultOf(*store, AllOrders) != first);
        if (Testing::usePostgres()) {
            // One statement on the server however often the text runs.
            // (The pattern is built so that this statement's own text does not match it.)
            const QString prepared =
                QStringLiteral("SELECT COUNT(*) FROM pg_prepared_statements WHERE statement LIKE "
                               "'%' || 'out_order_no = $' || '1%'");
            for (int i = 0; i < 20; ++i) {
                StoreQuery q(store->database(), CountOne);
                q.bind(QStringLiteral("o"), QStringLiteral("OUT-1"));
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.int64(0), 1);
            }
            QCOMPARE(count(*store, prepared), 1);
        }
        Testing::closeStore(db, store);
    }

    void aKeptStatementStartsWithNothingBound()
    {
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));
        QVERIFY(Testing::insertBareOrder(*store, QStringLiteral("OUT-1")));
        {
            StoreQuery q(store->database(), CountOne);
            q.bind(QStringLiteral("o"), QStringLiteral("OUT-1"));
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.int64(0), 1);
        }
        // Not bound this time: NULL, as after a fresh prepare, not the last use's OUT-1.
        QCOMPARE(count(*store, CountOne), 0);
        Testing::closeStore(db, store);
    }

    void aTextStillBeingReadIsPreparedApart()
    {
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));
        for (const char *no : {"OUT-1", "OUT-2", "OUT-3"})
            QVERIFY(Testing::insertBareOrder(*store, QString::fromLatin1(no)));
        const QStringList all = {u"OUT-1"_qs, u"OUT-2"_qs, u"OUT-3"_qs};
        const QSqlResult *kept = resultOf(*store, AllOrders);
        {
            QStringList outer;
            StoreQuery q(store->database(), AllOrders);
            QCOMPARE(q.query().result(), kept);
            QVERIFY(resultOf(*store, AllOrders) != kept); // prepared apart while q is in use
            q.bind(QStringLiteral("after"), 0);
            QVERIFY(q.exec());
            while (q.next()) {
                outer << q.text(0);
                // The same text read whole meanwhile (PostgreSQL's driver reads one statement
                // at a time on a connection: there only after the outer one was read).
                if (!Testing::usePostgres())
                    QCOMPARE(allOrders(*store), all);
            }
            QCOMPARE(outer, all);
            QCOMPARE(allOrders(*store), all);
        }
        QCOMPARE(resultOf(*store, AllOrders), kept); // back for the next one
        Testing::closeStore(db, store);
    }

    void aStatementPutAsideHoldsNoReadOpen()
    {
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));
        auto other = std::make_unique<Store>(db->sameDatabase()); // another desk
        QVERIFY(other->open());
        for (const char *no : {"OUT-1", "OUT-2", "OUT-3"})
            QVERIFY(Testing::insertBareOrder(*store, QString::fromLatin1(no)));
        {
            StoreQuery q(store->database(), AllOrders);
            q.bind(QStringLiteral("after"), 0);
            QVERIFY(q.exec() && q.next()); // one row of three read, then put aside
        }
        QVERIFY(Testing::insertBareOrder(*other, QStringLiteral("OUT-4")));
        // A read left open would keep this connection on the snapshot before OUT-4.
        QCOMPARE(count(*store, QStringLiteral("SELECT COUNT(*) FROM orders")), 4);
        QCOMPARE(allOrders(*store).size(), 4);
        other.reset();
        Testing::closeStore(db, store);
    }

    void aSchemaChangePreparesAfresh()
    {
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));
        {
            const QSqlDatabase conn = store->database();
            QVERIFY(
                StoreQuery::execDirect(conn, QStringLiteral("CREATE TABLE kept_t (a INTEGER)")));
            QVERIFY(StoreQuery::execDirect(conn, QStringLiteral("INSERT INTO kept_t VALUES (1)")));
            const QString all = QStringLiteral("SELECT * FROM kept_t");
            {
                StoreQuery q(conn, all);
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.query().record().count(), 1);
            }
            QVERIFY(StoreQuery::execDirect(
                conn, QStringLiteral("ALTER TABLE kept_t ADD COLUMN b INTEGER")));
            StoreQuery q(conn, all);
            QVERIFY(q.exec() && q.next()); // PostgreSQL refuses a kept plan whose columns changed
            QCOMPARE(q.query().record().count(), 2);
        }
        Testing::closeStore(db, store);
    }

    void aStoreOpenedAgainPreparesOnItsOwnConnection()
    {
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));
        QVERIFY(Testing::insertBareOrder(*store, QStringLiteral("OUT-1")));
        QCOMPARE(allOrders(*store).size(), 1);
        for (int round = 0; round < 3; ++round) {
            store = std::make_unique<Store>(db->config());
            QVERIFY(store->open());
            QVERIFY(Testing::insertBareOrder(*store, QStringLiteral("OUT-R%1").arg(round)));
            QCOMPARE(allOrders(*store).size(), round + 2);
        }
        Testing::closeStore(db, store);
    }
};

QTEST_GUILESS_MAIN(TestStoreQuery)
#include "tst_store_query.moc"
