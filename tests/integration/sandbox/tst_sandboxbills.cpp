// Bills served from the sandbox's own ledger (docs/alipay-protocol.md §6.11, §8): the URL's
// lifetime, the no-bill and not-ready answers, and lines that match the ledger to the fen.
#include "BillArchiveReader.h"

#include "sandbox/bills/BillLedgerSource.h"
#include "sandbox/bills/BillPeriod.h"
#include "sandbox/bills/Bills.h"
#include "sandbox/ledger/Ledger.h"

#include <QTest>
#include <QTimeZone>

using namespace DepositDesk;
using namespace DepositDesk::BillTest;

namespace {

const QString AppId = QStringLiteral("2021000000000001");
const QString OtherApp = QStringLiteral("2021000000000777");
const QString Pid = QStringLiteral("2088102100000001");
const QUrl Base(QStringLiteral("http://127.0.0.1:8123"));

QDateTime china(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

// A confirmed freeze of `amount` for `appId`, its auth_no.
QString authorize(Sandbox::Ledger &ledger, const QString &appId, const QString &outOrderNo,
                  Money amount, const QDateTime &at)
{
    Sandbox::FreezeRequest freeze;
    freeze.appId = appId;
    freeze.outOrderNo = outOrderNo;
    freeze.outRequestNo = outOrderNo + QStringLiteral("F");
    freeze.orderTitle = QStringLiteral("租赁押金-相机");
    freeze.amount = amount;
    freeze.productCode = QStringLiteral("PREAUTH_PAY");
    freeze.payeeUserId = Pid;
    const Sandbox::FreezeOutcome created = ledger.createFreeze(freeze, at);
    if (!created.ok())
        qFatal("freeze refused: %s", qPrintable(created.subCode));
    const Sandbox::Payer payer{QStringLiteral("2088602200000042"), QStringLiteral("17312345656"),
                               QStringLiteral("王小学")};
    const Sandbox::FreezeOutcome confirmed =
        ledger.confirmFreeze(created.order.authNo, Money(), payer, at.addSecs(30));
    if (!confirmed.ok())
        qFatal("confirm refused: %s", qPrintable(confirmed.subCode));
    return created.order.authNo;
}

Sandbox::Trade charge(Sandbox::Ledger &ledger, const QString &appId, const QString &authNo,
                      const QString &outTradeNo, Money amount, const QDateTime &at)
{
    Sandbox::PayRequest pay;
    pay.appId = appId;
    pay.authNo = authNo;
    pay.outTradeNo = outTradeNo;
    pay.totalAmount = amount;
    pay.subject = QStringLiteral("相机损坏赔偿");
    pay.productCode = QStringLiteral("PREAUTH_PAY");
    pay.buyerId = QStringLiteral("2088602200000042");
    pay.sellerId = Pid;
    pay.storeId = QStringLiteral("HZ001");
    const Sandbox::PayOutcome paid = ledger.pay(pay, at);
    if (!paid.ok())
        qFatal("pay refused: %s", qPrintable(paid.subCode));
    return paid.trade;
}

void refund(Sandbox::Ledger &ledger, const Sandbox::Trade &trade, const QString &requestNo,
            Money amount, const QDateTime &at)
{
    Sandbox::RefundRequest request;
    request.appId = trade.appId;
    request.tradeNo = trade.tradeNo;
    request.refundAmount = amount;
    request.outRequestNo = requestNo;
    const Sandbox::RefundOutcome done = ledger.refund(request, at);
    if (!done.ok())
        qFatal("refund refused: %s", qPrintable(done.subCode));
}

QString tokenOf(const QString &url)
{
    const QString path = QUrl(url).path();
    return path.mid(QString::fromLatin1(Sandbox::Bills::PathPrefix).size());
}

} // namespace

class TestSandboxBills : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dayBillFromLedger();
    void urlLivesThirtySeconds();
    void noActivityIsBillNotExist();
    void currentDayAndMonthAreNotReady();
    void badArguments_data();
    void badArguments();
    void monthAndSignCustomer();
    void feesGivenBackExactlyOnFullRefund();

private:
    Sandbox::Ledger *m_ledger = nullptr;
    Sandbox::Trade m_trade;
};

void TestSandboxBills::init()
{
    m_ledger = new Sandbox::Ledger;
    // May 1st (GMT+8): a 3000.00 deposit, 1200.00 charged at 10:00, 200.00 refunded at 15:00
    // and 1000.00 at 23:59; a second app's charge the same day; nothing on May 2nd.
    const QString authNo =
        authorize(*m_ledger, AppId, QStringLiteral("ORD1"), yuan("3000.00"), china(5, 1, 9));
    m_trade =
        charge(*m_ledger, AppId, authNo, QStringLiteral("PAY1"), yuan("1200.00"), china(5, 1, 10));
    refund(*m_ledger, m_trade, QStringLiteral("RF1"), yuan("200.00"), china(5, 1, 15));
    refund(*m_ledger, m_trade, QStringLiteral("RF2"), yuan("1000.00"), china(5, 1, 23, 59));
    const QString other =
        authorize(*m_ledger, OtherApp, QStringLiteral("ORD9"), yuan("50.00"), china(5, 1, 8));
    charge(*m_ledger, OtherApp, other, QStringLiteral("PAY9"), yuan("50.00"), china(5, 1, 8));
}

void TestSandboxBills::cleanup()
{
    delete m_ledger;
    m_ledger = nullptr;
}

void TestSandboxBills::dayBillFromLedger()
{
    Sandbox::Bills bills(*m_ledger);
    const QDateTime now = china(5, 3, 9);
    const auto answer =
        bills.downloadUrl(AppId, QStringLiteral("trade"), QStringLiteral("2024-05-01"), now, Base);
    QVERIFY2(answer.subCode.isEmpty(), qPrintable(answer.subMsg));
    const QUrl url(answer.billDownloadUrl);
    QCOMPARE(url.scheme(), u"http");
    QCOMPARE(url.host(), u"127.0.0.1");
    QCOMPARE(url.port(), 8123);
    QVERIFY(url.path().startsWith(u"/sandbox/bills/"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("downloadFileName")),
             Pid + QStringLiteral("0156_20240501.csv.zip"));

    const auto file = bills.download(tokenOf(answer.billDownloadUrl), QUrlQuery(url), now);
    QCOMPARE(file.httpStatus, 200);
    QCOMPARE(file.contentType, QByteArray("application/zip"));
    const QList<ArchiveEntry> entries = readArchive(file.body);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].name, Pid + QStringLiteral("0156_20240501_业务明细.csv"));
    const Table detail = parseTable(entries[0].text, QStringLiteral("业务明细列表"));
    // The other app's trade is not in this app's bill.
    QCOMPARE(detail.rows.size(), 3);
    QCOMPARE(detail.cell(0, QStringLiteral("支付宝交易号")), m_trade.tradeNo);
    QCOMPARE(detail.cell(0, QStringLiteral("商户订单号")), u"PAY1");
    QCOMPARE(detail.cell(0, QStringLiteral("业务类型")), u"交易");
    QCOMPARE(detail.cell(0, QStringLiteral("订单金额（元）")), u"1200.00");
    QCOMPARE(detail.cell(0, QStringLiteral("服务费（元）")), u"-7.20");
    QCOMPARE(detail.cell(0, QStringLiteral("门店编号")), u"HZ001");
    QCOMPARE(detail.cell(0, QStringLiteral("对方账户")).left(3), u"**学");
    QCOMPARE(detail.cell(0, QStringLiteral("完成时间")), u"2024-05-01 10:00:00");
    QCOMPARE(detail.cell(1, QStringLiteral("业务类型")), u"退款");
    QCOMPARE(detail.cell(1, QStringLiteral("商家实收（元）")), u"-200.00");
    QCOMPARE(detail.cell(1, QStringLiteral("退款批次号/请求号")), u"RF1");
    QCOMPARE(detail.cell(2, QStringLiteral("商家实收（元）")), u"-1000.00");
    QCOMPARE(detail.cell(2, QStringLiteral("完成时间")), u"2024-05-01 23:59:00");
    QVERIFY(detail.footComments.contains(u"交易合计：1笔，商家实收共1200.00元，商家优惠共0.00元"));
    QVERIFY(detail.footComments.contains(
        u"退款合计：2笔，商家实收退款共-1200.00元，商家优惠退款共0.00元"));
}

void TestSandboxBills::urlLivesThirtySeconds()
{
    Sandbox::Bills bills(*m_ledger);
    const QDateTime now = china(5, 3, 9);
    const auto answer =
        bills.downloadUrl(AppId, QStringLiteral("trade"), QStringLiteral("2024-05-01"), now, Base);
    QVERIFY(answer.subCode.isEmpty());
    const QString token = tokenOf(answer.billDownloadUrl);
    QCOMPARE(token.size(), 32);
    QCOMPARE(bills.download(token, {}, now.addSecs(29)).httpStatus, 200);
    QCOMPARE(bills.download(token, {}, now.addSecs(30)).httpStatus, 404);
    // Gone for good, even if the clock were to go back.
    QCOMPARE(bills.download(token, {}, now).httpStatus, 404);
    QCOMPARE(bills.liveUrlCount(now), 0);
    QCOMPARE(bills.download(QStringLiteral("0123456789abcdef0123456789abcdef"), {}, now).httpStatus,
             404);
    // A second query gives a new, different URL.
    const auto again = bills.downloadUrl(AppId, QStringLiteral("trade"),
                                         QStringLiteral("2024-05-01"), now.addSecs(40), Base);
    QVERIFY(again.subCode.isEmpty());
    QVERIFY(tokenOf(again.billDownloadUrl) != token);
    QCOMPARE(bills.download(tokenOf(again.billDownloadUrl), {}, now.addSecs(41)).httpStatus, 200);
}

void TestSandboxBills::noActivityIsBillNotExist()
{
    Sandbox::Bills bills(*m_ledger);
    for (const QString &date :
         {QStringLiteral("2024-05-02"), QStringLiteral("2024-04"), QStringLiteral("2016-01-01")}) {
        const auto answer =
            bills.downloadUrl(AppId, QStringLiteral("trade"), date, china(6, 10, 9), Base);
        QCOMPARE(answer.subCode, u"isp.bill_not_exist");
        QVERIFY(!answer.subMsg.isEmpty());
        QVERIFY(answer.billDownloadUrl.isEmpty());
    }
    // An app with no trades at all.
    QCOMPARE(bills
                 .downloadUrl(QStringLiteral("2021000000000555"), QStringLiteral("trade"),
                              QStringLiteral("2024-05-01"), china(6, 10, 9), Base)
                 .subCode,
             u"isp.bill_not_exist");
}

void TestSandboxBills::currentDayAndMonthAreNotReady()
{
    Sandbox::Bills bills(*m_ledger);
    const auto today = bills.downloadUrl(AppId, QStringLiteral("trade"),
                                         QStringLiteral("2024-05-01"), china(5, 1, 23, 59), Base);
    QCOMPARE(today.subCode, u"isp.bill_not_ready");
    const auto month = bills.downloadUrl(AppId, QStringLiteral("trade"), QStringLiteral("2024-05"),
                                         china(5, 31, 23, 59), Base);
    QCOMPARE(month.subCode, u"isp.bill_not_ready");
    const auto future = bills.downloadUrl(AppId, QStringLiteral("trade"),
                                          QStringLiteral("2030-01-01"), china(5, 2, 0), Base);
    QCOMPARE(future.subCode, u"isp.bill_not_ready");
    // Midnight GMT+8 is the boundary, whatever the UTC date.
    QVERIFY(bills
                .downloadUrl(AppId, QStringLiteral("trade"), QStringLiteral("2024-05-01"),
                             china(5, 2, 0), Base)
                .subCode.isEmpty());
    QVERIFY(bills
                .downloadUrl(AppId, QStringLiteral("trade"), QStringLiteral("2024-05"),
                             china(6, 1, 0), Base)
                .subCode.isEmpty());
}

void TestSandboxBills::badArguments_data()
{
    QTest::addColumn<QString>("billType");
    QTest::addColumn<QString>("billDate");
    QTest::newRow("no type") << QString() << QStringLiteral("2024-05-01");
    QTest::newRow("unknown type") << QStringLiteral("merchant_act") << QStringLiteral("2024-05-01");
    QTest::newRow("upper-case type") << QStringLiteral("TRADE") << QStringLiteral("2024-05-01");
    QTest::newRow("no date") << QStringLiteral("trade") << QString();
    QTest::newRow("slashes") << QStringLiteral("trade") << QStringLiteral("2024/05/01");
    QTest::newRow("before 2016") << QStringLiteral("trade") << QStringLiteral("2015-12");
}

void TestSandboxBills::badArguments()
{
    QFETCH(QString, billType);
    QFETCH(QString, billDate);
    Sandbox::Bills bills(*m_ledger);
    const auto answer = bills.downloadUrl(AppId, billType, billDate, china(6, 1, 9), Base);
    QCOMPARE(answer.subCode, u"isv.invalid-arguments");
    QVERIFY(answer.billDownloadUrl.isEmpty());
}

void TestSandboxBills::monthAndSignCustomer()
{
    Sandbox::Bills bills(*m_ledger);
    bills.setStoreNames({{QStringLiteral("HZ001"), QStringLiteral("杭州西湖店")}});
    const QDateTime now = china(6, 3, 9);
    const auto month =
        bills.downloadUrl(AppId, QStringLiteral("trade"), QStringLiteral("2024-05"), now, Base);
    QVERIFY(month.subCode.isEmpty());
    QCOMPARE(
        QUrlQuery(QUrl(month.billDownloadUrl)).queryItemValue(QStringLiteral("downloadFileName")),
        Pid + QStringLiteral("0156_202405.csv.zip"));
    const auto monthEntries =
        readArchive(bills.download(tokenOf(month.billDownloadUrl), {}, now).body);
    QCOMPARE(monthEntries.size(), 2);
    const Table summary = parseTable(monthEntries[1].text, QStringLiteral("业务汇总列表"));
    QCOMPARE(summary.rows.size(), 2);
    QCOMPARE(summary.cell(0, QStringLiteral("门店名称")), u"杭州西湖店");
    QCOMPARE(summary.cell(1, QStringLiteral("商家实收（元）")), u"0.00");

    const auto account = bills.downloadUrl(AppId, QStringLiteral("signcustomer"),
                                           QStringLiteral("2024-05-01"), now, Base);
    QVERIFY(account.subCode.isEmpty());
    const auto entries =
        readArchive(bills.download(tokenOf(account.billDownloadUrl), {}, now).body);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].name, Pid + QStringLiteral("0156_20240501_账务明细.csv"));
    QCOMPARE(entries[1].name, Pid + QStringLiteral("0156_20240501_账务明细(汇总).csv"));
}

void TestSandboxBills::feesGivenBackExactlyOnFullRefund()
{
    Sandbox::BillLedgerSource source(*m_ledger);
    const Sandbox::BillLines lines =
        source.lines(AppId, *Sandbox::BillPeriod::parse(QStringLiteral("2024-05-01")));
    QCOMPARE(lines.size(), 3);
    Money net;
    Money fees;
    for (const Sandbox::BillLine &line : lines) {
        net += line.merchantReceipt;
        fees += line.serviceFee;
    }
    QVERIFY(net.isZero());
    QVERIFY(fees.isZero()); // 7.20 charged, 1.20 + 6.00 given back
    QCOMPARE(Sandbox::BillLedgerSource::serviceFee(yuan("0.83")), Money()); // 0.498 fen rounds down
    QCOMPARE(Sandbox::BillLedgerSource::serviceFee(yuan("0.84")), Money::fromFen(1)); // 0.504 up
    QCOMPARE(Sandbox::BillLedgerSource::maskRealName(QStringLiteral("王小学")), u"**学");
    QCOMPARE(Sandbox::BillLedgerSource::maskRealName(QStringLiteral("李明")), u"*明");
    QCOMPARE(Sandbox::BillLedgerSource::billAccount(QStringLiteral("李明"),
                                                    QStringLiteral("138****5678")),
             u"*明(138****5678)");
}

QTEST_GUILESS_MAIN(TestSandboxBills)
#include "tst_sandboxbills.moc"
