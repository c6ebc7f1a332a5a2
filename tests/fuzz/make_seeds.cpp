// Writes the seed inputs that come from the sandbox into tests/fuzz/corpus (README.md here):
//   answers/sandbox-*          answer bodies of the sandbox gateway for one deposit's lifecycle
//   sandbox_request/sandbox-*  the requests that produced them, as one form string each
//   bill_archive/sandbox-*     the day's and the month's trade bill archives of a seeded ledger
//   bill_csv/sandbox-*         the day's detail file, a NUL byte, its summary file
//   account_bill/sandbox-*     the same of the day's and the month's account bills (账务明细)
//   order_import/sandbox-*     the seed export of the sandbox's orders (CSV)
// Usage: dd_fuzz_seeds [corpus directory]. Clocks are pinned and the ledger seeded, so a new run
// changes little (the dates of hand-made zip entries, the sandbox's random numbers).

#include "BillArchives.h"
#include "SandboxGatewayFixture.h"
#include "sandbox/bills/OrderExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QtEndian>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

QString g_corpus;

void save(const QString &target, const QString &name, const QByteArray &bytes)
{
    QDir().mkpath(g_corpus + u'/' + target);
    writeFile(g_corpus + u'/' + target + u'/' + name, bytes);
}

// One request to the sandbox: the request as a single form string, the answer body as it came.
QByteArray exchange(SandboxHarness &h, const QString &name, const QString &method,
                    const QByteArray &biz)
{
    const ParameterList request = h.signedParameters(method, biz);
    const HttpResult answer = h.send(request);
    save(QStringLiteral("sandbox_request"), QStringLiteral("sandbox-") + name,
         FormEncoding::encode(request));
    save(QStringLiteral("answers"), QStringLiteral("sandbox-") + name + QStringLiteral(".json"),
         answer.body);
    return answer.body;
}

QString field(const QByteArray &body, const QString &method, QStringView key)
{
    return SandboxHarness::verify(body, method).text(key);
}

void answers()
{
    SandboxHarness h;
    const QString appFreeze = QStringLiteral("alipay.fund.auth.order.app.freeze");
    QByteArray body = exchange(h, QStringLiteral("app-freeze"), appFreeze,
                               R"({"out_order_no":"O1","out_request_no":"R1","order_title":"押金",)"
                               R"("amount":"100.00","product_code":"PREAUTH_PAY"})");
    const QString authNo = field(body, appFreeze, u"auth_no");
    if (!h.gateway->confirmFreeze(authNo, yuan(60), payer()).ok())
        qFatal("the sandbox did not confirm the freeze");
    exchange(h, QStringLiteral("voucher-create"),
             QStringLiteral("alipay.fund.auth.order.voucher.create"),
             R"({"out_order_no":"V1","out_request_no":"V1-R","order_title":"押金",)"
             R"("amount":"20.00","product_code":"PRE_AUTH"})");
    exchange(h, QStringLiteral("order-freeze"), QStringLiteral("alipay.fund.auth.order.freeze"),
             R"({"out_order_no":"S1","out_request_no":"S1-R","order_title":"押金",)"
             R"("amount":"20.00","product_code":"PRE_AUTH","auth_code":"281234567890123456",)"
             R"("auth_code_type":"bar_code"})");
    const QString detail = QStringLiteral("alipay.fund.auth.operation.detail.query");
    exchange(h, QStringLiteral("detail-query"), detail,
             R"({"out_order_no":"O1","out_request_no":"R1"})");
    exchange(h, QStringLiteral("unfreeze"), QStringLiteral("alipay.fund.auth.order.unfreeze"),
             QStringLiteral(
                 R"({"auth_no":"%1","out_request_no":"U1","amount":"10.00","remark":"部分退还"})")
                 .arg(authNo)
                 .toUtf8());
    const QString pay = QStringLiteral("alipay.trade.pay");
    body = exchange(
        h, QStringLiteral("trade-pay"), pay,
        QStringLiteral(R"({"out_trade_no":"T1","total_amount":"50.00","subject":"租金",)"
                       R"("product_code":"PREAUTH_PAY","auth_no":"%1","auth_confirm_mode":)"
                       R"("NOT_COMPLETE","buyer_id":"%2","seller_id":"%3"})")
            .arg(authNo, payer().userId, payeeId())
            .toUtf8());
    const QString tradeNo = field(body, pay, u"trade_no");
    exchange(h, QStringLiteral("trade-query"), QStringLiteral("alipay.trade.query"),
             R"({"out_trade_no":"T1"})");
    exchange(h, QStringLiteral("detail-query-pay"), detail,
             QStringLiteral(R"({"auth_no":"%1","out_request_no":"T1","operation_type":"PAY"})")
                 .arg(authNo)
                 .toUtf8());
    exchange(h, QStringLiteral("trade-refund"), QStringLiteral("alipay.trade.refund"),
             QStringLiteral(R"({"trade_no":"%1","refund_amount":"5.00","out_request_no":"RF1"})")
                 .arg(tradeNo)
                 .toUtf8());
    exchange(h, QStringLiteral("refund-query"), QStringLiteral("alipay.trade.fastpay.refund.query"),
             R"({"out_trade_no":"T1","out_request_no":"RF1","query_options":["gmt_refund_pay"]})");
    exchange(h, QStringLiteral("orderinfo-sync"), QStringLiteral("alipay.trade.orderinfo.sync"),
             QStringLiteral(R"({"trade_no":"%1","out_request_no":"S1","biz_type":"CREDIT_AUTH",)"
                            R"("order_biz_info":"{\"status\":\"COMPLETE\"}"})")
                 .arg(tradeNo)
                 .toUtf8());
    exchange(h, QStringLiteral("operation-cancel"),
             QStringLiteral("alipay.fund.auth.operation.cancel"),
             R"({"out_order_no":"S1","out_request_no":"S1-R","remark":"超时撤销"})");
    exchange(h, QStringLiteral("bill-url"),
             QStringLiteral("alipay.data.dataservice.bill.downloadurl.query"),
             R"({"bill_type":"trade","bill_date":"2024-04-30"})");
    // Refusals: a business error, a bad argument, an unknown method (error_response).
    exchange(h, QStringLiteral("trade-query-missing"), QStringLiteral("alipay.trade.query"),
             R"({"out_trade_no":"NOPE"})");
    exchange(
        h, QStringLiteral("unfreeze-bad-amount"), QStringLiteral("alipay.fund.auth.order.unfreeze"),
        QStringLiteral(R"({"auth_no":"%1","out_request_no":"U2","amount":"1.234","remark":"x"})")
            .arg(authNo)
            .toUtf8());
    exchange(h, QStringLiteral("unknown-method"), QStringLiteral("alipay.trade.nothing"), "{}");
}

// The detail file, a NUL byte and the summary file of a bill archive.
QByteArray detailAndSummary(const QByteArray &archive)
{
    ZipReader zip(archive);
    QByteArray detail, summary;
    for (int status = unzGoToFirstFile(zip.handle()); status == UNZ_OK;
         status = unzGoToNextFile(zip.handle())) {
        QByteArray name, content;
        unz_file_info64 info;
        if (!zip.currentEntry(&name, &info) || !zip.readCurrentEntry(&content))
            qFatal("the sandbox's bill does not unpack");
        const QString text = gbkCodec()->toUnicode(name);
        (text.contains(u"汇总") ? summary : detail) = content;
    }
    return detail + '\0' + summary;
}

void bills()
{
    Sandbox::Ledger ledger;
    seedLedger(ledger, 12);
    // The first day of May with a payment.
    QDate first;
    for (const Sandbox::Trade &t : ledger.trades(BillAppId)) {
        const QDate date = ChinaTime::toChina(t.paidAt).date();
        if (date.month() == 5 && (!first.isValid() || date < first))
            first = date;
    }
    const QByteArray day = sandboxBill(ledger, first.toString(u"yyyy-MM-dd"));
    if (day.isEmpty())
        qFatal("the sandbox made no bill");
    save(QStringLiteral("bill_archive"), QStringLiteral("sandbox-day.zip"), day);
    save(QStringLiteral("bill_archive"), QStringLiteral("sandbox-month.zip"),
         sandboxBill(ledger, QStringLiteral("2024-05")));

    // The day's detail and summary files, for bill_csv; the account bills', for account_bill.
    const QByteArray files = detailAndSummary(day);
    const QByteArray detail = files.left(files.indexOf('\0'));
    const QByteArray summary = files.mid(files.indexOf('\0') + 1);
    save(QStringLiteral("bill_csv"), QStringLiteral("sandbox-day.csv"), files);
    const QString account = QStringLiteral("signcustomer");
    save(QStringLiteral("account_bill"), QStringLiteral("sandbox-day.csv"),
         detailAndSummary(sandboxBill(ledger, first.toString(u"yyyy-MM-dd"), nullptr, account)));
    save(QStringLiteral("account_bill"), QStringLiteral("sandbox-month.csv"),
         detailAndSummary(sandboxBill(ledger, QStringLiteral("2024-05"), nullptr, account)));

    // Broken archives, as the bill parser's tests make them (tests/integration/finance).
    const QString detailName = QStringLiteral("20881021000000010156_20240501_业务明细.csv");
    const QString summaryName = QStringLiteral("20881021000000010156_20240501_业务明细(汇总).csv");
    save(QStringLiteral("bill_archive"), QStringLiteral("broken-not-a-zip.zip"), detail.left(200));
    save(QStringLiteral("bill_archive"), QStringLiteral("broken-no-detail.zip"),
         makeZip({{QStringLiteral("readme.txt"), "no bill here"}}));
    save(QStringLiteral("bill_archive"), QStringLiteral("broken-bomb.zip"),
         makeZip({{detailName, detail + QByteArray(4 << 20, '\0')}}));
    save(QStringLiteral("bill_archive"), QStringLiteral("broken-truncated.zip"),
         makeZip({{detailName, detail.left(detail.size() * 2 / 3)}, {summaryName, summary}}));
    const QByteArray good = makeZip({{detailName, detail}, {summaryName, summary}});
    const qsizetype local = good.indexOf("PK\x03\x04");
    const qsizetype central = good.indexOf("PK\x01\x02");
    if (local != 0 || central < 0)
        qFatal("unexpected zip layout");
    QByteArray forged = good; // the central directory claims 3 GiB unpacked
    qToLittleEndian<quint32>(3u << 30, forged.data() + central + 24);
    save(QStringLiteral("bill_archive"), QStringLiteral("broken-forged-size.zip"), forged);
    QByteArray liar = good; // both headers claim 100 bytes less than the entry holds
    const quint32 real = qFromLittleEndian<quint32>(good.constData() + central + 24);
    qToLittleEndian<quint32>(real - 100, liar.data() + local + 22);
    qToLittleEndian<quint32>(real - 100, liar.data() + central + 24);
    save(QStringLiteral("bill_archive"), QStringLiteral("broken-liar.zip"), liar);

    // The seed export, for order_import.
    const QList<QByteArray> lines = Sandbox::OrderExport::csv(ledger).split('\n');
    save(QStringLiteral("order_import"), QStringLiteral("sandbox-export.csv"),
         lines.mid(0, 8).join('\n') + '\n');
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_corpus = argc > 1 ? QString::fromLocal8Bit(argv[1])
                        : QStringLiteral(DD_SOURCE_DIR "/tests/fuzz/corpus");
    answers();
    bills();
    return 0;
}
