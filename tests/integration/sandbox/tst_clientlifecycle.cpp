// The deposit lifecycle of the Node SDK interop test (tests/interop/lifecycle.mjs), driven
// by our own typed client (AlipayApi over GatewayClient) against the in-process sandbox over
// loopback HTTP, bills included: today's is not ready, yesterday's holds exactly our charge and
// refund, and its URL dies after 30 seconds.
#include "BillArchiveReader.h"
#include "SandboxGatewayFixture.h"

#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "sandbox/bills/Bills.h"

#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using namespace DepositDesk::BillTest;

namespace {

// Starts a typed call and waits (processing events) for its callback.
template<typename Result, typename Start>
std::optional<Result> await(Start start)
{
    auto result = std::make_shared<std::optional<Result>>();
    start([result](const Result &r) { *result = r; });
    // An empty result (no callback within 20 s) fails the caller's QVERIFY.
    if (!QTest::qWaitFor([result] { return result->has_value(); }, 20000))
        return std::nullopt;
    return *result;
}

QString describe(const CallResult &call)
{
    return QStringLiteral("%1 %2 %3 %4").arg(call.code, call.subCode, call.subMsg, call.message);
}

} // namespace

class TestClientLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wholeLifecycle();

private:
    void freeze();
    void chargeAndRefund();
    void bills();

    std::unique_ptr<SandboxHarness> m_sandbox;
    std::unique_ptr<Sandbox::Bills> m_bills;
    std::unique_ptr<GatewayClient> m_client;
    std::unique_ptr<AlipayApi> m_api;
    QString m_outOrderNo = QStringLiteral("CPP20240501A");
    QString m_authNo;
    QString m_payerUserId;
    QString m_outTradeNo = QStringLiteral("CPP20240501A_P1");
    QString m_tradeNo;
};

void TestClientLifecycle::init()
{
    m_sandbox = std::make_unique<SandboxHarness>();
    m_bills = std::make_unique<Sandbox::Bills>(m_sandbox->ledger);
    m_sandbox->gateway->setBillService(m_bills.get());
    m_client = std::make_unique<GatewayClient>(m_sandbox->clientConfig(10000));
    m_client->setClock(m_sandbox->clock);
    m_api = std::make_unique<AlipayApi>(m_client.get());
}

void TestClientLifecycle::cleanup()
{
    m_api.reset();
    m_client.reset();
    m_sandbox->gateway->setBillService(nullptr);
    m_bills.reset();
    m_sandbox.reset();
}

void TestClientLifecycle::freeze()
{
    // The signed app.freeze order string (as the merchant's back end makes it), confirmed by
    // the sandbox-only endpoint playing the user: 200.00 of 500.00 waived by credit.
    FreezeRequest request;
    request.outOrderNo = m_outOrderNo;
    request.outRequestNo = m_outOrderNo + QStringLiteral("_F");
    request.orderTitle = QStringLiteral("相机租赁押金（客户端互通测试）");
    request.amount = yuan("500.00");
    request.extraParam =
        FreezeRequest::creditExtraParam(QStringLiteral("RENT_CAMERA"), QStringLiteral("2024001"));
    const AppFreezeOrder order = m_api->appFreezeOrder(request);
    QVERIFY2(order.ok(), qPrintable(order.error));
    const QByteArray form =
        "order_str=" + QUrl::toPercentEncoding(QString::fromUtf8(order.orderString)) +
        "&credit_amount=200.00&payer_user_id=2088602200000042&payer_logon_id=17312345656";
    const HttpResult confirmed = m_sandbox->post("/sandbox/user/confirm", form);
    QVERIFY2(confirmed.status == 200, confirmed.body.constData());

    OperationQuery query;
    query.outOrderNo = m_outOrderNo;
    query.outRequestNo = request.outRequestNo;
    const auto detail =
        await<OperationDetail>([&](auto done) { m_api->queryOperation(query, this, done); });
    QVERIFY(detail);
    QVERIFY2(detail->call.succeeded(), qPrintable(describe(detail->call)));
    QVERIFY(detail->call.signatureVerified);
    QCOMPARE(detail->orderStatus, OrderStatus::Authorized);
    QCOMPARE(detail->restAmount, yuan("500.00"));
    QCOMPARE(detail->operation.creditAmount, yuan("200.00"));
    QCOMPARE(detail->preAuthType, u"CREDIT_AUTH");
    m_authNo = detail->authNo;
    m_payerUserId = detail->payerUserId;
    QCOMPARE(m_payerUserId, u"2088602200000042");

    UnfreezeRequest unfreeze;
    unfreeze.authNo = m_authNo;
    unfreeze.outRequestNo = m_outOrderNo + QStringLiteral("_U1");
    unfreeze.amount = yuan("50.00");
    unfreeze.remark = QStringLiteral("部分押金退还");
    const auto released =
        await<UnfreezeResult>([&](auto done) { m_api->unfreeze(unfreeze, this, done); });
    QVERIFY(released);
    QVERIFY2(released->call.succeeded(), qPrintable(describe(released->call)));
    QCOMPARE(released->operation.amount, yuan("50.00"));
}

void TestClientLifecycle::chargeAndRefund()
{
    m_sandbox->clock.advance(std::chrono::hours(1));
    AuthPayRequest pay;
    pay.outTradeNo = m_outTradeNo;
    pay.totalAmount = yuan("120.00");
    pay.subject = QStringLiteral("相机损坏赔偿");
    pay.authNo = m_authNo;
    pay.buyerId = m_payerUserId;
    const auto paid =
        await<TradePayResult>([&](auto done) { m_api->payFromAuthorization(pay, this, done); });
    QVERIFY(paid);
    QVERIFY2(paid->call.succeeded(), qPrintable(describe(paid->call)));
    m_tradeNo = paid->tradeNo;
    QVERIFY(!m_tradeNo.isEmpty());

    OperationQuery query;
    query.authNo = m_authNo;
    query.outRequestNo = m_outTradeNo;
    query.operationType = QStringLiteral("PAY");
    const auto detail =
        await<OperationDetail>([&](auto done) { m_api->queryOperation(query, this, done); });
    QVERIFY(detail && detail->call.succeeded());
    QCOMPARE(detail->orderStatus, OrderStatus::Authorized); // NOT_COMPLETE keeps the rest
    QCOMPARE(detail->restAmount, yuan("330.00"));
    QCOMPARE(detail->totalPayAmount, yuan("120.00"));

    TradeQueryRequest tradeQuery;
    tradeQuery.outTradeNo = m_outTradeNo;
    const auto trade =
        await<TradeQueryResult>([&](auto done) { m_api->queryTrade(tradeQuery, this, done); });
    QVERIFY(trade && trade->call.succeeded());
    QCOMPARE(trade->status, TradeQueryResult::Status::Success);
    QCOMPARE(trade->tradeNo, m_tradeNo);

    RefundRequest refund;
    refund.tradeNo = m_tradeNo;
    refund.refundAmount = yuan("20.00");
    refund.outRequestNo = m_outTradeNo + QStringLiteral("_R1");
    refund.refundReason = QStringLiteral("多扣费用退回");
    const auto refunded =
        await<RefundResult>([&](auto done) { m_api->refund(refund, this, done); });
    QVERIFY(refunded);
    QVERIFY2(refunded->call.succeeded(), qPrintable(describe(refunded->call)));
    QCOMPARE(refunded->fundChange, RefundResult::FundChange::Yes);
    QCOMPARE(refunded->refundFee, yuan("20.00"));
    // The same refund again: signed 10000 with fund_change N, which our client leaves to a
    // refund query to confirm (never a second refund).
    const auto again = await<RefundResult>([&](auto done) { m_api->refund(refund, this, done); });
    QVERIFY(again);
    QVERIFY(again->call.signatureVerified);
    QCOMPARE(again->call.code, u"10000");
    QCOMPARE(again->fundChange, RefundResult::FundChange::No);
    QCOMPARE(again->call.unknownCause, CallResult::UnknownCause::NeedsConfirmation);
    QCOMPARE(again->refundFee, yuan("20.00"));
    QCOMPARE(m_sandbox->ledger.refunds(m_tradeNo).size(), 1); // refunded once

    RefundQueryRequest refundQuery;
    refundQuery.tradeNo = m_tradeNo;
    refundQuery.outRequestNo = refund.outRequestNo;
    const auto queried =
        await<RefundQueryResult>([&](auto done) { m_api->queryRefund(refundQuery, this, done); });
    QVERIFY(queried && queried->call.succeeded());
    QCOMPARE(queried->refundStatus, RefundQueryResult::RefundStatus::Success);
    QCOMPARE(queried->refundAmount, yuan("20.00"));

    OrderInfoSyncRequest sync;
    sync.tradeNo = m_tradeNo;
    sync.outRequestNo = m_outTradeNo + QStringLiteral("_S1");
    const auto synced =
        await<OrderInfoSyncResult>([&](auto done) { m_api->syncOrderInfo(sync, this, done); });
    QVERIFY(synced);
    QVERIFY2(synced->call.succeeded(), qPrintable(describe(synced->call)));
    QCOMPARE(m_sandbox->ledger.syncs(m_tradeNo).size(), 1);
}

void TestClientLifecycle::bills()
{
    const auto billUrl = [this](const QString &date) {
        BillUrlRequest request;
        request.billDate = date;
        return await<BillUrlResult>(
            [&](auto done) { m_api->queryBillDownloadUrl(request, this, done); });
    };
    // Still May 1st in China: no bill for today yet, and none for a day without business.
    const auto today = billUrl(QStringLiteral("2024-05-01"));
    QVERIFY(today && today->call.failed());
    QCOMPARE(today->call.subCode, u"isp.bill_not_ready");
    QVERIFY(!today->noData);
    const auto empty = billUrl(QStringLiteral("2024-04-30"));
    QVERIFY(empty && empty->noData);

    // The next morning the bill of May 1st holds the charge and the refund.
    m_sandbox->clock.set(QDateTime(QDate(2024, 5, 2), QTime(9, 0), QTimeZone(8 * 3600)));
    const auto bill = billUrl(QStringLiteral("2024-05-01"));
    QVERIFY(bill);
    QVERIFY2(bill->call.succeeded(), qPrintable(describe(bill->call)));
    QCOMPARE(bill->downloadUrl.host(), u"127.0.0.1");
    QCOMPARE(bill->downloadUrl.port(), int(m_sandbox->gateway->port()));
    const QByteArray path = bill->downloadUrl.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const HttpResult download = m_sandbox->post(path, {}, "GET");
    QCOMPARE(download.status, 200);
    const QList<ArchiveEntry> entries = readArchive(download.body);
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries[0].name.endsWith(u"_20240501_业务明细.csv"));
    const Table detail = parseTable(entries[0].text, QStringLiteral("业务明细列表"));
    QCOMPARE(detail.rows.size(), 2);
    QCOMPARE(detail.cell(0, QStringLiteral("支付宝交易号")), m_tradeNo);
    QCOMPARE(detail.cell(0, QStringLiteral("商户订单号")), m_outTradeNo);
    QCOMPARE(detail.cell(0, QStringLiteral("订单金额（元）")), u"120.00");
    QCOMPARE(detail.cell(1, QStringLiteral("业务类型")), u"退款");
    QCOMPARE(detail.cell(1, QStringLiteral("商家实收（元）")), u"-20.00");

    // 30 seconds later the URL is gone.
    m_sandbox->clock.advance(std::chrono::seconds(30));
    QCOMPARE(m_sandbox->post(path, {}, "GET").status, 404);
}

void TestClientLifecycle::wholeLifecycle()
{
    freeze();
    if (QTest::currentTestFailed())
        return;
    chargeAndRefund();
    if (QTest::currentTestFailed())
        return;
    bills();
}

QTEST_GUILESS_MAIN(TestClientLifecycle)
#include "tst_clientlifecycle.moc"
