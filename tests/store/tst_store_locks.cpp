#include "ManualClock.h"
#include "StoreTestEnv.h"

#include "store/OrderLocks.h"
#include "store/Store.h"

#include <QSemaphore>
#include <QThread>

#include <atomic>

using namespace DepositDesk;

class TestStoreLocks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_deskA; // two desks: two stores, two connections
    std::unique_ptr<Store> m_deskB;
    Testing::ManualClock m_clock;

private slots:
    void init()
    {
        m_clock.set(Testing::ManualClock().now());
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

    void anotherDeskSeesWhoHoldsIt()
    {
        OrderLocks a(*m_deskA, u"desk-a"_qs, m_clock, 60);
        OrderLocks b(*m_deskB, u"desk-b"_qs, m_clock, 60);
        const QDateTime taken = m_clock.now();
        QVERIFY(a.acquire(u"OUT1"_qs, u"agent.li"_qs).acquired);
        m_clock.advance(std::chrono::seconds(5));
        const OrderLockAttempt refused = b.acquire(u"OUT1"_qs, u"agent.han"_qs);
        QVERIFY(!refused.acquired);
        QVERIFY(refused.errorString.isEmpty());
        QVERIFY(refused.heldBy);
        QCOMPARE(refused.heldBy->operatorLogin, u"agent.li"_qs);
        QCOMPARE(refused.heldBy->desk, u"desk-a"_qs);
        QCOMPARE(refused.heldBy->since, taken);
        QVERIFY(refused.heldBy->describe().contains(u"Held by agent.li since"_qs));
        QVERIFY(refused.heldBy->describe().contains(
            taken.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_qs)));
        // Other orders are free; the holder may take its lock again.
        QVERIFY(b.acquire(u"OUT2"_qs, u"agent.han"_qs).acquired);
        QVERIFY(a.acquire(u"OUT1"_qs, u"agent.li"_qs).acquired);
        // Released: the other desk gets it.
        QVERIFY(b.release(u"OUT1"_qs).ok); // not b's: nothing happens
        QVERIFY(!b.acquire(u"OUT1"_qs, u"agent.han"_qs).acquired);
        QVERIFY(a.release(u"OUT1"_qs).ok);
        QVERIFY(!a.holder(u"OUT1"_qs));
        QVERIFY(b.acquire(u"OUT1"_qs, u"agent.han"_qs).acquired);
        QCOMPARE(a.holder(u"OUT1"_qs)->operatorLogin, u"agent.han"_qs);
        QVERIFY(b.releaseAll().ok);
        QVERIFY(!a.holder(u"OUT1"_qs) && !a.holder(u"OUT2"_qs));
    }

    void aDeadDesksLockExpires()
    {
        OrderLocks a(*m_deskA, u"desk-a"_qs, m_clock, 60);
        OrderLocks b(*m_deskB, u"desk-b"_qs, m_clock, 60);
        QVERIFY(a.acquire(u"OUT1"_qs, u"agent.li"_qs).acquired);
        m_clock.advance(std::chrono::seconds(50));
        QVERIFY(a.heartbeat().ok); // alive: lease runs to 110 s
        m_clock.advance(std::chrono::seconds(59));
        QVERIFY(!b.acquire(u"OUT1"_qs, u"agent.han"_qs).acquired);
        QCOMPARE(b.holder(u"OUT1"_qs)->expires, Testing::ManualClock().now().addSecs(110));
        // Desk A dies: no more heartbeats.
        m_clock.advance(std::chrono::seconds(1));
        QVERIFY(!b.holder(u"OUT1"_qs));
        QVERIFY(b.acquire(u"OUT1"_qs, u"agent.han"_qs).acquired);
        // A late heartbeat of A does not take it back.
        QVERIFY(a.heartbeat().ok);
        QCOMPARE(a.holder(u"OUT1"_qs)->desk, u"desk-b"_qs);
        QVERIFY(!a.acquire(u"OUT1"_qs, u"agent.li"_qs).acquired);
    }

    void onlyOneOfManyDesksGetsIt()
    {
        constexpr int Desks = 6;
        QSemaphore start;
        std::atomic<int> winners{0};
        std::atomic<int> errors{0};
        QList<QThread *> threads;
        for (int d = 0; d < Desks; ++d) {
            threads.append(QThread::create([&, d] {
                OrderLocks locks(*m_deskA, QStringLiteral("desk-%1").arg(d));
                start.acquire();
                const OrderLockAttempt attempt = locks.acquire(u"OUT-RACE"_qs, u"agent"_qs);
                if (attempt.acquired)
                    ++winners;
                else if (!attempt.heldBy)
                    ++errors;
            }));
            threads.last()->start();
        }
        start.release(Desks);
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(errors.load(), 0);
        QCOMPARE(winners.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreLocks)
#include "tst_store_locks.moc"
