// Asynchronous notifications: signed as Alipay does (verified with our NotificationVerifier),
// never with empty values, retried on the §5.1 schedule (time-scaled) until `success`.
#include "SandboxGatewayFixture.h"
#include "alipay/NotificationVerifier.h"
#include "sandbox/Notifier.h"

#include <QElapsedTimer>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestSandboxNotify : public QObject
{
    Q_OBJECT

private slots:
    void freezeNotificationIsRetriedUntilSuccess();
    void onlyExactlySuccessCounts();
    void retriesFollowTheScaledSchedule();
    void deliveryIsAbandonedAfterEightAttempts();
    void unfreezePayAndRefundAreNotified();
    void notificationStatusIsVisibleOverHttp();
};

namespace {

ParameterList parametersOf(const RecordedRequest &request)
{
    return FormEncoding::decode(request.body).value_or(ParameterList());
}

QString valueOf(const ParameterList &parameters, QStringView key)
{
    for (const Parameter &p : parameters) {
        if (p.first == key)
            return p.second;
    }
    return {};
}

bool verifies(const RecordedRequest &request)
{
    static const NotificationVerifier verifier(loadPublicKey(QStringLiteral("alipay_public.pem")));
    const NotificationVerifier::Result r = verifier.verify(parametersOf(request));
    return r.isValid() && !r.signedWithSignType;
}

// A receiver that answers `replies` in turn, then `success`.
void answerInTurn(LoopbackResponder &receiver, const QList<QByteArray> &replies)
{
    for (const QByteArray &reply : replies)
        receiver.enqueue(CannedReply::answer(reply));
    receiver.setHandler([](const RecordedRequest &) { return CannedReply::answer("success"); });
}

// An order in INIT whose freeze carries notifyUrl.
Sandbox::FundAuthOrder pendingFreeze(Sandbox::Ledger &ledger, const QUrl &notifyUrl)
{
    Sandbox::FreezeRequest r = freezeRequest(u"O1", 10000);
    r.notifyUrl = notifyUrl.toString();
    return ledger.createFreeze(r, t0()).order;
}

} // namespace

void TestSandboxNotify::freezeNotificationIsRetriedUntilSuccess()
{
    SandboxHarness h(0.0001); // 4 min -> 24 ms, 10 min -> 60 ms
    LoopbackResponder receiver;
    answerInTurn(receiver, {"fail", "error"});
    const Sandbox::FundAuthOrder order =
        pendingFreeze(h.ledger, receiver.url(QStringLiteral("/notify")));
    QSignalSpy delivered(&h.gateway->notifier(), &Sandbox::Notifier::delivered);
    QVERIFY(h.gateway->confirmFreeze(order.authNo, yuan(30), payer()).ok());
    QVERIFY(delivered.wait(5000));
    QCOMPARE(receiver.requests().size(), 3);

    const ParameterList first = parametersOf(receiver.requests().first());
    for (const RecordedRequest &request : receiver.requests()) {
        QCOMPARE(request.path, QByteArray("/notify"));
        QVERIFY(
            request.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
        QVERIFY(verifies(request));
        const ParameterList p = parametersOf(request);
        QCOMPARE(valueOf(p, u"notify_id"), valueOf(first, u"notify_id"));
        for (const Parameter &parameter : p)
            QVERIFY2(!SignContent::isEmptyValue(parameter.second), qPrintable(parameter.first));
    }
    QCOMPARE(valueOf(first, u"notify_type"), QStringLiteral("fund_auth_freeze"));
    QCOMPARE(valueOf(first, u"auth_no"), order.authNo);
    QCOMPARE(valueOf(first, u"out_order_no"), QStringLiteral("O1"));
    QCOMPARE(valueOf(first, u"out_request_no"), QStringLiteral("O1-R"));
    QCOMPARE(valueOf(first, u"operation_type"), QStringLiteral("FREEZE"));
    QCOMPARE(valueOf(first, u"status"), QStringLiteral("SUCCESS"));
    QCOMPARE(valueOf(first, u"amount"), QStringLiteral("100.00"));
    QCOMPARE(valueOf(first, u"credit_amount"), QStringLiteral("30.00"));
    QCOMPARE(valueOf(first, u"fund_amount"), QStringLiteral("70.00"));
    QCOMPARE(valueOf(first, u"rest_amount"), QStringLiteral("100.00"));
    QCOMPARE(valueOf(first, u"total_unfreeze_amount"), QStringLiteral("0.00"));
    QCOMPARE(valueOf(first, u"pre_auth_type"), QStringLiteral("CREDIT_AUTH"));
    QCOMPARE(valueOf(first, u"payer_user_id"), payer().userId);
    QCOMPARE(valueOf(first, u"app_id"), appId());
    QCOMPARE(valueOf(first, u"sign_type"), QStringLiteral("RSA2"));
    QCOMPARE(valueOf(first, u"notify_time"), QStringLiteral("2024-05-01 12:00:00"));
    const Sandbox::Notifier::Delivery d = h.gateway->notifier().deliveries().first();
    QVERIFY(d.delivered);
    QCOMPARE(d.attempts, 3);
}

void TestSandboxNotify::onlyExactlySuccessCounts()
{
    SandboxHarness h(0.00001);
    LoopbackResponder receiver;
    answerInTurn(receiver, {"success\n", " success", "SUCCESS", "\xEF\xBB\xBFsuccess",
                            "<html>success</html>"});
    receiver.enqueue(CannedReply::answer("success", 500));
    const Sandbox::FundAuthOrder order =
        pendingFreeze(h.ledger, receiver.url(QStringLiteral("/n")));
    QSignalSpy delivered(&h.gateway->notifier(), &Sandbox::Notifier::delivered);
    QVERIFY(h.gateway->confirmFreeze(order.authNo, Money(), payer()).ok());
    QVERIFY(delivered.wait(10000));
    QCOMPARE(receiver.requests().size(), 7);
}

void TestSandboxNotify::retriesFollowTheScaledSchedule()
{
    QCOMPARE(Sandbox::Notifier::retryDelaysMs(),
             (QList<qint64>{240000, 600000, 600000, 3600000, 7200000, 21600000, 54000000}));
    SandboxHarness h(0.001); // 240 ms, then 600 ms
    LoopbackResponder receiver;
    answerInTurn(receiver, {"fail", "fail"});
    const Sandbox::FundAuthOrder order =
        pendingFreeze(h.ledger, receiver.url(QStringLiteral("/n")));
    QList<qint64> at;
    QElapsedTimer clock;
    clock.start();
    connect(&h.gateway->notifier(), &Sandbox::Notifier::attempted, this,
            [&at, &clock] { at << clock.elapsed(); });
    QSignalSpy delivered(&h.gateway->notifier(), &Sandbox::Notifier::delivered);
    QVERIFY(h.gateway->confirmFreeze(order.authNo, Money(), payer()).ok());
    QVERIFY(delivered.wait(10000));
    QCOMPARE(at.size(), 3);
    QVERIFY2(at[1] - at[0] >= 220, qPrintable(QString::number(at[1] - at[0])));
    QVERIFY2(at[2] - at[1] >= 570, qPrintable(QString::number(at[2] - at[1])));
}

void TestSandboxNotify::deliveryIsAbandonedAfterEightAttempts()
{
    SandboxHarness h(0.000001); // the whole 24 h 24 min schedule in about 90 ms
    LoopbackResponder receiver;
    receiver.setHandler([](const RecordedRequest &) { return CannedReply::answer("fail"); });
    const Sandbox::FundAuthOrder order =
        pendingFreeze(h.ledger, receiver.url(QStringLiteral("/n")));
    QSignalSpy abandoned(&h.gateway->notifier(), &Sandbox::Notifier::abandoned);
    QVERIFY(h.gateway->confirmFreeze(order.authNo, Money(), payer()).ok());
    QVERIFY(abandoned.wait(10000));
    QCOMPARE(receiver.requests().size(), 8);
    QCOMPARE(h.gateway->notifier().deliveries().first().attempts, 8);
    QTest::qWait(50);
    QCOMPARE(receiver.requests().size(), 8);
}

void TestSandboxNotify::unfreezePayAndRefundAreNotified()
{
    SandboxHarness h(0.0001);
    LoopbackResponder receiver;
    receiver.setHandler([](const RecordedRequest &) { return CannedReply::answer("success"); });
    const QString url = receiver.url(QStringLiteral("/n")).toString();
    const ParameterList notify = {{QStringLiteral("notify_url"), url}};
    const Sandbox::FundAuthOrder order = authorize(h.ledger, u"O1", 10000, 2000);
    QSignalSpy delivered(&h.gateway->notifier(), &Sandbox::Notifier::delivered);

    SignedNode n = h.call(
        QStringLiteral("alipay.fund.auth.order.unfreeze"),
        QStringLiteral(R"({"auth_no":"%1","out_request_no":"U1","amount":"30.00","remark":"x"})")
            .arg(order.authNo)
            .toUtf8(),
        notify);
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 5000);
    ParameterList p = parametersOf(receiver.requests().last());
    QVERIFY(verifies(receiver.requests().last()));
    QCOMPARE(valueOf(p, u"notify_type"), QStringLiteral("fund_auth_unfreeze"));
    QCOMPARE(valueOf(p, u"operation_type"), QStringLiteral("UNFREEZE"));
    QCOMPARE(valueOf(p, u"credit_amount"), QStringLiteral("20.00"));
    QCOMPARE(valueOf(p, u"total_unfreeze_amount"), QStringLiteral("30.00"));
    QCOMPARE(valueOf(p, u"rest_amount"), QStringLiteral("70.00"));

    n = h.call(QStringLiteral("alipay.trade.pay"),
               QStringLiteral(R"({"out_trade_no":"T1","total_amount":"40.00","subject":"租金",)"
                              R"("product_code":"PREAUTH_PAY","auth_no":"%1","buyer_id":"%2",)"
                              R"("auth_confirm_mode":"COMPLETE"})")
                   .arg(order.authNo, order.payerUserId)
                   .toUtf8(),
               notify);
    QCOMPARE(n.code(), QStringLiteral("10000"));
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 5000);
    p = parametersOf(receiver.requests().last());
    QVERIFY(verifies(receiver.requests().last()));
    QCOMPARE(valueOf(p, u"notify_type"), QStringLiteral("trade_status_sync"));
    QCOMPARE(valueOf(p, u"trade_status"), QStringLiteral("TRADE_SUCCESS"));
    QCOMPARE(valueOf(p, u"total_amount"), QStringLiteral("40.00"));
    QCOMPARE(valueOf(p, u"unfreeze_amount"), QStringLiteral("30.00"));
    QCOMPARE(valueOf(p, u"buyer_id"), order.payerUserId);
    QCOMPARE(valueOf(p, u"seller_id"), payeeId());
    const QString tradeNo = n.text(u"trade_no");

    n = h.call(QStringLiteral("alipay.trade.refund"),
               QStringLiteral(R"({"trade_no":"%1","refund_amount":"40.00","out_request_no":"R1"})")
                   .arg(tradeNo)
                   .toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 3, 5000);
    p = parametersOf(receiver.requests().last());
    QVERIFY(verifies(receiver.requests().last()));
    QCOMPARE(valueOf(p, u"trade_status"), QStringLiteral("TRADE_CLOSED"));
    QCOMPARE(valueOf(p, u"refund_fee"), QStringLiteral("40.00"));
    QCOMPARE(valueOf(p, u"out_biz_no"), QStringLiteral("R1"));
    // A repeated refund moves nothing and notifies nothing.
    const int before = receiver.requests().size();
    h.call(QStringLiteral("alipay.trade.refund"),
           QStringLiteral(R"({"trade_no":"%1","refund_amount":"40.00","out_request_no":"R1"})")
               .arg(tradeNo)
               .toUtf8());
    QTest::qWait(100);
    QCOMPARE(receiver.requests().size(), before);
}

void TestSandboxNotify::notificationStatusIsVisibleOverHttp()
{
    SandboxHarness h(0.0001);
    LoopbackResponder receiver;
    answerInTurn(receiver, {"fail"});
    const Sandbox::FundAuthOrder order =
        pendingFreeze(h.ledger, receiver.url(QStringLiteral("/n")));
    QSignalSpy delivered(&h.gateway->notifier(), &Sandbox::Notifier::delivered);
    const HttpResult confirm = h.post(
        "/sandbox/user/confirm?auth_no=" + order.authNo.toLatin1() + "&credit_amount=10.00", {});
    QCOMPARE(confirm.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 5000);
    const QJsonObject status =
        QJsonDocument::fromJson(h.post("/sandbox/notifications", {}, "GET").body).object();
    const QJsonObject first = status.value(u"notifications").toArray().first().toObject();
    QCOMPARE(first.value(u"attempts").toInt(), 2);
    QVERIFY(first.value(u"delivered").toBool());
    QCOMPARE(first.value(u"notify_type").toString(), QStringLiteral("fund_auth_freeze"));
}

QTEST_GUILESS_MAIN(TestSandboxNotify)
#include "tst_sandboxnotify.moc"
