// The work queue over a real database (SQLite, and PostgreSQL as tst_workqueue_pg): each line
// counts exactly what waits and lists the oldest first; each role sees its own lines; a write by
// another desk reaches a queue that follows the change feed.
#include "../../store/StoreTestData.h"
#include "../../store/StoreTestEnv.h"

#include "domain/Clock.h"
#include "domain/OperatorRole.h"
#include "domain/OperatorSession.h"
#include "finance/ReconciliationRecords.h"
#include "services/orders/ChangeFeed.h"
#include "services/queue/WorkQueue.h"
#include "store/IntentJournal.h"
#include "store/OrderIndex.h"
#include "store/RefundRequests.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QSignalSpy>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now)
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};

const QDateTime Now(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

OperatorSession sessionOf(OperatorRole role)
{
    OperatorSession session;
    session.login = QStringLiteral("someone");
    session.role = role;
    return session;
}

OrderRecord order(int n, OrderStatus status, const QDateTime &created)
{
    OrderRecord o = makeOrder(n, status);
    o.created = created;
    o.updated = created;
    return o;
}

IntentRecord intent(const QString &outOrderNo, IntentRecord::Kind kind, const QString &number,
                    qint64 fen)
{
    IntentRecord i;
    i.kind = kind;
    i.outOrderNo = outOrderNo;
    i.requestNo = number;
    i.amount = Money::fromFen(fen);
    i.operatorLogin = QStringLiteral("agent.li");
    i.reason = QStringLiteral("return");
    i.desk = QStringLiteral("desk-1");
    return i;
}

RefundRequestRecord refund(const QString &outOrderNo, const QString &number)
{
    RefundRequestRecord r;
    r.outOrderNo = outOrderNo;
    r.tradeNo = QStringLiteral("2026120722001400001");
    r.outTradeNo = QStringLiteral("PAY-") + outOrderNo;
    r.outRequestNo = number;
    r.amount = Money::fromFen(500);
    r.reason = QStringLiteral("Charged twice");
    r.requester = QStringLiteral("agent.li");
    return r;
}

const WorkLine *lineOf(const WorkSnapshot &snapshot, WorkKind kind)
{
    for (const WorkLine &line : snapshot.lines)
        if (line.kind == kind)
            return &line;
    return nullptr;
}

QStringList ordersOf(const WorkLine &line)
{
    QStringList orders;
    for (const WorkEntry &entry : line.entries)
        orders << entry.outOrderNo;
    return orders;
}

QList<WorkKind> allKinds()
{
    return {WorkKind::AwaitingConfirmation, WorkKind::RefundApprovals,
            WorkKind::FrozenNeverReleased,  WorkKind::RestNeverUnfrozen,
            WorkKind::ViolationNotReported, WorkKind::WaitingForUser,
            WorkKind::OpenDifferences};
}

} // namespace

class TestWorkQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qInfo("backend: %s", qPrintable(backendName())); }
    void init() { QVERIFY(openFreshStore(m_db, m_store)); }
    void cleanup() { closeStore(m_db, m_store); }

    void emptyDatabaseWaitsForNothing();
    void countsAndListsWhatWaits();
    void rolesSeeTheirOwnLines();
    void anotherDeskReachesAFollowingQueue();

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
};

void TestWorkQueue::emptyDatabaseWaitsForNothing()
{
    const WorkSnapshot snapshot = WorkQueue::read(*m_store, allKinds(), Now);
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.lines.size(), allKinds().size());
    for (const WorkLine &line : snapshot.lines) {
        QCOMPARE(line.count, 0);
        QVERIFY(line.entries.isEmpty());
    }
}

void TestWorkQueue::countsAndListsWhatWaits()
{
    OrderIndex index(*m_store);
    // Two freezes the customer has not confirmed (the older listed first), one stale authorized
    // order with money frozen, one recent, one finished.
    QVERIFY(index.upsert(order(1, OrderStatus::Init, Now.addSecs(-3600))));
    QVERIFY(index.upsert(order(2, OrderStatus::Init, Now.addSecs(-7200))));
    QVERIFY(index.upsert(order(3, OrderStatus::Authorized, Now.addDays(-45))));
    QVERIFY(index.upsert(order(4, OrderStatus::Authorized, Now.addDays(-1))));
    QVERIFY(index.upsert(order(5, OrderStatus::Finish, Now.addDays(-60))));
    const QString o3 = makeOrder(3).outOrderNo;
    const QString o4 = makeOrder(4).outOrderNo;
    const QString o5 = makeOrder(5).outOrderNo;

    // An unfreeze whose answer was lost, a charge Alipay did not apply, a settled refund.
    FixedClock early(Now.addSecs(-600));
    FixedClock later(Now.addSecs(-300));
    IntentRecord lost = intent(o3, IntentRecord::Kind::Unfreeze, QStringLiteral("UF-3"), 1200);
    QVERIFY(IntentJournal(*m_store, later).begin(lost));
    IntentRecord notDone = intent(o4, IntentRecord::Kind::Pay, QStringLiteral("PAY-4"), 300);
    QVERIFY(IntentJournal(*m_store, early).begin(notDone));
    QVERIFY(IntentJournal(*m_store, early)
                .settle(notDone.id, IntentRecord::Outcome::NotDone, QStringLiteral("NOT_DONE")));
    IntentRecord done = intent(o5, IntentRecord::Kind::Refund, QStringLiteral("RF-5"), 100);
    QVERIFY(IntentJournal(*m_store, early).begin(done));
    QVERIFY(IntentJournal(*m_store, early).settle(done.id, IntentRecord::Outcome::Succeeded));

    // Two refund requests pending, one rejected.
    RefundRequests refunds(*m_store);
    RefundRequestRecord a = refund(o5, QStringLiteral("RF-A"));
    RefundRequestRecord b = refund(o4, QStringLiteral("RF-B"));
    RefundRequestRecord c = refund(o3, QStringLiteral("RF-C"));
    QVERIFY(refunds.create(a));
    QVERIFY(refunds.create(b));
    QVERIFY(refunds.create(c));
    QVERIFY(refunds.setStatus(c.id, RefundRequestRecord::Status::Rejected,
                              QStringLiteral("supervisor.wang"), QStringLiteral("no")));

    // A reconciliation run of a day that found two differences; one was resolved.
    StoreQuery bill(m_store->database(),
                    QStringLiteral("INSERT INTO bill_files (bill_type, bill_date, file_name, path, "
                                   "sha256, size_bytes, fetched_at, fetched_by) VALUES ('trade', "
                                   "'2026-12-06', 'b.zip', '/tmp/b.zip', 'ab', 1, 1, 'finance')"));
    QVERIFY(bill.exec());
    StoreQuery billId(m_store->database(), QStringLiteral("SELECT MAX(id) FROM bill_files"));
    QVERIFY(billId.exec() && billId.next());
    ReconciliationRecords records(*m_store);
    ReconciliationRun run;
    run.billFileId = billId.int64(0);
    run.period = QStringLiteral("2026-12-06");
    run.operatorLogin = QStringLiteral("finance");
    QVERIFY(records.beginRun(run));
    QList<Difference> found;
    for (const QString &no : {o4, o5}) {
        Difference d;
        d.period = run.period;
        d.diffKey = QStringLiteral("ledger_only:") + no;
        d.kind = DifferenceKind::LedgerOnly;
        d.outOrderNo = no;
        d.ledgerAmount = Money::fromFen(4200);
        d.happened = Now.addDays(-1);
        d.detail = QStringLiteral("only ours");
        found << d;
    }
    QVERIFY(records.finishRun(run, found));
    DifferenceFilter filter;
    filter.period = run.period;
    const QList<Difference> stored = records.differences(filter);
    QCOMPARE(stored.size(), 2);
    QVERIFY(records.resolve(stored.first().id, QStringLiteral("finance"), QStringLiteral("ok")));
    const QString stillOpen = stored.last().outOrderNo;

    const WorkSnapshot snapshot = WorkQueue::read(*m_store, allKinds(), Now);
    QVERIFY2(snapshot.error.isEmpty(), qPrintable(snapshot.error));
    QCOMPARE(snapshot.taken, Now);

    const WorkLine *awaiting = lineOf(snapshot, WorkKind::AwaitingConfirmation);
    QVERIFY(awaiting);
    QCOMPARE(awaiting->count, 2);
    QCOMPARE(ordersOf(*awaiting), (QStringList{o4, o3})); // the older first
    QCOMPARE(awaiting->entries.first().amount, Money::fromFen(300));
    QVERIFY(awaiting->entries.first().text.contains(QStringLiteral("PAY-4")));

    const WorkLine *approvals = lineOf(snapshot, WorkKind::RefundApprovals);
    QVERIFY(approvals);
    QCOMPARE(approvals->count, 2);
    QCOMPARE(ordersOf(*approvals), (QStringList{o5, o4}));
    QVERIFY(approvals->entries.first().text.contains(QStringLiteral("Charged twice")));

    const WorkLine *stale = lineOf(snapshot, WorkKind::FrozenNeverReleased);
    QVERIFY(stale);
    QCOMPARE(stale->count, 1);
    QCOMPARE(ordersOf(*stale), QStringList{o3});
    QCOMPARE(stale->entries.first().amount, makeOrder(3).rest);

    const WorkLine *waiting = lineOf(snapshot, WorkKind::WaitingForUser);
    QVERIFY(waiting);
    QCOMPARE(waiting->count, 2);
    QCOMPARE(ordersOf(*waiting), (QStringList{makeOrder(2).outOrderNo, makeOrder(1).outOrderNo}));
    QCOMPARE(waiting->entries.first().since, Now.addSecs(-7200));

    const WorkLine *differences = lineOf(snapshot, WorkKind::OpenDifferences);
    QVERIFY(differences);
    QCOMPARE(differences->count, 1);
    QCOMPARE(ordersOf(*differences), QStringList{stillOpen});
    QVERIFY(differences->entries.first().text.contains(QStringLiteral("2026-12-06")));

    QCOMPARE(lineOf(snapshot, WorkKind::RestNeverUnfrozen)->count, 0);
    QCOMPARE(lineOf(snapshot, WorkKind::ViolationNotReported)->count, 0);

    // Past MaxEntries the count stays exact and the list stops at the oldest.
    for (int n = 100; n < 100 + WorkQueue::MaxEntries + 5; ++n)
        QVERIFY(index.upsert(order(n, OrderStatus::Init, Now.addSecs(-60 - n))));
    const WorkLine many = *lineOf(WorkQueue::read(*m_store, {WorkKind::WaitingForUser}, Now),
                                  WorkKind::WaitingForUser);
    QCOMPARE(many.count, WorkQueue::MaxEntries + 5 + 2);
    QCOMPARE(many.entries.size(), WorkQueue::MaxEntries);
    // The two of an hour and more ago, then the newer ones from the oldest; the 5 newest are left
    // out.
    QCOMPARE(many.entries.at(0).outOrderNo, makeOrder(2).outOrderNo);
    QCOMPARE(many.entries.at(1).outOrderNo, makeOrder(1).outOrderNo);
    QCOMPARE(many.entries.at(2).outOrderNo, makeOrder(100 + WorkQueue::MaxEntries + 4).outOrderNo);
    QCOMPARE(many.entries.last().outOrderNo, makeOrder(107).outOrderNo);
}

void TestWorkQueue::rolesSeeTheirOwnLines()
{
    const QList<WorkKind> agent = WorkQueue::kindsFor(sessionOf(OperatorRole::Agent));
    QVERIFY(agent.contains(WorkKind::AwaitingConfirmation));
    QVERIFY(!agent.contains(WorkKind::RefundApprovals));
    QVERIFY(!agent.contains(WorkKind::OpenDifferences));
    const QList<WorkKind> supervisor = WorkQueue::kindsFor(sessionOf(OperatorRole::Supervisor));
    QVERIFY(supervisor.contains(WorkKind::RefundApprovals));
    const QList<WorkKind> finance = WorkQueue::kindsFor(sessionOf(OperatorRole::Finance));
    QVERIFY(finance.contains(WorkKind::OpenDifferences));
    QVERIFY(!finance.contains(WorkKind::RefundApprovals));
    for (const WorkKind kind : allKinds()) {
        QVERIFY(!WorkQueue::title(kind).isEmpty());
        QVERIFY(!WorkQueue::meaning(kind).isEmpty());
    }
    // Nobody signed in: nothing is read.
    QVERIFY(WorkQueue::kindsFor(OperatorSession()).isEmpty());
}

void TestWorkQueue::anotherDeskReachesAFollowingQueue()
{
    ChangeFeed feed(*m_store);
    feed.start();
    FixedClock clock(Now);
    WorkQueue queue(*m_store, &feed, clock);
    QSignalSpy updated(&queue, &WorkQueue::updated);
    queue.setFollowing(sessionOf(OperatorRole::Supervisor), true);
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), 1, 10000);
    QCOMPARE(lineOf(queue.snapshot(), WorkKind::WaitingForUser)->count, 0);

    // Another desk on the same database writes a freeze waiting for its customer.
    Store other(m_db->sameDatabase());
    QVERIFY(other.open());
    QVERIFY(OrderIndex(other).upsert(order(7, OrderStatus::Init, Now.addSecs(-30))));
    QTRY_VERIFY_WITH_TIMEOUT(!queue.isLoading() &&
                                 lineOf(queue.snapshot(), WorkKind::WaitingForUser)->count == 1,
                             15000);
    QCOMPARE(ordersOf(*lineOf(queue.snapshot(), WorkKind::WaitingForUser)),
             QStringList{makeOrder(7).outOrderNo});

    // Not followed any more: a write reaches it only when asked.
    queue.setFollowing(sessionOf(OperatorRole::Supervisor), false);
    const qsizetype seen = updated.size();
    QVERIFY(OrderIndex(other).upsert(order(8, OrderStatus::Init, Now.addSecs(-20))));
    QTest::qWait(2500);
    QCOMPARE(updated.size(), seen);
    queue.refresh(sessionOf(OperatorRole::Supervisor));
    QTRY_COMPARE_WITH_TIMEOUT(updated.size(), seen + 1, 10000);
    QCOMPARE(lineOf(queue.snapshot(), WorkKind::WaitingForUser)->count, 2);
}

QTEST_GUILESS_MAIN(TestWorkQueue)
#include "tst_workqueue.moc"
