// A payer who cannot pay (docs/alipay-protocol.md §6.7): chosen at /sandbox/user/confirm or
// /sandbox/user/payer, a 转支付 that needs the credit part fails with ACQ.BUYER_BALANCE_NOT_ENOUGH
// and changes nothing of the authorization; over real HTTP on 127.0.0.1.
#include "SandboxGatewayFixture.h"

#include "sandbox/bills/BillLedgerSource.h"
#include "sandbox/bills/BillPeriod.h"
#include "sandbox/bills/OrderExport.h"

#include <QJsonArray>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestSandboxPayer : public QObject
{
    Q_OBJECT

private slots:
    void chargeBeyondTheFundPartFailsAndChangesNothing();
    void controlEndpointLetsTheNextChargeThrough();
    void completeModeReleasesNothingWhenRefused();
    void badValuesAreRefused();
    void refusedChargeIsNeitherBilledNorRefundable();
};

namespace {

const QString Pay = QStringLiteral("alipay.trade.pay");
const QString Detail = QStringLiteral("alipay.fund.auth.operation.detail.query");

// A ¥100 freeze of which ¥60 is waived by credit (fund part ¥40), confirmed over HTTP with
// `extra` (e.g. payer_can_pay=false); the auth_no.
QString confirmedOrder(SandboxHarness &h, const QString &outOrderNo, const ParameterList &extra,
                       QJsonObject *answer = nullptr)
{
    const SignedNode n = h.call(
        QStringLiteral("alipay.fund.auth.order.app.freeze"),
        QStringLiteral(R"({"out_order_no":"%1","out_request_no":"%1-F","order_title":"押金",)"
                       R"("amount":"100.00","product_code":"PREAUTH_PAY"})")
            .arg(outOrderNo)
            .toUtf8());
    const QString authNo = n.text(u"auth_no");
    ParameterList form = {{QStringLiteral("auth_no"), authNo},
                          {QStringLiteral("credit_amount"), QStringLiteral("60.00")},
                          {QStringLiteral("payer_user_id"), payer().userId}};
    form += extra;
    const HttpResult confirmed = h.post("/sandbox/user/confirm", FormEncoding::encode(form));
    if (confirmed.status != 200)
        qFatal("confirm refused: %s", confirmed.body.constData());
    if (answer)
        *answer = QJsonDocument::fromJson(confirmed.body).object();
    return authNo;
}

QByteArray payBiz(const QString &authNo, const QString &outTradeNo, const QString &amount,
                  const QString &mode = QStringLiteral("NOT_COMPLETE"))
{
    return QStringLiteral(R"({"out_trade_no":"%1","total_amount":"%2","subject":"赔偿",)"
                          R"("product_code":"PREAUTH_PAY","auth_no":"%3","auth_confirm_mode":)"
                          R"("%4","buyer_id":"%5","seller_id":"%6"})")
        .arg(outTradeNo, amount, authNo, mode, payer().userId, payeeId())
        .toUtf8();
}

SignedNode detail(SandboxHarness &h, const QString &authNo)
{
    return h.call(
        Detail,
        QStringLiteral(R"({"auth_no":"%1","operation_type":"FREEZE"})").arg(authNo).toUtf8());
}

QJsonObject postJson(SandboxHarness &h, const QByteArray &path, const ParameterList &form,
                     int *status)
{
    const HttpResult r = h.post(path, FormEncoding::encode(form));
    *status = r.status;
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

void TestSandboxPayer::chargeBeyondTheFundPartFailsAndChangesNothing()
{
    SandboxHarness h;
    QJsonObject confirmed;
    const QString authNo =
        confirmedOrder(h, QStringLiteral("O1"),
                       {{QStringLiteral("payer_can_pay"), QStringLiteral("false")}}, &confirmed);
    QCOMPARE(confirmed.value(u"payer_can_pay").toBool(true), false);
    const QString before = h.snapshot();

    // ¥50 needs ¥10 of the credit part: refused, definitively.
    SignedNode n = h.call(Pay, payBiz(authNo, QStringLiteral("T1"), QStringLiteral("50.00")));
    QVERIFY(n.signatureValid);
    QCOMPARE(n.code(), QStringLiteral("40004"));
    QCOMPARE(n.subCode(), QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    QCOMPARE(n.text(u"sub_msg"), QStringLiteral("买家余额不足"));
    QVERIFY(!n.fields.contains(u"trade_no"));

    n = detail(h, authNo);
    QCOMPARE(n.text(u"order_status"), QStringLiteral("AUTHORIZED"));
    QCOMPARE(n.text(u"rest_amount"), QStringLiteral("100.00"));
    QCOMPARE(n.text(u"total_pay_amount"), QStringLiteral("0.00"));
    const Sandbox::FundAuthOrder order = *h.ledger.findOrder(appId(), authNo, {}, t0());
    QCOMPARE(order.totalPayAmount(), Money());
    QCOMPARE(h.ledger.operations(authNo).size(), 1); // the FREEZE only: no PAY
    n = h.call(Detail, QStringLiteral(R"({"auth_no":"%1","out_request_no":"T1",)"
                                      R"("operation_type":"PAY"})")
                           .arg(authNo)
                           .toUtf8());
    QCOMPARE(n.subCode(), QStringLiteral("AUTH_OPERATION_NOT_EXIST"));

    // The attempt is a closed, never paid trade: the query settles a lost answer as refused.
    n = h.call(QStringLiteral("alipay.trade.query"), R"({"out_trade_no":"T1"})");
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QCOMPARE(n.text(u"trade_status"), QStringLiteral("TRADE_CLOSED"));
    QCOMPARE(n.text(u"total_amount"), QStringLiteral("50.00"));
    QVERIFY(!n.fields.contains(u"send_pay_date"));

    // The same number and parameters again: the same failure, nothing new.
    const QString afterFirst = h.snapshot();
    n = h.call(Pay, payBiz(authNo, QStringLiteral("T1"), QStringLiteral("50.00")));
    QCOMPARE(n.code(), QStringLiteral("40004"));
    QCOMPARE(n.subCode(), QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    QCOMPARE(h.snapshot(), afterFirst);
    // The same number with other parameters: inconsistent, as for any trade.
    n = h.call(Pay, payBiz(authNo, QStringLiteral("T1"), QStringLiteral("20.00")));
    QCOMPARE(n.subCode(), QStringLiteral("ACQ.CONTEXT_INCONSISTENT"));

    // Within the fund part (¥40 of it) the user's frozen funds pay: it succeeds.
    n = h.call(Pay, payBiz(authNo, QStringLiteral("T2"), QStringLiteral("40.00")));
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QCOMPARE(n.text(u"total_amount"), QStringLiteral("40.00"));
    n = detail(h, authNo);
    QCOMPARE(n.text(u"rest_amount"), QStringLiteral("60.00"));
    QCOMPARE(n.text(u"order_status"), QStringLiteral("AUTHORIZED"));
    // Nothing of the fund part is left: one fen more is refused.
    n = h.call(Pay, payBiz(authNo, QStringLiteral("T3"), QStringLiteral("0.01")));
    QCOMPARE(n.subCode(), QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    QVERIFY(before != h.snapshot());
}

void TestSandboxPayer::controlEndpointLetsTheNextChargeThrough()
{
    SandboxHarness h;
    // Confirmed as able to pay (the default), then switched off by out_order_no.
    const QString authNo = confirmedOrder(h, QStringLiteral("O2"), {});
    int status = 0;
    QJsonObject answer = postJson(h, "/sandbox/user/payer",
                                  {{QStringLiteral("app_id"), appId()},
                                   {QStringLiteral("out_order_no"), QStringLiteral("O2")},
                                   {QStringLiteral("can_pay"), QStringLiteral("false")}},
                                  &status);
    QCOMPARE(status, 200);
    QCOMPARE(answer.value(u"result").toString(), QStringLiteral("ok"));
    QCOMPARE(answer.value(u"auth_no").toString(), authNo);
    QCOMPARE(answer.value(u"out_order_no").toString(), QStringLiteral("O2"));
    QCOMPARE(answer.value(u"payer_can_pay").toBool(true), false);

    SignedNode n = h.call(Pay, payBiz(authNo, QStringLiteral("T1"), QStringLiteral("100.00")));
    QCOMPARE(n.subCode(), QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));

    answer = postJson(
        h, "/sandbox/user/payer",
        {{QStringLiteral("auth_no"), authNo}, {QStringLiteral("can_pay"), QStringLiteral("true")}},
        &status);
    QCOMPARE(status, 200);
    QCOMPARE(answer.value(u"payer_can_pay").toBool(false), true);
    // The failed number stays failed; a new number is charged normally.
    n = h.call(Pay, payBiz(authNo, QStringLiteral("T1"), QStringLiteral("100.00")));
    QCOMPARE(n.subCode(), QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    n = h.call(Pay, payBiz(authNo, QStringLiteral("T2"), QStringLiteral("100.00")));
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QCOMPARE(n.text(u"auth_trade_pay_mode"), QStringLiteral("CREDIT_PREAUTH_PAY"));
    n = detail(h, authNo);
    QCOMPARE(n.text(u"order_status"), QStringLiteral("FINISH"));
    QCOMPARE(n.text(u"total_pay_amount"), QStringLiteral("100.00"));
    n = h.call(QStringLiteral("alipay.trade.query"), R"({"out_trade_no":"T2"})");
    QCOMPARE(n.text(u"trade_status"), QStringLiteral("TRADE_SUCCESS"));
    QVERIFY(n.fields.contains(u"send_pay_date"));
}

void TestSandboxPayer::completeModeReleasesNothingWhenRefused()
{
    SandboxHarness h;
    const QString authNo = confirmedOrder(
        h, QStringLiteral("O3"), {{QStringLiteral("payer_can_pay"), QStringLiteral("false")}});
    const QString before = h.snapshot();
    const SignedNode n = h.call(Pay, payBiz(authNo, QStringLiteral("T1"), QStringLiteral("45.00"),
                                            QStringLiteral("COMPLETE")));
    QCOMPARE(n.subCode(), QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    const Sandbox::FundAuthOrder order = *h.ledger.findOrder(appId(), authNo, {}, t0());
    QCOMPARE(order.status, Sandbox::AuthOrderStatus::Authorized);
    QCOMPARE(order.restAmount(), yuan(100));
    QCOMPARE(order.totalUnfreezeAmount(), Money());
    QCOMPARE(h.ledger.operations(authNo).size(), 1);
    // Only the closed trade was added.
    QCOMPARE(h.ledger.trades().size(), 1);
    QVERIFY(h.snapshot().startsWith(before));
}

void TestSandboxPayer::badValuesAreRefused()
{
    SandboxHarness h;
    const SignedNode n =
        h.call(QStringLiteral("alipay.fund.auth.order.app.freeze"),
               R"({"out_order_no":"O4","out_request_no":"O4-F",)"
               R"("order_title":"押金","amount":"10.00","product_code":"PREAUTH_PAY"})");
    const QString authNo = n.text(u"auth_no");
    int status = 0;
    for (const QString &bad : {QStringLiteral("no"), QStringLiteral("0"), QString()}) {
        QJsonObject answer = postJson(
            h, "/sandbox/user/confirm",
            {{QStringLiteral("auth_no"), authNo}, {QStringLiteral("payer_can_pay"), bad}}, &status);
        QCOMPARE(status, 400);
        QVERIFY(answer.value(u"message").toString().contains(u"payer_can_pay"));
    }
    // Nothing was confirmed by the refused requests.
    QCOMPARE(h.ledger.findOrder(appId(), authNo, {}, t0())->status, Sandbox::AuthOrderStatus::Init);

    for (const QString &bad : {QStringLiteral("False"), QStringLiteral("1"), QString()}) {
        QJsonObject answer = postJson(
            h, "/sandbox/user/payer",
            {{QStringLiteral("auth_no"), authNo}, {QStringLiteral("can_pay"), bad}}, &status);
        QCOMPARE(status, 400);
        QVERIFY(answer.value(u"message").toString().contains(u"can_pay"));
    }
    // An unknown order, by auth_no or by out_order_no.
    QJsonObject answer = postJson(h, "/sandbox/user/payer",
                                  {{QStringLiteral("auth_no"), QStringLiteral("2024NOPE")},
                                   {QStringLiteral("can_pay"), QStringLiteral("false")}},
                                  &status);
    QCOMPARE(status, 404);
    QCOMPARE(answer.value(u"sub_code").toString(), QStringLiteral("AUTH_ORDER_NOT_EXIST"));
    answer = postJson(h, "/sandbox/user/payer",
                      {{QStringLiteral("app_id"), appId()},
                       {QStringLiteral("out_order_no"), QStringLiteral("NOPE")},
                       {QStringLiteral("can_pay"), QStringLiteral("false")}},
                      &status);
    QCOMPARE(status, 404);
    QVERIFY(answer.value(u"message").toString().contains(u"no such order"));
    // GET is not a way to change it.
    QCOMPARE(h.post("/sandbox/user/payer?auth_no=" + authNo.toLatin1() + "&can_pay=false", {},
                    QByteArrayLiteral("GET"))
                 .status,
             404);
    QVERIFY(h.ledger.findOrder(appId(), authNo, {}, t0())->payerCanPay);
}

void TestSandboxPayer::refusedChargeIsNeitherBilledNorRefundable()
{
    SandboxHarness h;
    const QString authNo = confirmedOrder(
        h, QStringLiteral("O5"), {{QStringLiteral("payer_can_pay"), QStringLiteral("false")}});
    SignedNode n = h.call(Pay, payBiz(authNo, QStringLiteral("T1"), QStringLiteral("80.00")));
    QCOMPARE(n.subCode(), QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
    const Sandbox::Trade refused = *h.ledger.findTrade(appId(), {}, QStringLiteral("T1"), t0());
    QVERIFY(refused.refusedUnpaid());

    n = h.call(QStringLiteral("alipay.trade.refund"),
               R"({"out_trade_no":"T1","refund_amount":"10.00","out_request_no":"RF1"})");
    QCOMPARE(n.code(), QStringLiteral("40004"));
    QCOMPARE(n.subCode(), QStringLiteral("ACQ.TRADE_STATUS_ERROR"));
    QVERIFY(h.ledger.refunds(refused.tradeNo).isEmpty());

    // A charge within the fund part the same day is billed; the refused one is not, nor is it
    // in the merchant's order list.
    n = h.call(Pay, payBiz(authNo, QStringLiteral("T2"), QStringLiteral("40.00")));
    QCOMPARE(n.code(), QStringLiteral("10000"));
    const Sandbox::BillLines lines = Sandbox::BillLedgerSource(h.ledger).lines(
        appId(), Sandbox::BillPeriod::dayContaining(h.clock.now()));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first().outTradeNo, QStringLiteral("T2"));
    const QByteArray list = Sandbox::OrderExport::csv(h.ledger, appId());
    QVERIFY(list.contains(n.text(u"trade_no").toUtf8()));
    QVERIFY(!list.contains(refused.tradeNo.toUtf8()));
}

QTEST_MAIN(TestSandboxPayer)
#include "tst_sandboxpayer.moc"
