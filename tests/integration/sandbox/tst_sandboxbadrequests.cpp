// Every bad request to the sandbox gateway (over HTTP, real signatures) gets the reference's
// error (docs/alipay-protocol.md §4.1, §2.2, API sub_codes) in a signed answer and changes nothing.
#include "SandboxGatewayFixture.h"

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestSandboxBadRequests : public QObject
{
    Q_OBJECT

private slots:
    void badRequestsGetTheReferenceErrorAndChangeNothing_data();
    void badRequestsGetTheReferenceErrorAndChangeNothing();
    void badAmountsAreRefusedByTheApi_data();
    void badAmountsAreRefusedByTheApi();
    void wrongSignatureEchoesTheSignString();
    void amountsMayBeJsonNumbers();
};

void TestSandboxBadRequests::amountsMayBeJsonNumbers()
{
    SandboxHarness h;
    const Sandbox::FundAuthOrder order = authorize(h.ledger, u"O1", 10000, 0);
    const SignedNode n = h.call(
        QStringLiteral("alipay.fund.auth.order.unfreeze"),
        QStringLiteral(R"({"auth_no":"%1","out_request_no":"U1","amount":12.5,"remark":"x"})")
            .arg(order.authNo)
            .toUtf8());
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QCOMPARE(n.text(u"amount"), QStringLiteral("12.50"));
}

void TestSandboxBadRequests::badRequestsGetTheReferenceErrorAndChangeNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("subCode");
    const QString unfreeze = QStringLiteral("alipay_fund_auth_order_unfreeze_response");
    QTest::newRow("missing sign") << "missing-sign" << unfreeze << "40001"
                                  << "isv.missing-signature";
    QTest::newRow("wrong sign") << "wrong-sign" << unfreeze << "40002"
                                << "isv.invalid-signature";
    QTest::newRow("tampered biz") << "tampered" << unfreeze << "40002"
                                  << "isv.invalid-signature";
    QTest::newRow("unknown app") << "unknown-app" << unfreeze << "40002"
                                 << "isv.invalid-app-id";
    QTest::newRow("missing app") << "missing-app" << unfreeze << "40001"
                                 << "isv.missing-app-id";
    QTest::newRow("unknown method") << "unknown-method"
                                    << "error_response"
                                    << "40002"
                                    << "isv.invalid-method";
    QTest::newRow("missing method") << "missing-method"
                                    << "error_response"
                                    << "40001"
                                    << "isv.missing-method";
    QTest::newRow("malformed biz") << "malformed" << unfreeze << "40002"
                                   << "isv.invalid-parameter";
    QTest::newRow("bad timestamp") << "bad-timestamp" << unfreeze << "40002"
                                   << "isv.invalid-timestamp";
    QTest::newRow("skewed timestamp") << "skewed" << unfreeze << "40002"
                                      << "isv.invalid-timestamp";
    QTest::newRow("missing timestamp") << "missing-timestamp" << unfreeze << "40001"
                                       << "isv.missing-timestamp";
    QTest::newRow("RSA sign type") << "rsa1" << unfreeze << "40002"
                                   << "isv.invalid-signature-type";
    QTest::newRow("gbk charset") << "gbk" << unfreeze << "40002"
                                 << "isv.invalid-charset";
    QTest::newRow("version 2.0") << "version" << unfreeze << "40002"
                                 << "isv.invalid-parameter";
    QTest::newRow("no biz_content") << "no-biz" << unfreeze << "40004"
                                    << "ILLEGAL_ARGUMENT";
}

void TestSandboxBadRequests::badRequestsGetTheReferenceErrorAndChangeNothing()
{
    QFETCH(QString, what);
    QFETCH(QString, node);
    QFETCH(QString, code);
    QFETCH(QString, subCode);
    SandboxHarness h;
    const Sandbox::FundAuthOrder order = authorize(h.ledger, u"O1", 10000, 0);
    const QString before = h.snapshot();
    const QString method = QStringLiteral("alipay.fund.auth.order.unfreeze");
    QByteArray biz =
        QStringLiteral(R"({"auth_no":"%1","out_request_no":"U1","amount":"1.00","remark":"x"})")
            .arg(order.authNo)
            .toUtf8();
    ParameterList extra;
    if (what == u"malformed")
        biz = R"({"auth_no":")" + order.authNo.toUtf8() + R"(","amount":)";
    if (what == u"no-biz")
        biz = QByteArray();
    ParameterList p = h.signedParameters(method, biz, extra);
    auto set = [&p](const QString &key, const QString &value) {
        for (Parameter &parameter : p) {
            if (parameter.first == key)
                parameter.second = value;
        }
    };
    auto resign = [&p, &h, &method, &biz](const ParameterList &more, const QString &app) {
        p = h.signedParameters(method, biz, more, app);
    };
    if (what == u"missing-sign")
        p.removeIf([](const Parameter &x) { return x.first == u"sign"; });
    else if (what == u"wrong-sign")
        set(QStringLiteral("sign"), h.signedParameters(method, "{}").last().second);
    else if (what == u"tampered")
        set(QStringLiteral("biz_content"),
            QString::fromUtf8(biz).replace(QStringLiteral("1.00"), QStringLiteral("2.00")));
    else if (what == u"unknown-app")
        resign({}, QStringLiteral("2021000000009999"));
    else if (what == u"missing-app")
        p.removeIf([](const Parameter &x) { return x.first == u"app_id"; });
    else if (what == u"unknown-method")
        set(QStringLiteral("method"), QStringLiteral("alipay.fund.auth.order.nothing"));
    else if (what == u"missing-method")
        p.removeIf([](const Parameter &x) { return x.first == u"method"; });
    else if (what == u"bad-timestamp")
        set(QStringLiteral("timestamp"), QStringLiteral("2024/05/01 12:00:00"));
    else if (what == u"missing-timestamp")
        p.removeIf([](const Parameter &x) { return x.first == u"timestamp"; });
    else if (what == u"rsa1")
        set(QStringLiteral("sign_type"), QStringLiteral("RSA"));
    else if (what == u"gbk")
        set(QStringLiteral("charset"), QStringLiteral("GBK"));
    else if (what == u"version")
        set(QStringLiteral("version"), QStringLiteral("2.0"));
    else if (what == u"skewed") {
        h.clock.advance(std::chrono::minutes(16));
    }
    const HttpResult r = h.send(p);
    QCOMPARE(r.status, 200);
    const SignedNode answer = SandboxHarness::verify(r.body, method);
    QVERIFY2(answer.signatureValid, r.body.constData());
    QCOMPARE(QString::fromLatin1(answer.nodeName), node);
    QCOMPARE(answer.code(), code);
    QCOMPARE(answer.subCode(), subCode);
    QVERIFY(!answer.text(u"sub_msg").isEmpty());
    QCOMPARE(h.snapshot(), before);
}

void TestSandboxBadRequests::badAmountsAreRefusedByTheApi_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("subCode");
    const QString unfreeze = QStringLiteral("alipay.fund.auth.order.unfreeze");
    const QString pay = QStringLiteral("alipay.trade.pay");
    const QString refund = QStringLiteral("alipay.trade.refund");
    const QStringList amounts = {QStringLiteral("\"1.001\""), QStringLiteral("\"abc\""),
                                 QStringLiteral("\"-1.00\""), QStringLiteral("\"0.00\""),
                                 QStringLiteral("0.001"),     QStringLiteral("\"1e2\""),
                                 QStringLiteral("\"\""),      QStringLiteral("null")};
    for (const QString &amount : amounts) {
        QTest::newRow(qPrintable(QStringLiteral("unfreeze ") + amount))
            << unfreeze << amount << "ILLEGAL_ARGUMENT";
        QTest::newRow(qPrintable(QStringLiteral("pay ") + amount))
            << pay << amount << "ACQ.INVALID_PARAMETER";
        QTest::newRow(qPrintable(QStringLiteral("refund ") + amount))
            << refund << amount << "ACQ.INVALID_PARAMETER";
    }
    QTest::newRow("unfreeze above max") << unfreeze << "\"100000000.01\""
                                        << "ILLEGAL_ARGUMENT";
}

void TestSandboxBadRequests::badAmountsAreRefusedByTheApi()
{
    QFETCH(QString, method);
    QFETCH(QString, amount);
    QFETCH(QString, subCode);
    SandboxHarness h;
    const Sandbox::FundAuthOrder order = authorize(h.ledger, u"O1", 10000, 0);
    const Sandbox::Trade trade = h.ledger.pay(payRequest(order, u"T0", 1000), t0()).trade;
    const QString before = h.snapshot();
    QString biz;
    if (method.endsWith(u"unfreeze"))
        biz = QStringLiteral(R"({"auth_no":"%1","out_request_no":"U1","amount":%2,"remark":"x"})")
                  .arg(order.authNo, amount);
    else if (method.endsWith(u"pay"))
        biz =
            QStringLiteral(R"({"out_trade_no":"T1","total_amount":%2,"subject":"s","product_code":)"
                           R"("PREAUTH_PAY","auth_no":"%1","buyer_id":"%3"})")
                .arg(order.authNo, amount, order.payerUserId);
    else
        biz = QStringLiteral(R"({"trade_no":"%1","refund_amount":%2,"out_request_no":"R1"})")
                  .arg(trade.tradeNo, amount);
    const SignedNode n = h.call(method, biz.toUtf8());
    QVERIFY(n.signatureValid);
    QCOMPARE(n.code(), QStringLiteral("40004"));
    QCOMPARE(n.subCode(), subCode);
    QCOMPARE(h.snapshot(), before);
}

void TestSandboxBadRequests::wrongSignatureEchoesTheSignString()
{
    SandboxHarness h;
    ParameterList p =
        h.signedParameters(QStringLiteral("alipay.trade.query"), R"({"out_trade_no":"x"})");
    p.last().second = h.signedParameters(QStringLiteral("alipay.trade.query"), "{}").last().second;
    const SignedNode n =
        SandboxHarness::verify(h.send(p).body, QStringLiteral("alipay.trade.query"));
    QCOMPARE(n.subCode(), QStringLiteral("isv.invalid-signature"));
    QVERIFY2(n.text(u"sub_msg")
                 .contains(u"app_id=2021000000000001&amp;biz_content={\"out_trade_no\":\"x\"}&amp;"
                           u"charset=utf-8"),
             qPrintable(n.text(u"sub_msg")));
}

QTEST_GUILESS_MAIN(TestSandboxBadRequests)
#include "tst_sandboxbadrequests.moc"
