// BulkActions against the real sandbox gateway on loopback and a real SQLite file: a list of 50
// orders unfrozen in one run with one refused row and one lost answer in the middle, then the same
// file run again — nothing moves twice (the sandbox's own ledger says so, not only our records)
// and the lost one is settled by query; every call leaves with its intent and the order's lock on
// disk (another connection sees them); a cancelled run finished by a re-run; refund requests for
// many orders, asked once however often the list runs, then approved; the order list reader's
// refusals.
#include "ActionsFixture.h"

#include "finance/TableExport.h"
#include "sandbox/Faults.h"
#include "sandbox/Gateway.h"
#include "services/bulk/BulkActions.h"
#include "services/bulk/BulkOrderList.h"
#include "services/bulk/BulkRowsModel.h"
#include "store/RefundRequests.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

using State = BulkActions::State;
using Fault = Sandbox::Faults::Kind;

class TestBulkActions : public QObject
{
    Q_OBJECT

private:
    ActionsFixture f;
    QTemporaryDir dir;
    const OperatorSession agent = sessionOf(OperatorRole::Agent);

    // Runs the request and waits for every row's result.
    QList<BulkActions::Row> runAll(BulkActions &bulk, const BulkActions::Request &request,
                                   const std::function<void(int)> &onProgress = {})
    {
        QSignalSpy finished(&bulk, &BulkActions::finished);
        QMetaObject::Connection c;
        if (onProgress)
            c = connect(&bulk, &BulkActions::progress, this, [&](int n, int) { onProgress(n); });
        if (!bulk.run(agent, request))
            qFatal("the run did not start");
        if (!finished.wait(120000))
            qFatal("the run did not finish");
        disconnect(c);
        return bulk.rows();
    }
    static int countOf(const QList<BulkActions::Row> &rows, State state)
    {
        return int(std::count_if(rows.cbegin(), rows.cend(),
                                 [state](const BulkActions::Row &r) { return r.state == state; }));
    }
    // The sandbox's unfreeze operations of an order.
    QList<Sandbox::FundAuthOperation> unfreezesAtAlipay(const OrderRecord &o)
    {
        QList<Sandbox::FundAuthOperation> list;
        for (const Sandbox::FundAuthOperation &op : f.ledger().operations(o.authNo))
            if (op.type == Sandbox::AuthOperationType::Unfreeze)
                list << op;
        return list;
    }
    // What the index and the sandbox hold of an order, to show it did not change.
    QString stateOf(const OrderRecord &o)
    {
        const auto there = f.sandboxOrder(o);
        return f.indexed(o.outOrderNo).rest.toYuan() + u'/' +
               (there ? there->restAmount().toYuan() : QString()) + u'/' +
               QString::number(f.ledger().operations(o.authNo).size());
    }
    // `count` authorized orders no test used yet, with at least `minRest` left, and their numbers.
    bool freshOrders(int count, Money minRest, QList<OrderRecord> &orders, QStringList &list)
    {
        for (int i = 0; i < count; ++i) {
            const auto o = f.freshOrder(minRest);
            if (!o)
                return false;
            orders << *o;
            list << o->outOrderNo;
        }
        return true;
    }
    QString writeCsv(const QString &name, const QStringList &orders)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write("\xEF\xBB\xBFout_order_no,note\r\n");
        for (const QString &o : orders)
            file.write(o.toUtf8() + ",x\r\n");
        return file.fileName();
    }

    // Whether the index and the sandbox both show `amount` less left frozen than `o` had.
    bool restLess(const OrderRecord &o, Money amount)
    {
        const auto there = f.sandboxOrder(o);
        return f.indexed(o.outOrderNo).rest == o.rest - amount && there &&
               there->restAmount() == o.rest - amount;
    }
    // Temporary tables of this thread's connection with a constraint checked only at COMMIT: a
    // transaction that writes a row into failing_child cannot be committed, and nothing of it
    // is written.
    bool prepareFailingCommits()
    {
        QSqlQuery q(f.store().database());
        return q.exec(
                   u"CREATE TEMP TABLE IF NOT EXISTS failing_parent (id INTEGER PRIMARY KEY)"_qs) &&
               q.exec(u"CREATE TEMP TABLE IF NOT EXISTS failing_child (parent INTEGER REFERENCES "
                      "failing_parent(id) DEFERRABLE INITIALLY DEFERRED)"_qs);
    }
    // While on, a transaction that records an answer (the intent's outcome) cannot be committed.
    bool failAnswerCommits(bool on)
    {
        QSqlQuery q(f.store().database());
        if (!on)
            return q.exec(u"DROP TRIGGER failing_answers"_qs);
        return prepareFailingCommits() &&
               q.exec(u"CREATE TEMP TRIGGER failing_answers AFTER UPDATE OF outcome ON intents "
                      "WHEN NEW.outcome <> 'UNKNOWN' BEGIN INSERT INTO failing_child (parent) "
                      "VALUES (NEW.id); END"_qs);
    }
    int countOn(const QString &sql, const QString &value)
    {
        QSqlQuery q(f.store().database());
        q.prepare(sql);
        q.addBindValue(value);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        f.demo = std::make_unique<DemoEnvironment>();
        QString error;
        // Enough untouched authorized orders for every test function: the demo's mix of states
        // depends on the day it is seeded, and the fifty-order run alone takes 49.
        QVERIFY2(f.demo->start(300, QStringLiteral("5"), &error), qPrintable(error));
        f.console = std::make_unique<Console>(f.store(), *f.demo, QStringLiteral("desk-bulk"));
    }
    void cleanup() { f.faults().clear(); }

    void derivedNumbersFollowTheBatch()
    {
        BulkActions::Request a{
            BulkActions::Action::UnfreezeRest, {}, u"Returned"_qs, {u"A1"_qs, u"A2"_qs}};
        QCOMPARE(BulkActions::requestNo(a, 0), BulkActions::requestNo(a, 0));
        QVERIFY(BulkActions::requestNo(a, 0) != BulkActions::requestNo(a, 1));
        QVERIFY(RequestNumberGenerator::isWellFormed(BulkActions::requestNo(a, 0)));
        QVERIFY(BulkActions::requestNo(a, 0).startsWith(u"UF_B_"));
        // The reason is not part of the batch; the action, its amount and the list are.
        BulkActions::Request b = a;
        b.reason = u"Another reason"_qs;
        QCOMPARE(BulkActions::requestNo(b, 0), BulkActions::requestNo(a, 0));
        b = a;
        b.action = BulkActions::Action::UnfreezeAmount;
        b.amount = Money::fromFen(100);
        QVERIFY(BulkActions::requestNo(b, 0) != BulkActions::requestNo(a, 0));
        b.amount = Money::fromFen(200);
        QVERIFY(BulkActions::batchId(b) != BulkActions::batchId(a));
        b = a;
        b.orders = {u"A2"_qs, u"A1"_qs};
        QVERIFY(BulkActions::requestNo(b, 1) != BulkActions::requestNo(a, 0));
    }

    void fiftyOrdersALostAnswerAndAReRunOfTheSameFile()
    {
        // 49 authorized orders, and in the middle of the list one that is closed.
        QList<OrderRecord> orders;
        for (int i = 0; i < 49; ++i) {
            const auto o = f.freshOrder(Money::fromFen(1));
            QVERIFY2(o, "not enough authorized orders in the demo");
            orders << *o;
        }
        OrderQuery closedQuery;
        closedQuery.statuses = {OrderStatus::Closed, OrderStatus::Finish};
        const auto closedPage = OrderIndex(f.store()).search(closedQuery);
        QVERIFY(closedPage && !closedPage->orders.isEmpty());
        const OrderRecord closed = closedPage->orders.first();
        QStringList list;
        for (const OrderRecord &o : orders)
            list << o.outOrderNo;
        list.insert(20, closed.outOrderNo);
        QCOMPARE(list.size(), 50);
        const QString path = writeCsv(u"fifty.csv"_qs, list);
        QMap<QString, Money> restBefore;
        QMap<QString, int> unfreezesBefore;
        for (const OrderRecord &o : orders) {
            restBefore.insert(o.outOrderNo, o.rest);
            unfreezesBefore.insert(o.outOrderNo, int(unfreezesAtAlipay(o).size()));
        }
        const QString closedBefore = stateOf(closed);

        QString error;
        const auto loaded = BulkOrderList::readFile(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, list);
        const BulkActions::Request request{
            BulkActions::Action::UnfreezeRest, {}, u"Rental returned"_qs, *loaded};

        BulkActions bulk(f.store(), f.actions(), &f.resolver());
        QCOMPARE(bulk.maxInFlight(), BulkActions::DefaultMaxInFlight);

        // The preview: 49 would be sent, each to zero; the closed one is refused and says why.
        const QList<BulkActions::Row> preview = bulk.preview(agent, request);
        QCOMPARE(preview.size(), 50);
        QCOMPARE(countOf(preview, State::Ready), 49);
        QCOMPARE(preview.at(20).state, State::Refused);
        QVERIFY2(!preview.at(20).message.isEmpty(), "a refusal says why");
        for (const BulkActions::Row &r : preview) {
            if (r.state != State::Ready)
                continue;
            QCOMPARE(r.restBefore, restBefore.value(r.outOrderNo));
            QCOMPARE(r.amount, r.restBefore);
            QCOMPARE(r.restAfter, Money());
        }

        // The run: the answer to a call in the middle of it is lost — Alipay does the work and
        // answers after the client gave up. (A connection reset after the work is no lost answer
        // here: on a reused keep-alive connection Qt sends the same request again by itself, and
        // Alipay answers it as the one it already applied.)
        QSignalSpy handled(&f.demo->gateway(), &Sandbox::Gateway::requestHandled);
        bool faultAdded = false;
        const QList<BulkActions::Row> first = runAll(bulk, request, [&](int finished) {
            if (!faultAdded && finished >= 25) {
                faultAdded = true;
                f.faults().add({Fault::Delay, AlipayApi::Unfreeze, 1, 6000});
            }
        });
        QVERIFY(faultAdded);
        QCOMPARE(countOf(first, State::Done), 48);
        QCOMPARE(countOf(first, State::Refused), 1);
        QCOMPARE(countOf(first, State::Unknown), 1);
        QCOMPARE(first.at(20).state, State::Refused);
        int lost = -1;
        for (int i = 0; i < first.size(); ++i)
            if (first.at(i).state == State::Unknown)
                lost = i;
        QVERIFY(lost > 20); // in the middle, after the refused row
        const BulkActions::Row lostRow = first.at(lost);
        QCOMPARE(IntentJournal(f.store()).find(lostRow.intentId)->outcome,
                 IntentRecord::Outcome::Unknown);

        // At Alipay: every one of the 49 unfrozen once, under its row's derived number — the
        // lost one too (its answer was lost, not its request); the closed order untouched.
        const auto checkAlipay = [&] {
            for (int i = 0; i < list.size(); ++i) {
                if (i == 20)
                    continue;
                const OrderRecord o = f.indexed(list.at(i));
                const auto ops = unfreezesAtAlipay(o);
                if (ops.size() != unfreezesBefore.value(o.outOrderNo) + 1)
                    return u"order %1 has %2 unfreezes at Alipay, %3 before"_qs.arg(o.outOrderNo)
                        .arg(ops.size())
                        .arg(unfreezesBefore.value(o.outOrderNo));
                const QString number = BulkActions::requestNo(request, i);
                if (f.operationsWithNumber(o, number) != 1)
                    return u"order %1 unfrozen %2 times under %3"_qs.arg(o.outOrderNo)
                        .arg(f.operationsWithNumber(o, number))
                        .arg(number);
                if (ops.last().outRequestNo != number ||
                    ops.last().amount != restBefore.value(o.outOrderNo))
                    return u"order %1 unfrozen by %2 under %3"_qs.arg(
                        o.outOrderNo, ops.last().amount.toYuan(), ops.last().outRequestNo);
                const auto there = f.sandboxOrder(o);
                if (!there || there->restAmount() != Money())
                    return u"order %1 still has something frozen at Alipay"_qs.arg(o.outOrderNo);
            }
            if (stateOf(closed) != closedBefore)
                return u"the closed order changed"_qs;
            return QString();
        };
        QString problem = checkAlipay();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The same file again, before the lost one is settled: nothing is sent at all.
        const int requestsBefore = int(handled.count());
        const auto again = BulkOrderList::readFile(path, &error);
        QVERIFY2(again, qPrintable(error));
        const BulkActions::Request rerun{
            BulkActions::Action::UnfreezeRest, {}, u"Rental returned (again)"_qs, *again};
        const QList<BulkActions::Row> second = runAll(bulk, rerun);
        QCOMPARE(countOf(second, State::Done), 48);
        QCOMPARE(second.at(lost).state, State::Unknown);
        QCOMPARE(second.at(20).state, State::Refused);
        for (const BulkActions::Row &r : second)
            if (r.state == State::Done) {
                QVERIFY2(r.message.contains(u"earlier run"), qPrintable(r.message));
                QCOMPARE(r.amount, Money()); // nothing moves in this run
            }
        QCOMPARE(int(handled.count()), requestsBefore);

        // The resolver settles the lost one by query ...
        QSignalSpy settled(&f.resolver(), &OutcomeResolver::settled);
        f.resolver().resolve(lostRow.intentId);
        QTRY_COMPARE_WITH_TIMEOUT(IntentJournal(f.store()).find(lostRow.intentId)->outcome,
                                  IntentRecord::Outcome::Succeeded, 20000);
        QCOMPARE(f.indexed(lostRow.outOrderNo).rest, Money());

        // ... and a third run of the file finds all 49 done, still sending nothing.
        const int requestsSettled = int(handled.count());
        const QList<BulkActions::Row> third = runAll(bulk, request);
        QCOMPARE(countOf(third, State::Done), 49);
        QCOMPARE(third.at(20).state, State::Refused);
        QCOMPARE(int(handled.count()), requestsSettled);
        problem = checkAlipay();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Every row went through the guarded path: requested and succeeded in the audit log,
        // once each.
        for (int i = 0; i < list.size(); ++i) {
            if (i == 20)
                continue;
            const QStringList actions = f.auditActions(list.at(i));
            QCOMPARE(actions.count(u"order.unfreeze.requested"_qs), 1);
        }
        QVERIFY(f.auditActions(closed.outOrderNo).count(u"order.unfreeze.requested"_qs) == 0);

        // The results export: one line per row, the header first.
        BulkRowsModel model;
        model.setRows(third);
        QFile out(dir.filePath(u"result.csv"_qs));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(TableExport::writeCsv(model, &out, &error));
        out.close();
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = out.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 51);
        QVERIFY(lines.at(21).contains(closed.outOrderNo.toUtf8()));
        // ... and loading the exported XLSX gives the same list back.
        const QString xlsx = dir.filePath(u"result.xlsx"_qs);
        QVERIFY2(TableExport::writeXlsx(model, xlsx, u"Bulk"_qs, &error), qPrintable(error));
        const auto fromXlsx = BulkOrderList::readFile(xlsx, &error);
        QVERIFY2(fromXlsx, qPrintable(error));
        QCOMPARE(*fromXlsx, list);
    }

    void aCancelledRunIsFinishedByARerun()
    {
        QStringList list;
        QList<OrderRecord> orders;
        QList<int> unfreezesBefore;
        for (int i = 0; i < 12; ++i) {
            const auto o = f.freshOrder(Money::fromFen(300));
            QVERIFY(o);
            orders << *o;
            list << o->outOrderNo;
            unfreezesBefore << int(unfreezesAtAlipay(*o).size());
        }
        const BulkActions::Request request{BulkActions::Action::UnfreezeAmount, Money::fromFen(100),
                                           u"Partly returned"_qs, list};
        BulkActions bulk(f.store(), f.actions(), &f.resolver());
        bulk.setMaxInFlight(2);
        int most = 0;
        QSignalSpy finished(&bulk, &BulkActions::finished);
        connect(&bulk, &BulkActions::rowChanged, this, [&](int) {
            int running = 0;
            for (const BulkActions::Row &r : bulk.rows())
                running += r.state == State::Running ? 1 : 0;
            most = std::max(most, running);
        });
        connect(&bulk, &BulkActions::progress, this, [&](int n, int) {
            if (n >= 3)
                bulk.cancel();
        });
        QVERIFY(bulk.run(agent, request));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(most <= 2, "never more calls out than asked for");
        const QList<BulkActions::Row> first = bulk.rows();
        const int cancelled = countOf(first, State::Cancelled);
        QVERIFY(cancelled > 0);
        QCOMPARE(countOf(first, State::Done) + cancelled, 12);
        disconnect(&bulk, &BulkActions::progress, this, nullptr);

        // The same list again: the cancelled rows are sent, the done ones are not.
        const QList<BulkActions::Row> second = runAll(bulk, request);
        QCOMPARE(countOf(second, State::Done), 12);
        for (int i = 0; i < orders.size(); ++i) {
            QCOMPARE(unfreezesAtAlipay(orders.at(i)).size(), unfreezesBefore.at(i) + 1);
            QCOMPARE(f.operationsWithNumber(orders.at(i), BulkActions::requestNo(request, i)), 1);
            QVERIFY(restLess(orders.at(i), Money::fromFen(100)));
        }
    }

    void eachCallLeavesWithItsIntentAndLockOnDisk()
    {
        // Whenever the sandbox has executed an unfreeze of the run, another connection to the
        // database file (what a crash would leave) holds the row's intent, committed before its
        // call left; while its answer is not recorded, the order's lock of this desk too; once
        // it is recorded, the lock is gone with it (one transaction).
        QList<OrderRecord> orders;
        QStringList list;
        QVERIFY(freshOrders(8, Money::fromFen(200), orders, list));
        const BulkActions::Request request{BulkActions::Action::UnfreezeAmount, Money::fromFen(100),
                                           u"Partly returned"_qs, list};
        const QString desk = f.actions().desk();
        const QString reader = u"another-connection"_qs;
        {
            QSqlDatabase disk = QSqlDatabase::addDatabase(u"QSQLITE"_qs, reader);
            disk.setDatabaseName(f.demo->summary().databasePath);
            QVERIFY(disk.open());
            // The first column of the first row `sql` reads with `value` bound (invalid: none).
            const auto read = [&disk](const QString &sql, const QString &value) {
                QSqlQuery q(disk);
                q.prepare(sql);
                q.addBindValue(value);
                return q.exec() && q.next() ? q.value(0) : QVariant();
            };
            int executed = 0;
            QStringList problems;
            const auto look = [&](const QString &method) {
                if (method != AlipayApi::Unfreeze)
                    return;
                for (int i = 0; i < orders.size(); ++i) {
                    const QString number = BulkActions::requestNo(request, i);
                    if (f.operationsWithNumber(orders.at(i), number) == 0)
                        continue; // not executed at Alipay (yet)
                    ++executed;
                    const QVariant outcome = read(u"SELECT outcome FROM intents WHERE kind = "
                                                  "'unfreeze' AND request_no = ?"_qs,
                                                  number);
                    if (!outcome.isValid()) {
                        problems << number + u": executed at Alipay, no intent on disk"_qs;
                        continue;
                    }
                    const bool answered = outcome.toString() != u"UNKNOWN";
                    const bool locked =
                        read(u"SELECT desk FROM order_locks WHERE out_order_no = ?"_qs, list.at(i))
                            .toString() == desk;
                    if (!answered && !locked)
                        problems << number + u": awaiting its answer, the order is not locked"_qs;
                    if (answered && locked)
                        problems << number + u": answer recorded, the order still locked"_qs;
                }
            };
            const auto c =
                connect(&f.demo->gateway(), &Sandbox::Gateway::requestHandled, this, look);
            BulkActions bulk(f.store(), f.actions(), &f.resolver());
            bulk.setMaxInFlight(4);
            const QList<BulkActions::Row> rows = runAll(bulk, request);
            disconnect(c);
            QCOMPARE(countOf(rows, State::Done), orders.size());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QVERIFY(executed >= orders.size());
            // Afterwards: every row's outcome is on disk, and no lock is left.
            for (int i = 0; i < orders.size(); ++i) {
                QCOMPARE(
                    read(u"SELECT COUNT(*) FROM order_locks WHERE out_order_no = ?"_qs, list.at(i))
                        .toInt(),
                    0);
                QCOMPARE(read(u"SELECT outcome FROM intents WHERE request_no = ?"_qs,
                              BulkActions::requestNo(request, i))
                             .toString(),
                         u"SUCCEEDED"_qs);
            }
        }
        QSqlDatabase::removeDatabase(reader);
    }

    // Rows started together share one transaction for their intents; when it cannot be
    // committed, none of their calls leaves: each is refused, and nothing of it is on disk (no
    // intent, no lock, no audit entry).
    void aGroupThatCannotBeCommittedSendsNoneOfItsCalls()
    {
        QList<OrderRecord> orders;
        QStringList list;
        QVERIFY(freshOrders(3, Money::fromFen(200), orders, list));
        QVERIFY(prepareFailingCommits());
        QStringList before;
        QList<QStringList> auditBefore;
        for (const OrderRecord &o : orders) {
            before << stateOf(o);
            auditBefore << f.auditActions(o.outOrderNo);
        }
        QList<ActionOutcome> outcomes;
        // ¥1.00 of each order, in the open group.
        const auto unfreezeEach = [&] {
            for (const OrderRecord &o : orders) {
                OrderActions::UnfreezeInput input;
                input.outOrderNo = o.outOrderNo;
                input.amount = Money::fromFen(100);
                input.reason = u"Partly returned"_qs;
                f.actions().unfreeze(agent, input, this,
                                     [&](const ActionOutcome &outcome) { outcomes << outcome; });
            }
        };
        {
            const OrderActions::IntentGroup group(f.actions());
            unfreezeEach();
            QSqlQuery q(f.store().database());
            QVERIFY(q.exec(u"INSERT INTO failing_child (parent) VALUES (1)"_qs));
        }
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), orders.size(), 20000);
        QTest::qWait(200); // a call that left would have reached the sandbox by now
        for (const ActionOutcome &outcome : outcomes) {
            QCOMPARE(outcome.status, ActionOutcome::Status::Refused);
            QVERIFY(!outcome.message.isEmpty());
        }
        for (int i = 0; i < orders.size(); ++i) {
            QCOMPARE(stateOf(orders.at(i)), before.at(i));
            QCOMPARE(countOn(u"SELECT COUNT(*) FROM intents WHERE out_order_no = ?"_qs, list.at(i)),
                     0);
            QCOMPARE(
                countOn(u"SELECT COUNT(*) FROM order_locks WHERE out_order_no = ?"_qs, list.at(i)),
                0);
            QCOMPARE(f.auditActions(list.at(i)), auditBefore.at(i));
        }

        // The same rows in a group that is committed: each is sent once.
        outcomes.clear();
        {
            const OrderActions::IntentGroup group(f.actions());
            unfreezeEach();
        }
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), orders.size(), 20000);
        for (const ActionOutcome &outcome : outcomes)
            QVERIFY2(outcome.status == ActionOutcome::Status::Done, qPrintable(outcome.message));
        for (int i = 0; i < orders.size(); ++i) {
            QVERIFY(restLess(orders.at(i), Money::fromFen(100)));
        }
    }

    // Answers that arrive together are recorded in one transaction; when it cannot be committed,
    // nothing of them is written: each row is left awaiting confirmation (its intent UNKNOWN, the
    // order's lock released), and a query settles it from what the sandbox did.
    void answersThatCannotBeCommittedAreSettledByQuery()
    {
        QList<OrderRecord> orders;
        QStringList list;
        QVERIFY(freshOrders(3, Money::fromFen(200), orders, list));
        QVERIFY(failAnswerCommits(true));
        const BulkActions::Request request{BulkActions::Action::UnfreezeAmount, Money::fromFen(100),
                                           u"Partly returned"_qs, list};
        BulkActions bulk(f.store(), f.actions(), &f.resolver());
        bulk.setMaxInFlight(3);
        QSignalSpy unknown(&f.actions(), &OrderActions::intentUnknown);
        const QList<BulkActions::Row> rows = runAll(bulk, request);
        QVERIFY(failAnswerCommits(false));
        QCOMPARE(countOf(rows, State::Unknown), orders.size());
        QCOMPARE(int(unknown.size()), orders.size());
        for (int i = 0; i < orders.size(); ++i) {
            const QString number = BulkActions::requestNo(request, i);
            QCOMPARE(f.operationsWithNumber(orders.at(i), number), 1); // it moved, once
            const auto intent = IntentJournal(f.store()).find(rows.at(i).intentId);
            QVERIFY(intent);
            QCOMPARE(intent->requestNo, number);
            QCOMPARE(intent->outcome, IntentRecord::Outcome::Unknown);
            QCOMPARE(
                countOn(u"SELECT COUNT(*) FROM order_locks WHERE out_order_no = ?"_qs, list.at(i)),
                0);
            QCOMPARE(f.indexed(list.at(i)).rest, orders.at(i).rest); // no fact of the answer
        }
        for (int i = 0; i < orders.size(); ++i) {
            f.resolver().resolve(rows.at(i).intentId);
            QTRY_COMPARE_WITH_TIMEOUT(IntentJournal(f.store()).find(rows.at(i).intentId)->outcome,
                                      IntentRecord::Outcome::Succeeded, 20000);
            QCOMPARE(f.indexed(list.at(i)).rest, orders.at(i).rest - Money::fromFen(100));
            QCOMPARE(f.operationsWithNumber(orders.at(i), BulkActions::requestNo(request, i)), 1);
        }
    }

    // The answers that arrived and the actions started next (startInNextGroup()) share one
    // commit: when it fails, the answers are left awaiting confirmation (settled by query) and
    // none of the calls begun leaves.
    void answersAndTheActionsStartedWithThemFailTogether()
    {
        QList<OrderRecord> orders;
        QStringList list;
        QVERIFY(freshOrders(2, Money::fromFen(200), orders, list));
        QVERIFY(failAnswerCommits(true));
        const auto unfreeze = [&](const OrderRecord &o, QList<ActionOutcome> &into) {
            OrderActions::UnfreezeInput input;
            input.outOrderNo = o.outOrderNo;
            input.amount = Money::fromFen(100);
            input.reason = u"Partly returned"_qs;
            f.actions().unfreeze(agent, input, this,
                                 [&into](const ActionOutcome &outcome) { into << outcome; });
        };
        const QString secondBefore = stateOf(orders.at(1));
        QList<ActionOutcome> first;
        QList<ActionOutcome> second;
        // The first call's answer is in (the client tells before OrderActions queues it): the
        // second order's unfreeze joins the group that records it.
        connect(
            f.console->client.get(), &GatewayClient::callFinished, this,
            [&](const CallResult &) {
                f.actions().startInNextGroup(this, [&] { unfreeze(orders.at(1), second); });
            },
            Qt::SingleShotConnection);
        unfreeze(orders.at(0), first);
        QTRY_COMPARE_WITH_TIMEOUT(first.size() + second.size(), 2, 20000);
        QVERIFY(failAnswerCommits(false));
        QTest::qWait(200); // a call that left would have reached the sandbox by now
        QCOMPARE(first.at(0).status, ActionOutcome::Status::AwaitingConfirmation);
        QCOMPARE(second.at(0).status, ActionOutcome::Status::Refused);
        QCOMPARE(stateOf(orders.at(1)), secondBefore);
        QCOMPARE(countOn(u"SELECT COUNT(*) FROM intents WHERE out_order_no = ?"_qs, list.at(1)), 0);
        for (const QString &o : list)
            QCOMPARE(countOn(u"SELECT COUNT(*) FROM order_locks WHERE out_order_no = ?"_qs, o), 0);
        // The first moved at Alipay; nothing of its answer is recorded until a query settles it.
        QCOMPARE(f.indexed(list.at(0)).rest, orders.at(0).rest);
        f.resolver().resolve(first.at(0).intentId);
        QTRY_COMPARE_WITH_TIMEOUT(IntentJournal(f.store()).find(first.at(0).intentId)->outcome,
                                  IntentRecord::Outcome::Succeeded, 20000);
        QVERIFY(restLess(orders.at(0), Money::fromFen(100)));
    }

    // A row whose request never landed (Alipay answered 20000 and did nothing), settled NOT_DONE
    // by the resolver, is sent again by the next run of the same list — same number, once.
    void aNotDoneRowIsSentAgainByTheRerun()
    {
        QStringList list;
        QList<OrderRecord> orders;
        QVERIFY(freshOrders(3, Money::fromFen(300), orders, list));
        const BulkActions::Request request{BulkActions::Action::UnfreezeAmount, Money::fromFen(100),
                                           u"Scratch found"_qs, list};
        BulkActions bulk(f.store(), f.actions(), &f.resolver());
        bulk.setMaxInFlight(1);
        f.faults().add({Fault::Code20000, AlipayApi::Unfreeze, 1, 0});
        const QList<BulkActions::Row> first = runAll(bulk, request);
        QCOMPARE(first.at(0).state, State::Unknown);
        QCOMPARE(countOf(first, State::Done), 2);
        QCOMPARE(f.operationsWithNumber(orders.at(0), first.at(0).requestNo), 0);

        f.resolver().resolve(first.at(0).intentId);
        QTRY_COMPARE_WITH_TIMEOUT(IntentJournal(f.store()).find(first.at(0).intentId)->outcome,
                                  IntentRecord::Outcome::NotDone, 20000);
        const QList<BulkActions::Row> preview = bulk.preview(agent, request);
        QCOMPARE(preview.at(0).state, State::Ready);
        QCOMPARE(preview.at(0).amount, Money::fromFen(100));

        const QList<BulkActions::Row> second = runAll(bulk, request);
        QCOMPARE(countOf(second, State::Done), 3);
        QCOMPARE(second.at(0).intentId, first.at(0).intentId); // the same journaled call
        for (int i = 0; i < orders.size(); ++i) {
            QCOMPARE(f.operationsWithNumber(orders.at(i), BulkActions::requestNo(request, i)), 1);
            QCOMPARE(f.indexed(list.at(i)).rest, orders.at(i).rest - Money::fromFen(100));
        }
    }

    // A refund request per order through the single request's path: recorded for the good rows,
    // the others refused with the reason; the same file again asks for nothing twice, also once
    // a request was approved and sent; a supervisor's approval sends exactly what was asked.
    void refundRequestsForAList()
    {
        const OperatorSession supervisor = sessionOf(OperatorRole::Supervisor);
        const auto charged = [&](Money amount) -> std::optional<std::pair<OrderRecord, QString>> {
            const auto o = f.freshOrder(Money::fromFen(2000));
            if (!o)
                return std::nullopt;
            const ActionOutcome paid = f.run([&](QObject *c, auto done) {
                f.actions().charge(agent, {o->outOrderNo, amount, u"Fee"_qs, u"late"_qs, false}, c,
                                   done);
            });
            if (paid.status != ActionOutcome::Status::Done)
                qFatal("charge refused: %s", qPrintable(paid.message));
            return std::pair{*o, paid.requestNo};
        };
        // a keeps something refundable after its request is executed: a re-run could ask again.
        const auto a = charged(Money::fromFen(1000));
        const auto b = charged(Money::fromFen(400));
        const auto small = charged(Money::fromFen(200)); // less than the amount asked for
        const auto pending = charged(Money::fromFen(400));
        const auto all = charged(Money::fromFen(400)); // the second list: no amount given
        const auto uncharged = f.freshOrder(Money::fromFen(100));
        QVERIFY(a && b && small && pending && all && uncharged);
        // A request of `pending` already waits for a supervisor.
        const ActionOutcome single = f.run([&](QObject *c, auto done) {
            f.actions().requestRefund(agent,
                                      {pending->first.outOrderNo, pending->second,
                                       Money::fromFen(100), u"Asked at the desk"_qs},
                                      c, done);
        });
        QCOMPARE(single.status, ActionOutcome::Status::Recorded);

        const QStringList list{a->first.outOrderNo,       b->first.outOrderNo,
                               small->first.outOrderNo,   uncharged->outOrderNo,
                               pending->first.outOrderNo, u"NO_SUCH_ORDER"_qs};
        const QString path = writeCsv(u"refunds.csv"_qs, list);
        QString error;
        const auto loaded = BulkOrderList::readFile(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        const BulkActions::Request request{BulkActions::Action::RefundRequest, Money::fromFen(300),
                                           u"Charged by mistake"_qs, *loaded};
        QVERIFY(BulkActions::requestNo(request, 0).startsWith(u"RF_B_"));
        BulkActions bulk(f.store(), f.actions(), &f.resolver());

        const QList<BulkActions::Row> preview = bulk.preview(agent, request);
        QCOMPARE(preview.size(), 6);
        for (int i : {0, 1}) {
            QCOMPARE(preview.at(i).state, State::Ready);
            QCOMPARE(preview.at(i).outTradeNo, i == 0 ? a->second : b->second);
            QCOMPARE(preview.at(i).restBefore, Money::fromFen(i == 0 ? 1000 : 400));
            QCOMPARE(preview.at(i).amount, Money::fromFen(300));
            QCOMPARE(preview.at(i).restAfter, Money::fromFen(i == 0 ? 700 : 100));
        }
        for (int i : {2, 3, 4, 5})
            QCOMPARE(preview.at(i).state, State::Refused);
        QVERIFY2(preview.at(2).message.contains(u"2.00"), qPrintable(preview.at(2).message));
        QVERIFY2(preview.at(3).message.contains(u"no charge"), qPrintable(preview.at(3).message));
        QVERIFY2(preview.at(4).message.contains(single.requestNo),
                 qPrintable(preview.at(4).message));
        QVERIFY2(preview.at(5).message.contains(u"NO_SUCH_ORDER"),
                 qPrintable(preview.at(5).message));
        // A role that may not ask for refunds: every row refused.
        const auto finance = bulk.preview(sessionOf(OperatorRole::Finance), request);
        QCOMPARE(countOf(finance, State::Refused), 6);

        RefundRequests requests(f.store());
        const auto requestsOf = [&](const OrderRecord &o) {
            return requests.forOrder(o.outOrderNo);
        };
        const QList<BulkActions::Row> first = runAll(bulk, request);
        QCOMPARE(countOf(first, State::Done), 2);
        QCOMPARE(countOf(first, State::Refused), 4);
        QList<RefundRequestRecord> recorded;
        for (int i : {0, 1}) {
            const OrderRecord &o = i == 0 ? a->first : b->first;
            const QList<RefundRequestRecord> of = requestsOf(o);
            QCOMPARE(of.size(), 1);
            QCOMPARE(of.first().status, RefundRequestRecord::Status::PendingApproval);
            QCOMPARE(of.first().amount, Money::fromFen(300));
            QCOMPARE(of.first().outTradeNo, i == 0 ? a->second : b->second);
            QCOMPARE(of.first().requester, agent.login);
            QCOMPARE(of.first().reason, u"Charged by mistake"_qs);
            QCOMPARE(first.at(i).requestNo, of.first().outRequestNo);
            QCOMPARE(first.at(i).restAfter, Money::fromFen(i == 0 ? 700 : 100));
            QCOMPARE(f.auditActions(o.outOrderNo).count(u"refund.request.created"_qs), 1);
            recorded << of.first();
        }
        QCOMPARE(requestsOf(small->first).size(), 0);
        QCOMPARE(requestsOf(*uncharged).size(), 0);
        QCOMPARE(requestsOf(pending->first).size(), 1);
        QVERIFY(f.trade(a->second).refundFee == Money()); // nothing sent to Alipay yet

        // The same file again, another reason: nothing is asked for twice.
        const BulkActions::Request rerun{BulkActions::Action::RefundRequest, Money::fromFen(300),
                                         u"Charged by mistake (again)"_qs, *loaded};
        const QList<BulkActions::Row> second = runAll(bulk, rerun);
        QCOMPARE(countOf(second, State::Done), 2);
        for (int i : {0, 1}) {
            QVERIFY2(second.at(i).message.contains(u"earlier run"),
                     qPrintable(second.at(i).message));
            QCOMPARE(second.at(i).amount, Money());
            QCOMPARE(second.at(i).requestNo, recorded.at(i).outRequestNo);
            QCOMPARE(requestsOf(i == 0 ? a->first : b->first).size(), 1);
        }

        // A supervisor approves a's request: exactly what was asked is refunded at Alipay.
        const ActionOutcome executed = f.run([&](QObject *c, auto done) {
            f.actions().executeRefund(supervisor, recorded.at(0).id, c, done);
        });
        QVERIFY2(executed.status == ActionOutcome::Status::Done, qPrintable(executed.message));
        QCOMPARE(executed.requestNo, recorded.at(0).outRequestNo);
        QCOMPARE(f.trade(a->second).refundFee, Money::fromFen(300));
        QCOMPARE(requests.find(recorded.at(0).id)->status, RefundRequestRecord::Status::Executed);

        // Once it is executed (nothing open any more), the same file still asks nothing again.
        const QList<BulkActions::Row> third = runAll(bulk, request);
        QCOMPARE(third.at(0).state, State::Done);
        QVERIFY2(third.at(0).message.contains(u"earlier run"), qPrintable(third.at(0).message));
        QCOMPARE(third.at(0).restBefore, Money::fromFen(700));
        QCOMPARE(requestsOf(a->first).size(), 1);
        QCOMPARE(requestsOf(b->first).size(), 1);
        QCOMPARE(f.trade(a->second).refundFee, Money::fromFen(300));

        // No amount: all that is left of the charge.
        const BulkActions::Request everything{BulkActions::Action::RefundRequest,
                                              {},
                                              u"Not rented after all"_qs,
                                              {all->first.outOrderNo}};
        const QList<BulkActions::Row> whole = runAll(bulk, everything);
        QCOMPARE(whole.at(0).state, State::Done);
        QCOMPARE(whole.at(0).amount, Money::fromFen(400));
        QCOMPARE(whole.at(0).restAfter, Money());
        QCOMPARE(requestsOf(all->first).size(), 1);
        QCOMPARE(requestsOf(all->first).first().amount, Money::fromFen(400));
    }

    void listsThatCannotBeUsedAreRefused()
    {
        QString error;
        // A damaged workbook.
        QByteArray broken("PK\x03\x04", 4);
        broken += QByteArray(200, 'x');
        QVERIFY(!BulkOrderList::parse(broken, &error));
        QVERIFY2(error.contains(u"damaged"), qPrintable(error));
        // Too large.
        error.clear();
        QVERIFY(!BulkOrderList::parse(QByteArray(BulkOrderList::MaxFileBytes + 1, 'A'), &error));
        QVERIFY2(error.contains(u"MiB"), qPrintable(error));
        // Binary that is no workbook.
        error.clear();
        QVERIFY(!BulkOrderList::parse(QByteArray("\x01\x00\x02", 3), &error));
        QVERIFY(!error.isEmpty());
        // No order number.
        error.clear();
        QVERIFY(!BulkOrderList::parse("out_order_no\r\n\r\n", &error));
        QVERIFY(!error.isEmpty());
        // Too many.
        error.clear();
        QByteArray many;
        for (int i = 0; i <= BulkOrderList::MaxOrders; ++i)
            many += "O" + QByteArray::number(i) + "\n";
        QVERIFY(!BulkOrderList::parse(many, &error));
        QVERIFY2(error.contains(QString::number(BulkOrderList::MaxOrders)), qPrintable(error));
        // A plain first column, no header.
        const auto plain = BulkOrderList::parse("O1,a\nO2,b\n\n O3 ,c\n", &error);
        QVERIFY(plain);
        QCOMPARE(*plain, QStringList({u"O1"_qs, u"O2"_qs, u"O3"_qs}));
        // A header in another column.
        const auto headed = BulkOrderList::parse("note,商户订单号\nx,O7\ny,O8\n", &error);
        QVERIFY(headed);
        QCOMPARE(*headed, QStringList({u"O7"_qs, u"O8"_qs}));
    }

    void duplicatesAndUnknownOrdersAreRefusedInThePreview()
    {
        const auto o = f.freshOrder(Money::fromFen(100));
        QVERIFY(o);
        const BulkActions::Request request{BulkActions::Action::UnfreezeRest,
                                           {},
                                           u"Returned"_qs,
                                           {o->outOrderNo, u"NO_SUCH_ORDER"_qs, o->outOrderNo}};
        BulkActions bulk(f.store(), f.actions(), &f.resolver());
        const auto rows = bulk.preview(agent, request);
        QCOMPARE(rows.at(0).state, State::Ready);
        QCOMPARE(rows.at(1).state, State::Refused);
        QVERIFY2(rows.at(1).message.contains(u"NO_SUCH_ORDER"), qPrintable(rows.at(1).message));
        QCOMPARE(rows.at(2).state, State::Refused);
        QVERIFY2(rows.at(2).message.contains(u"row 1"), qPrintable(rows.at(2).message));
        // A role that may not unfreeze: every row refused, nothing sent.
        const auto viewer = bulk.preview(sessionOf(OperatorRole::Finance), request);
        QCOMPARE(viewer.at(0).state, State::Refused);
    }
};

QTEST_GUILESS_MAIN(TestBulkActions)
#include "tst_bulkactions.moc"
