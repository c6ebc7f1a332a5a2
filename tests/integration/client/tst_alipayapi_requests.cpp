#include "ApiHarness.h"
#include "TestValues.h"

#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using Outcome = CallResult::Outcome;

namespace {

using Testing::yuan;

QStringList keys(const ParameterList &parameters)
{
    QStringList list;
    for (const Parameter &p : parameters)
        list << p.first;
    return list;
}

FreezeRequest freeze()
{
    FreezeRequest r;
    r.outOrderNo = QStringLiteral("FO_20240501_A");
    r.outRequestNo = QStringLiteral("FR_20240501_A");
    r.orderTitle = QStringLiteral("充电宝押金");
    r.amount = yuan("99.00");
    r.extraParam = FreezeRequest::creditExtraParam(QStringLiteral("RENT_PHONE"),
                                                   QStringLiteral("2020000000000001"));
    return r;
}

} // namespace

// What each typed call puts on the wire.
class TestAlipayApiRequests : public QObject
{
    Q_OBJECT

    // Checks the protocol/biz split and signature of the last request and returns its biz_content.
    QByteArray checkedBiz(const ApiHarness &h, const QString &method, bool notifies)
    {
        const RecordedRequest &request = h.last();
        QStringList expectedQuery{"app_id",    "method",    "format", "charset",
                                  "sign_type", "timestamp", "version"};
        if (notifies)
            expectedQuery << QStringLiteral("notify_url");
        expectedQuery << QStringLiteral("sign");
        if (keys(request.queryParameters()) != expectedQuery)
            qWarning() << "query keys" << keys(request.queryParameters());
        if (keys(request.bodyParameters()) != QStringList{QStringLiteral("biz_content")})
            qWarning() << "body keys" << keys(request.bodyParameters());
        const bool ok =
            keys(request.queryParameters()) == expectedQuery &&
            keys(request.bodyParameters()) == QStringList{QStringLiteral("biz_content")} &&
            request.parameter(QStringLiteral("method")) == method &&
            request.parameter(QStringLiteral("timestamp")) == u"2024-05-01 12:00:00" &&
            requestSignatureVerifies(request);
        return ok ? request.parameter(QStringLiteral("biz_content")).toUtf8() : QByteArray();
    }

private slots:
    void appFreezeIsASignedOrderStringWithoutHttp()
    {
        ApiHarness h;
        const AppFreezeOrder order = h.api->appFreezeOrder(freeze());
        QVERIFY2(order.ok(), qPrintable(order.error));
        QCOMPARE(h.gateway.requests().size(), 0);
        RecordedRequest asHandedOver;
        asHandedOver.query = order.orderString;
        QVERIFY(requestSignatureVerifies(asHandedOver));
        QCOMPARE(asHandedOver.parameter(QStringLiteral("method")), AlipayApi::AppFreeze);
        QCOMPARE(asHandedOver.parameter(QStringLiteral("notify_url")),
                 QStringLiteral("https://merchant.example.com/alipay/notify"));
        QCOMPARE(
            asHandedOver.parameter(QStringLiteral("biz_content")),
            QStringLiteral("{\"out_order_no\":\"FO_20240501_A\",\"out_request_no\":"
                           "\"FR_20240501_A\",\"order_title\":\"充电宝押金\",\"amount\":"
                           "\"99.00\",\"product_code\":\"PREAUTH_PAY\",\"payee_user_id\":"
                           "\"2088102000000999\",\"extra_param\":\"{\\\"category\\\":"
                           "\\\"RENT_PHONE\\\",\\\"serviceId\\\":\\\"2020000000000001\\\"}\"}"));
        // Every value is percent-encoded: the string survives any transport untouched.
        QVERIFY(!order.orderString.contains(' ') && !order.orderString.contains('+'));
    }

    void voucherAndPaymentCodeFreezes()
    {
        ApiHarness h;
        h.answer(AlipayApi::VoucherCreate, QStringLiteral("10000"), {},
                 {{QStringLiteral("code_value"), QStringLiteral("https://qr.alipay.com/x")}});
        FreezeRequest request = freeze();
        request.extraParam.clear();
        request.timeoutExpress = QStringLiteral("2h");
        QVERIFY(h.await<VoucherResult>([&](auto c, auto cb) {
                     h.api->createFreezeVoucher(request, c, cb);
                 }).call.sent);
        QCOMPARE(
            checkedBiz(h, AlipayApi::VoucherCreate, true),
            QByteArray("{\"out_order_no\":\"FO_20240501_A\",\"out_request_no\":\"FR_20240501_A\","
                       "\"order_title\":\"充电宝押金\",\"amount\":\"99.00\",\"product_code\":"
                       "\"PRE_AUTH\",\"payee_user_id\":\"2088102000000999\","
                       "\"timeout_express\":\"2h\"}"));

        h.answer(AlipayApi::OrderFreeze, QStringLiteral("10000"), {},
                 {{QStringLiteral("status"), QStringLiteral("SUCCESS")}});
        request.authCode = QStringLiteral("281234567890123456");
        QVERIFY(h.await<FreezeResult>([&](auto c, auto cb) {
                     h.api->freezeByPaymentCode(request, c, cb);
                 }).call.sent);
        QVERIFY(checkedBiz(h, AlipayApi::OrderFreeze, true)
                    .endsWith("\"timeout_express\":\"2h\",\"auth_code\":\"281234567890123456\","
                              "\"auth_code_type\":\"bar_code\"}"));
    }

    void unfreezeWithBizCompleteIsEscapedTwice()
    {
        ApiHarness h;
        h.answer(AlipayApi::Unfreeze, QStringLiteral("10000"));
        UnfreezeRequest request;
        request.authNo = QStringLiteral("2024050110002001000000000001");
        request.outRequestNo = QStringLiteral("UF_20240501_A");
        request.amount = yuan("0.1");
        request.remark = QStringLiteral("押金退还 \"OK\"");
        request.bizComplete = true;
        QVERIFY(h.await<UnfreezeResult>([&](auto c, auto cb) {
                     h.api->unfreeze(request, c, cb);
                 }).call.sent);
        QCOMPARE(
            checkedBiz(h, AlipayApi::Unfreeze, true),
            QByteArray("{\"auth_no\":\"2024050110002001000000000001\",\"out_request_no\":"
                       "\"UF_20240501_A\",\"amount\":\"0.10\",\"remark\":\"押金退还 \\\"OK\\\"\","
                       "\"extra_param\":\"{\\\"unfreezeBizInfo\\\":\\\"{\\\\\\\"bizComplete"
                       "\\\\\\\":\\\\\\\"true\\\\\\\"}\\\"}\"}"));
    }

    void queriesAndCancel()
    {
        ApiHarness h;
        h.answer(AlipayApi::OperationDetailQuery, QStringLiteral("10000"));
        OperationQuery query;
        query.outOrderNo = QStringLiteral("FO_1");
        query.outRequestNo = QStringLiteral("PAY_1");
        query.operationType = QStringLiteral("PAY");
        QVERIFY(h.await<OperationDetail>([&](auto c, auto cb) {
                     h.api->queryOperation(query, c, cb);
                 }).call.sent);
        QCOMPARE(checkedBiz(h, AlipayApi::OperationDetailQuery, false),
                 QByteArray("{\"out_order_no\":\"FO_1\",\"out_request_no\":\"PAY_1\","
                            "\"operation_type\":\"PAY\"}"));

        h.answer(AlipayApi::OperationCancel, QStringLiteral("10000"));
        CancelRequest cancel;
        cancel.outOrderNo = QStringLiteral("FO_1");
        cancel.outRequestNo = QStringLiteral("FR_1");
        cancel.remark = QStringLiteral("结果未知，撤销");
        QVERIFY(h.await<CancelResult>([&](auto c, auto cb) {
                     h.api->cancelOperation(cancel, c, cb);
                 }).call.sent);
        QCOMPARE(checkedBiz(h, AlipayApi::OperationCancel, false),
                 QByteArray("{\"out_order_no\":\"FO_1\",\"out_request_no\":\"FR_1\",\"remark\":"
                            "\"结果未知，撤销\"}"));

        h.answer(AlipayApi::TradeQuery, QStringLiteral("10000"));
        TradeQueryRequest trade;
        trade.outTradeNo = QStringLiteral("PAY_1");
        trade.queryOptions = QStringList{QStringLiteral("fund_bill_list")};
        QVERIFY(h.await<TradeQueryResult>([&](auto c, auto cb) {
                     h.api->queryTrade(trade, c, cb);
                 }).call.sent);
        QCOMPARE(checkedBiz(h, AlipayApi::TradeQuery, false),
                 QByteArray("{\"out_trade_no\":\"PAY_1\",\"query_options\":[\"fund_bill_list\"]}"));

        h.answer(AlipayApi::RefundQuery, QStringLiteral("10000"));
        RefundQueryRequest refund;
        refund.tradeNo = QStringLiteral("2024050122001400000000000001");
        refund.outRequestNo = QStringLiteral("RF_1");
        QVERIFY(h.await<RefundQueryResult>([&](auto c, auto cb) {
                     h.api->queryRefund(refund, c, cb);
                 }).call.sent);
        QCOMPARE(checkedBiz(h, AlipayApi::RefundQuery, false),
                 QByteArray("{\"trade_no\":\"2024050122001400000000000001\",\"out_request_no\":"
                            "\"RF_1\",\"query_options\":[\"gmt_refund_pay\"]}"));

        h.answer(AlipayApi::BillDownloadUrl, QStringLiteral("10000"));
        BillUrlRequest bill;
        bill.billDate = QStringLiteral("2024-05");
        QVERIFY(h.await<BillUrlResult>([&](auto c, auto cb) {
                     h.api->queryBillDownloadUrl(bill, c, cb);
                 }).call.sent);
        QCOMPARE(checkedBiz(h, AlipayApi::BillDownloadUrl, false),
                 QByteArray("{\"bill_type\":\"trade\",\"bill_date\":\"2024-05\"}"));
    }

    void moneyMovingTradeCalls()
    {
        ApiHarness h;
        h.answer(AlipayApi::TradePay, QStringLiteral("10000"));
        AuthPayRequest pay;
        pay.outTradeNo = QStringLiteral("PAY_20240501_A");
        pay.totalAmount = yuan("12.5");
        pay.subject = QStringLiteral("租金 a&b=c+d%20e/f 🔋");
        pay.authNo = QStringLiteral("2024050110002001000000000001");
        pay.buyerId = QStringLiteral("2088102000000001");
        pay.confirmMode = AuthPayRequest::ConfirmMode::Complete;
        QVERIFY(h.await<TradePayResult>([&](auto c, auto cb) {
                     h.api->payFromAuthorization(pay, c, cb);
                 }).call.sent);
        QCOMPARE(checkedBiz(h, AlipayApi::TradePay, true),
                 QByteArray("{\"out_trade_no\":\"PAY_20240501_A\",\"total_amount\":\"12.50\","
                            "\"subject\":\"租金 a&b=c+d%20e/f 🔋\",\"product_code\":\"PREAUTH_PAY\","
                            "\"auth_no\":\"2024050110002001000000000001\",\"auth_confirm_mode\":"
                            "\"COMPLETE\",\"buyer_id\":\"2088102000000001\",\"seller_id\":"
                            "\"2088102000000999\"}"));

        h.answer(AlipayApi::TradeRefund, QStringLiteral("10000"));
        RefundRequest refund;
        refund.outTradeNo = QStringLiteral("PAY_20240501_A");
        refund.refundAmount = yuan("100000000");
        refund.outRequestNo = QStringLiteral("RF_20240501_A");
        refund.refundReason = QStringLiteral("部分退款");
        QVERIFY(h.await<RefundResult>([&](auto c, auto cb) {
                     h.api->refund(refund, c, cb);
                 }).call.sent);
        QCOMPARE(checkedBiz(h, AlipayApi::TradeRefund, true),
                 QByteArray("{\"out_trade_no\":\"PAY_20240501_A\",\"refund_amount\":"
                            "\"100000000.00\",\"out_request_no\":\"RF_20240501_A\","
                            "\"refund_reason\":\"部分退款\"}"));

        h.answer(AlipayApi::OrderInfoSync, QStringLiteral("10000"));
        OrderInfoSyncRequest sync;
        sync.tradeNo = QStringLiteral("2024050122001400000000000001");
        sync.outRequestNo = QStringLiteral("SY_20240501_A");
        QVERIFY(h.await<OrderInfoSyncResult>([&](auto c, auto cb) {
                     h.api->syncOrderInfo(sync, c, cb);
                 }).call.sent);
        QCOMPARE(checkedBiz(h, AlipayApi::OrderInfoSync, false),
                 QByteArray("{\"trade_no\":\"2024050122001400000000000001\",\"out_request_no\":"
                            "\"SY_20240501_A\",\"biz_type\":\"CREDIT_AUTH\",\"order_biz_info\":"
                            "\"{\\\"status\\\":\\\"COMPLETE\\\"}\"}"));
    }

    void invalidRequestsSendNothing()
    {
        ApiHarness h;
        UnfreezeRequest zero;
        zero.authNo = QStringLiteral("2024");
        zero.outRequestNo = QStringLiteral("UF_1");
        zero.remark = QStringLiteral("r");
        const auto unfreeze =
            h.await<UnfreezeResult>([&](auto c, auto cb) { h.api->unfreeze(zero, c, cb); });
        QCOMPARE(unfreeze.call.outcome, Outcome::Failed);
        QVERIFY(!unfreeze.call.sent);
        QVERIFY2(unfreeze.call.message.contains(QStringLiteral("0.01")),
                 qPrintable(unfreeze.call.message));

        AuthPayRequest pay;
        pay.outTradeNo = QStringLiteral("PAY_1");
        pay.totalAmount = yuan("1.00");
        pay.subject = QStringLiteral("s");
        pay.authNo = QStringLiteral("2024");
        const auto paid = h.await<TradePayResult>(
            [&](auto c, auto cb) { h.api->payFromAuthorization(pay, c, cb); });
        QVERIFY(!paid.call.sent);
        QVERIFY(paid.call.message.contains(QStringLiteral("buyer_id")));

        BillUrlRequest bill;
        bill.billDate = QStringLiteral("2024-02-30");
        const auto url = h.await<BillUrlResult>(
            [&](auto c, auto cb) { h.api->queryBillDownloadUrl(bill, c, cb); });
        QVERIFY(!url.call.sent);

        CancelRequest cancel;
        cancel.authNo = QStringLiteral("2024");
        cancel.remark = QStringLiteral("r");
        const auto cancelled =
            h.await<CancelResult>([&](auto c, auto cb) { h.api->cancelOperation(cancel, c, cb); });
        QVERIFY(!cancelled.call.sent);
        QCOMPARE(h.gateway.requests().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlipayApiRequests)
#include "tst_alipayapi_requests.moc"
