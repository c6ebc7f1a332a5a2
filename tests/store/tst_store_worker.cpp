// StoreWorker over a real database: the work runs on a worker thread with that thread's own
// connection, which is released as soon as the work ends (returned, cancelled or thrown); the
// result reaches the context's thread, never a destroyed context; the task stays busy until the
// result callback has returned.
#include "StoreTestData.h"
#include "StoreTestEnv.h"

#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreWorker.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QThread>

#include <atomic>
#include <stdexcept>

using namespace DepositDesk;

namespace {

struct Seen
{
    QString connection; // the name of the connection the work used
    QThread *thread = nullptr;
    qint64 orders = -1;
};

bool hasConnection(const QString &name)
{
    return QSqlDatabase::connectionNames().contains(name);
}

} // namespace

class TestStoreWorker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

private slots:
    void init()
    {
        QVERIFY(Testing::openFreshStore(m_db, m_store));
        QVERIFY(OrderIndex(*m_store).upsert(Testing::makeOrder(1)).ok);
        QVERIFY(OrderIndex(*m_store).upsert(Testing::makeOrder(2)).ok);
    }
    void cleanup() { Testing::closeStore(m_db, m_store); }

    void readsOffThreadAndReleasesTheConnection()
    {
        StoreWorker worker(*m_store);
        QObject context;
        const QStringList before = QSqlDatabase::connectionNames();
        bool called = false;
        bool busyInCallback = false;
        bool connectionGoneInCallback = false;
        QThread *callbackThread = nullptr;
        StoreTask task;
        task = worker.run(
            [](const Store &store) {
                Seen seen;
                seen.connection = store.database().connectionName();
                seen.thread = QThread::currentThread();
                seen.orders = OrderIndex(store).count();
                return seen;
            },
            &context,
            [&](Seen seen) {
                called = true;
                callbackThread = QThread::currentThread();
                busyInCallback = task.isBusy();
                connectionGoneInCallback = !hasConnection(seen.connection);
                QVERIFY(seen.thread != QThread::currentThread());
                QVERIFY(!before.contains(seen.connection)); // its own, not this thread's
                QCOMPARE(seen.orders, 2);
            });
        QVERIFY(task.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
        QCOMPARE(callbackThread, QThread::currentThread());
        QVERIFY(busyInCallback);
        QVERIFY(connectionGoneInCallback); // released before the result was sent
        QVERIFY(!task.isBusy());
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void busyUntilTheCallbackHasRun()
    {
        StoreWorker worker(*m_store);
        QObject context;
        QSemaphore go;
        int calls = 0;
        QString used;
        const StoreTask task = worker.run(
            [&go](const Store &store) {
                go.acquire();
                return store.database().connectionName();
            },
            &context,
            [&](const QString &connection) {
                ++calls;
                used = connection;
            });
        QVERIFY(task.isBusy());
        go.release();
        // The work has ended and its result is queued, but this thread has not run its events:
        // nothing has been applied, so the task is still busy.
        worker.waitForDone();
        QVERIFY(task.isBusy());
        QCOMPARE(calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
        QVERIFY(!task.isBusy());
        QVERIFY(!used.isEmpty());
        QVERIFY(!hasConnection(used));
    }

    void aDestroyedContextIsNeverCalled()
    {
        StoreWorker worker(*m_store);
        QSemaphore go;
        int calls = 0;
        QString used;

        // Destroyed while the work runs.
        auto *early = new QObject;
        const StoreTask running = worker.run(
            [&](const Store &store) {
                go.acquire();
                used = store.database().connectionName();
                return 1;
            },
            early, [&](int) { ++calls; });
        delete early;
        QVERIFY(running.isBusy()); // the work still runs
        go.release();

        // Destroyed after its work ended, with the result already queued to it.
        auto *late = new QObject;
        const StoreTask queued =
            worker.run([](const Store &store) { return OrderIndex(store).count(); }, late,
                       [&](qint64) { ++calls; });
        worker.waitForDone();
        QVERIFY(queued.isBusy());
        delete late;
        QVERIFY(!running.isBusy());
        QVERIFY(!queued.isBusy());

        // A later task on a living context is answered; the two before never are.
        QObject alive;
        bool answered = false;
        worker.run([](const Store &) { return true; }, &alive, [&](bool) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
        QVERIFY(!hasConnection(used));
    }

    void cancelReachesTheWork()
    {
        StoreWorker worker(*m_store);
        QObject context;
        QSemaphore started;
        std::optional<bool> sawCancel;
        QString used;
        const StoreTask task = worker.run(
            [&](const Store &store, const std::atomic<bool> &cancelled) {
                used = store.database().connectionName();
                started.release();
                QDeadlineTimer deadline(10000);
                while (!cancelled && !deadline.hasExpired())
                    QThread::msleep(5);
                return bool(cancelled);
            },
            &context, [&](bool cancelled) { sawCancel = cancelled; });
        QVERIFY(started.tryAcquire(1, 10000));
        QVERIFY(!task.isCancelled());
        task.cancel();
        QVERIFY(task.isCancelled());
        QTRY_VERIFY_WITH_TIMEOUT(sawCancel.has_value(), 10000);
        QVERIFY(*sawCancel);
        QVERIFY(!task.isBusy());
        QVERIFY(!hasConnection(used));
    }

    void workThatThrowsReleasesItsConnection()
    {
        StoreWorker worker(*m_store);
        QObject context;
        QString used;
        bool called = false;
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("store work threw.*broken read")));
        const StoreTask task = worker.run(
            [&](const Store &store) -> int {
                used = store.database().connectionName();
                throw std::runtime_error("broken read");
            },
            &context, [&](int) { called = true; });
        worker.waitForDone();
        QVERIFY(!used.isEmpty());
        QVERIFY(!hasConnection(used));
        QVERIFY(!task.isBusy()); // nothing will be applied: not busy any more
        QObject alive;
        bool answered = false;
        worker.run([](const Store &) { return 0; }, &alive, [&](int) { answered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(!called);
    }

    void destroyingTheWorkerCancelsAndWaits()
    {
        auto worker = std::make_unique<StoreWorker>(*m_store);
        QObject context;
        QSemaphore started;
        std::atomic<bool> sawCancel{false};
        QString used;
        const StoreTask task = worker->run(
            [&](const Store &store, const std::atomic<bool> &cancelled) {
                used = store.database().connectionName();
                started.release();
                QDeadlineTimer deadline(10000);
                while (!cancelled && !deadline.hasExpired())
                    QThread::msleep(5);
                sawCancel = bool(cancelled);
                return 0;
            },
            &context, [](int) {});
        QVERIFY(started.tryAcquire(1, 10000));
        worker.reset(); // returns once the work has ended
        QVERIFY(sawCancel);
        QVERIFY(!hasConnection(used));
    }

    void oneThreadAnswersInOrder()
    {
        StoreWorker worker(*m_store);
        QObject context;
        QList<int> answers;
        for (int i = 0; i < 5; ++i)
            worker.run(
                [i](const Store &store) {
                    OrderIndex(store).count();
                    return i;
                },
                &context, [&](int n) { answers.append(n); });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 5, 10000);
        QCOMPARE(answers, QList<int>({0, 1, 2, 3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestStoreWorker)
#include "tst_store_worker.moc"
