// The sandbox gateway over real HTTP on loopback with real RSA2 signatures: the official SDK's
// requests are accepted, answers are laid out and signed as Alipay does, a deposit lifecycle
// works, freezes are confirmed by "the user".
#include "SandboxGatewayFixture.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestSandboxGateway : public QObject
{
    Q_OBJECT

private slots:
    void sdkRequestsFromTheVectorsAreAccepted();
    void emptyValuedParameterIsRefusedAsJavaRuleSays();
    void answersAreLaidOutAndSignedLikeAlipay();
    void certificateModeAnswersCarryAlipayCertSn();
    void depositLifecycle();
    void appFreezeOrderStringIsConfirmedByTheUser();
    void voucherCodeLeadsToConfirmation();
    void scanFreezeAuthorizesAtOnce();
    void unknownPathsAre404();
};

void TestSandboxGateway::sdkRequestsFromTheVectorsAreAccepted()
{
    SandboxHarness h;
    h.gateway->setTimestampSkewSecs(0); // the vectors carry fixed 2024 timestamps
    for (const QJsonValue &value : vectorCases(QStringLiteral("signing.json"))) {
        const QJsonObject c = value.toObject();
        const QString id = c.value(u"id").toString();
        if (id == u"S10")
            continue; // see emptyValuedParameterIsRefusedAsJavaRuleSays
        const QJsonObject exec = c.value(u"exec_request").toObject();
        const HttpResult r = h.post(exec.value(u"path_and_query").toString().toUtf8(),
                                    exec.value(u"body").toString().toUtf8());
        const QString method = c.value(u"params").toObject().value(u"method").toString();
        const SignedNode node = SandboxHarness::verify(r.body, method);
        QVERIFY2(r.status == 200 && node.signatureValid, qPrintable(id));
        QCOMPARE(node.nodeName, ResponseVerifier::nodeNameFor(method));
        // Accepted by the gateway: whatever the business answer, never a protocol refusal.
        QVERIFY2(node.code() == u"10000" || node.code() == u"40004",
                 qPrintable(id + u' ' + QString::fromUtf8(r.body)));
    }
}

void TestSandboxGateway::emptyValuedParameterIsRefusedAsJavaRuleSays()
{
    // S10: the Node SDK signs "return_url=" too; the published (Java) rule leaves empty values
    // out of the sign string, so the sandbox, like Alipay, refuses the signature.
    SandboxHarness h;
    h.gateway->setTimestampSkewSecs(0);
    for (const QJsonValue &value : vectorCases(QStringLiteral("signing.json"))) {
        const QJsonObject c = value.toObject();
        if (c.value(u"id").toString() != u"S10")
            continue;
        const QJsonObject exec = c.value(u"exec_request").toObject();
        const HttpResult r = h.post(exec.value(u"path_and_query").toString().toUtf8(),
                                    exec.value(u"body").toString().toUtf8());
        const SignedNode node =
            SandboxHarness::verify(r.body, QStringLiteral("alipay.trade.query"));
        QVERIFY(node.signatureValid);
        QCOMPARE(node.code(), QStringLiteral("40002"));
        QCOMPARE(node.subCode(), QStringLiteral("isv.invalid-signature"));
        QVERIFY(node.text(u"sub_msg").contains(u"notify_url="));
        QVERIFY(!node.text(u"sub_msg").contains(u"return_url"));
        return;
    }
    QFAIL("S10 missing from signing.json");
}

void TestSandboxGateway::answersAreLaidOutAndSignedLikeAlipay()
{
    SandboxHarness h;
    const HttpResult r = h.send(
        h.signedParameters(QStringLiteral("alipay.trade.query"), R"({"out_trade_no":"nope/1"})"));
    QCOMPARE(r.status, 200);
    // Member first, sign last, no whitespace before, member named after the method (R05, R17,
    // R20 are never produced), no "\/" escapes.
    QVERIFY(r.body.startsWith("{\"alipay_trade_query_response\":{\"code\":\"40004\""));
    QVERIFY(QRegularExpression(QStringLiteral("^\\{\"alipay_trade_query_response\":\\{[^}]*\\},"
                                              "\"sign\":\"[A-Za-z0-9+/=]{344}\"\\}$"))
                .match(QString::fromUtf8(r.body))
                .hasMatch());
    QVERIFY(!r.body.contains("\\/"));
    const SignedNode node = SandboxHarness::verify(r.body, QStringLiteral("alipay.trade.query"));
    QVERIFY(node.signatureValid);
    QCOMPARE(node.subCode(), QStringLiteral("ACQ.TRADE_NOT_EXIST"));
    QCOMPARE(node.text(u"msg"), QStringLiteral("Business Failed"));
    QVERIFY(!node.text(u"sub_msg").isEmpty());
}

void TestSandboxGateway::certificateModeAnswersCarryAlipayCertSn()
{
    SandboxHarness h;
    const ParameterList cert = {{QStringLiteral("app_cert_sn"), QStringLiteral("0123abcd")},
                                {QStringLiteral("alipay_root_cert_sn"), QStringLiteral("a_b")}};
    const HttpResult r = h.send(
        h.signedParameters(QStringLiteral("alipay.trade.query"), R"({"out_trade_no":"x"})", cert));
    const QByteArray sn = h.gateway->alipayCertSn().toLatin1();
    QCOMPARE(sn.size(), 32);
    QVERIFY2(r.body.contains(QByteArray("},\"alipay_cert_sn\":\"" + sn + "\",\"sign\":\"")),
             r.body.constData());
    QVERIFY(SandboxHarness::verify(r.body, QStringLiteral("alipay.trade.query")).signatureValid);
    const HttpResult plain =
        h.send(h.signedParameters(QStringLiteral("alipay.trade.query"), R"({"out_trade_no":"x"})"));
    QVERIFY(!plain.body.contains("alipay_cert_sn"));
}

void TestSandboxGateway::depositLifecycle()
{
    SandboxHarness h;
    const QString app = QStringLiteral("alipay.fund.auth.order.app.freeze");
    SignedNode n = h.call(app, R"({"out_order_no":"O1","out_request_no":"R1","order_title":"押金",)"
                               R"("amount":"100.00","product_code":"PREAUTH_PAY"})");
    QVERIFY(n.signatureValid);
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QCOMPARE(n.text(u"status"), QStringLiteral("INIT"));
    const QString authNo = n.text(u"auth_no");
    QCOMPARE(authNo.size(), 28);
    QVERIFY(h.gateway->confirmFreeze(authNo, yuan(60), payer()).ok());

    const QString detail = QStringLiteral("alipay.fund.auth.operation.detail.query");
    n = h.call(detail, R"({"out_order_no":"O1","out_request_no":"R1"})");
    QCOMPARE(n.text(u"order_status"), QStringLiteral("AUTHORIZED"));
    QCOMPARE(n.text(u"operation_type"), QStringLiteral("FREEZE"));
    QCOMPARE(n.text(u"credit_amount"), QStringLiteral("60.00"));
    QCOMPARE(n.text(u"fund_amount"), QStringLiteral("40.00"));
    QCOMPARE(n.text(u"rest_amount"), QStringLiteral("100.00"));
    QCOMPARE(n.text(u"pre_auth_type"), QStringLiteral("CREDIT_AUTH"));
    QCOMPARE(n.text(u"gmt_trans"), QStringLiteral("2024-05-01 12:00:00"));
    QVERIFY(!n.fields.contains(u"total_unfreeze_amount"));

    const QByteArray unfreeze =
        QStringLiteral(
            R"({"auth_no":"%1","out_request_no":"U1","amount":"10.00","remark":"部分退还"})")
            .arg(authNo)
            .toUtf8();
    n = h.call(QStringLiteral("alipay.fund.auth.order.unfreeze"), unfreeze);
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QCOMPARE(n.text(u"credit_amount"), QStringLiteral("10.00"));
    QCOMPARE(n.text(u"status"), QStringLiteral("SUCCESS"));
    const QString unfreezeId = n.text(u"operation_id");
    n = h.call(QStringLiteral("alipay.fund.auth.order.unfreeze"), unfreeze);
    QCOMPARE(n.text(u"operation_id"), unfreezeId); // the earlier result, no second unfreeze

    const QString pay = QStringLiteral("alipay.trade.pay");
    const QByteArray payBiz =
        QStringLiteral(R"({"out_trade_no":"T1","total_amount":"50.00","subject":"租金",)"
                       R"("product_code":"PREAUTH_PAY","auth_no":"%1","auth_confirm_mode":)"
                       R"("NOT_COMPLETE","buyer_id":"%2","seller_id":"%3"})")
            .arg(authNo, payer().userId, payeeId())
            .toUtf8();
    n = h.call(pay, payBiz);
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QCOMPARE(n.text(u"auth_trade_pay_mode"), QStringLiteral("CREDIT_PREAUTH_PAY"));
    QCOMPARE(n.fields.value(u"fund_bill_list").toArray().size(), 1);
    const QString tradeNo = n.text(u"trade_no");
    QCOMPARE(h.call(pay, payBiz).text(u"trade_no"), tradeNo); // never charged twice

    n = h.call(QStringLiteral("alipay.trade.query"), R"({"out_trade_no":"T1"})");
    QCOMPARE(n.text(u"trade_status"), QStringLiteral("TRADE_SUCCESS"));
    QCOMPARE(n.text(u"total_amount"), QStringLiteral("50.00"));
    n = h.call(detail,
               QStringLiteral(R"({"auth_no":"%1","out_request_no":"T1","operation_type":"PAY"})")
                   .arg(authNo)
                   .toUtf8());
    QCOMPARE(n.text(u"amount"), QStringLiteral("50.00"));
    QCOMPARE(n.text(u"rest_amount"), QStringLiteral("40.00"));
    QCOMPARE(n.text(u"total_pay_fund_amount"), QStringLiteral("40.00"));

    const QString refund = QStringLiteral("alipay.trade.refund");
    const QByteArray refundBiz =
        QStringLiteral(R"({"trade_no":"%1","refund_amount":"5.00","out_request_no":"RF1"})")
            .arg(tradeNo)
            .toUtf8();
    n = h.call(refund, refundBiz);
    QCOMPARE(n.text(u"fund_change"), QStringLiteral("Y"));
    QCOMPARE(n.text(u"refund_fee"), QStringLiteral("5.00"));
    n = h.call(refund, refundBiz);
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QCOMPARE(n.text(u"fund_change"), QStringLiteral("N"));
    QCOMPARE(n.text(u"refund_fee"), QStringLiteral("5.00"));

    const QString refundQuery = QStringLiteral("alipay.trade.fastpay.refund.query");
    n = h.call(
        refundQuery,
        R"({"out_trade_no":"T1","out_request_no":"RF1","query_options":["gmt_refund_pay"]})");
    QCOMPARE(n.text(u"refund_status"), QStringLiteral("REFUND_SUCCESS"));
    QCOMPARE(n.text(u"refund_amount"), QStringLiteral("5.00"));
    QVERIFY(n.fields.contains(u"gmt_refund_pay"));
    n = h.call(refundQuery, R"({"out_trade_no":"T1","out_request_no":"RF9"})");
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QVERIFY(!n.fields.contains(u"refund_status"));

    n = h.call(QStringLiteral("alipay.trade.orderinfo.sync"),
               QStringLiteral(R"({"trade_no":"%1","out_request_no":"S1","biz_type":"CREDIT_AUTH",)"
                              R"("order_biz_info":"{\"status\":\"COMPLETE\"}"})")
                   .arg(tradeNo)
                   .toUtf8());
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QCOMPARE(n.text(u"buyer_user_id"), payer().userId);
    QCOMPARE(h.ledger.syncs(tradeNo).size(), 1);

    // A second freeze whose outcome the merchant does not know: cancel closes it.
    n = h.call(app, R"({"out_order_no":"O2","out_request_no":"R2","order_title":"押金",)"
                    R"("amount":"30.00","product_code":"PREAUTH_PAY"})");
    n = h.call(QStringLiteral("alipay.fund.auth.operation.cancel"),
               R"({"out_order_no":"O2","out_request_no":"R2","remark":"超时撤销"})");
    QCOMPARE(n.text(u"action"), QStringLiteral("close"));
}

void TestSandboxGateway::appFreezeOrderStringIsConfirmedByTheUser()
{
    SandboxHarness h;
    GatewayConfig config = h.clientConfig();
    config.notifyUrl = QUrl(QStringLiteral("http://127.0.0.1:9/never"));
    GatewayClient client(config);
    client.setClock(h.clock);
    const std::optional<GatewayRequest> request = client.signedRequest(
        QStringLiteral("alipay.fund.auth.order.app.freeze"),
        R"({"out_order_no":"APP1","out_request_no":"APP1-R","order_title":"充电宝押金","amount":"99.00","product_code":"PREAUTH_PAY"})");
    QVERIFY(request.has_value());
    // The merchant never POSTs it: the user's Alipay app submits the order string.
    const QByteArray form = FormEncoding::encode(
        {{QStringLiteral("order_str"), QString::fromUtf8(request->orderString())},
         {QStringLiteral("credit_amount"), QStringLiteral("99.00")}});
    const HttpResult r = h.post("/sandbox/user/confirm", form);
    QCOMPARE(r.status, 200);
    const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(answer.value(u"order_status").toString(), QStringLiteral("AUTHORIZED"));
    const Sandbox::FundAuthOrder order =
        *h.ledger.findOrder(appId(), {}, QStringLiteral("APP1"), t0());
    QCOMPARE(order.totalFreezeCreditAmount, yuan(99));
    QCOMPARE(order.restFundAmount(), Money());
    QCOMPARE(h.ledger.operations(order.authNo).first().notifyUrl, config.notifyUrl.toString());
    // The same order string again: nothing new.
    QVERIFY(QJsonDocument::fromJson(h.post("/sandbox/user/confirm", form).body)
                .object()
                .value(u"repeated")
                .toBool());
    // A forged order string is refused.
    QByteArray forged = request->orderString();
    forged.replace("99.00", "1.00");
    const HttpResult bad =
        h.post("/sandbox/user/confirm",
               FormEncoding::encode({{QStringLiteral("order_str"), QString::fromUtf8(forged)}}));
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.body.contains("isv.invalid-signature"));
    QCOMPARE(h.ledger.orders().size(), 1);
}

void TestSandboxGateway::voucherCodeLeadsToConfirmation()
{
    SandboxHarness h;
    const SignedNode n =
        h.call(QStringLiteral("alipay.fund.auth.order.voucher.create"),
               R"({"out_order_no":"V1","out_request_no":"V1-R","order_title":"押金",)"
               R"("amount":"20.00","product_code":"PRE_AUTH"})");
    QCOMPARE(n.text(u"code_type"), QStringLiteral("qrCode"));
    const QUrl code(n.text(u"code_value"));
    QCOMPARE(code.path(), QStringLiteral("/sandbox/user/confirm"));
    const HttpResult r =
        h.post(code.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority).toUtf8(), {});
    QCOMPARE(r.status, 200);
    QCOMPARE(h.ledger.findOrder(appId(), {}, QStringLiteral("V1"), t0())->status,
             Sandbox::AuthOrderStatus::Authorized);
}

void TestSandboxGateway::scanFreezeAuthorizesAtOnce()
{
    SandboxHarness h;
    const SignedNode n =
        h.call(QStringLiteral("alipay.fund.auth.order.freeze"),
               R"({"out_order_no":"S1","out_request_no":"S1-R","order_title":"押金",)"
               R"("amount":"20.00","product_code":"PRE_AUTH","auth_code":"281234567890123456",)"
               R"("auth_code_type":"bar_code"})");
    QCOMPARE(n.text(u"status"), QStringLiteral("INIT")); // "28...": the user must confirm
    const SignedNode now =
        h.call(QStringLiteral("alipay.fund.auth.order.freeze"),
               R"({"out_order_no":"S2","out_request_no":"S2-R","order_title":"押金",)"
               R"("amount":"20.00","product_code":"PRE_AUTH","auth_code":"251234567890123456",)"
               R"("auth_code_type":"bar_code"})");
    QCOMPARE(now.text(u"status"), QStringLiteral("SUCCESS"));
    QCOMPARE(now.text(u"fund_amount"), QStringLiteral("20.00"));
    QVERIFY(!now.text(u"payer_user_id").isEmpty());
}

void TestSandboxGateway::unknownPathsAre404()
{
    SandboxHarness h;
    QCOMPARE(h.post("/other", {}).status, 404);
    QCOMPARE(h.post("/sandbox/nothing", {}).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxGateway)
#include "tst_sandboxgateway.moc"
