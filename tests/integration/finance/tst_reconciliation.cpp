#include "BusiestDay.h"
#include "ConsoleFixture.h"

#include "services/ConsoleServices.h"
#include "services/actions/OrderActions.h"
#include "services/finance/BillDownloader.h"
#include "services/finance/DifferenceCorrections.h"
#include "services/finance/ReconciliationService.h"
#include "store/AuditLog.h"
#include "store/IntentJournal.h"
#include "store/Ledger.h"
#include "store/OperatorDirectory.h"
#include "store/OrderMarks.h"
#include "store/StoreQuery.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace DepositDesk;

namespace {

constexpr qint64 DayMs = 86400000;

OperatorSession sessionOf(OperatorRole role)
{
    return {OperatorDirectory::demoLogin(role), QStringLiteral("Test"), role};
}

DifferenceFilter filterOf(const QString &period)
{
    DifferenceFilter f;
    f.period = period;
    return f;
}

AuditFilter auditOf(const QString &order, const char *action)
{
    AuditFilter f;
    f.outOrderNo = order;
    f.action = QString::fromLatin1(action);
    return f;
}

struct Fact
{
    QString order, tradeNo, outTradeNo, status;
    qint64 fen = 0, at = 0;
};

} // namespace

// The demo's sandbox and database: a seeded day's bill downloaded through the real gateway,
// reconciled against the demo ledger; then the ledger tampered with, a default charged through
// OrderActions, differences worked.
class TestReconciliation : public QObject
{
    Q_OBJECT

    Testing::ConsoleFixture m_console;
    QString m_day;
    qint64 m_dayStart = 0;
    BillFileRecord m_file;
    Fact m_unpaid; // a charge our ledger was made to think unpaid (a status difference)
    Fact m_lost;   // a charge taken out of our ledger and put back

    const Store &store() { return m_console.store(); }

    QList<Fact> tradesOfDay()
    {
        QList<Fact> facts;
        StoreQuery q(store().database(),
                     QStringLiteral("SELECT out_order_no, alipay_no, request_no, status, "
                                    "amount_fen, happened_at FROM ledger_facts WHERE kind = "
                                    "'trade' AND happened_at >= :a AND happened_at < :b ORDER BY "
                                    "id"));
        q.bind(QStringLiteral("a"), m_dayStart).bind(QStringLiteral("b"), m_dayStart + DayMs);
        if (q.exec())
            while (q.next())
                facts.append({q.text(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.int64(5)});
        return facts;
    }

    ReconciliationService::Result reconcile(ReconciliationService &service)
    {
        QSignalSpy finished(&service, &ReconciliationService::finished);
        if (!service.start(sessionOf(OperatorRole::Finance), m_file.id))
            qFatal("the reconciliation did not start");
        if (!finished.wait(60000))
            qFatal("the reconciliation never finished");
        return finished.at(0).at(0).value<ReconciliationService::Result>();
    }

    // The open difference of this key in the latest run of the day, or nullopt.
    std::optional<Difference> found(const QString &key)
    {
        const auto list = m_console.services().reconciliation().differences(
            sessionOf(OperatorRole::Finance), filterOf(m_day));
        for (const Difference &d : list)
            if (d.diffKey == key)
                return d;
        return std::nullopt;
    }

    qint64 countOf(const QString &table)
    {
        StoreQuery q(store().database(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.exec() && q.next() ? q.int64(0) : -1;
    }

    int corrected()
    {
        return int(AuditLog(store()).entries(auditOf({}, "reconciliation.corrected")).size());
    }

    // Runs a correction that answers later, and waits for its answer.
    static DifferenceCorrections::Result
    waitFor(const std::function<void(const DifferenceCorrections::Done &)> &start)
    {
        std::optional<DifferenceCorrections::Result> result;
        start([&](const DifferenceCorrections::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
            qFatal("the correction never answered");
        return *result;
    }

    static QStringList keysOf(const QList<Difference> &list, DifferenceKind kind)
    {
        QStringList keys;
        for (const Difference &d : list)
            if (d.kind == kind)
                keys.append(d.diffKey);
        return keys;
    }

private slots:
    void initTestCase()
    {
        m_console.demo().setRecordHistory(true); // the demo's bills match its ledger
        QVERIFY2(m_console.start(OperatorRole::Supervisor, 300, QStringLiteral("reconcile")),
                 qPrintable(m_console.error));
        // The seeded day (before today, China time) with the most charges.
        const Testing::SeededDay seeded = Testing::busiestPastDay(store());
        QVERIFY2(seeded.charges >= 3, "the demo seeds charges on past days");
        m_dayStart = seeded.startMs;
        m_day = seeded.day;

        QSignalSpy downloaded(&m_console.services().bills(), &BillDownloader::finished);
        QVERIFY(m_console.services().bills().start(sessionOf(OperatorRole::Finance),
                                                   QStringLiteral("trade"), m_day));
        QVERIFY(downloaded.wait(30000));
        const auto result = downloaded.at(0).at(0).value<BillDownloader::Result>();
        QVERIFY2(result.status == BillDownloader::Status::Downloaded, qPrintable(result.message));
        m_file = result.file;
    }

    // The demo's own bill matches the demo's ledger: every line, the totals, footer and summary.
    void seededDayMatches()
    {
        ReconciliationService service(store());
        QSignalSpy progress(&service, &ReconciliationService::progress);
        const auto result = reconcile(service);
        QCOMPARE(result.status, ReconciliationService::Status::Done);
        const ReconciliationTotals &t = result.run.totals;
        QVERIFY(t.bill.tradeCount >= 2);
        QCOMPARE(t.matched, t.bill.tradeCount + t.bill.refundCount);
        QCOMPARE(t.ledger.tradeCount, t.bill.tradeCount);
        QCOMPARE(t.ledger.income, t.bill.income);
        QCOMPARE(t.ledger.refunds, t.bill.refunds);
        QVERIFY(t.footerAgrees);
        QVERIFY(t.summaryAgrees);
        for (const auto &[kind, count] : t.differences)
            QVERIFY2(kind >= DifferenceKind::FrozenNeverReleased &&
                         kind != DifferenceKind::TotalsDiffer,
                     qPrintable(differenceKindCode(kind)));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(1).toInt(), 100);
        QCOMPARE(service.latestRun(m_day)->id, result.run.id);
        const auto audit = AuditLog(store()).entries(auditOf({}, "reconciliation.run"));
        QVERIFY(!audit.isEmpty());
        QVERIFY(audit.last().detail.contains(m_file.sha256));
    }

    void tamperedLedgerAndDefaultFound()
    {
        // A default charged through the console's OrderActions (real gateway): marked, audited.
        StoreQuery q(store().database(),
                     QStringLiteral("SELECT out_order_no FROM orders WHERE status = 'AUTHORIZED' "
                                    "AND rest_fen >= 100 ORDER BY out_order_no LIMIT 1"));
        QVERIFY(q.exec() && q.next());
        const QString defaulted = q.text(0);
        q.finish();
        OrderActions::ChargeInput charge;
        charge.outOrderNo = defaulted;
        charge.amount = Money::fromFen(100);
        charge.subject = QStringLiteral("Damage");
        charge.reason = QStringLiteral("Returned broken");
        charge.violation = true;
        std::optional<ActionOutcome> outcome;
        m_console.services().actions().charge(sessionOf(OperatorRole::Supervisor), charge, this,
                                              [&](const ActionOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QVERIFY2(outcome->status == ActionOutcome::Status::Done, qPrintable(outcome->message));
        QVERIFY(OrderMarks(store()).has(defaulted, OrderMarks::Violated));
        QCOMPARE(AuditLog(store()).entries(auditOf(defaulted, "order.marked")).size(), 1);

        // The ledger tampered with: one charge's amount, one back to unpaid, one gone, one
        // made up.
        const QList<Fact> trades = tradesOfDay();
        QVERIFY(trades.size() >= 3);
        Ledger ledger(store());
        const Fact a = trades[0], b = trades[1], c = trades[2];
        m_unpaid = b;
        m_lost = c;
        const auto at = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        };
        QVERIFY(ledger.recordTrade(
            {a.order, a.tradeNo, a.outTradeNo, a.status, Money::fromFen(a.fen + 1), at(a.at)},
            FactSource::Query));
        QVERIFY(
            ledger.recordTrade({b.order, b.tradeNo, b.outTradeNo, QStringLiteral("WAIT_BUYER_PAY"),
                                Money::fromFen(b.fen), at(b.at)},
                               FactSource::Query));
        StoreQuery remove(store().database(),
                          QStringLiteral("DELETE FROM ledger_facts WHERE kind IN ('trade', "
                                         "'refund') AND (request_no = :n OR parent_no = :n)"));
        remove.bind(QStringLiteral("n"), c.outTradeNo);
        QVERIFY(remove.exec());
        QVERIFY(ledger.recordTrade({a.order, QStringLiteral("2026000000000000000000000001"),
                                    QStringLiteral("MADE-UP-1"), QStringLiteral("TRADE_SUCCESS"),
                                    Money::fromFen(4200), at(m_dayStart + 3600000)},
                                   FactSource::Query));

        ReconciliationService service(store());
        QSignalSpy changed(&service, &ReconciliationService::differencesChanged);
        const auto second = reconcile(service);
        QCOMPARE(second.status, ReconciliationService::Status::Done);
        QCOMPARE(changed.size(), 1);
        const OperatorSession finance = sessionOf(OperatorRole::Finance);
        const QList<Difference> found = service.differences(finance, filterOf(m_day));
        QCOMPARE(keysOf(found, DifferenceKind::AmountDiffers),
                 QStringList{u"amount_differs:trade:" + a.outTradeNo});
        QCOMPARE(keysOf(found, DifferenceKind::StatusDiffers),
                 QStringList{u"status_differs:trade:" + b.outTradeNo});
        QVERIFY(
            keysOf(found, DifferenceKind::BillOnly).contains(u"bill_only:trade:" + c.outTradeNo));
        QCOMPARE(keysOf(found, DifferenceKind::LedgerOnly),
                 QStringList{QStringLiteral("ledger_only:trade:MADE-UP-1")});
        QVERIFY(keysOf(found, DifferenceKind::ViolationNotReported)
                    .contains(u"violation_not_reported:" + defaulted));
        QVERIFY(keysOf(found, DifferenceKind::TotalsDiffer)
                    .contains(QStringLiteral("totals_differ:ledger")));

        // Filters: by kind, and by amount (the larger side).
        DifferenceFilter byKind = filterOf(m_day);
        byKind.kind = DifferenceKind::AmountDiffers;
        QCOMPARE(service.differences(finance, byKind).size(), 1);
        DifferenceFilter byAmount = filterOf(m_day);
        byAmount.minAmount = byAmount.maxAmount = Money::fromFen(4200);
        QCOMPARE(keysOf(service.differences(finance, byAmount), DifferenceKind::LedgerOnly).size(),
                 1);

        // Resolved with a note (audited); a re-run keeps it; what is no longer found is gone.
        const Difference amount = service.differences(finance, byKind).first();
        QVERIFY(!service.resolve(finance, amount.id, QStringLiteral("  ")));
        QVERIFY(service.resolve(finance, amount.id, QStringLiteral("Alipay confirmed ¥0.01")));
        QVERIFY(ledger.recordTrade(
            {c.order, c.tradeNo, c.outTradeNo, c.status, Money::fromFen(c.fen), at(c.at)},
            FactSource::Query));
        const auto third = reconcile(service);
        QCOMPARE(third.status, ReconciliationService::Status::Done);
        const QList<Difference> again = service.differences(finance, byKind);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().id, amount.id);
        QCOMPARE(again.first().note, QStringLiteral("Alipay confirmed ¥0.01"));
        QCOMPARE(again.first().resolvedBy, finance.login);
        QCOMPARE(again.first().lastRunId, third.run.id);
        QCOMPARE(again.first().firstRunId, second.run.id);
        const QString goneKey = u"bill_only:trade:" + c.outTradeNo;
        QVERIFY(!keysOf(service.differences(finance, filterOf(m_day)), DifferenceKind::BillOnly)
                     .contains(goneKey));
        DifferenceFilter withGone = filterOf(m_day);
        withGone.includeGone = true;
        QVERIFY(keysOf(service.differences(finance, withGone), DifferenceKind::BillOnly)
                    .contains(goneKey));
        DifferenceFilter open = filterOf(m_day);
        open.includeResolved = false;
        QVERIFY(
            keysOf(service.differences(finance, open), DifferenceKind::AmountDiffers).isEmpty());
        const auto resolved = AuditLog(store()).entries(auditOf({}, "reconciliation.resolved"));
        QCOMPARE(resolved.size(), 1);
        QVERIFY(resolved.first().detail.contains(QStringLiteral("Alipay confirmed")));
        QCOMPARE(service.runs(m_day).size(), 3);
    }

    void otherRolesRefused()
    {
        ReconciliationService service(store());
        int refusedRoles = 0;
        for (OperatorRole role : allOperatorRoles()) {
            if (Permissions::allows(role, Capability::RunReconciliation))
                continue;
            ++refusedRoles;
            const OperatorSession session = sessionOf(role);
            QVERIFY(!service.start(session, m_file.id));
            QVERIFY(service.differences(session, filterOf(m_day)).isEmpty());
            const auto any = service.differences(sessionOf(OperatorRole::Finance), filterOf(m_day));
            QVERIFY(!any.isEmpty());
            const StoreResult refused =
                service.resolve(session, any.first().id, QStringLiteral("not mine"));
            QVERIFY(!refused);
            QVERIFY(!refused.errorString.isEmpty());
        }
        QVERIFY(refusedRoles >= 1);
        QVERIFY(!service.start(OperatorSession(), m_file.id));
        QVERIFY(!service.isRunning());
    }

    // A charge of the bill our ledger lost is recorded as a known external payment: refused
    // without the right or a note (nothing changed), then recorded (resolved, audited), refused
    // a second time; the next run counts it as explained.
    void knownExternalPaymentIsExplained()
    {
        const Fact lost = m_lost;
        QVERIFY(!lost.outTradeNo.isEmpty());
        StoreQuery remove(store().database(),
                          QStringLiteral("DELETE FROM ledger_facts WHERE kind IN ('trade', "
                                         "'refund') AND (request_no = :n OR parent_no = :n)"));
        remove.bind(QStringLiteral("n"), lost.outTradeNo);
        QVERIFY(remove.exec());
        ReconciliationService &service = m_console.services().reconciliation();
        QCOMPARE(reconcile(service).status, ReconciliationService::Status::Done);
        const QString key = u"bill_only:trade:" + lost.outTradeNo;
        const auto line = found(key);
        QVERIFY2(line, qPrintable(key));
        QCOMPARE(line->billAmount->fen(), lost.fen);

        DifferenceCorrections &corrections = m_console.services().corrections();
        QVERIFY(corrections.available(*line).contains(Correction::KnownExternalPayment));
        const int audited = corrected();
        const QString note = QStringLiteral("Paid at the counter's own terminal");
        const auto agent =
            corrections.recordExternalPayment(sessionOf(OperatorRole::Agent), line->id, note);
        QVERIFY(!agent.ok);
        QVERIFY(!agent.message.isEmpty());
        const auto noNote = corrections.recordExternalPayment(sessionOf(OperatorRole::Finance),
                                                              line->id, QStringLiteral(" "));
        QVERIFY(!noNote.ok);
        QCOMPARE(countOf(QStringLiteral("known_external_payments")), 0);
        QCOMPARE(corrected(), audited);
        QVERIFY(!found(key)->isResolved());

        const auto recorded =
            corrections.recordExternalPayment(sessionOf(OperatorRole::Finance), line->id, note);
        QVERIFY2(recorded.ok, qPrintable(recorded.message));
        QVERIFY(recorded.resolved);
        QCOMPARE(countOf(QStringLiteral("known_external_payments")), 1);
        const auto resolved = found(key);
        QVERIFY(resolved->isResolved());
        QCOMPARE(resolved->correction, QStringLiteral("known_external_payment"));
        QCOMPARE(resolved->note, note);
        QCOMPARE(corrected(), audited + 1);
        const AuditEntry entry =
            AuditLog(store()).entries(auditOf({}, "reconciliation.corrected")).last();
        QVERIFY(entry.detail.contains(QStringLiteral("known_external_payment")));
        QVERIFY(entry.detail.contains(note));

        const auto again =
            corrections.recordExternalPayment(sessionOf(OperatorRole::Finance), line->id, note);
        QVERIFY(!again.ok);
        QVERIFY2(again.message.contains(QStringLiteral("already recorded")),
                 qPrintable(again.message));
        QCOMPARE(countOf(QStringLiteral("known_external_payments")), 1);
        QCOMPARE(corrected(), audited + 1);

        const auto next = reconcile(service);
        QCOMPARE(next.status, ReconciliationService::Status::Done);
        QVERIFY(!found(key));
        QCOMPARE(next.run.totals.knownExternal, 1);
        QCOMPARE(service.latestRun(m_day)->totals.knownExternal, 1);
    }

    // A charge our ledger says is unpaid while Alipay's bill lists it paid: a refresh refused
    // without the right, without a note, and with Alipay unreachable (nothing changed); then
    // refreshed from Alipay, the period reconciled again, the difference resolved and audited.
    void refreshFixesAStatusDifference()
    {
        // The charge our ledger was set back to unpaid (tamperedLedgerAndDefaultFound).
        const Fact paid = m_unpaid;
        QCOMPARE(paid.status, QStringLiteral("TRADE_SUCCESS"));
        QCOMPARE(reconcile(m_console.services().reconciliation()).status,
                 ReconciliationService::Status::Done);
        const QString key = u"status_differs:trade:" + paid.outTradeNo;
        const auto status = found(key);
        QVERIFY2(status, qPrintable(key));
        QVERIFY(!status->isResolved());
        const OperatorSession finance = sessionOf(OperatorRole::Finance);
        const QString note = QStringLiteral("Our ledger missed the payment");
        const int audited = corrected();
        const auto stateOf = [this, &paid] {
            StoreQuery q(store().database(),
                         QStringLiteral("SELECT status FROM ledger_facts WHERE kind = 'trade' AND "
                                        "request_no = :n ORDER BY revision DESC LIMIT 1"));
            q.bind(QStringLiteral("n"), paid.outTradeNo);
            return q.exec() && q.next() ? q.text(0) : QString();
        };
        DifferenceCorrections &corrections = m_console.services().corrections();

        const auto agent = waitFor([&](const DifferenceCorrections::Done &done) {
            corrections.refreshOrder(sessionOf(OperatorRole::Agent), status->id, note, this, done);
        });
        QVERIFY(!agent.ok);
        const auto noNote = waitFor([&](const DifferenceCorrections::Done &done) {
            corrections.refreshOrder(finance, status->id, QString(), this, done);
        });
        QVERIFY(!noNote.ok);

        // Alipay unreachable: the gateway at a port nobody listens on.
        quint16 closedPort = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost));
            closedPort = server.serverPort();
        }
        GatewayConfig dead = m_console.gatewayConfig();
        QUrl url = dead.gateway;
        url.setPort(closedPort);
        dead.gateway = url;
        dead.timeoutMs = 3000;
        {
            ConsoleServices offline(store(), dead);
            const auto unreachable = waitFor([&](const DifferenceCorrections::Done &done) {
                offline.corrections().refreshOrder(finance, status->id, note, this, done);
            });
            QVERIFY(!unreachable.ok);
            QVERIFY2(unreachable.message.contains(QStringLiteral("Nothing was changed")),
                     qPrintable(unreachable.message));
        }
        QCOMPARE(stateOf(), QStringLiteral("WAIT_BUYER_PAY"));
        QVERIFY(!found(key)->isResolved());
        QCOMPARE(corrected(), audited);

        const auto refreshed = waitFor([&](const DifferenceCorrections::Done &done) {
            corrections.refreshOrder(finance, status->id, note, this, done);
        });
        QVERIFY2(refreshed.ok, qPrintable(refreshed.message));
        QVERIFY2(refreshed.resolved, qPrintable(refreshed.message));
        QVERIFY2(refreshed.message.contains(QStringLiteral("difference is gone")),
                 qPrintable(refreshed.message));
        QCOMPARE(stateOf(), QStringLiteral("TRADE_SUCCESS"));
        QVERIFY(!found(key)); // the re-run no longer finds it
        DifferenceFilter withGone = filterOf(m_day);
        withGone.includeGone = true;
        bool resolved = false;
        for (const Difference &d :
             m_console.services().reconciliation().differences(finance, withGone))
            if (d.id == status->id)
                resolved = d.isResolved() && d.correction == u"refresh_order";
        QVERIFY(resolved);
        QCOMPARE(corrected(), audited + 1);
        const AuditEntry entry =
            AuditLog(store()).entries(auditOf({}, "reconciliation.corrected")).last();
        QCOMPARE(entry.outOrderNo, paid.order);
        QVERIFY(entry.detail.contains(QStringLiteral("refresh_order")));

        // A settle by query does not apply: no request of this charge awaits its outcome.
        QVERIFY(!corrections.available(*status).contains(Correction::SettleByQuery));
    }

    // The same charge unpaid in our ledger while its request's outcome is unknown: settled by
    // query through the outcome resolver (refused without the right, nothing changed), the
    // period reconciled again, the difference resolved and audited.
    void settleByQueryFixesAnUnknownCharge()
    {
        const Fact paid = m_unpaid;
        QVERIFY(Ledger(store()).recordTrade(
            {paid.order, paid.tradeNo, paid.outTradeNo, QStringLiteral("WAIT_BUYER_PAY"),
             Money::fromFen(paid.fen), QDateTime::fromMSecsSinceEpoch(paid.at, Qt::UTC)},
            FactSource::Query));
        IntentJournal journal(store());
        qint64 intentId = 0;
        if (const auto sent = journal.find(IntentRecord::Kind::Pay, paid.outTradeNo)) {
            intentId = sent->id; // the charge's request, its answer lost
            StoreQuery unknown(store().database(),
                               QStringLiteral("UPDATE intents SET outcome = 'UNKNOWN' WHERE id = "
                                              ":id"));
            unknown.bind(QStringLiteral("id"), intentId);
            QVERIFY(unknown.exec());
        } else {
            IntentRecord intent;
            intent.kind = IntentRecord::Kind::Pay;
            intent.outOrderNo = paid.order;
            intent.requestNo = paid.outTradeNo;
            intent.amount = Money::fromFen(paid.fen);
            intent.operatorLogin = sessionOf(OperatorRole::Supervisor).login;
            intent.reason = QStringLiteral("Damage");
            QVERIFY(journal.begin(intent));
            intentId = intent.id;
        }
        QCOMPARE(journal.find(intentId)->outcome, IntentRecord::Outcome::Unknown);
        QCOMPARE(reconcile(m_console.services().reconciliation()).status,
                 ReconciliationService::Status::Done);
        const QString key = u"status_differs:trade:" + paid.outTradeNo;
        const auto status = found(key);
        QVERIFY2(status, qPrintable(key));
        DifferenceCorrections &corrections = m_console.services().corrections();
        QVERIFY(corrections.available(*status).contains(Correction::SettleByQuery));
        const int audited = corrected();
        const QString note = QStringLiteral("The charge's answer was lost");

        const auto agent = waitFor([&](const DifferenceCorrections::Done &done) {
            corrections.settleByQuery(sessionOf(OperatorRole::Agent), status->id, note, this, done);
        });
        QVERIFY(!agent.ok);
        QCOMPARE(journal.find(intentId)->outcome, IntentRecord::Outcome::Unknown);
        QCOMPARE(corrected(), audited);

        const auto settled = waitFor([&](const DifferenceCorrections::Done &done) {
            corrections.settleByQuery(sessionOf(OperatorRole::Finance), status->id, note, this,
                                      done);
        });
        QVERIFY2(settled.ok, qPrintable(settled.message));
        QVERIFY2(settled.resolved, qPrintable(settled.message));
        QCOMPARE(journal.find(intentId)->outcome, IntentRecord::Outcome::Succeeded);
        QVERIFY(!found(key));
        QCOMPARE(corrected(), audited + 1);
        QVERIFY(AuditLog(store())
                    .entries(auditOf({}, "reconciliation.corrected"))
                    .last()
                    .detail.contains(QStringLiteral("settle_by_query")));
    }
};

QTEST_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
