// Durability of the SQLite store: an intent is committed before its request is sent, so a commit
// must be on disk when it returns. Every connection the store opens on a real SQLite file (the
// thread that opened it, a StoreWorker's thread, a thread of its own, a second desk's Store on
// the same file, a connection opened again after being released) runs with synchronous = FULL,
// in WAL mode.
#include "StoreTestEnv.h"

#include "store/Store.h"
#include "store/StoreWorker.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

using namespace DepositDesk;

namespace {

struct Pragmas
{
    int synchronous = -1; // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
    QString journalMode;  // wal, delete, ...
    bool open = false;
};

Pragmas pragmasOf(const Store &store)
{
    Pragmas p;
    const QSqlDatabase db = store.database();
    p.open = db.isOpen();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA synchronous")) && q.next())
        p.synchronous = q.value(0).toInt();
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        p.journalMode = q.value(0).toString().toLower();
    return p;
}

constexpr int Full = 2;

} // namespace

class TestStoreDurability : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

    static void checkFull(const Pragmas &p, const char *where)
    {
        QVERIFY2(p.open, where);
        QVERIFY2(p.synchronous == Full,
                 qPrintable(QStringLiteral("%1: synchronous = %2, not FULL (2)")
                                .arg(QLatin1String(where))
                                .arg(p.synchronous)));
        QVERIFY2(p.journalMode == u"wal",
                 qPrintable(QLatin1String(where) + u": "_qs + p.journalMode));
    }

private slots:
    void initTestCase()
    {
        if (Testing::usePostgres())
            QSKIP("SQLite's synchronous setting; PostgreSQL commits durably by default");
    }
    void init() { QVERIFY(Testing::openFreshStore(m_db, m_store)); }
    void cleanup() { Testing::closeStore(m_db, m_store); }

    void theOpeningThreadsConnectionSyncsEveryCommit()
    {
        QVERIFY(QFileInfo::exists(m_db->sqliteFile()));
        checkFull(pragmasOf(*m_store), "opening thread");
        // Given back and opened again: set up again, not left at SQLite's default.
        m_store->releaseThreadConnection();
        checkFull(pragmasOf(*m_store), "opening thread, reopened");
    }

    void aStoreWorkersConnectionSyncsEveryCommit()
    {
        StoreWorker worker(*m_store, 2);
        QObject context;
        std::optional<Pragmas> seen;
        QThread *thread = nullptr;
        const StoreTask task = worker.run(
            [&thread](const Store &store) {
                thread = QThread::currentThread();
                return pragmasOf(store);
            },
            &context, [&seen](Pragmas p) { seen = p; });
        QTRY_VERIFY(seen.has_value());
        QVERIFY(thread && thread != QThread::currentThread());
        checkFull(*seen, "StoreWorker thread");
    }

    void aThreadOfItsOwnSyncsEveryCommit()
    {
        Pragmas seen;
        QThread *thread = QThread::create([&] {
            const ThreadConnectionRelease release(*m_store);
            seen = pragmasOf(*m_store);
        });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        checkFull(seen, "own thread");
    }

    void aSecondDeskOnTheSameFileSyncsEveryCommit()
    {
        Store second(m_db->sameDatabase());
        const StoreResult opened = second.open();
        QVERIFY2(opened.ok, qPrintable(opened.errorString));
        checkFull(pragmasOf(second), "second desk");
    }
};

QTEST_GUILESS_MAIN(TestStoreDurability)
#include "tst_store_durability.moc"
