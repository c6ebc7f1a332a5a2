// The account bill (账务明细, bill_type=signcustomer) reconciled over the demo: a seeded day's
// account bill downloaded through the real gateway and reconciled clean against the demo ledger,
// then against the trade bill of the day; the ledger tampered with; broken copies of the bill
// refused (nothing stored) or reported with the right kind.
#include "BusiestDay.h"
#include "ConsoleFixture.h"

#include "domain/ZipArchive.h"
#include "finance/BillFiles.h"
#include "services/finance/BillDownloader.h"
#include "services/finance/BillFileImport.h"
#include "services/finance/ReconciliationService.h"
#include "store/AuditLog.h"
#include "store/Ledger.h"
#include "store/OperatorDirectory.h"
#include "store/StoreQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCodec>

using namespace DepositDesk;

namespace {

constexpr qint64 DayMs = 86400000;
const QString Account = QStringLiteral("signcustomer");
constexpr int HeaderLine = 5; // of the detail file (docs/alipay-protocol.md §8.4)
constexpr int FirstMovementLine = 6;

OperatorSession finance()
{
    return {OperatorDirectory::demoLogin(OperatorRole::Finance), QStringLiteral("Test"),
            OperatorRole::Finance};
}

DifferenceFilter accountFilter(const QString &period)
{
    DifferenceFilter f;
    f.period = period;
    f.billType = Account;
    return f;
}

QStringList keysOf(const QList<Difference> &list, DifferenceKind kind)
{
    QStringList keys;
    for (const Difference &d : list)
        if (d.kind == kind)
            keys.append(d.diffKey);
    return keys;
}

struct Entry
{
    QByteArray name;
    QByteArray content;
};

QList<Entry> entriesOf(const QString &path)
{
    QList<Entry> entries;
    ZipReader zip(path);
    for (int more = unzGoToFirstFile(zip.handle()); more == UNZ_OK;
         more = unzGoToNextFile(zip.handle())) {
        Entry e;
        unz_file_info64 info{};
        if (!zip.currentEntry(&e.name, &info) || !zip.readCurrentEntry(&e.content))
            qFatal("cannot read the bill archive");
        entries.append(e);
    }
    return entries;
}

} // namespace

class TestAccountReconciliation : public QObject
{
    Q_OBJECT

    Testing::ConsoleFixture m_console;
    QTemporaryDir m_dir;
    QString m_day;
    qint64 m_dayStart = 0;
    BillFileRecord m_account;

    const Store &store() { return m_console.store(); }
    QTextCodec *gbk() { return QTextCodec::codecForName("GBK"); }

    BillFileRecord download(const QString &billType)
    {
        QSignalSpy downloaded(&m_console.services().bills(), &BillDownloader::finished);
        if (!m_console.services().bills().start(finance(), billType, m_day))
            qFatal("the download did not start");
        if (!downloaded.wait(30000))
            qFatal("the download never finished");
        const auto result = downloaded.at(0).at(0).value<BillDownloader::Result>();
        if (result.status != BillDownloader::Status::Downloaded)
            qFatal("not downloaded: %s", qPrintable(result.message));
        return result.file;
    }

    ReconciliationService::Result reconcile(ReconciliationService &service, qint64 fileId)
    {
        QSignalSpy finished(&service, &ReconciliationService::finished);
        if (!service.start(finance(), fileId))
            qFatal("the reconciliation did not start");
        if (!finished.wait(60000))
            qFatal("the reconciliation never finished");
        return finished.at(0).at(0).value<ReconciliationService::Result>();
    }

    // A copy of the account bill with its detail file changed by `change` (GBK bytes),
    // recorded as a downloaded signcustomer bill of the day.
    BillFileRecord brokenCopy(const QString &name,
                              const std::function<QByteArray(QByteArray)> &change)
    {
        const QByteArray archive = changedArchive(change);
        BillFileRecord file;
        file.billType = Account;
        file.billDate = m_day;
        file.fileName = name;
        file.path = m_dir.filePath(name);
        writeTo(file.path, archive);
        file.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex());
        file.sizeBytes = archive.size();
        file.fetchedBy = finance().login;
        if (!BillFiles(store()).record(file))
            qFatal("cannot record the copy");
        return file;
    }

    static void writeTo(const QString &path, const QByteArray &bytes)
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    // The account bill's archive with its detail file changed by `change`.
    QByteArray changedArchive(const std::function<QByteArray(QByteArray)> &change)
    {
        QByteArray archive;
        {
            ZipWriter zip(&archive);
            for (const Entry &e : entriesOf(m_account.path)) {
                const bool detail =
                    gbk()->toUnicode(e.name).endsWith(QStringLiteral("账务明细.csv"));
                if (!zip.addEntry(e.name, detail ? change(e.content) : e.content,
                                  QDateTime::currentDateTime()))
                    qFatal("cannot write a zip entry");
            }
            if (zip.close() != ZIP_OK)
                qFatal("cannot finish a zip");
        }
        return archive;
    }

    // The detail file's lines (GBK bytes, CRLF) with line `n` (1-based) changed.
    static QByteArray changeLine(const QByteArray &detail, int n,
                                 const std::function<QByteArray(QByteArray)> &change)
    {
        QList<QByteArray> lines = detail.split('\n');
        lines[n - 1] = change(lines[n - 1]);
        return lines.join('\n');
    }
    static QByteArray changeCell(const QByteArray &line, int column, const QByteArray &cell)
    {
        QList<QByteArray> cells = line.split(',');
        cells[column] = cell;
        return cells.join(',');
    }
    // The line (1-based) of the last 在线支付 (payment) movement: never the first movement
    // (the opening balance stays) nor the last (its fee follows it).
    int paymentLine(const QByteArray &detail)
    {
        const QList<QByteArray> lines = detail.split('\n');
        const QByteArray payment = gbk()->fromUnicode(QStringLiteral(",在线支付,"));
        for (int i = int(lines.size()) - 1; i > FirstMovementLine; --i)
            if (lines[i].contains(payment))
                return i + 1;
        qFatal("no payment movement after the first");
    }
    QByteArray detailOf(const BillFileRecord &file)
    {
        for (const Entry &e : entriesOf(file.path))
            if (gbk()->toUnicode(e.name).endsWith(QStringLiteral("账务明细.csv")))
                return e.content;
        qFatal("no detail entry");
    }

    int storedDifferences()
    {
        StoreQuery q(store().database(), QStringLiteral("SELECT COUNT(*) FROM recon_differences"));
        return q.exec() && q.next() ? int(q.int64(0)) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_console.demo().setRecordHistory(true); // the demo's bills match its ledger
        QVERIFY2(m_console.start(OperatorRole::Supervisor, 300, QStringLiteral("account-bill")),
                 qPrintable(m_console.error));
        // The seeded day (before today, China time) with the most charges.
        const Testing::SeededDay seeded = Testing::busiestPastDay(store());
        QVERIFY2(seeded.charges >= 3, "the demo seeds charges on past days");
        m_dayStart = seeded.startMs;
        m_day = seeded.day;
        m_account = download(Account);
        QCOMPARE(m_account.billType, Account);
    }

    // The demo's own account bill matches the demo's ledger; the trade bill was not downloaded,
    // and the run says so.
    void accountBillMatchesTheLedger()
    {
        ReconciliationService service(store());
        const auto result = reconcile(service, m_account.id);
        QVERIFY2(result.status == ReconciliationService::Status::Done, qPrintable(result.message));
        const ReconciliationTotals &t = result.run.totals;
        QVERIFY(t.account.has_value());
        const AccountBillTotals &a = *t.account;
        QVERIFY(a.movements >= 4);
        QVERIFY(a.income > Money());
        QVERIFY(a.fees > Money());
        QCOMPARE(a.balanceBreaks, 0);
        QCOMPARE(a.closing - a.opening, a.income - a.refunds - a.fees + a.feeRefunds -
                                            a.transfersOut + a.otherIn - a.otherOut);
        QCOMPARE(a.tradeBill, AccountBillTotals::TradeBill::NotDownloaded);
        QCOMPARE(t.matched, t.bill.tradeCount + t.bill.refundCount);
        QCOMPARE(t.ledger.income, t.bill.income);
        QCOMPARE(t.ledger.refunds, t.bill.refunds);
        QVERIFY(t.footerAgrees);
        QVERIFY(t.summaryAgrees);
        QVERIFY2(t.differences.isEmpty(), qPrintable(result.message));
        QVERIFY(service.differences(finance(), accountFilter(m_day)).isEmpty());
        // Listed as the day's account bill run, not as its trade bill run; stored totals as run.
        const auto latest = service.latestRun(m_day, Account);
        QVERIFY(latest.has_value());
        QCOMPARE(latest->id, result.run.id);
        QVERIFY(latest->totals.account.has_value());
        QCOMPARE(latest->totals.account->closing, a.closing);
        QCOMPARE(latest->totals.account->fees, a.fees);
        QVERIFY(!service.latestRun(m_day).has_value());
        const auto audit = AuditLog(store()).entries([] {
            AuditFilter f;
            f.action = QStringLiteral("reconciliation.run");
            return f;
        }());
        QVERIFY(!audit.isEmpty());
        QVERIFY(audit.last().detail.contains(m_account.sha256));
        QVERIFY(audit.last().detail.contains(Account));
    }

    // With the day's trade bill downloaded, the account bill's income, refunds and fees are
    // compared with it; the trade bill's run and the account bill's keep their own differences.
    void comparedWithTheTradeBill()
    {
        const BillFileRecord trade = download(QStringLiteral("trade"));
        ReconciliationService service(store());
        const auto result = reconcile(service, m_account.id);
        QCOMPARE(result.status, ReconciliationService::Status::Done);
        const AccountBillTotals &a = *result.run.totals.account;
        QCOMPARE(a.tradeBill, AccountBillTotals::TradeBill::Compared);
        QCOMPARE(a.tradeBillFile, trade.fileName);
        QVERIFY(a.tradeBillAgrees);
        QVERIFY(result.run.totals.differences.isEmpty());

        const auto tradeRun = reconcile(service, trade.id);
        QCOMPARE(tradeRun.status, ReconciliationService::Status::Done);
        QVERIFY(!tradeRun.run.totals.account.has_value());
        QCOMPARE(tradeRun.run.totals.bill.income, a.income);
        QCOMPARE(service.latestRun(m_day)->id, tradeRun.run.id);
        QCOMPARE(service.latestRun(m_day, Account)->id, result.run.id);
        DifferenceFilter tradeFilter;
        tradeFilter.period = m_day;
        for (const Difference &d : service.differences(finance(), tradeFilter))
            QVERIFY(!isAccountBillKind(d.kind));
    }

    // The ledger tampered with: one charge's amount, one charge gone, one made up.
    void tamperedLedgerIsFound()
    {
        StoreQuery q(store().database(),
                     QStringLiteral("SELECT out_order_no, alipay_no, request_no, status, "
                                    "amount_fen, happened_at FROM ledger_facts WHERE kind = "
                                    "'trade' AND status = 'TRADE_SUCCESS' AND happened_at >= :a "
                                    "AND happened_at < :b AND NOT EXISTS (SELECT 1 FROM "
                                    "ledger_facts r WHERE r.kind = 'refund' AND r.parent_no = "
                                    "ledger_facts.request_no) ORDER BY id"));
        q.bind(QStringLiteral("a"), m_dayStart).bind(QStringLiteral("b"), m_dayStart + DayMs);
        QVERIFY(q.exec());
        struct Fact
        {
            QString order, tradeNo, outTradeNo, status;
            qint64 fen = 0, at = 0;
        };
        QList<Fact> trades;
        while (q.next())
            trades.append({q.text(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.int64(5)});
        q.finish();
        QVERIFY(trades.size() >= 2);
        const Fact a = trades[0], c = trades[1];
        const auto at = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        };
        Ledger ledger(store());
        QVERIFY(ledger.recordTrade(
            {a.order, a.tradeNo, a.outTradeNo, a.status, Money::fromFen(a.fen + 1), at(a.at)},
            FactSource::Query));
        StoreQuery remove(store().database(),
                          QStringLiteral("DELETE FROM ledger_facts WHERE kind IN ('trade', "
                                         "'refund') AND (request_no = :n OR parent_no = :n)"));
        remove.bind(QStringLiteral("n"), c.outTradeNo);
        QVERIFY(remove.exec());
        QVERIFY(ledger.recordTrade({a.order, QStringLiteral("2026000000000000000000000002"),
                                    QStringLiteral("MADE-UP-A"), QStringLiteral("TRADE_SUCCESS"),
                                    Money::fromFen(4200), at(m_dayStart + 3600000)},
                                   FactSource::Query));

        ReconciliationService service(store());
        const auto result = reconcile(service, m_account.id);
        QCOMPARE(result.status, ReconciliationService::Status::Done);
        const QList<Difference> found = service.differences(finance(), accountFilter(m_day));
        const auto only = [&](DifferenceKind kind) {
            QList<Difference> list;
            for (const Difference &d : found)
                if (d.kind == kind)
                    list.append(d);
            return list;
        };
        const QList<Difference> amount = only(DifferenceKind::AccountAmountDiffers);
        QCOMPARE(amount.size(), 1);
        QCOMPARE(amount.first().outTradeNo, a.outTradeNo);
        QCOMPARE(amount.first().ledgerAmount, Money::fromFen(a.fen + 1));
        QCOMPARE(amount.first().billAmount, Money::fromFen(a.fen));
        QCOMPARE(amount.first().outOrderNo, a.order);
        const QList<Difference> movementOnly = only(DifferenceKind::AccountMovementOnly);
        QCOMPARE(movementOnly.size(), 1);
        QCOMPARE(movementOnly.first().outTradeNo, c.outTradeNo);
        QCOMPARE(movementOnly.first().billAmount, Money::fromFen(c.fen));
        QCOMPARE(keysOf(found, DifferenceKind::LedgerNotInAccount),
                 QStringList{QStringLiteral("ledger_not_in_account:trade:MADE-UP-A")});
        QVERIFY(keysOf(found, DifferenceKind::BalanceBroken).isEmpty());

        // Resolved with a note as any difference; a re-run keeps it.
        QVERIFY(service.resolve(finance(), amount.first().id, QStringLiteral("Alipay: ¥0.01")));
        const auto again = reconcile(service, m_account.id);
        QCOMPARE(again.status, ReconciliationService::Status::Done);
        DifferenceFilter byKind = accountFilter(m_day);
        byKind.kind = DifferenceKind::AccountAmountDiffers;
        const QList<Difference> kept = service.differences(finance(), byKind);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().id, amount.first().id);
        QCOMPARE(kept.first().note, QStringLiteral("Alipay: ¥0.01"));
        QCOMPARE(kept.first().lastRunId, again.run.id);

        // Put back as it was for the file tests.
        QVERIFY(ledger.recordTrade(
            {a.order, a.tradeNo, a.outTradeNo, a.status, Money::fromFen(a.fen), at(a.at)},
            FactSource::Query));
        QVERIFY(ledger.recordTrade(
            {c.order, c.tradeNo, c.outTradeNo, c.status, Money::fromFen(c.fen), at(c.at)},
            FactSource::Query));
        StoreQuery madeUp(store().database(), QStringLiteral("DELETE FROM ledger_facts WHERE "
                                                             "request_no = 'MADE-UP-A'"));
        QVERIFY(madeUp.exec());
    }

    // An account bill archive imported from a file (the command line's reconcile FILE) is
    // recognised as one, with its period; a broken one is refused with the account bill's
    // problem.
    void importsAnAccountBillFile()
    {
        const QString copy = m_dir.filePath(QStringLiteral("imported.csv.zip"));
        QVERIFY(QFile::copy(m_account.path, copy));
        const QString dataDir = m_console.services().dataDirectory();
        const auto imported = BillFileImport::importFile(store(), finance(), copy, dataDir);
        QVERIFY2(imported.ok, qPrintable(imported.message));
        QCOMPARE(imported.file.billType, Account);
        QCOMPARE(imported.file.billDate, m_day);
        QCOMPARE(imported.file.id, m_account.id); // the same bytes: the bill already known

        const QString broken = m_dir.filePath(QStringLiteral("imported-broken.csv.zip"));
        writeTo(broken, changedArchive([&](QByteArray d) {
                    return changeLine(d, HeaderLine, [&](QByteArray l) {
                        return l.replace(gbk()->fromUnicode(QStringLiteral("账户余额")),
                                         gbk()->fromUnicode(QStringLiteral("余额")));
                    });
                }));
        const auto refused = BillFileImport::importFile(store(), finance(), broken, dataDir);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(QStringLiteral("账户余额（元）")),
                 qPrintable(refused.message));
    }

    // Broken copies of the bill: what the parser cannot read is refused and nothing is
    // stored; what it reads but does not add up is reported with its kind.
    void brokenBillsAreRefused_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QString>("words");
        QTest::newRow("missing column") << 0 << QStringLiteral("账户余额（元）");
        QTest::newRow("non-fen amount") << 1 << QStringLiteral("\"1.001\"");
        QTest::newRow("bad GBK") << 2 << QStringLiteral("GBK");
    }

    void brokenBillsAreRefused()
    {
        QFETCH(int, what);
        QFETCH(QString, words);
        const QByteArray detail = detailOf(m_account);
        const int payment = paymentLine(detail);
        const std::function<QByteArray(QByteArray)> changes[] = {
            [&](QByteArray d) {
                return changeLine(d, HeaderLine, [&](QByteArray l) {
                    return l.replace(gbk()->fromUnicode(QStringLiteral("账户余额")),
                                     gbk()->fromUnicode(QStringLiteral("余额")));
                });
            },
            [&](QByteArray d) {
                return changeLine(d, payment,
                                  [&](QByteArray l) { return changeCell(l, 6, "1.001"); });
            },
            [&](QByteArray d) {
                return changeLine(d, payment, [](QByteArray l) { return l.append("\xff\xfe"); });
            },
        };
        const BillFileRecord file =
            brokenCopy(QStringLiteral("refused-%1.csv.zip").arg(what), changes[what]);
        ReconciliationService service(store());
        const int runs = int(service.runs(m_day).size());
        const int stored = storedDifferences();
        const auto result = reconcile(service, file.id);
        QCOMPARE(result.status, ReconciliationService::Status::Refused);
        QVERIFY2(result.message.contains(words), qPrintable(result.message));
        QVERIFY2(result.message.contains(file.fileName), qPrintable(result.message));
        QCOMPARE(int(service.runs(m_day).size()), runs);
        QCOMPARE(storedDifferences(), stored);
    }

    void brokenBillsAreReported_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QStringList>("kinds");
        const QString amount = differenceKindCode(DifferenceKind::AccountAmountDiffers);
        const QString balance = differenceKindCode(DifferenceKind::BalanceBroken);
        const QString totals = differenceKindCode(DifferenceKind::AccountTotalsDiffer);
        // A payment's amount and its balance changed together: the amount differs from the
        // ledger, the next balance no longer chains, the totals no longer add up.
        QTest::newRow("tampered amount") << 0 << QStringList{amount, balance, totals};
        QTest::newRow("broken balance chain") << 1 << QStringList{balance};
        QTest::newRow("footer total") << 2 << QStringList{totals};
    }

    void brokenBillsAreReported()
    {
        QFETCH(int, what);
        QFETCH(QStringList, kinds);
        const QByteArray detail = detailOf(m_account);
        const int payment = paymentLine(detail);
        const QList<QByteArray> cells = detail.split('\n')[payment - 1].split(',');
        const Money income = *Money::fromYuan(QString::fromLatin1(cells[6]));
        const Money balance =
            *Money::fromYuan(QString::fromLatin1(cells[8]), nullptr, Money::Sign::AllowNegative);
        const QByteArray plusOne = (income + Money::fromFen(1)).toYuan().toLatin1();
        const QByteArray balancePlusOne = (balance + Money::fromFen(1)).toYuan().toLatin1();
        const std::function<QByteArray(QByteArray)> changes[] = {
            [&](QByteArray d) {
                return changeLine(d, payment, [&](QByteArray l) {
                    return changeCell(changeCell(l, 6, plusOne), 8, balancePlusOne);
                });
            },
            [&](QByteArray d) {
                return changeLine(d, payment,
                                  [&](QByteArray l) { return changeCell(l, 8, balancePlusOne); });
            },
            [&](QByteArray d) {
                const QByteArray incomeTotal = gbk()->fromUnicode(QStringLiteral("#收入合计："));
                const QByteArray of = gbk()->fromUnicode(QStringLiteral("共"));
                const qsizetype at = d.indexOf(of, d.indexOf(incomeTotal)) + of.size();
                return d.replace(at, 0, "1"); // 共123.45元 -> 共1123.45元
            },
        };
        const BillFileRecord file =
            brokenCopy(QStringLiteral("reported-%1.csv.zip").arg(what), changes[what]);
        ReconciliationService service(store());
        const auto result = reconcile(service, file.id);
        QVERIFY2(result.status == ReconciliationService::Status::Done, qPrintable(result.message));
        const QList<Difference> found = service.differences(finance(), accountFilter(m_day));
        QStringList codes;
        for (const Difference &d : found)
            if (!codes.contains(differenceKindCode(d.kind)))
                codes.append(differenceKindCode(d.kind));
        codes.sort();
        kinds.sort();
        QCOMPARE(codes, kinds);
        for (const Difference &d : found) {
            QVERIFY(!d.detail.isEmpty());
            QCOMPARE(d.lastRunId, result.run.id);
        }
        if (what == 1)
            QCOMPARE(result.run.totals.account->balanceBreaks, 2);
    }
};

QTEST_MAIN(TestAccountReconciliation)
#include "tst_accountreconciliation.moc"
