// Every fault kind of the sandbox as our client (GatewayClient) sees it, with the ledger showing
// whether the request was executed; switched through the C++ API and through /sandbox/faults.
#include "SandboxGatewayFixture.h"

#include <QElapsedTimer>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

using Kind = Sandbox::Faults::Kind;
using Cause = CallResult::UnknownCause;

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private slots:
    void faultIsSeenByTheClient_data();
    void faultIsSeenByTheClient();
    void retryAfterAnUnknownOutcomeNeverMovesMoneyTwice();
    void lateApplyLandsAfterTheClientGaveUp();
    void systemErrorSubCodeFollowsTheApiFamily();
    void onlyTheNextRequestsAndOnlyTheNamedMethod();
    void faultsAreSwitchedOverHttp();
};

namespace {

CallResult callAndWait(GatewayClient &client, const QString &method, const QByteArray &biz)
{
    std::optional<CallResult> result;
    QObject context;
    client.call(method, biz, &context, [&result](const CallResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        qFatal("no call result within 15 s");
    return *result;
}

QByteArray unfreezeBiz(const Sandbox::FundAuthOrder &order, const QString &number)
{
    return QStringLiteral(
               R"({"auth_no":"%1","out_request_no":"%2","amount":"10.00","remark":"退还"})")
        .arg(order.authNo, number)
        .toUtf8();
}

const QString Unfreeze = QStringLiteral("alipay.fund.auth.order.unfreeze");

} // namespace

void TestSandboxFaults::faultIsSeenByTheClient_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("cause");
    QTest::addColumn<bool>("executed");
    QTest::newRow("delay") << int(Kind::Delay) << int(Cause::Timeout) << true;
    QTest::newRow("reset before") << int(Kind::ResetBefore) << int(Cause::ConnectionError) << false;
    QTest::newRow("reset after") << int(Kind::ResetAfter) << int(Cause::ConnectionError) << true;
    QTest::newRow("http 502") << int(Kind::Http502) << int(Cause::HttpStatus) << false;
    QTest::newRow("code 20000") << int(Kind::Code20000) << int(Cause::GatewayUnavailable) << false;
    QTest::newRow("system error") << int(Kind::SystemError) << int(Cause::SystemError) << false;
    QTest::newRow("bad signature") << int(Kind::BadSignature) << int(Cause::BadSignature) << true;
    QTest::newRow("truncated body")
        << int(Kind::TruncatedBody) << int(Cause::UnreadableBody) << true;
}

void TestSandboxFaults::faultIsSeenByTheClient()
{
    QFETCH(int, kind);
    QFETCH(int, cause);
    QFETCH(bool, executed);
    SandboxHarness h;
    const Sandbox::FundAuthOrder order = authorize(h.ledger, u"O1", 10000, 0);
    GatewayClient client(h.clientConfig(600));
    client.setClock(h.clock);
    // Until cleared: QNetworkAccessManager silently sends a POST again (up to twice) when the
    // connection drops before an answer, so a one-shot reset would be hidden by the resend.
    h.gateway->faults().add({Kind(kind), Unfreeze, -1, 1500});

    const CallResult r = callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U1")));
    h.gateway->faults().clear();
    QVERIFY2(r.unknown(), qPrintable(r.message));
    QCOMPARE(int(r.unknownCause), cause);
    const Money rest = h.ledger.findOrder(appId(), order.authNo, {}, t0())->restAmount();
    QCOMPARE(rest, executed ? yuan(90) : yuan(100));
    QCOMPARE(h.ledger.operations(order.authNo).size(), executed ? 2 : 1);

    // Without the fault the next call gets a signed, verified answer again.
    const CallResult next = callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U2")));
    QVERIFY2(next.succeeded(), qPrintable(next.message));
    QVERIFY(next.signatureVerified);
}

void TestSandboxFaults::retryAfterAnUnknownOutcomeNeverMovesMoneyTwice()
{
    SandboxHarness h;
    const Sandbox::FundAuthOrder order = authorize(h.ledger, u"O1", 10000, 0);
    GatewayClient client(h.clientConfig());
    client.setClock(h.clock);
    h.gateway->faults().add({Kind::ResetAfter, {}, -1, 0});
    const CallResult lost = callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U1")));
    h.gateway->faults().clear();
    QVERIFY(lost.unknown());
    const QString applied = h.ledger.operations(order.authNo).last().operationId;
    // The retry with the same number and amount returns the applied unfreeze.
    const CallResult retry =
        callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U1")));
    QVERIFY(retry.succeeded());
    QCOMPARE(retry.field(u"operation_id"), applied);
    QCOMPARE(h.ledger.findOrder(appId(), order.authNo, {}, t0())->restAmount(), yuan(90));
}

void TestSandboxFaults::lateApplyLandsAfterTheClientGaveUp()
{
    SandboxHarness h;
    const Sandbox::FundAuthOrder order = authorize(h.ledger, u"O1", 10000, 0);
    GatewayClient client(h.clientConfig(600));
    client.setClock(h.clock);
    QCOMPARE(h.post("/sandbox/faults",
                    "kind=late_apply&count=1&delay_ms=2000&method=" + Unfreeze.toLatin1())
                 .status,
             200);
    QElapsedTimer sent;
    sent.start();
    const CallResult r = callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U1")));
    QVERIFY2(r.unknown(), qPrintable(r.message));
    QCOMPARE(r.unknownCause, Cause::Timeout);
    QVERIFY2(sent.elapsed() < 1500, "the client gave up after its own timeout");
    // The console gave up: nothing has happened yet.
    QCOMPARE(h.ledger.findOrder(appId(), order.authNo, {}, t0())->restAmount(), yuan(100));
    QCOMPARE(h.ledger.operations(order.authNo).size(), 1);
    // Still nothing well after the timeout; then the request lands, once.
    QTest::qWait(int(1500 - sent.elapsed()));
    QCOMPARE(h.ledger.operations(order.authNo).size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(h.ledger.operations(order.authNo).size(), 2, 5000);
    QVERIFY(sent.elapsed() >= 1990);
    QCOMPARE(h.ledger.findOrder(appId(), order.authNo, {}, t0())->restAmount(), yuan(90));
    QCOMPARE(h.ledger.operations(order.authNo).last().outRequestNo, QStringLiteral("U1"));
    QVERIFY(h.gateway->faults().rules().isEmpty());
}

void TestSandboxFaults::systemErrorSubCodeFollowsTheApiFamily()
{
    SandboxHarness h;
    GatewayClient client(h.clientConfig());
    client.setClock(h.clock);
    h.gateway->faults().add({Kind::SystemError, {}, 2, 0});
    const CallResult fund =
        callAndWait(client, QStringLiteral("alipay.fund.auth.operation.detail.query"),
                    R"({"out_order_no":"x","out_request_no":"y"})");
    QCOMPARE(fund.subCode, QStringLiteral("SYSTEM_ERROR"));
    QVERIFY(fund.signatureVerified);
    const CallResult trade =
        callAndWait(client, QStringLiteral("alipay.trade.query"), R"({"out_trade_no":"x"})");
    QCOMPARE(trade.subCode, QStringLiteral("ACQ.SYSTEM_ERROR"));
    QCOMPARE(trade.code, QStringLiteral("40004"));
    QVERIFY(trade.unknown());
}

void TestSandboxFaults::onlyTheNextRequestsAndOnlyTheNamedMethod()
{
    SandboxHarness h;
    const Sandbox::FundAuthOrder order = authorize(h.ledger, u"O1", 10000, 0);
    GatewayClient client(h.clientConfig());
    client.setClock(h.clock);
    h.gateway->faults().add({Kind::Code20000, QStringLiteral("alipay.trade.pay"), -1, 0});
    h.gateway->faults().add({Kind::Code20000, Unfreeze, 2, 0});
    QCOMPARE(callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U1"))).unknownCause,
             Cause::GatewayUnavailable);
    QCOMPARE(callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U1"))).unknownCause,
             Cause::GatewayUnavailable);
    QVERIFY(callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U1"))).succeeded());
    QVERIFY(callAndWait(client, QStringLiteral("alipay.trade.query"), R"({"out_trade_no":"x"})")
                .failed()); // ACQ.TRADE_NOT_EXIST: the pay rule does not touch other methods
    const QByteArray pay =
        QStringLiteral(R"({"out_trade_no":"T1","total_amount":"1.00","subject":"s","product_code":)"
                       R"("PREAUTH_PAY","auth_no":"%1","buyer_id":"%2"})")
            .arg(order.authNo, order.payerUserId)
            .toUtf8();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(callAndWait(client, QStringLiteral("alipay.trade.pay"), pay).unknownCause,
                 Cause::GatewayUnavailable);
    QVERIFY(h.ledger.trades().isEmpty());
    QCOMPARE(h.gateway->faults().rules().size(), 1);
}

void TestSandboxFaults::faultsAreSwitchedOverHttp()
{
    SandboxHarness h;
    const Sandbox::FundAuthOrder order = authorize(h.ledger, u"O1", 10000, 0);
    GatewayClient client(h.clientConfig());
    client.setClock(h.clock);
    HttpResult r = h.post("/sandbox/faults", "kind=reset_after&method=" + Unfreeze.toLatin1());
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains("\"kind\":\"reset_after\""));
    const CallResult lost = callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U1")));
    QCOMPARE(lost.unknownCause, Cause::ConnectionError);
    QCOMPARE(h.post("/sandbox/faults", "", QByteArrayLiteral("DELETE")).status, 200);
    QCOMPARE(h.ledger.findOrder(appId(), order.authNo, {}, t0())->restAmount(), yuan(90));

    QCOMPARE(h.post("/sandbox/faults", "kind=http_502").status, 200);
    QCOMPARE(h.gateway->faults().rules().size(), 1);
    QCOMPARE(callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U2"))).unknownCause,
             Cause::HttpStatus);
    QCOMPARE(h.post("/sandbox/faults/clear", {}).status, 200);
    QVERIFY(h.gateway->faults().rules().isEmpty());
    QVERIFY(callAndWait(client, Unfreeze, unfreezeBiz(order, QStringLiteral("U2"))).succeeded());
    QCOMPARE(h.post("/sandbox/faults", "kind=explode").status, 400);
    QCOMPARE(h.post("/sandbox/faults", "kind=delay&count=0").status, 400);
    QVERIFY(h.gateway->faults().rules().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
