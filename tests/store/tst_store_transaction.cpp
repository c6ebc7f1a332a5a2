// SqlTransaction's nesting: a savepoint inside a savepoint is released with its parent, yet is
// undone with it, stays when a later sibling is undone, and any number of them in one parent
// leave the connection as it was; the writer lock is held as long as a transaction holds it, and
// asked for again once the savepoint that took it was undone.
#include "StoreTestData.h"
#include "StoreTestEnv.h"

#include "store/SqlTransaction.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

using namespace DepositDesk;

namespace {

constexpr qint64 TestLock = 0x4444'7777;

QStringList orders(const Store &store)
{
    QStringList found;
    StoreQuery q(store.database(),
                 QStringLiteral("SELECT out_order_no FROM orders ORDER BY out_order_no"));
    if (q.exec())
        while (q.next())
            found << q.text(0);
    return found;
}

// Whether another connection could take the writer lock now (PostgreSQL).
bool lockFree(const Store &other)
{
    StoreQuery q(other.database(), QStringLiteral("SELECT pg_try_advisory_lock(:k)"));
    q.bind(QStringLiteral("k"), TestLock);
    if (!q.exec() || !q.next())
        return false;
    const bool taken = q.value(0).toBool();
    q.finish();
    if (taken) {
        StoreQuery unlock(other.database(), QStringLiteral("SELECT pg_advisory_unlock(:k)"));
        unlock.bind(QStringLiteral("k"), TestLock);
        unlock.exec();
    }
    return taken;
}

} // namespace

class TestStoreTransaction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(Testing::backendName())); }

    void aCommittedInnerSavepointIsUndoneWithItsParent()
    {
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));
        const QSqlDatabase c = store->database();
        {
            SqlTransaction top(c, store->dialect());
            QVERIFY(top.isActive());
            QVERIFY(Testing::insertBareOrder(*store, u"KEPT"_qs));
            {
                SqlTransaction parent(c, store->dialect());
                QVERIFY(parent.isActive());
                SqlTransaction inner(c, store->dialect());
                QVERIFY(inner.isActive());
                QVERIFY(Testing::insertBareOrder(*store, u"UNDONE"_qs));
                QVERIFY(inner.commit());
                parent.rollback();
            }
            QVERIFY(top.commit());
        }
        QCOMPARE(orders(*store), QStringList{u"KEPT"_qs});
        Testing::closeStore(db, store);
    }

    void undoingASiblingKeepsTheOneCommittedBefore()
    {
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));
        const QSqlDatabase c = store->database();
        {
            SqlTransaction top(c, store->dialect());
            SqlTransaction parent(c, store->dialect());
            {
                SqlTransaction first(c, store->dialect());
                QVERIFY(Testing::insertBareOrder(*store, u"FIRST"_qs));
                QVERIFY(first.commit());
            }
            {
                SqlTransaction second(c, store->dialect());
                QVERIFY(second.isActive());
                QVERIFY(Testing::insertBareOrder(*store, u"SECOND"_qs));
                {
                    SqlTransaction third(c, store->dialect()); // inside the undone one
                    QVERIFY(Testing::insertBareOrder(*store, u"THIRD"_qs));
                    QVERIFY(third.commit());
                }
                second.rollback();
            }
            {
                SqlTransaction fourth(c, store->dialect());
                QVERIFY(Testing::insertBareOrder(*store, u"FOURTH"_qs));
                QVERIFY(fourth.commit());
            }
            QVERIFY(parent.commit());
            QVERIFY(top.commit());
        }
        QCOMPARE(orders(*store), (QStringList{u"FIRST"_qs, u"FOURTH"_qs}));
        Testing::closeStore(db, store);
    }

    void manyInnerSavepointsInOneParentLeaveTheConnectionAsItWas()
    {
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));
        const QSqlDatabase c = store->database();
        QStringList expected;
        for (int round = 0; round < 2; ++round) {
            SqlTransaction top(c, store->dialect());
            QVERIFY(top.isActive());
            SqlTransaction parent(c, store->dialect());
            QVERIFY(parent.isActive());
            for (int i = 0; i < 100; ++i) {
                SqlTransaction inner(c, store->dialect());
                QVERIFY2(inner.isActive(), qPrintable(inner.errorString()));
                const QString no =
                    QStringLiteral("R%1-%2").arg(round).arg(i, 3, 10, QLatin1Char('0'));
                QVERIFY(Testing::insertBareOrder(*store, no));
                if (i % 7 == 3) {
                    inner.rollback();
                    continue;
                }
                QVERIFY2(inner.commit(), qPrintable(inner.errorString()));
                expected << no;
            }
            QVERIFY2(parent.commit(), qPrintable(parent.errorString()));
            QVERIFY2(top.commit(), qPrintable(top.errorString()));
        }
        QCOMPARE(orders(*store), expected);
        // Nothing is left open: a transaction of its own starts and is undone whole.
        {
            SqlTransaction top(c, store->dialect());
            QVERIFY2(top.isActive(), qPrintable(top.errorString()));
            QVERIFY(Testing::insertBareOrder(*store, u"LAST"_qs));
        }
        QCOMPARE(orders(*store), expected);
        Testing::closeStore(db, store);
    }

    void theWriterLockIsTakenAgainAfterTheSavepointThatTookItWasUndone()
    {
        if (!Testing::usePostgres())
            QSKIP("SQLite has one writer lock for the whole file");
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));
        auto other = std::make_unique<Store>(db->sameDatabase()); // another desk
        QVERIFY(other->open());
        const QSqlDatabase c = store->database();
        const auto serialised = SqlDialect::TransactionMode::Serialised;
        {
            SqlTransaction top(c, store->dialect());
            QVERIFY(lockFree(*other));
            {
                SqlTransaction taking(c, store->dialect(), serialised, TestLock);
                QVERIFY(taking.isActive());
                QVERIFY(!lockFree(*other));
                taking.rollback();
            }
            QVERIFY(lockFree(*other)); // undone with the savepoint
            {
                SqlTransaction again(c, store->dialect(), serialised, TestLock);
                QVERIFY(again.isActive());
                {
                    SqlTransaction inside(c, store->dialect(), serialised, TestLock);
                    QVERIFY(inside.isActive());
                    QVERIFY(inside.commit());
                }
                QVERIFY(again.commit());
            }
            QVERIFY(!lockFree(*other)); // the outermost transaction holds it now
            QVERIFY(top.commit());
        }
        QVERIFY(lockFree(*other));
        {
            SqlTransaction top(c, store->dialect(), serialised, TestLock);
            QVERIFY(top.isActive());
            {
                SqlTransaction inside(c, store->dialect(), serialised, TestLock);
                QVERIFY(inside.isActive());
                inside.rollback(); // taken by the outer one: still held
            }
            QVERIFY(!lockFree(*other));
        }
        QVERIFY(lockFree(*other));
        other.reset();
        Testing::closeStore(db, store);
    }
};

QTEST_GUILESS_MAIN(TestStoreTransaction)
#include "tst_store_transaction.moc"
