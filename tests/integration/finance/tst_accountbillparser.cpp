// AccountBillParser (docs/alipay-protocol.md §8.4) on account bills the sandbox makes from its
// own activity, against the trade bill of the same period, and on hand-made broken archives, each
// refused with file, line and reason (or, with the totals left to the caller, reported).
#include "BillArchives.h"

#include "finance/AccountBillParser.h"
#include "finance/AccountReconciliation.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

QDateTime china(int day, int hour)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, 0), QTimeZone(8 * 3600));
}

Sandbox::BillLine line(Sandbox::BillLine::Type type, const QString &tradeNo,
                       const QString &outTradeNo, qint64 fen, const QDateTime &at,
                       const QString &requestNo = {})
{
    Sandbox::BillLine l;
    l.type = type;
    l.tradeNo = tradeNo;
    l.outTradeNo = outTradeNo;
    l.subject = QStringLiteral("相机押金");
    l.createdAt = at.addSecs(-60);
    l.finishedAt = at;
    l.buyerAccount = QStringLiteral("**学(173****56)");
    l.orderAmount = Money::fromFen(fen);
    l.merchantReceipt = l.orderAmount;
    l.refundRequestNo = requestNo;
    l.serviceFee = Money::fromFen(-fen * 6 / 1000);
    return l;
}

// Three charges and a refund of the first on 2024-05-01: eight movements (lines 6..13 of the
// detail file), each charge with its fee, the refund with the fee given back.
Sandbox::BillLines handMadeLines()
{
    const QString t1 = QStringLiteral("2024050122001400000000000001");
    using Type = Sandbox::BillLine::Type;
    return {
        line(Type::Trade, t1, QStringLiteral("T1"), 10000, china(1, 9)),
        line(Type::Trade, QStringLiteral("2024050122001400000000000002"), QStringLiteral("T2"),
             1250, china(1, 10)),
        line(Type::Trade, QStringLiteral("2024050122001400000000000003"), QStringLiteral("T3"),
             300000, china(1, 11)),
        line(Type::Refund, t1, QStringLiteral("T1"), -4000, china(1, 12), QStringLiteral("R1"))};
}

constexpr int FirstMovement = 6;

} // namespace

class TestAccountBillParser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Sandbox::BillWriter m_writer{BillPid, Sandbox::BillPeriod::day(QDate(2024, 5, 1)),
                                 Sandbox::BillWriter::BillType::SignCustomer};

    QString detailText() const { return m_writer.detailText(handMadeLines()); }
    QString summaryText() const { return m_writer.summaryText(handMadeLines()); }

    QString archive(const QString &name, const QByteArray &detail, const QByteArray &summary)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, makeZip({{m_writer.detailEntryName(), detail},
                                 {m_writer.summaryEntryName(), summary}}));
        return path;
    }
    QString archive(const QString &name, const QString &detail, const QString &summary)
    {
        return archive(name, gbkCodec()->fromUnicode(detail), gbkCodec()->fromUnicode(summary));
    }

    static QString changeLine(const QString &text, int lineNumber,
                              const std::function<QString(QString)> &change)
    {
        QStringList lines = text.split(QStringLiteral("\r\n"));
        lines[lineNumber - 1] = change(lines[lineNumber - 1]);
        return lines.join(QStringLiteral("\r\n"));
    }
    // The cell `column` (0-based) of line `lineNumber` replaced.
    static QString changeCell(const QString &text, int lineNumber, int column, const QString &cell)
    {
        return changeLine(text, lineNumber, [&](QString l) {
            QStringList cells = l.split(u',');
            cells[column] = cell;
            return cells.join(u',');
        });
    }

    void expectRefused(const QString &path, const QString &entry, int lineNumber,
                       const QString &words, const AccountBillParser::Options &options = {})
    {
        BillProblem problem;
        const auto bill = AccountBillParser::parseArchive(path, options, &problem);
        QVERIFY2(!bill, "a broken bill was loaded");
        QCOMPARE(problem.file, QFileInfo(path).fileName() + u" › " + entry);
        QCOMPARE(problem.line, lineNumber);
        QVERIFY2(problem.reason.contains(words, Qt::CaseInsensitive), qPrintable(problem.reason));
        QVERIFY(problem.toString().contains(problem.reason));
    }

    ParsedAccountBill parsed(const QString &path, bool checkTotals = true)
    {
        AccountBillParser::Options options;
        options.checkTotals = checkTotals;
        BillProblem problem;
        const auto bill = AccountBillParser::parseArchive(path, options, &problem);
        if (!bill)
            qFatal("not parsed: %s", qPrintable(problem.toString()));
        return *bill;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void handMadeBillIsRead()
    {
        const ParsedAccountBill bill =
            parsed(archive(QStringLiteral("hand.zip"), detailText(), summaryText()));
        QCOMPARE(bill.account, QStringLiteral("20881021000000010156"));
        QCOMPARE(bill.periodToMs - bill.periodFromMs, qint64(86400000));
        QCOMPARE(int(bill.movements.size()), 8);
        const AccountMovement &first = bill.movements[0];
        QCOMPARE(first.lineNumber, FirstMovement);
        QCOMPARE(first.businessNo, QByteArray("2024050122001400000000000001"));
        QCOMPARE(first.outTradeNo, QByteArray("T1"));
        QVERIFY(first.serialNo.startsWith("20240501"));
        QCOMPARE(first.business, AccountBusiness::Payment);
        QCOMPARE(first.income, Money::fromFen(10000));
        QCOMPARE(first.balance, Money::fromFen(10000));
        QCOMPARE(first.counterparty, QStringLiteral("**学(173****56)"));
        QCOMPARE(first.atMs, china(1, 9).toMSecsSinceEpoch());
        const AccountMovement &fee = bill.movements[1];
        QCOMPARE(fee.business, AccountBusiness::Fee);
        QCOMPARE(fee.expense, Money::fromFen(-60));
        QCOMPARE(fee.balance, Money::fromFen(9940));
        const AccountMovement &refund = bill.movements[6];
        QCOMPARE(refund.business, AccountBusiness::Refund);
        QCOMPARE(refund.expense, Money::fromFen(-4000));
        QCOMPARE(refund.remark, QStringLiteral("R1"));
        QCOMPARE(bill.movements[7].business, AccountBusiness::FeeRefund);
        QCOMPARE(bill.movements[7].income, Money::fromFen(24));
        QCOMPARE(bill.closing(), Money::fromFen(305407));
        QCOMPARE(bill.opening(), Money());
        QVERIFY(bill.summary.has_value());
        QCOMPARE(bill.summary->types.size(), 4);
        QCOMPARE(bill.summary->total.incomeCount, 4);
        QCOMPARE(bill.summary->total.expenseCount, 4);
        QCOMPARE(*bill.summary->closing, Money::fromFen(305407));
        QCOMPARE(bill.footer.income, Money::fromFen(311274));

        const AccountBillTotals totals = AccountReconciliation::totalsOf(bill);
        QCOMPARE(totals.income, Money::fromFen(311250));
        QCOMPARE(totals.refunds, Money::fromFen(4000));
        QCOMPARE(totals.fees, Money::fromFen(60 + 7 + 1800));
        QCOMPARE(totals.feeRefunds, Money::fromFen(24));
        QCOMPARE(totals.transfersOut, Money());
        QCOMPARE(totals.closing, Money::fromFen(305407));
    }

    // The sandbox's account bill of a seeded month says what its trade bill says: the same
    // income, refunds and fees, and a balance that chains from the opening to the closing.
    void sandboxAccountBillAgreesWithItsTradeBill_data()
    {
        QTest::addColumn<QString>("billDate");
        QTest::newRow("month") << QStringLiteral("2024-05");
        QTest::newRow("day") << QStringLiteral("2024-05-20");
    }

    void sandboxAccountBillAgreesWithItsTradeBill()
    {
        QFETCH(QString, billDate);
        Sandbox::Ledger ledger;
        seedLedger(ledger, 120);
        QString name;
        const QByteArray account =
            sandboxBill(ledger, billDate, &name, QStringLiteral("signcustomer"));
        const QByteArray trade = sandboxBill(ledger, billDate);
        QVERIFY(!account.isEmpty() && !trade.isEmpty());
        const QString accountPath = m_dir.filePath(u"account-" + name);
        const QString tradePath = m_dir.filePath(u"trade-" + name);
        writeFile(accountPath, account);
        writeFile(tradePath, trade);
        BillProblem problem;
        QVERIFY2(BillParser::checkArchive(accountPath, BillParser::Limits(), &problem),
                 qPrintable(problem.toString()));
        const ParsedAccountBill bill = parsed(accountPath);
        const auto tradeBill = BillParser::parseArchive(tradePath, {}, &problem);
        QVERIFY2(tradeBill, qPrintable(problem.toString()));
        QVERIFY(bill.movements.size() >= tradeBill->lines.size());
        QVERIFY(bill.balanceBreaks.empty());
        const BillStatedTotals t = BillParser::totalsOfLines(*tradeBill);
        const AccountBillTotals a = AccountReconciliation::totalsOf(bill);
        QCOMPARE(a.income, t.tradeReceipt);
        QCOMPARE(a.refunds, -t.refundReceipt);
        QCOMPARE(a.fees - a.feeRefunds, -*t.serviceFee);
        QCOMPARE(a.closing - a.opening, *t.net);
        // Every payment movement is a trade line of the trade bill.
        QSet<QByteArray> tradeNos;
        for (const BillDetailLine &l : tradeBill->lines)
            tradeNos.insert(QByteArray(l.tradeNo.constData(), l.tradeNo.size()));
        for (const AccountMovement &m : bill.movements)
            QVERIFY(tradeNos.contains(QByteArray(m.businessNo.constData(), m.businessNo.size())));
        // A trade bill is not an account bill, and the other way round.
        QVERIFY(!AccountBillParser::parseArchive(tradePath, {}, &problem));
        QVERIFY(problem.reason.contains(QStringLiteral("账务明细")));
        QVERIFY(!BillParser::parseArchive(accountPath, {}, &problem));
    }

    void columnsAreFoundByName()
    {
        // The columns in another order, and an extra one: read by name all the same.
        const auto reorder = [](QString l) {
            QStringList cells = l.split(u',');
            cells.move(0, cells.size() - 1);
            cells.append(QStringLiteral("x"));
            return cells.join(u',');
        };
        QString detail = detailText();
        for (int n = 5; n <= 13; ++n)
            detail = changeLine(detail, n, reorder);
        const ParsedAccountBill bill =
            parsed(archive(QStringLiteral("order.zip"), detail, summaryText()));
        QCOMPARE(int(bill.movements.size()), 8);
        QCOMPARE(bill.movements[0].outTradeNo, QByteArray("T1"));
        QCOMPARE(bill.movements[0].balance, Money::fromFen(10000));
    }

    void missingColumn()
    {
        const QString path = archive(QStringLiteral("column.zip"),
                                     changeLine(detailText(), 5,
                                                [](QString l) {
                                                    return l.replace(QStringLiteral("账户余额"),
                                                                     QStringLiteral("余额"));
                                                }),
                                     summaryText());
        expectRefused(path, m_writer.detailEntryName(), 5, QStringLiteral("账户余额（元）"));
    }

    void amountWithThreeDecimals()
    {
        const QString path = archive(
            QStringLiteral("fen.zip"),
            changeCell(detailText(), FirstMovement, 6, QStringLiteral("100.001")), summaryText());
        expectRefused(path, m_writer.detailEntryName(), FirstMovement,
                      QStringLiteral("\"100.001\""));
    }

    void notGbk()
    {
        QByteArray detail = gbkCodec()->fromUnicode(detailText());
        detail.insert(detail.indexOf("T2"), "\xff\xff");
        const QString path =
            archive(QStringLiteral("gbk.zip"), detail, gbkCodec()->fromUnicode(summaryText()));
        expectRefused(path, m_writer.detailEntryName(), FirstMovement + 2, QStringLiteral("GBK"));
        const QString utf8 =
            archive(QStringLiteral("utf8.zip"), detailText().toUtf8(), summaryText().toUtf8());
        expectRefused(utf8, m_writer.detailEntryName(), 1, QStringLiteral("UTF-8"));
    }

    void wrongSign()
    {
        const QString path = archive(
            QStringLiteral("sign.zip"),
            changeCell(detailText(), FirstMovement + 1, 7, QStringLiteral("0.60")), summaryText());
        expectRefused(path, m_writer.detailEntryName(), FirstMovement + 1,
                      QStringLiteral("wrong sign"));
    }

    // A balance that does not chain: refused, or (totals left to the caller) listed.
    void brokenBalance()
    {
        const QString path =
            archive(QStringLiteral("balance.zip"),
                    changeCell(detailText(), FirstMovement + 2, 8, QStringLiteral("111.91")),
                    summaryText());
        expectRefused(path, m_writer.detailEntryName(), FirstMovement + 2,
                      QStringLiteral("running balance"));
        const ParsedAccountBill bill = parsed(path, false);
        QCOMPARE(int(bill.balanceBreaks.size()), 2); // that line, and the next from it
        QCOMPARE(bill.balanceBreaks[0].lineNumber, FirstMovement + 2);
        QCOMPARE(bill.balanceBreaks[0].expected, Money::fromFen(11190));
        QCOMPARE(bill.balanceBreaks[0].stated, Money::fromFen(11191));
        QCOMPARE(bill.balanceBreaks[1].lineNumber, FirstMovement + 3);
    }

    void footerDoesNotAddUp()
    {
        const int incomeLine = FirstMovement + 9;
        const QString path = archive(QStringLiteral("footer.zip"),
                                     changeLine(detailText(), incomeLine,
                                                [](QString l) {
                                                    return l.replace(QStringLiteral("3112.74"),
                                                                     QStringLiteral("3112.75"));
                                                }),
                                     summaryText());
        expectRefused(path, m_writer.detailEntryName(), incomeLine, QStringLiteral("3112.75"));
        const ParsedAccountBill bill = parsed(path, false);
        QCOMPARE(AccountBillParser::footerProblems(bill).size(), 1);
        QVERIFY(AccountBillParser::summaryProblems(bill).isEmpty());
    }

    void summaryDoesNotAddUp()
    {
        // The 在线支付 row says one income more (its total changed with it).
        const QString summary = changeLine(summaryText(), 6, [](QString l) {
            return l.replace(QStringLiteral("在线支付,3,3112.50,0,0.00,3112.50"),
                             QStringLiteral("在线支付,4,3112.50,0,0.00,3112.50"));
        });
        QVERIFY(summary != summaryText());
        const QString path = archive(QStringLiteral("summary.zip"), detailText(), summary);
        BillProblem problem;
        QVERIFY(!AccountBillParser::parseArchive(path, {}, &problem));
        QVERIFY2(problem.reason.contains(QStringLiteral("在线支付")), qPrintable(problem.reason));
        QCOMPARE(problem.file, u"summary.zip › " + m_writer.summaryEntryName());
        // Its closing balance changed.
        const QString closing = summaryText().replace(QStringLiteral("期末余额：3054.07元"),
                                                      QStringLiteral("期末余额：3054.08元"));
        QVERIFY(closing != summaryText());
        QVERIFY(!AccountBillParser::parseArchive(
            archive(QStringLiteral("closing.zip"), detailText(), closing), {}, &problem));
        QVERIFY2(problem.reason.contains(QStringLiteral("3054.08")), qPrintable(problem.reason));
    }

    void truncated()
    {
        QString detail = detailText();
        detail.truncate(
            detail.indexOf(QStringLiteral("#---"), detail.indexOf(QStringLiteral("T3"))));
        const QString path = archive(QStringLiteral("cut.zip"), detail, summaryText());
        BillProblem problem;
        QVERIFY(!AccountBillParser::parseArchive(path, {}, &problem));
        QVERIFY2(problem.reason.contains(QStringLiteral("账务明细列表结束")),
                 qPrintable(problem.reason));
    }

    void limitsApply()
    {
        const QString path = archive(QStringLiteral("limits.zip"), detailText(), summaryText());
        AccountBillParser::Options options;
        options.limits.maxLines = 8;
        expectRefused(path, m_writer.detailEntryName(), 9, QStringLiteral("8 lines"), options);
        options.limits = {};
        options.limits.maxLineBytes = 100;
        BillProblem problem;
        QVERIFY(!AccountBillParser::parseArchive(path, options, &problem));
        QVERIFY2(problem.reason.contains(QStringLiteral("longer than")),
                 qPrintable(problem.reason));
        // The entry caps before unpacking: checkArchive knows the account bill's entries.
        BillParser::Limits small;
        small.maxSummaryBytes = 16;
        QVERIFY(!BillParser::checkArchive(path, small, &problem));
        QVERIFY(problem.file.endsWith(m_writer.summaryEntryName()));
    }
};

QTEST_MAIN(TestAccountBillParser)
#include "tst_accountbillparser.moc"
