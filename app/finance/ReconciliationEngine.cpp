#include "finance/ReconciliationEngine.h"

#include "finance/DifferenceWords.h"
#include "finance/KnownExternalPayments.h"
#include "finance/PreauthChecks.h"
#include "finance/ReconBillJoin.h"

#include "domain/YuanText.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QSet>
#include <QSqlError>

namespace DepositDesk {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;
using Line = BillDetailLine;
using Row = ReconBillJoin::Row;

QString utf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

QDateTime timeOf(qint64 ms)
{
    return ms == ReconLedger::NoTime ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A SQLite setting changed for a while and put back: the connection is the thread's own and
// others use it after the engine. No-op on other drivers.
class SqlitePragma
{
public:
    SqlitePragma(const QSqlDatabase &db, const QString &name, qint64 value)
        : m_db(db)
        , m_name(name)
    {
        if (db.driverName() != u"QSQLITE")
            return;
        StoreQuery q(db, QStringLiteral("PRAGMA %1").arg(name));
        if (q.exec() && q.next())
            m_old = q.int64(0);
        q.finish();
        if (m_old && *m_old != value)
            StoreQuery::execDirect(db, QStringLiteral("PRAGMA %1 = %2").arg(name).arg(value));
        else
            m_old.reset();
    }
    ~SqlitePragma()
    {
        if (m_old)
            StoreQuery::execDirect(m_db, QStringLiteral("PRAGMA %1 = %2").arg(m_name).arg(*m_old));
    }
    SqlitePragma(const SqlitePragma &) = delete;
    SqlitePragma &operator=(const SqlitePragma &) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    std::optional<qint64> m_old;
};

} // namespace

struct EngineRun
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::ReconciliationEngine)

public:
    EngineRun(const ParsedBill &b, const ReconciliationEngine::Options &o)
        : bill(b)
        , options(o)
        , join(b)
    {}

    const ParsedBill &bill;
    const ReconciliationEngine::Options &options;
    ReconBillJoin join; // the lines by key, the ledger rows that may match them
    ReconciliationEngine::Report report;
    QSet<QString> knownExternal; // KnownExternalPayments::keys()

    static QString externalKey(const Difference &d)
    {
        return KnownExternalPayments::keyOf(d.tradeNo, d.outTradeNo, d.outRequestNo);
    }

    void progress(int percent) const
    {
        if (options.progress)
            options.progress(percent);
    }
    bool cancelled() const { return options.cancel && options.cancel->load(); }

    QList<QByteArray> unmatchedRequestNos() const
    {
        QList<QByteArray> numbers;
        for (size_t i = 0; i < bill.lines.size(); ++i) {
            if (join.rowOf(i) >= 0)
                continue;
            const Line &l = bill.lines[i];
            const BillNumber &n = l.type == Line::Type::Trade ? l.outTradeNo : l.outRequestNo;
            if (!n.isEmpty())
                numbers.append(n.toByteArray());
        }
        return numbers;
    }

    Difference fromLine(DifferenceKind kind, const Line &l) const
    {
        Difference d;
        d.period = options.period;
        d.kind = kind;
        d.tradeNo = utf8(l.tradeNo);
        d.outTradeNo = utf8(l.outTradeNo);
        d.outRequestNo = utf8(l.outRequestNo);
        const bool refund = l.type == Line::Type::Refund;
        d.billAmount = refund ? -l.orderAmount : l.orderAmount;
        d.billStatus = refund ? QStringLiteral("REFUND_SUCCESS") : QStringLiteral("TRADE_SUCCESS");
        d.happened = timeOf(l.finishedMs);
        d.diffKey =
            differenceKindCode(kind) + u':' +
            ReconciliationEngine::subjectKey(refund, d.outTradeNo, d.tradeNo, d.outRequestNo);
        return d;
    }

    // The lines against their rows, then the rows of the period no line took (ledger only);
    // the numbers of the rows these differences name are read back at the end, by id.
    bool classify(const QSqlDatabase &db, QString *error)
    {
        std::vector<std::pair<size_t, DifferenceKind>> lineDifferences;
        std::vector<qint32> named;
        for (size_t i = 0; i < bill.lines.size(); ++i) {
            const Line &l = bill.lines[i];
            const qint32 row = join.rowOf(i);
            if (row < 0) {
                lineDifferences.emplace_back(i, DifferenceKind::BillOnly);
                continue;
            }
            const Row &r = join.rows()[size_t(row)];
            const Money billAmount = l.type == Line::Type::Refund ? -l.orderAmount : l.orderAmount;
            if (!r.paid)
                lineDifferences.emplace_back(i, DifferenceKind::StatusDiffers);
            else if (billAmount.fen() != r.amountFen)
                lineDifferences.emplace_back(i, DifferenceKind::AmountDiffers);
            else {
                ++report.totals.matched;
                continue;
            }
            named.push_back(row);
        }
        std::vector<qint32> ledgerOnly;
        for (size_t j = 0; j < join.rows().size(); ++j)
            if (const Row &r = join.rows()[j]; !r.matched && r.inPeriod && r.paid)
                ledgerOnly.push_back(qint32(j));
        named.insert(named.end(), ledgerOnly.begin(), ledgerOnly.end());
        if (!join.readFields(db, named, error))
            return false;
        for (const auto &[i, kind] : lineDifferences) {
            Difference d = fromLine(kind, bill.lines[i]);
            if (kind != DifferenceKind::BillOnly)
                join.addLedgerSide(d, join.rows()[size_t(join.rowOf(i))]);
            else if (knownExternal.contains(externalKey(d))) {
                ++report.totals.knownExternal; // explained: recorded by finance
                continue;
            }
            report.differences.append(d);
        }
        for (const qint32 j : ledgerOnly)
            report.differences.append(
                join.notInBill(join.rows()[size_t(j)], DifferenceKind::LedgerOnly, options.period));
        return true;
    }

    void sideTotals()
    {
        SideTotals &b = report.totals.bill;
        for (const Line &l : bill.lines) {
            if (l.type == Line::Type::Trade) {
                ++b.tradeCount;
                b.income += l.merchantReceipt;
            } else {
                ++b.refundCount;
                b.refunds -= l.merchantReceipt;
            }
            b.fees -= l.serviceFee;
        }
        SideTotals &g = report.totals.ledger;
        g = join.sideTotals();
        g.fees = b.fees; // the ledger knows no fees: Alipay's are taken as they are
    }

    // Bill against ledger, the lines against the footer and against the summary's 合计 row.
    void totalsDiffer()
    {
        const SideTotals &b = report.totals.bill;
        const SideTotals &g = report.totals.ledger;
        QStringList ledgerParts, footerParts, summaryParts;
        const auto compareCount = [](QStringList &parts, const QString &name, int a, int c) {
            if (a != c)
                parts.append(tr("%1: %2 against %3").arg(name).arg(a).arg(c));
        };
        const auto compareMoney = [](QStringList &parts, const QString &name, Money a, Money c) {
            if (a != c)
                parts.append(tr("%1: %2 against %3").arg(name, yuanText(a), yuanText(c)));
        };
        const QString trades = tr("charges"), refunds = tr("refunds");
        compareCount(ledgerParts, trades, b.tradeCount, g.tradeCount);
        compareCount(ledgerParts, refunds, b.refundCount, g.refundCount);
        compareMoney(ledgerParts, tr("income"), b.income, g.income);
        compareMoney(ledgerParts, tr("refunded"), b.refunds, g.refunds);
        compareMoney(ledgerParts, tr("net"), b.net(), g.net());

        Money tradeReceipt, refundReceipt, orderAmount;
        for (const Line &l : bill.lines) {
            (l.type == Line::Type::Trade ? tradeReceipt : refundReceipt) += l.merchantReceipt;
            orderAmount += l.orderAmount;
        }
        const BillStatedTotals &f = bill.footer;
        compareCount(footerParts, trades, f.tradeCount, b.tradeCount);
        compareCount(footerParts, refunds, f.refundCount, b.refundCount);
        compareMoney(footerParts, tr("charges received"), f.tradeReceipt, tradeReceipt);
        compareMoney(footerParts, tr("refunds paid"), f.refundReceipt, refundReceipt);
        report.totals.footerAgrees = footerParts.isEmpty();
        report.totals.hasSummary = bill.summary.has_value();
        if (const auto &s = bill.summary) {
            compareCount(summaryParts, trades, s->tradeCount, b.tradeCount);
            compareCount(summaryParts, refunds, s->refundCount, b.refundCount);
            const Money receipt = tradeReceipt + refundReceipt;
            const Money fees = -b.fees;
            const std::pair<const std::optional<Money> *, std::pair<QString, Money>> stated[] = {
                {&s->orderAmount, {tr("order amount"), orderAmount}},
                {&s->receipt, {tr("received"), receipt}},
                {&s->serviceFee, {tr("service fees"), fees}},
                {&s->net, {tr("net"), receipt + fees}}};
            for (const auto &[value, expected] : stated)
                if (*value)
                    compareMoney(summaryParts, expected.first, **value, expected.second);
        }
        report.totals.summaryAgrees = summaryParts.isEmpty();
        addTotals(QStringLiteral("ledger"), ledgerParts,
                  tr("Alipay's bill and our ledger disagree (bill against ledger): %1."));
        addTotals(QStringLiteral("footer"), footerParts,
                  tr("The detail file's total lines do not add up (stated against the lines): "
                     "%1. Download the bill again."));
        addTotals(QStringLiteral("summary"), summaryParts,
                  tr("The summary file does not match the detail lines (stated against the "
                     "lines): %1. Download the bill again."));
    }

    void addTotals(const QString &what, const QStringList &parts, const QString &sentence)
    {
        if (parts.isEmpty())
            return;
        report.differences.append(ReconciliationEngine::totalsDifference(
            DifferenceKind::TotalsDiffer, what, sentence.arg(parts.join(tr("; "))), options.period,
            bill.periodFromMs));
    }

    void finish() { ReconciliationEngine::finishReport(report); }
};

QString ReconciliationEngine::subjectKey(bool refund, const QString &outTradeNo,
                                         const QString &tradeNo, const QString &outRequestNo)
{
    const QString trade = outTradeNo.isEmpty() ? QString(u"no:" + tradeNo) : outTradeNo;
    return refund ? QString(u"refund:" + trade + u':' + outRequestNo) : QString(u"trade:" + trade);
}

Difference ReconciliationEngine::totalsDifference(DifferenceKind kind, const QString &what,
                                                  const QString &detail, const QString &period,
                                                  qint64 periodFromMs)
{
    Difference d;
    d.period = period;
    d.kind = kind;
    d.diffKey = differenceKindCode(kind) + u':' + what;
    d.happened = QDateTime::fromMSecsSinceEpoch(periodFromMs, Qt::UTC);
    d.detail = detail;
    return d;
}

void ReconciliationEngine::finishReport(Report &report)
{
    QSet<QString> seen;
    QList<Difference> unique;
    for (Difference &d : report.differences)
        if (!seen.contains(d.diffKey)) {
            seen.insert(d.diffKey);
            unique.append(std::move(d));
        }
    report.differences = std::move(unique);
    for (Difference &d : report.differences)
        if (d.detail.isEmpty())
            d.detail = DifferenceWords::sentence(d); // stored for the audit log and exports
    for (DifferenceKind kind : allDifferenceKinds()) {
        const auto n = std::count_if(report.differences.cbegin(), report.differences.cend(),
                                     [kind](const Difference &d) { return d.kind == kind; });
        if (n > 0)
            report.totals.differences.append({kind, int(n)});
    }
}

std::optional<ReconciliationEngine::Report> ReconciliationEngine::reconcile(const Store &store,
                                                                            const ParsedBill &bill,
                                                                            const Options &options,
                                                                            QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const QSqlDatabase db = store.database();
    if (!db.isOpen()) {
        why = tr("The database is not open: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    // SQLite maps up to 256 MB of the database file (SqlDialect's mmap_size): a month's range
    // scan touches most of the ledger, and every mapped page counts in the process's resident
    // memory (bench_reconcile at a million lines: 580 MB peak with it, 355 MB without). The engine
    // reads through the page cache instead, and the connection gets its mapping back after.
    const SqlitePragma unmapped(db, QStringLiteral("mmap_size"), 0);
    EngineRun run(bill, options);
    if (auto known = KnownExternalPayments(store).keys(&why))
        run.knownExternal = std::move(*known);
    else
        return std::nullopt;
    run.progress(0);
    const qint64 expected = std::max<qint64>(1, qint64(bill.lines.size()));
    const auto rows = [&run, expected](qint64 n) {
        run.progress(int(std::min<qint64>(50, n * 50 / expected)));
    };
    // A day either side: a charge at 23:59:59 may be stamped a moment later in our ledger.
    {
        // The range scan reads each page once: a small page cache while it runs (the
        // connection's 32 MB, SqlDialect's cache_size, would add to the peak).
        const SqlitePragma smallCache(db, QStringLiteral("cache_size"), -2048);
        if (!run.join.scanWindow(db, bill.periodFromMs - DayMs, bill.periodToMs + DayMs,
                                 bill.periodFromMs, bill.periodToMs, options.cancel, rows, &why))
            return std::nullopt;
    }
    run.progress(55);
    run.join.match();
    if (const QList<QByteArray> missing = run.unmatchedRequestNos(); !missing.isEmpty()) {
        if (!run.join.scanRequests(db, missing, options.cancel, &why))
            return std::nullopt;
        run.join.match();
    }
    if (!run.join.settleClosedTrades(db, &why))
        return std::nullopt;
    if (run.cancelled()) {
        why = tr("The reconciliation was cancelled.");
        return std::nullopt;
    }
    run.progress(75);
    if (!run.classify(db, &why))
        return std::nullopt;
    run.sideTotals();
    run.totalsDiffer();
    run.progress(85);
    PreauthChecks checks(db, options.period, bill.periodFromMs, bill.periodToMs, options.staleDays);
    if (!checks.run(&run.report.differences, &why))
        return std::nullopt;
    run.finish();
    run.progress(100);
    return std::move(run.report);
}

} // namespace DepositDesk
