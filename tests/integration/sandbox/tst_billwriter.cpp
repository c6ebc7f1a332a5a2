// The bill archive in Alipay's layout (docs/alipay-protocol.md §8), read back the way a
// reconciliation client reads it.
#include "BillArchiveReader.h"

#include "sandbox/bills/BillWriter.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace DepositDesk;
using namespace DepositDesk::BillTest;

namespace {

const QString Pid = QStringLiteral("2088123412341234");
const QString Account = QStringLiteral("20881234123412340156");

QDateTime china(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, minute, second), QTimeZone(8 * 3600));
}

Sandbox::BillLine trade(const QString &tradeNo, const char *amount, const QDateTime &at,
                        const QString &store)
{
    Sandbox::BillLine line;
    line.tradeNo = tradeNo;
    line.outTradeNo = QStringLiteral("PAY") + tradeNo.right(6);
    line.subject = QStringLiteral("租赁押金-相机");
    line.createdAt = at.addSecs(-1);
    line.finishedAt = at;
    line.storeId = store;
    line.storeName = store.isEmpty() ? QString() : QStringLiteral("门店") + store;
    line.operatorId = QStringLiteral("op01");
    line.buyerAccount = QStringLiteral("**学(173****56)");
    line.orderAmount = yuan(amount);
    line.merchantReceipt = yuan(amount);
    line.serviceFee = Money::fromFen(-yuan(amount).fen() * 6 / 1000);
    return line;
}

Sandbox::BillLine refundOf(const Sandbox::BillLine &paid, const char *amount, const QDateTime &at)
{
    Sandbox::BillLine line = paid;
    line.type = Sandbox::BillLine::Type::Refund;
    line.finishedAt = at;
    line.orderAmount = -yuan(amount);
    line.merchantReceipt = -yuan(amount);
    line.refundRequestNo = QStringLiteral("RF") + paid.tradeNo.right(6);
    line.serviceFee = Money::fromFen(yuan(amount).fen() * 6 / 1000);
    return line;
}

// May 1st: three trades in two stores plus one without a store, one partial refund; one trade
// on April 30th 23:59:59 and one on May 2nd 00:00:00 (both outside the day), all GMT+8.
Sandbox::BillLines sampleLines()
{
    const Sandbox::BillLine a = trade(QStringLiteral("2024050122001400000000000001"), "3000.00",
                                      china(1, 9, 30), QStringLiteral("S001"));
    const Sandbox::BillLine b = trade(QStringLiteral("2024050122001400000000000002"), "128.50",
                                      china(1, 0, 0), QStringLiteral("S002"));
    Sandbox::BillLine c = trade(QStringLiteral("2024050122001400000000000003"), "0.01",
                                china(1, 23, 59, 59), QString());
    c.subject = QStringLiteral("充电宝押金, \"快充\"版");
    Sandbox::BillLine before = trade(QStringLiteral("2024043022001400000000000009"), "77.00",
                                     china(1, 0, 0).addSecs(-1), QStringLiteral("S001"));
    Sandbox::BillLine after = trade(QStringLiteral("2024050222001400000000000010"), "66.00",
                                    china(2, 0, 0), QStringLiteral("S001"));
    return {after, a, refundOf(a, "1000.00", china(1, 18, 0)), b, before, c};
}

Money sumColumn(const Table &table, const QString &column, const QString &type = QString())
{
    Money total;
    for (int row = 0; row < table.rows.size(); ++row) {
        if (type.isEmpty() || table.cell(row, QStringLiteral("业务类型")) == type)
            total += yuan(table.cell(row, column));
    }
    return total;
}

// "#交易合计：3笔，商家实收共3128.51元，..." -> (3, 3128.51)
std::pair<int, Money> footerTotal(const Table &table, const QString &prefix)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\S+)：(\\d+)笔，[^共]*共(-?[0-9.]+)元"));
    for (const QString &comment : table.footComments) {
        const auto match = pattern.match(comment);
        if (match.hasMatch() && match.captured(1) == prefix)
            return {match.captured(2).toInt(), yuan(match.captured(3))};
    }
    return {-1, Money()};
}

} // namespace

class TestBillWriter : public QObject
{
    Q_OBJECT

private slots:
    void periodParsing_data();
    void periodParsing();
    void periodBoundariesAreChinaTime();
    void archiveHasGbkEntriesWithoutUtf8Flag();
    void detailFileLayout();
    void summaryMatchesDetail();
    void monthBillCoversTheMonth();
    void sameInputSameBytes();
    void signCustomerBill();
};

void TestBillWriter::periodParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("compact");
    QTest::newRow("day") << QStringLiteral("2024-05-01") << true << QStringLiteral("20240501");
    QTest::newRow("month") << QStringLiteral("2024-05") << true << QStringLiteral("202405");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << true << QStringLiteral("20240229");
    QTest::newRow("no such day") << QStringLiteral("2023-02-29") << false << QString();
    QTest::newRow("month 13") << QStringLiteral("2024-13") << false << QString();
    QTest::newRow("before 2016") << QStringLiteral("2015-12-31") << false << QString();
    QTest::newRow("first day") << QStringLiteral("2016-01-01") << true
                               << QStringLiteral("20160101");
    QTest::newRow("compact form") << QStringLiteral("20240501") << false << QString();
    QTest::newRow("one-digit month") << QStringLiteral("2024-5-01") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("trailing space") << QStringLiteral("2024-05 ") << false << QString();
}

void TestBillWriter::periodParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, compact);
    QString error;
    const auto period = Sandbox::BillPeriod::parse(text, &error);
    QCOMPARE(period.has_value(), valid);
    if (valid) {
        QCOMPARE(period->compact(), compact);
        QCOMPARE(period->billDate(), text);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestBillWriter::periodBoundariesAreChinaTime()
{
    const Sandbox::BillPeriod day = *Sandbox::BillPeriod::parse(QStringLiteral("2024-05-01"));
    // 2024-04-30 16:00:00 UTC is midnight in China.
    const QDateTime startUtc(QDate(2024, 4, 30), QTime(16, 0), QTimeZone::utc());
    QCOMPARE(day.start(), startUtc);
    QVERIFY(day.contains(startUtc));
    QVERIFY(!day.contains(startUtc.addMSecs(-1)));
    QVERIFY(day.contains(startUtc.addSecs(86400).addMSecs(-1)));
    QVERIFY(!day.contains(startUtc.addSecs(86400)));
    QCOMPARE(Sandbox::BillPeriod::dayContaining(startUtc.addSecs(-1)).billDate(), u"2024-04-30");
    QCOMPARE(Sandbox::BillPeriod::monthContaining(startUtc).billDate(), u"2024-05");
    QVERIFY(day.isOverAt(startUtc.addSecs(86400)));
    QVERIFY(!day.isOverAt(startUtc.addSecs(86399)));
    const Sandbox::BillPeriod february = *Sandbox::BillPeriod::parse(QStringLiteral("2024-02"));
    QCOMPARE(february.endDay(), QDate(2024, 3, 1));
}

void TestBillWriter::archiveHasGbkEntriesWithoutUtf8Flag()
{
    Sandbox::BillWriter writer(Pid, *Sandbox::BillPeriod::parse(QStringLiteral("2024-05-01")));
    writer.setExportTime(china(2, 6, 27, 10));
    QCOMPARE(writer.archiveName(), Account + QStringLiteral("_20240501.csv.zip"));
    QString error;
    const QByteArray zip = writer.writeZip(sampleLines(), &error);
    QVERIFY2(!zip.isEmpty(), qPrintable(error));
    QVERIFY(zip.startsWith("PK\x03\x04"));

    const QString detailName = Account + QStringLiteral("_20240501_业务明细.csv");
    const QString summaryName = Account + QStringLiteral("_20240501_业务明细(汇总).csv");
    // The names are stored as GBK bytes, not UTF-8.
    QVERIFY(zip.contains(gbk()->fromUnicode(detailName)));
    QVERIFY(zip.contains(gbk()->fromUnicode(summaryName)));
    QVERIFY(!zip.contains(detailName.toUtf8()));

    const QList<ArchiveEntry> entries = readArchive(zip);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].name, detailName);
    QCOMPARE(entries[1].name, summaryName);
    for (const ArchiveEntry &entry : entries) {
        QVERIFY(!entry.utf8Flag);
        // GBK content: the column names are there as GBK bytes, never as UTF-8; no BOM.
        QVERIFY(!entry.raw.contains(QStringLiteral("订单金额（元）").toUtf8()));
        QVERIFY(entry.raw.contains(gbk()->fromUnicode(QStringLiteral("订单金额（元）"))));
        QVERIFY(!entry.raw.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(gbk()->fromUnicode(entry.text), entry.raw);
    }
}

void TestBillWriter::detailFileLayout()
{
    Sandbox::BillWriter writer(Pid, *Sandbox::BillPeriod::parse(QStringLiteral("2024-05-01")));
    writer.setExportTime(china(2, 6, 27, 10));
    const QList<ArchiveEntry> entries = readArchive(writer.writeZip(sampleLines()));
    QCOMPARE(entries.size(), 2);
    const Table detail = parseTable(entries[0].text, QStringLiteral("业务明细列表"));
    QVERIFY(detail.crlf);
    QVERIFY(detail.sawStartMarker);
    QVERIFY(detail.sawEndMarker);
    QCOMPARE(detail.headComments,
             QStringList({QStringLiteral("支付宝业务明细查询"),
                          QStringLiteral("账号：[%1]").arg(Account),
                          QStringLiteral("起始日期：[2024年05月01日 00:00:00]   "
                                         "终止日期：[2024年05月02日 00:00:00]")}));
    QCOMPARE(detail.header.size(), 25);
    for (const char *name :
         {"支付宝交易号", "商户订单号", "业务类型", "商品名称", "完成时间", "门店编号", "对方账户",
          "订单金额（元）", "商家实收（元）", "退款批次号/请求号", "服务费（元）", "备注"})
        QVERIFY2(detail.column(QString::fromUtf8(name)) >= 0, name);

    // Four rows in the day (the 23:59:59 and the 00:00:00 trades included, neighbours not),
    // ordered by completion time.
    QCOMPARE(detail.rows.size(), 4);
    QCOMPARE(detail.cell(0, QStringLiteral("完成时间")), u"2024-05-01 00:00:00");
    QCOMPARE(detail.cell(3, QStringLiteral("完成时间")), u"2024-05-01 23:59:59");
    const int refundRow = 2;
    QCOMPARE(detail.cell(refundRow, QStringLiteral("业务类型")), u"退款");
    QCOMPARE(detail.cell(refundRow, QStringLiteral("订单金额（元）")), u"-1000.00");
    QCOMPARE(detail.cell(refundRow, QStringLiteral("商家实收（元）")), u"-1000.00");
    QCOMPARE(detail.cell(refundRow, QStringLiteral("退款批次号/请求号")), u"RF000001");
    QCOMPARE(detail.cell(refundRow, QStringLiteral("服务费（元）")), u"6.00");
    QCOMPARE(detail.cell(1, QStringLiteral("业务类型")), u"交易");
    QCOMPARE(detail.cell(1, QStringLiteral("服务费（元）")), u"-18.00");
    QCOMPARE(detail.cell(1, QStringLiteral("对方账户")), u"**学(173****56)");
    // A subject with a comma and quotes survives as one cell.
    QCOMPARE(detail.cell(3, QStringLiteral("商品名称")), u"充电宝押金, \"快充\"版");
    // Long numbers are tab-padded as written; amounts are not.
    QVERIFY(detail.rawRows[0].startsWith(QStringLiteral("2024050122001400000000000002\t,")));
    QVERIFY(detail.rawRows[0].contains(QStringLiteral(",128.50,128.50,")));

    const auto trades = footerTotal(detail, QStringLiteral("交易合计"));
    const auto refunds = footerTotal(detail, QStringLiteral("退款合计"));
    QCOMPARE(trades.first, 3);
    QCOMPARE(refunds.first, 1);
    QCOMPARE(trades.second,
             sumColumn(detail, QStringLiteral("商家实收（元）"), QStringLiteral("交易")));
    QCOMPARE(trades.second, yuan("3128.51"));
    QCOMPARE(refunds.second, yuan("-1000.00"));
    QCOMPARE(detail.footComments.last(), u"导出时间：[2024年05月02日 06:27:10]");
}

void TestBillWriter::summaryMatchesDetail()
{
    Sandbox::BillWriter writer(Pid, *Sandbox::BillPeriod::parse(QStringLiteral("2024-05-01")));
    writer.setExportTime(china(2, 6, 27, 10));
    const QList<ArchiveEntry> entries = readArchive(writer.writeZip(sampleLines()));
    QCOMPARE(entries.size(), 2);
    const Table detail = parseTable(entries[0].text, QStringLiteral("业务明细列表"));
    const Table summary = parseTable(entries[1].text, QStringLiteral("业务汇总列表"));
    QVERIFY(summary.sawStartMarker);
    QVERIFY(summary.sawEndMarker);
    QCOMPARE(summary.headComments.first(), u"支付宝业务汇总查询");
    QCOMPARE(summary.header.size(), 12);
    // Stores "", S001, S002, then 合计.
    QCOMPARE(summary.rows.size(), 4);
    const int total = 3;
    QCOMPARE(summary.cell(total, QStringLiteral("门店编号")), u"合计");
    QCOMPARE(summary.cell(1, QStringLiteral("门店编号")), u"S001");
    QCOMPARE(summary.cell(1, QStringLiteral("门店名称")), u"门店S001");
    QCOMPARE(summary.cell(1, QStringLiteral("交易订单总笔数")), u"1");
    QCOMPARE(summary.cell(1, QStringLiteral("退款订单总笔数")), u"1");
    QCOMPARE(summary.cell(total, QStringLiteral("交易订单总笔数")), u"3");
    QCOMPARE(summary.cell(total, QStringLiteral("退款订单总笔数")), u"1");
    for (const QString &column :
         {QStringLiteral("订单金额（元）"), QStringLiteral("商家实收（元）"),
          QStringLiteral("服务费（元）")}) {
        Money stores;
        for (int row = 0; row < total; ++row)
            stores += yuan(summary.cell(row, column));
        const Money grand = yuan(summary.cell(total, column));
        QCOMPARE(stores, grand);
        QCOMPARE(grand, sumColumn(detail, column));
    }
    QCOMPARE(summary.cell(total, QStringLiteral("商家实收（元）")), u"2128.51");
    QCOMPARE(summary.cell(total, QStringLiteral("实收净额（元）")),
             (yuan("2128.51") + sumColumn(detail, QStringLiteral("服务费（元）"))).toYuan());
    QCOMPARE(summary.footComments.last(), u"导出时间：[2024年05月02日 06:27:10]");
}

void TestBillWriter::monthBillCoversTheMonth()
{
    Sandbox::BillWriter writer(Pid, *Sandbox::BillPeriod::parse(QStringLiteral("2024-05")));
    writer.setExportTime(china(20, 6, 0));
    QCOMPARE(writer.archiveName(), Account + QStringLiteral("_202405.csv.zip"));
    const QList<ArchiveEntry> entries = readArchive(writer.writeZip(sampleLines()));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].name, Account + QStringLiteral("_202405_业务明细.csv"));
    QCOMPARE(entries[1].name, Account + QStringLiteral("_202405_业务明细(汇总).csv"));
    const Table detail = parseTable(entries[0].text, QStringLiteral("业务明细列表"));
    QCOMPARE(detail.rows.size(), 5); // May 2nd included, April 30th not
    QCOMPARE(detail.headComments[2], u"起始日期：[2024年05月01日 00:00:00]   "
                                     u"终止日期：[2024年06月01日 00:00:00]");
}

void TestBillWriter::sameInputSameBytes()
{
    Sandbox::BillWriter writer(Pid, *Sandbox::BillPeriod::parse(QStringLiteral("2024-05-01")));
    writer.setExportTime(china(2, 6, 27, 10));
    Sandbox::BillLines reversed = sampleLines();
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(writer.writeZip(reversed), writer.writeZip(sampleLines()));
}

void TestBillWriter::signCustomerBill()
{
    Sandbox::BillWriter writer(Pid, *Sandbox::BillPeriod::parse(QStringLiteral("2024-05-01")),
                               Sandbox::BillWriter::BillType::SignCustomer);
    writer.setExportTime(china(2, 6, 27, 10));
    writer.setOpeningBalance(yuan("500.00"));
    const QList<ArchiveEntry> entries = readArchive(writer.writeZip(sampleLines()));
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].name, Account + QStringLiteral("_20240501_账务明细.csv"));
    QCOMPARE(entries[1].name, Account + QStringLiteral("_20240501_账务明细(汇总).csv"));
    const Table detail = parseTable(entries[0].text, QStringLiteral("账务明细列表"));
    QVERIFY(detail.sawEndMarker);
    QCOMPARE(detail.header.size(), 12);
    // 4 receipts + 3 fee movements (the 0.01 trade's fee rounds to nothing).
    QCOMPARE(detail.rows.size(), 7);
    Money balance = yuan("500.00");
    QStringList serials;
    for (int row = 0; row < detail.rows.size(); ++row) {
        const Money income = yuan(detail.cell(row, QStringLiteral("收入金额（+元）")));
        const Money expense = yuan(detail.cell(row, QStringLiteral("支出金额（-元）")));
        QVERIFY(!income.isNegative());
        QVERIFY(income.isZero() != expense.isZero());
        balance += income + expense;
        QCOMPARE(detail.cell(row, QStringLiteral("账户余额（元）")), balance.toYuan());
        serials.append(detail.cell(row, QStringLiteral("账务流水号")));
    }
    serials.removeDuplicates();
    QCOMPARE(serials.size(), 7);
    QCOMPARE(detail.cell(0, QStringLiteral("业务类型")), u"在线支付");
    QCOMPARE(detail.cell(0, QStringLiteral("收入金额（+元）")), u"128.50");
    const Table summary = parseTable(entries[1].text, QStringLiteral("账务汇总列表"));
    QCOMPARE(summary.rows.last().first(), u"合计");
    QCOMPARE(summary.cell(summary.rows.size() - 1, QStringLiteral("合计（元）")),
             (balance - yuan("500.00")).toYuan());
    QVERIFY(summary.footComments.contains(
        QStringLiteral("期初余额：500.00元，期末余额：%1元").arg(balance.toYuan())));
}

QTEST_GUILESS_MAIN(TestBillWriter)
#include "tst_billwriter.moc"
