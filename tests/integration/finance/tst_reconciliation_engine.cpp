#include "ChinaTime.h"
#include "StoreTestEnv.h"

#include "finance/ReconciliationEngine.h"
#include "store/IntentJournal.h"
#include "store/Ledger.h"
#include "store/OrderIndex.h"
#include "store/OrderMarks.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace DepositDesk;

namespace {

using Testing::china;

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

BillDetailLine line(const char *tradeNo, const char *outTradeNo, qint64 fen, const char *at)
{
    BillDetailLine l;
    l.tradeNo = BillNumber(tradeNo); // literals: they outlive the line
    l.outTradeNo = BillNumber(outTradeNo);
    l.finishedMs = china(at).toMSecsSinceEpoch();
    l.orderAmount = l.merchantReceipt = Money::fromFen(fen);
    l.serviceFee = Money::fromFen(-fen * 6 / 1000);
    return l;
}

BillDetailLine refundLine(const char *tradeNo, const char *outTradeNo, const char *request,
                          qint64 fen, const char *at)
{
    BillDetailLine l = line(tradeNo, outTradeNo, -fen, at);
    l.type = BillDetailLine::Type::Refund;
    l.outRequestNo = BillNumber(request);
    return l;
}

// The footer and summary a correct bill states for its lines.
void stateTotals(ParsedBill &bill)
{
    BillStatedTotals f;
    Money fees, orderAmount;
    for (const BillDetailLine &l : bill.lines) {
        if (l.type == BillDetailLine::Type::Trade) {
            ++f.tradeCount;
            f.tradeReceipt += l.merchantReceipt;
        } else {
            ++f.refundCount;
            f.refundReceipt += l.merchantReceipt;
        }
        fees += l.serviceFee;
        orderAmount += l.orderAmount;
    }
    bill.footer = f;
    BillStatedTotals sum;
    sum.tradeCount = f.tradeCount;
    sum.refundCount = f.refundCount;
    sum.orderAmount = orderAmount;
    sum.receipt = f.tradeReceipt + f.refundReceipt;
    sum.serviceFee = fees;
    sum.net = *sum.receipt + fees;
    bill.summary = sum;
}

OrderRecord order(const char *no, OrderStatus status, qint64 restFen, const char *created)
{
    OrderRecord o;
    o.outOrderNo = s(no);
    o.authNo = u"A-" + o.outOrderNo;
    o.status = status;
    o.total = o.fund = Money::fromFen(10000);
    o.rest = Money::fromFen(restFen);
    o.created = o.updated = china(created);
    return o;
}

TradeRecord trade(const char *order, const char *tradeNo, const char *outTradeNo,
                  const char *status, qint64 fen, const char *at)
{
    return {s(order),  s(tradeNo),          s(outTradeNo),
            s(status), Money::fromFen(fen), at ? china(at) : QDateTime()};
}

} // namespace

class TestReconciliationEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    ParsedBill m_bill;

    bool record(const StoreResult &r) { return bool(r); }

    // One of everything: see the comments beside each fact.
    void fill()
    {
        QVERIFY(Testing::openFreshStore(m_db, m_store));
        OrderIndex index(*m_store);
        for (const char *no :
             {"O-1", "O-2", "O-3", "O-4", "O-5", "O-6", "O-7", "O-8", "O-10", "O-11"})
            QVERIFY(record(index.upsert(order(no, OrderStatus::Finish, 0, "2024-04-20T10:00:00"))));
        Ledger ledger(*m_store);
        const auto add = [&](const TradeRecord &t) {
            QVERIFY(record(ledger.recordTrade(t, FactSource::Query)));
        };
        add(trade("O-1", "T-1", "OT-1", "TRADE_SUCCESS", 1000, "2024-05-01T10:00:00")); // matched
        add(trade("O-2", "", "OT-2", "TRADE_SUCCESS", 2000, "2024-05-01T11:00:00"));    // by out no
        add(trade("O-3", "T-3", "OT-3", "TRADE_SUCCESS", 3000, "2024-05-01T11:30:00")); // amount
        add(trade("O-4", "T-4", "OT-4", "TRADE_CLOSED", 4000, "2024-05-01T12:00:00"));  // no refund
        add(trade("O-5", "T-5", "OT-5", "TRADE_SUCCESS", 500, "2024-05-01T12:30:00"));  // ledger
        add(trade("O-6", "T-6", "OT-6", "TRADE_SUCCESS", 600, "2024-05-02T00:00:30"));  // late
        add(trade("O-7", "T-7", "OT-7", "TRADE_SUCCESS", 700, "2024-04-01T09:00:00"));  // far off
        add(trade("O-8", "T-8", "OT-8", "WAIT_BUYER_PAY", 800, "2024-05-01T13:00:00")); // unpaid
        // Imported without a time, then learned with one: the latest revision counts, once.
        add(trade("O-10", "", "OT-10", "TRADE_SUCCESS", 1010, nullptr));
        add(trade("O-10", "T-10", "OT-10", "TRADE_SUCCESS", 1010, "2024-05-01T14:00:00"));
        // Paid, then refunded in full: Alipay closes the trade; the bill lists both.
        add(trade("O-11", "T-11", "OT-11", "TRADE_CLOSED", 1100, "2024-05-01T16:30:00"));
        QVERIFY(record(
            ledger.recordRefund({s("O-11"), s("T-11"), s("OT-11"), s("RQ-11"), s("REFUND_SUCCESS"),
                                 Money::fromFen(1100), china("2024-05-01T17:00:00")},
                                FactSource::Query)));
        QVERIFY(record(
            ledger.recordRefund({s("O-1"), s("T-1"), s("OT-1"), s("RQ-1"), s("REFUND_SUCCESS"),
                                 Money::fromFen(300), china("2024-05-01T15:00:00")},
                                FactSource::Query)));

        // Pre-authorization: frozen for two months; frozen but recent; charged NOT_COMPLETE
        // with the rest still frozen; charged COMPLETE; marked violated (once reported, once
        // not).
        QVERIFY(record(
            index.upsert(order("O-F", OrderStatus::Authorized, 5000, "2024-03-01T10:00:00"))));
        QVERIFY(record(
            index.upsert(order("O-G", OrderStatus::Authorized, 100, "2024-04-25T10:00:00"))));
        QVERIFY(record(
            index.upsert(order("O-R", OrderStatus::Authorized, 2000, "2024-04-30T10:00:00"))));
        QVERIFY(record(
            index.upsert(order("O-S", OrderStatus::Authorized, 2000, "2024-04-30T10:00:00"))));
        add(trade("O-R", "T-R", "OT-R", "TRADE_SUCCESS", 8000, "2024-05-01T09:00:00"));
        add(trade("O-S", "T-S", "OT-S", "TRADE_SUCCESS", 8000, "2024-05-01T09:30:00"));
        IntentJournal journal(*m_store);
        const auto intent = [&](IntentRecord::Kind kind, const char *order, const char *request,
                                QJsonObject parameters) {
            IntentRecord i;
            i.kind = kind;
            i.outOrderNo = s(order);
            i.requestNo = s(request);
            i.amount = Money::fromFen(8000);
            i.operatorLogin = s("agent");
            i.reason = s("test");
            i.parameters = parameters;
            QVERIFY(record(journal.begin(i)));
            QVERIFY(record(journal.settle(i.id, IntentRecord::Outcome::Succeeded)));
        };
        intent(IntentRecord::Kind::Pay, "O-R", "OT-R",
               {{s("out_trade_no"), s("OT-R")}, {s("auth_confirm_mode"), s("NOT_COMPLETE")}});
        intent(IntentRecord::Kind::Pay, "O-S", "OT-S",
               {{s("out_trade_no"), s("OT-S")}, {s("auth_confirm_mode"), s("COMPLETE")}});
        OrderMarks marks(*m_store);
        for (const char *no : {"O-R", "O-S"}) {
            OrderMark m{0, s(no), OrderMarks::Violated, s("agent"), {}, {}};
            QVERIFY(record(marks.add(m)));
        }
        intent(IntentRecord::Kind::OrderInfoSync, "O-S", "SYNC-S",
               {{s("trade_no"), s("T-S")}, {s("order_biz_info"), s("{\"status\":\"VIOLATED\"}")}});

        m_bill = ParsedBill();
        m_bill.billType = s("trade");
        m_bill.periodFromMs = china("2024-05-01T00:00:00").toMSecsSinceEpoch();
        m_bill.periodToMs = china("2024-05-02T00:00:00").toMSecsSinceEpoch();
        m_bill.lines = {
            line("T-1", "OT-1", 1000, "2024-05-01T10:00:01"),
            line("T-2", "OT-2", 2000, "2024-05-01T11:00:01"),
            line("T-3", "OT-3", 3100, "2024-05-01T11:30:01"),
            line("T-4", "OT-4", 4000, "2024-05-01T12:00:01"),
            line("T-6", "OT-6", 600, "2024-05-01T23:59:59"),
            line("T-7", "OT-7", 700, "2024-05-01T09:00:00"),
            line("T-9", "OT-9", 900, "2024-05-01T16:00:00"),
            line("T-10", "OT-10", 1010, "2024-05-01T14:00:01"),
            line("T-R", "OT-R", 8000, "2024-05-01T09:00:01"),
            line("T-S", "OT-S", 8000, "2024-05-01T09:30:01"),
            refundLine("T-1", "OT-1", "RQ-1", 300, "2024-05-01T15:00:01"),
            line("T-11", "OT-11", 1100, "2024-05-01T16:30:00"),
            refundLine("T-11", "OT-11", "RQ-11", 1100, "2024-05-01T17:00:00"),
        };
        stateTotals(m_bill);
    }

    ReconciliationEngine::Report reconcile(const ParsedBill &bill)
    {
        ReconciliationEngine::Options options;
        options.period = s("2024-05-01");
        QString error;
        const auto report = ReconciliationEngine::reconcile(*m_store, bill, options, &error);
        if (!report)
            qWarning("reconcile failed: %s", qPrintable(error));
        return report.value_or(ReconciliationEngine::Report());
    }

private slots:
    void init() { fill(); }

    void everyKindFoundOnce()
    {
        const auto report = reconcile(m_bill);
        QStringList keys;
        for (const Difference &d : report.differences) {
            keys.append(d.diffKey);
            QVERIFY2(!d.detail.isEmpty(), qPrintable(d.diffKey));
            QCOMPARE(d.period, s("2024-05-01"));
        }
        keys.sort();
        const QStringList expected = {
            s("amount_differs:trade:OT-3"), s("bill_only:trade:OT-9"),
            s("frozen_never_released:O-F"), s("ledger_only:trade:OT-5"),
            s("rest_never_unfrozen:OT-R"),  s("status_differs:trade:OT-4"),
            s("totals_differ:ledger"),      s("violation_not_reported:O-R"),
        };
        QCOMPARE(keys, expected);
        for (DifferenceKind kind : allDifferenceKinds())
            if (!isAccountBillKind(kind)) // a trade bill run finds the trade bill's kinds
                QVERIFY(report.totals.differences.contains(std::pair{kind, 1}));
        // T-1, T-2 (by out_trade_no), T-6 (stamped after midnight), T-7 (far off), T-10, T-R,
        // T-S, the refund of T-1, and T-11 with its full refund.
        QCOMPARE(report.totals.matched, 10);

        const auto find = [&](const char *key) {
            for (const Difference &d : report.differences)
                if (d.diffKey == s(key))
                    return d;
            return Difference();
        };
        const Difference amount = find("amount_differs:trade:OT-3");
        QCOMPARE(amount.kind, DifferenceKind::AmountDiffers);
        QCOMPARE(amount.billAmount, Money::fromFen(3100));
        QCOMPARE(amount.ledgerAmount, Money::fromFen(3000));
        QCOMPARE(amount.outOrderNo, s("O-3"));
        QCOMPARE(amount.tradeNo, s("T-3"));
        QVERIFY(amount.detail.contains(s("31.00")) && amount.detail.contains(s("30.00")));
        const Difference status = find("status_differs:trade:OT-4");
        QCOMPARE(status.ledgerStatus, s("TRADE_CLOSED"));
        QCOMPARE(status.happened, china("2024-05-01T12:00:01")); // the bill's time
        const Difference billOnly = find("bill_only:trade:OT-9");
        QVERIFY(!billOnly.ledgerAmount);
        QCOMPARE(billOnly.happened, china("2024-05-01T16:00:00"));
        const Difference ledgerOnly = find("ledger_only:trade:OT-5");
        QCOMPARE(ledgerOnly.outOrderNo, s("O-5"));
        QCOMPARE(ledgerOnly.ledgerAmount, Money::fromFen(500));
        QCOMPARE(find("frozen_never_released:O-F").ledgerAmount, Money::fromFen(5000));
        QCOMPARE(find("rest_never_unfrozen:OT-R").outOrderNo, s("O-R"));

        // Bill: 11 charges and 2 refunds; ledger: 10 paid charges (T-4 never paid; T-5 only
        // in the ledger), the same refunds.
        QCOMPARE(report.totals.bill.tradeCount, 11);
        QCOMPARE(report.totals.bill.refundCount, 2);
        QCOMPARE(report.totals.ledger.tradeCount, 10);
        QCOMPARE(report.totals.ledger.refundCount, 2);
        QCOMPARE(report.totals.bill.income, Money::fromFen(1000 + 2000 + 3100 + 4000 + 600 + 700 +
                                                           900 + 1010 + 8000 + 8000 + 1100));
        QCOMPARE(report.totals.ledger.income,
                 Money::fromFen(1000 + 2000 + 3000 + 500 + 600 + 700 + 1010 + 8000 + 8000 + 1100));
        QCOMPARE(report.totals.bill.refunds, Money::fromFen(1400));
        QCOMPARE(report.totals.ledger.refunds, Money::fromFen(1400));
        QVERIFY(report.totals.bill.fees > Money());
        // 服务费 is negative when charged to the merchant; the totals count it positive, and
        // net = income - refunds - fees is the summary's 实收净额.
        Money charged;
        for (const BillDetailLine &l : m_bill.lines)
            charged -= l.serviceFee;
        QCOMPARE(report.totals.bill.fees, charged);
        QCOMPARE(report.totals.ledger.fees, charged);
        QCOMPARE(report.totals.bill.net(), *m_bill.summary->net);
        QVERIFY(report.totals.footerAgrees);
        QVERIFY(report.totals.summaryAgrees);
        QVERIFY(report.totals.hasSummary);
    }

    // A line listed twice, and a second ledger charge under the same trade number: a ledger row
    // is taken by one line at most, and a line takes the first row in the ledger's order that
    // no earlier line took (by trade_no, then out_trade_no).
    void linesAndRowsAreTakenOnce()
    {
        const auto keysOf = [](const ReconciliationEngine::Report &report, DifferenceKind kind) {
            QStringList keys;
            for (const Difference &d : report.differences)
                if (d.kind == kind)
                    keys.append(d.diffKey);
            keys.sort();
            return keys;
        };
        ParsedBill twice = m_bill;
        twice.lines.push_back(line("T-1", "OT-1", 1000, "2024-05-01T10:00:02"));
        stateTotals(twice);
        const auto duplicated = reconcile(twice);
        QCOMPARE(duplicated.totals.matched, 10);
        QCOMPARE(keysOf(duplicated, DifferenceKind::BillOnly),
                 QStringList({s("bill_only:trade:OT-1"), s("bill_only:trade:OT-9")}));

        // Another charge of ours under T-1, later: only ours while the bill lists T-1 once ...
        QVERIFY(record(Ledger(*m_store).recordTrade(
            trade("O-12", "T-1", "OT-12", "TRADE_SUCCESS", 1000, "2024-05-01T10:00:05"),
            FactSource::Query)));
        const auto once = reconcile(m_bill);
        QCOMPARE(once.totals.matched, 10);
        QCOMPARE(keysOf(once, DifferenceKind::LedgerOnly),
                 QStringList({s("ledger_only:trade:OT-12"), s("ledger_only:trade:OT-5")}));
        const auto it = std::find_if(
            once.differences.cbegin(), once.differences.cend(),
            [](const Difference &d) { return d.diffKey == u"ledger_only:trade:OT-12"; });
        QCOMPARE(it->outOrderNo, s("O-12"));
        QCOMPARE(it->tradeNo, s("T-1"));
        // ... and the second line of T-1 takes it when the bill lists T-1 twice.
        const auto both = reconcile(twice);
        QCOMPARE(both.totals.matched, 11);
        QCOMPARE(keysOf(both, DifferenceKind::BillOnly), QStringList({s("bill_only:trade:OT-9")}));
        QCOMPARE(keysOf(both, DifferenceKind::LedgerOnly),
                 QStringList({s("ledger_only:trade:OT-5")}));
    }

    void keysAreStable()
    {
        const auto first = reconcile(m_bill);
        // Lines in another order, found again under the same keys.
        ParsedBill shuffled = m_bill;
        std::reverse(shuffled.lines.begin(), shuffled.lines.end());
        const auto second = reconcile(shuffled);
        QStringList a, b;
        for (const Difference &d : first.differences)
            a.append(d.diffKey);
        for (const Difference &d : second.differences)
            b.append(d.diffKey);
        a.sort();
        b.sort();
        QCOMPARE(b, a);
        QCOMPARE(second.totals.matched, first.totals.matched);
    }

    void agreeingBillHasNoDifferences()
    {
        ParsedBill bill = m_bill;
        bill.lines.clear();
        for (const BillDetailLine &l : m_bill.lines)
            if (l.tradeNo == "T-1" || l.tradeNo == "T-10")
                bill.lines.push_back(l);
        stateTotals(bill);
        // Only T-1 (and its refund) and T-10: the other ledger trades of the day are only ours.
        const auto report = reconcile(bill);
        QCOMPARE(report.totals.matched, 3);
        QCOMPARE(report.totals.bill.income, Money::fromFen(2010));
        int ledgerOnly = 0;
        for (const Difference &d : report.differences)
            ledgerOnly += d.kind == DifferenceKind::LedgerOnly;
        // T-2, T-3, T-5, T-R, T-S, T-11 and its refund (T-4 and T-8 unpaid, T-6 after the day,
        // T-7 before it).
        QCOMPARE(ledgerOnly, 7);
    }

    void footerAndSummaryChecked()
    {
        ParsedBill bill = m_bill;
        bill.footer.tradeCount += 1;
        bill.summary->serviceFee = *bill.summary->serviceFee - Money::fromFen(1);
        const auto report = reconcile(bill);
        QVERIFY(!report.totals.footerAgrees);
        QVERIFY(!report.totals.summaryAgrees);
        QStringList totals;
        for (const Difference &d : report.differences)
            if (d.kind == DifferenceKind::TotalsDiffer)
                totals.append(d.diffKey);
        totals.sort();
        QCOMPARE(totals, (QStringList{s("totals_differ:footer"), s("totals_differ:ledger"),
                                      s("totals_differ:summary")}));
    }

    // The range scan reads without SQLite's memory map (it would count a month of ledger pages
    // in the resident memory); the connection gets its mapping back afterwards.
    void memoryMapRestored()
    {
        if (m_store->database().driverName() != s("QSQLITE"))
            QSKIP("SQLite's memory map and page cache only");
        const auto pragma = [this](const QString &name) {
            QSqlQuery q(m_store->database());
            return q.exec(s("PRAGMA ") + name) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 before = pragma(s("mmap_size"));
        QVERIFY(before > 0);
        const qint64 cacheBefore = pragma(s("cache_size"));
        QVERIFY(cacheBefore != 0 && cacheBefore != -2048); // the engine's scan uses -2048
        const auto report = reconcile(m_bill);
        QVERIFY(report.totals.matched > 0);
        QCOMPARE(pragma(s("mmap_size")), before);
        QCOMPARE(pragma(s("cache_size")), cacheBefore);
    }

    void cancelStops()
    {
        std::atomic<bool> cancel = true;
        ReconciliationEngine::Options options;
        options.period = s("2024-05-01");
        options.cancel = &cancel;
        QString error;
        QVERIFY(!ReconciliationEngine::reconcile(*m_store, m_bill, options, &error));
        QVERIFY(!error.isEmpty());
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestReconciliationEngine)
#include "tst_reconciliation_engine.moc"
