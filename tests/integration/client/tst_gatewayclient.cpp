#include "ClientFixtures.h"
#include "ManualClock.h"
#include "alipay/GatewayClient.h"
#include "alipay/GatewayRequest.h"
#include "alipay/ResponseClassifier.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using Outcome = CallResult::Outcome;
using Cause = CallResult::UnknownCause;
using Mode = CannedReply::Mode;

Q_DECLARE_METATYPE(DepositDesk::Testing::CannedReply)
Q_DECLARE_METATYPE(DepositDesk::CallResult::UnknownCause)

namespace {

const QString Query = QStringLiteral("alipay.trade.query");
const QString Unfreeze = QStringLiteral("alipay.fund.auth.order.unfreeze");
const QByteArray QueryBiz =
    R"({"out_trade_no":"PAY_20240501_X","query_options":["fund_bill_list"]})";

CallResult run(GatewayClient &client, const QString &method, const QByteArray &biz)
{
    std::optional<CallResult> result;
    QObject context;
    client.call(method, biz, &context, [&result](const CallResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        qFatal("no callback within 10 s");
    return *result;
}

QStringList keys(const ParameterList &parameters)
{
    QStringList list;
    for (const Parameter &p : parameters)
        list << p.first;
    return list;
}

} // namespace

class TestGatewayClient : public QObject
{
    Q_OBJECT

private slots:
    void sendsProtocolParametersInTheQueryAndBizContentInTheBody()
    {
        LoopbackResponder gateway;
        GatewayAnswers answers;
        gateway.enqueue(CannedReply::answer(answers.signedBody(
            Query, GatewayAnswers::node(
                       QStringLiteral("10000"), {},
                       {{QStringLiteral("trade_status"), QStringLiteral("TRADE_SUCCESS")}}))));
        GatewayClient client(loopbackConfig(gateway.url()));
        client.setConfig([&] {
            GatewayConfig c = client.config();
            c.notifyUrl = QUrl(QStringLiteral("https://merchant.example.com/notify?a=1&b=+"));
            return c;
        }());
        const ManualClock clock(QDateTime(QDate(2024, 12, 31), QTime(16, 0, 5), Qt::UTC));
        client.setClock(clock);

        const CallResult result = run(client, Query, QueryBiz);
        QCOMPARE(gateway.requests().size(), 1);
        const RecordedRequest &request = gateway.requests().first();
        QCOMPARE(request.verb, QByteArray("POST"));
        QCOMPARE(request.path, QByteArray("/gateway.do"));
        QCOMPARE(request.headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded;charset=utf-8"));
        // Queries cause no notification: no notify_url even though one is configured.
        QCOMPARE(keys(request.queryParameters()),
                 QStringList({"app_id", "method", "format", "charset", "sign_type", "timestamp",
                              "version", "sign"}));
        QCOMPARE(keys(request.bodyParameters()), QStringList({"biz_content"}));
        QCOMPARE(request.parameter(QStringLiteral("biz_content")).toUtf8(), QueryBiz);
        QCOMPARE(request.parameter(QStringLiteral("timestamp")),
                 QStringLiteral("2025-01-01 00:00:05"));
        QCOMPARE(request.parameter(QStringLiteral("format")), QStringLiteral("JSON"));
        QCOMPARE(request.parameter(QStringLiteral("charset")), QStringLiteral("utf-8"));
        QCOMPARE(request.parameter(QStringLiteral("sign_type")), QStringLiteral("RSA2"));
        QCOMPARE(request.parameter(QStringLiteral("version")), QStringLiteral("1.0"));
        QCOMPARE(request.parameter(QStringLiteral("app_id")), QStringLiteral("2021000000000001"));
        QVERIFY(requestSignatureVerifies(request));
        // The signature travels percent-encoded: no raw '+', '/' or '=' in the query.
        const QByteArray rawSign = request.query.mid(request.query.indexOf("sign=") + 5);
        QVERIFY(!rawSign.contains('+') && !rawSign.contains('/') && !rawSign.contains('='));
        QCOMPARE(request.parameter(QStringLiteral("sign")).size(), 344);

        QCOMPARE(result.outcome, Outcome::Succeeded);
        QVERIFY(result.signatureVerified);
        QVERIFY(result.sent);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.code, QStringLiteral("10000"));
        QCOMPARE(result.field(u"trade_status"), QStringLiteral("TRADE_SUCCESS"));
        QVERIFY(!result.message.isEmpty());
    }

    void addsNotifyUrlOnlyWhenConfiguredAndNeverAnEmptyParameter()
    {
        LoopbackResponder gateway;
        GatewayAnswers answers;
        gateway.setHandler([&answers](const RecordedRequest &) {
            return CannedReply::answer(
                answers.signedBody(Unfreeze, GatewayAnswers::node(QStringLiteral("10000"))));
        });
        GatewayConfig config = loopbackConfig(gateway.url());
        GatewayClient client(config);
        const QByteArray biz =
            R"({"auth_no":"2024","out_request_no":"UF_1","amount":"0.10","remark":"押金"})";
        QCOMPARE(run(client, Unfreeze, biz).outcome, Outcome::Succeeded);

        config.notifyUrl = QUrl(QStringLiteral("https://merchant.example.com/alipay/notify?x=a b"));
        client.setConfig(config);
        QCOMPARE(run(client, Unfreeze, biz).outcome, Outcome::Succeeded);

        QCOMPARE(gateway.requests().size(), 2);
        QVERIFY(!keys(gateway.requests()[0].allParameters()).contains("notify_url"));
        QCOMPARE(gateway.requests()[1].parameter(QStringLiteral("notify_url")),
                 QStringLiteral("https://merchant.example.com/alipay/notify?x=a%20b"));
        for (const RecordedRequest &request : gateway.requests()) {
            QVERIFY(requestSignatureVerifies(request));
            for (const Parameter &p : request.allParameters())
                QVERIFY2(!p.second.trimmed().isEmpty(), qPrintable(p.first));
        }
    }

    void everyUnknownCauseFromARealGateway_data()
    {
        QTest::addColumn<CannedReply>("reply");
        QTest::addColumn<Cause>("cause");
        QTest::addColumn<QString>("shownCode");
        QTest::addColumn<QString>("shownSubCode");
        GatewayAnswers a;
        const auto node = &GatewayAnswers::node;
        const QString ok = QStringLiteral("10000");
        QTest::newRow("stalls past the timeout")
            << CannedReply::misbehave(Mode::Stall) << Cause::Timeout << QString() << QString();
        QTest::newRow("resets the connection") << CannedReply::misbehave(Mode::Reset)
                                               << Cause::ConnectionError << QString() << QString();
        QTest::newRow("HTTP 502") << CannedReply::answer("<html>Bad Gateway</html>", 502)
                                  << Cause::HttpStatus << QString() << QString();
        QTest::newRow("HTTP 302 is not followed") << [] {
            CannedReply r = CannedReply::answer({}, 302);
            r.extraHeaders.append(
                qMakePair(QByteArray("Location"), QByteArray("http://127.0.0.1:1/gateway.do")));
            return r;
        }() << Cause::HttpStatus << QString() << QString();
        QTest::newRow("20000") << CannedReply::answer(a.signedBody(
                                      Query, node(QStringLiteral("20000"),
                                                  QStringLiteral("isp.unknow-error"), {})))
                               << Cause::GatewayUnavailable << "20000"
                               << "isp.unknow-error";
        QTest::newRow("40004 ACQ.SYSTEM_ERROR")
            << CannedReply::answer(a.signedBody(
                   Query, node(QStringLiteral("40004"), QStringLiteral("ACQ.SYSTEM_ERROR"), {})))
            << Cause::SystemError << "40004"
            << "ACQ.SYSTEM_ERROR";
        QTest::newRow("40004 SYSTEM_ERROR")
            << CannedReply::answer(a.signedBody(
                   Query, node(QStringLiteral("40004"), QStringLiteral("SYSTEM_ERROR"), {})))
            << Cause::SystemError << "40004"
            << "SYSTEM_ERROR";
        QTest::newRow("40004 *UNKNOWN*")
            << CannedReply::answer(a.signedBody(
                   Query, node(QStringLiteral("40004"), QStringLiteral("ACQ.UNKNOWN_ERROR"), {})))
            << Cause::SystemError << "40004"
            << "ACQ.UNKNOWN_ERROR";
        QTest::newRow("10003 pending")
            << CannedReply::answer(a.signedBody(Query, node(QStringLiteral("10003"), {}, {})))
            << Cause::Pending << "10003" << QString();
        QTest::newRow("bad signature")
            << CannedReply::answer(a.badlySignedBody(Query, node(ok, {}, {})))
            << Cause::BadSignature << "10000" << QString();
        QTest::newRow("10000 without sign")
            << CannedReply::answer(a.unsignedBody(Query, node(ok, {}, {}))) << Cause::Unsigned
            << "10000" << QString();
        QTest::newRow("unsigned definitive refusal")
            << CannedReply::answer(a.unsignedBody(
                   Query, node(QStringLiteral("40004"), QStringLiteral("ACQ.TRADE_NOT_EXIST"), {})))
            << Cause::Unsigned << "40004"
            << "ACQ.TRADE_NOT_EXIST";
        QTest::newRow("empty sign")
            << CannedReply::answer("{\"alipay_trade_query_response\":" + node(ok, {}, {}) +
                                   ",\"sign\":\"\"}")
            << Cause::Unsigned << "10000" << QString();
        QTest::newRow("half a body, then close")
            << CannedReply::misbehave(Mode::HalfBodyThenClose,
                                      a.signedBody(Query, node(ok, {}, {})))
            << Cause::UnreadableBody << QString() << QString();
        QTest::newRow("cut off without length")
            << CannedReply::misbehave(Mode::BodyThenClose,
                                      a.signedBody(Query, node(ok, {}, {})).chopped(20))
            << Cause::UnreadableBody << QString() << QString();
        QTest::newRow("not JSON") << CannedReply::answer("<html>maintenance</html>")
                                  << Cause::UnreadableBody << QString() << QString();
        QTest::newRow("another method's node")
            << CannedReply::answer(a.signedBody(Unfreeze, node(ok, {}, {})))
            << Cause::UnreadableBody << QString() << QString();
        QTest::newRow("undefined code")
            << CannedReply::answer(a.signedBody(Query, node(QStringLiteral("40003"), {}, {})))
            << Cause::UnrecognizedCode << "40003" << QString();
    }

    void everyUnknownCauseFromARealGateway()
    {
        QFETCH(CannedReply, reply);
        QFETCH(Cause, cause);
        QFETCH(QString, shownCode);
        QFETCH(QString, shownSubCode);
        LoopbackResponder gateway;
        gateway.setHandler([reply](const RecordedRequest &) { return reply; });
        GatewayClient client(loopbackConfig(gateway.url(), 300));
        QElapsedTimer elapsed;
        elapsed.start();
        const CallResult result = run(client, Query, QueryBiz);
        QCOMPARE(result.outcome, Outcome::Unknown);
        QCOMPARE(result.unknownCause, cause);
        QVERIFY(result.sent);
        const bool signedAnswer = cause == Cause::Pending || cause == Cause::GatewayUnavailable ||
                                  cause == Cause::SystemError || cause == Cause::UnrecognizedCode;
        QCOMPARE(result.signatureVerified, signedAnswer);
        QCOMPARE(result.code, shownCode);
        QCOMPARE(result.subCode, shownSubCode);
        QVERIFY2(result.message.contains(QStringLiteral("unknown")) || cause == Cause::Pending,
                 qPrintable(result.message));
        if (reply.mode == Mode::Reset) {
            // Qt resends a request whose connection closed before any answer byte; the same
            // signed request, which §7 makes safe. Each attempt was reset here.
            QVERIFY(gateway.requests().size() >= 1);
            for (const RecordedRequest &request : gateway.requests())
                QCOMPARE(request.query, gateway.requests().first().query);
        } else {
            QCOMPARE(gateway.requests().size(), 1); // no retry, no redirect followed
        }
        QVERIFY(elapsed.elapsed() < 5000);
        if (cause == Cause::Timeout)
            QVERIFY(elapsed.elapsed() >= 290);
        if (cause == Cause::HttpStatus)
            QVERIFY(result.httpStatus == 502 || result.httpStatus == 302);
    }

    void noGatewayListeningIsAConnectionError()
    {
        QUrl url;
        {
            LoopbackResponder closed;
            url = closed.url();
        }
        GatewayClient client(loopbackConfig(url));
        const CallResult result = run(client, Query, QueryBiz);
        QCOMPARE(result.outcome, Outcome::Unknown);
        QCOMPARE(result.unknownCause, Cause::ConnectionError);
        QVERIFY(!result.detail.isEmpty());
    }

    void definitiveFailuresOnlyWhenSigned_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("subCode");
        GatewayAnswers a;
        const auto row = [&](const char *name, const char *code, const char *subCode) {
            QTest::newRow(name) << a.signedBody(Query,
                                                GatewayAnswers::node(QString::fromLatin1(code),
                                                                     QString::fromLatin1(subCode)))
                                << QString::fromLatin1(subCode);
        };
        row("40004 ACQ.TRADE_NOT_EXIST", "40004", "ACQ.TRADE_NOT_EXIST");
        row("40004 ORDER_ALREADY_CLOSED", "40004", "ORDER_ALREADY_CLOSED");
        row("20001", "20001", "aop.invalid-auth-token");
        row("40001", "40001", "isv.missing-signature");
        row("40002", "40002", "isv.invalid-signature");
        row("40006", "40006", "isv.insufficient-isv-permissions");
        QTest::newRow("signed error_response")
            << a.signedErrorBody(GatewayAnswers::node(QStringLiteral("40002"),
                                                      QStringLiteral("isv.invalid-method")))
            << QStringLiteral("isv.invalid-method");
    }

    void definitiveFailuresOnlyWhenSigned()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, subCode);
        LoopbackResponder gateway;
        gateway.enqueue(CannedReply::answer(body));
        GatewayClient client(loopbackConfig(gateway.url()));
        const CallResult result = run(client, Query, QueryBiz);
        QCOMPARE(result.outcome, Outcome::Failed);
        QCOMPARE(result.unknownCause, Cause::None);
        QVERIFY(result.signatureVerified);
        QVERIFY(result.sent);
        QCOMPARE(result.subCode, subCode);
        QVERIFY2(result.message.contains(subCode), qPrintable(result.message));
    }

    void certificateModeChecksTheAnswersCertificateSn()
    {
        const QByteArray appSn = "0123456789abcdef0123456789abcdef";
        const QByteArray rootSn =
            "11111111111111111111111111111111_22222222222222222222222222222222";
        const QByteArray alipaySn = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
        LoopbackResponder gateway;
        GatewayAnswers a;
        const QByteArray ok = GatewayAnswers::node(QStringLiteral("10000"));
        gateway.enqueue(CannedReply::answer(a.signedBody(Query, ok, alipaySn)));
        gateway.enqueue(
            CannedReply::answer(a.signedBody(Query, ok, "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")));
        gateway.enqueue(CannedReply::answer(a.signedBody(Query, ok)));
        GatewayConfig config = loopbackConfig(gateway.url());
        config.appCertSn = QString::fromLatin1(appSn);
        config.alipayRootCertSn = QString::fromLatin1(rootSn);
        config.alipayCertSn = QString::fromLatin1(alipaySn);
        QVERIFY2(config.isValid(), qPrintable(config.problems().join(u'\n')));
        GatewayClient client(config);

        const CallResult matching = run(client, Query, QueryBiz);
        QCOMPARE(matching.outcome, Outcome::Succeeded);
        const RecordedRequest &request = gateway.requests().first();
        QCOMPARE(request.parameter(QStringLiteral("app_cert_sn")).toLatin1(), appSn);
        QCOMPARE(request.parameter(QStringLiteral("alipay_root_cert_sn")).toLatin1(), rootSn);
        QVERIFY(keys(request.queryParameters()).contains("app_cert_sn"));
        QVERIFY(keys(request.queryParameters()).contains("alipay_root_cert_sn"));
        QVERIFY(requestSignatureVerifies(request));

        const CallResult rotated = run(client, Query, QueryBiz);
        QCOMPARE(rotated.outcome, Outcome::Unknown);
        QCOMPARE(rotated.unknownCause, Cause::CertSnMismatch);
        QVERIFY(rotated.message.contains(QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")));

        const CallResult missing = run(client, Query, QueryBiz);
        QCOMPARE(missing.outcome, Outcome::Unknown);
        QCOMPARE(missing.unknownCause, Cause::CertSnMismatch);
    }

    // A huge answer to a money-moving call is aborted as soon as it passes the cap: the call
    // ends long before the gateway has sent it all, Unknown, the limit named.
    void aHugeAnswerIsAbortedAndUnknown_data()
    {
        QTest::addColumn<bool>("announceLength");
        QTest::newRow("with Content-Length") << true;
        QTest::newRow("streamed without length") << false;
    }

    void aHugeAnswerIsAbortedAndUnknown()
    {
        QFETCH(bool, announceLength);
        constexpr qint64 Huge = 50 * 1024 * 1024;
        LoopbackResponder gateway;
        GatewayAnswers a;
        // Starts like a real success, so only the cap can stop it.
        const QByteArray start =
            "{\"alipay_fund_auth_order_unfreeze_response\":{\"code\":\"10000\",\"msg\":\"";
        gateway.enqueue(CannedReply::streamed(Huge, announceLength, start));
        GatewayClient client(loopbackConfig(gateway.url(), 20000));
        QElapsedTimer elapsed;
        elapsed.start();
        const CallResult result = run(client, Unfreeze, R"({"auth_no":"A1","amount":"1.00"})");
        QCOMPARE(result.outcome, Outcome::Unknown);
        QCOMPARE(result.unknownCause, Cause::UnreadableBody);
        QVERIFY(result.sent);
        QVERIFY(result.body.isEmpty());
        QVERIFY2(result.detail.contains(QStringLiteral("larger than 1 MiB")),
                 qPrintable(result.detail));
        QVERIFY2(result.message.contains(QStringLiteral("larger than 1 MiB")) &&
                     result.message.contains(QStringLiteral("unknown")),
                 qPrintable(result.message));
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
        // Aborted while most of it was still unsent, i.e. never held in memory.
        QVERIFY2(gateway.bytesStreamed() < 8 * ResponseClassifier::MaxAnswerBytes,
                 qPrintable(QString::number(gateway.bytesStreamed())));
        QCOMPARE(client.callsInFlight(), 0);
    }

    // Just under the cap is an answer like any other.
    void anAnswerJustUnderTheCapIsRead()
    {
        LoopbackResponder gateway;
        GatewayAnswers a;
        const QByteArray body = a.signedBody(
            Query,
            GatewayAnswers::node(QStringLiteral("10000"), {},
                                 {{QStringLiteral("body"),
                                   QString(ResponseClassifier::MaxAnswerBytes - 2048, u'x')}}));
        QVERIFY(body.size() <= ResponseClassifier::MaxAnswerBytes);
        QVERIFY(body.size() > ResponseClassifier::MaxAnswerBytes - 4096);
        gateway.enqueue(CannedReply::answer(body));
        GatewayClient client(loopbackConfig(gateway.url(), 10000));
        const CallResult result = run(client, Query, QueryBiz);
        QCOMPARE(result.outcome, Outcome::Succeeded);
        QCOMPARE(result.body.size(), body.size());
    }

    // Nesting: 64 levels are read, 65 refused before parsing (Unknown, the limit named).
    void deeplyNestedAnswers_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("refused");
        QTest::newRow("64 levels") << 64 << false;
        QTest::newRow("65 levels") << 65 << true;
        QTest::newRow("100000 levels") << 100000 << true;
    }

    void deeplyNestedAnswers()
    {
        QFETCH(int, depth);
        QFETCH(bool, refused);
        // The body and the node are two levels; the rest nests inside a field.
        const QByteArray node =
            "{\"code\":\"10000\",\"msg\":\"Success\",\"x\":" + QByteArray(depth - 2, '[') +
            QByteArray(depth - 2, ']') + '}';
        GatewayAnswers a;
        const QByteArray body = a.signedBody(Unfreeze, node);
        QCOMPARE(ResponseClassifier::nestingDepth(body, 1000000), depth);
        LoopbackResponder gateway;
        gateway.enqueue(CannedReply::answer(body));
        GatewayClient client(loopbackConfig(gateway.url(), 10000));
        const CallResult result = run(client, Unfreeze, R"({"auth_no":"A1","amount":"1.00"})");
        if (!refused) {
            QCOMPARE(result.outcome, Outcome::Succeeded);
            return;
        }
        QCOMPARE(result.outcome, Outcome::Unknown);
        QCOMPARE(result.unknownCause, Cause::UnreadableBody);
        QVERIFY(!result.signatureVerified);
        QVERIFY(result.node.isEmpty());
        QVERIFY(result.code.isEmpty());
        QVERIFY2(result.detail.contains(QStringLiteral("nested deeper than 64 levels")),
                 qPrintable(result.detail));
        QVERIFY2(result.message.contains(QStringLiteral("nested deeper than 64 levels")) &&
                     result.message.contains(QStringLiteral("unknown")),
                 qPrintable(result.message));
    }

    void callbackIsBoundToItsContext()
    {
        LoopbackResponder gateway;
        GatewayAnswers a;
        gateway.enqueue(CannedReply::answer(
            a.signedBody(Query, GatewayAnswers::node(QStringLiteral("10000")))));
        GatewayClient client(loopbackConfig(gateway.url()));
        QSignalSpy finished(&client, &GatewayClient::callFinished);
        bool called = false;
        auto *context = new QObject;
        client.call(Query, QueryBiz, context, [&called](const CallResult &) { called = true; });
        QCOMPARE(client.callsInFlight(), 1);
        delete context;
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<CallResult>().outcome, Outcome::Succeeded);
        QVERIFY(!called);
        QCOMPARE(client.callsInFlight(), 0);
    }

    void anUnusableConfigurationSendsNothing()
    {
        LoopbackResponder gateway;
        GatewayConfig config = loopbackConfig(gateway.url());
        config.alipayPublicKey.reset();
        GatewayClient client(config);
        bool calledSynchronously = false;
        std::optional<CallResult> result;
        QObject context;
        client.call(Query, QueryBiz, &context, [&](const CallResult &r) { result = r; });
        calledSynchronously = result.has_value();
        QTRY_VERIFY(result.has_value());
        QVERIFY(!calledSynchronously); // always delivered from the event loop
        QCOMPARE(result->outcome, Outcome::Failed);
        QVERIFY(!result->sent);
        QVERIFY(result->message.contains(QStringLiteral("Alipay public key")));
        QCOMPARE(gateway.requests().size(), 0);
    }

    void signedOrderStringNeedsNoNetwork()
    {
        GatewayConfig config =
            loopbackConfig(QUrl(QStringLiteral("https://openapi.alipay.com/gateway.do")));
        config.notifyUrl = QUrl(QStringLiteral("https://merchant.example.com/n"));
        GatewayClient client(config);
        const ManualClock clock(QDateTime(QDate(2024, 5, 1), QTime(4, 0), Qt::UTC));
        client.setClock(clock);
        const QString method = QStringLiteral("alipay.fund.auth.order.app.freeze");
        const auto request = client.signedRequest(method, R"({"amount":"0.01","x":"a b+c"})");
        QVERIFY(request);
        const QByteArray order = request->orderString();
        QVERIFY(order.startsWith(
            "app_id=2021000000000001&method=alipay.fund.auth.order.app.freeze&format=JSON&charset="
            "utf-8&sign_type=RSA2&timestamp=2024-05-01%2012%3A00%3A00&version=1.0&notify_url=https%"
            "3A%2F%2Fmerchant.example.com%2Fn&biz_content=%7B%22amount%22%3A%220.01%22%2C%22x%22%"
            "3A%22a%20b%2Bc%22%7D&sign="));
        RecordedRequest asReceived;
        asReceived.query = order;
        QVERIFY(requestSignatureVerifies(asReceived));
    }
};

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "tst_gatewayclient.moc"
