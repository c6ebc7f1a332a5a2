#include "GatewayAnswers.h"
#include "VectorFiles.h"
#include "alipay/ResponseClassifier.h"

#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using Outcome = CallResult::Outcome;
using Cause = CallResult::UnknownCause;

Q_DECLARE_METATYPE(DepositDesk::CallResult::Outcome)
Q_DECLARE_METATYPE(DepositDesk::CallResult::UnknownCause)

namespace {

ResponseClassifier::Expectation expectation(const QString &method)
{
    ResponseClassifier::Expectation expect;
    expect.method = method;
    expect.alipayKey = loadPublicKey(QStringLiteral("alipay_public.pem"));
    expect.timeoutMs = 15000;
    return expect;
}

} // namespace

class TestResponseClassifier : public QObject
{
    Q_OBJECT

private slots:
    // The SDK-made answers of responses.json, classified as the console must act on them.
    void classifiesTheVectorResponses_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<Cause>("cause");
        QTest::addColumn<QString>("kind");
        const QJsonArray cases = vectorCases(QStringLiteral("responses.json"));
        QCOMPARE(cases.size(), 23);
        for (const QJsonValue &c : cases) {
            const QString id = c[u"id"].toString();
            const QString kind = c[u"kind"].toString();
            Outcome outcome = Outcome::Succeeded;
            Cause cause = Cause::None;
            if (id == u"R06" || id == u"R07" || id == u"R22") {
                outcome = Outcome::Failed; // signed 40002 / 40004 with definitive sub_codes
            } else if (kind == u"tampered") {
                outcome = Outcome::Unknown;
                cause = Cause::BadSignature;
            } else if (kind == u"unsigned") {
                outcome = Outcome::Unknown;
                cause = Cause::Unsigned;
            } else if (id == u"R20") {
                outcome = Outcome::Unknown; // only another method's node: nothing to believe
                cause = Cause::UnreadableBody;
            }
            QTest::newRow(id.toUtf8().constData())
                << c[u"called_method"].toString() << c[u"raw"].toString().toUtf8() << outcome
                << cause << kind;
        }
    }

    void classifiesTheVectorResponses()
    {
        QFETCH(QString, method);
        QFETCH(QByteArray, raw);
        QFETCH(Outcome, outcome);
        QFETCH(Cause, cause);
        QFETCH(QString, kind);
        const CallResult result = ResponseClassifier::fromBody(expectation(method), raw);
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.unknownCause, cause);
        QCOMPARE(result.signatureVerified, cause == Cause::None);
        QVERIFY(!result.message.isEmpty());
        if (kind != u"layout" || result.signatureVerified)
            QVERIFY(!result.code.isEmpty() || cause == Cause::UnreadableBody);
    }

    void unknownSubCodes()
    {
        for (const char *code : {"ACQ.SYSTEM_ERROR", "SYSTEM_ERROR", "isp.unknow-error",
                                 "aop.unknow-error", "ACQ.UNKNOWN", "system_error"})
            QVERIFY2(ResponseClassifier::isUnknownSubCode(QString::fromLatin1(code)), code);
        for (const char *code : {"ACQ.TRADE_NOT_EXIST", "ORDER_ALREADY_CLOSED",
                                 "ACQ.TRADE_HAS_SUCCESS", "REQUEST_AMOUNT_EXCEED", ""})
            QVERIFY2(!ResponseClassifier::isUnknownSubCode(QString::fromLatin1(code)), code);
    }

    void transportFailuresAreUnknownWithAMessage_data()
    {
        QTest::addColumn<Cause>("cause");
        QTest::addColumn<QString>("says");
        QTest::newRow("timeout") << Cause::Timeout << QStringLiteral("15 seconds");
        QTest::newRow("connection") << Cause::ConnectionError << QStringLiteral("connection");
        QTest::newRow("status") << Cause::HttpStatus << QStringLiteral("HTTP status 503");
    }

    void transportFailuresAreUnknownWithAMessage()
    {
        QFETCH(Cause, cause);
        QFETCH(QString, says);
        const CallResult result = ResponseClassifier::fromTransport(
            expectation(QStringLiteral("alipay.trade.pay")), cause, 503, "x", QString());
        QCOMPARE(result.outcome, Outcome::Unknown);
        QVERIFY2(result.message.contains(says), qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("Do not start it again")));
    }

    // Brackets inside strings (escaped quotes too) do not nest; the scan stops past the limit.
    void nestingDepthScansTheRawBytes()
    {
        QCOMPARE(ResponseClassifier::nestingDepth("{}"), 1);
        QCOMPARE(ResponseClassifier::nestingDepth("{\"a\":[{\"b\":[]}]}"), 4);
        QCOMPARE(ResponseClassifier::nestingDepth("{\"a\":\"[[[{{{\\\"[[[\",\"b\":{}}"), 2);
        QCOMPARE(ResponseClassifier::nestingDepth(QByteArray(1000, '['), 64), 65);
        QCOMPARE(ResponseClassifier::nestingDepth("not json"), 0);
    }

    // Past a cap, a complete body is refused before it is parsed or verified: Unknown, limit
    // named.
    void answersPastTheCapsAreUnknown()
    {
        const QString method = QStringLiteral("alipay.fund.auth.order.unfreeze");
        GatewayAnswers a;
        const QByteArray deep = a.signedBody(
            method, "{\"code\":\"10000\",\"msg\":\"Success\",\"x\":" + QByteArray(63, '[') +
                        QByteArray(63, ']') + '}');
        const CallResult nested = ResponseClassifier::fromBody(expectation(method), deep);
        QCOMPARE(nested.outcome, Outcome::Unknown);
        QCOMPARE(nested.unknownCause, Cause::UnreadableBody);
        QVERIFY(nested.code.isEmpty());
        QVERIFY(nested.message.contains(QStringLiteral("nested deeper than 64 levels")));

        const QByteArray big = a.signedBody(
            method, GatewayAnswers::node(QStringLiteral("10000"), {},
                                         {{QStringLiteral("x"),
                                           QString(ResponseClassifier::MaxAnswerBytes, u'x')}}));
        const CallResult large = ResponseClassifier::fromBody(expectation(method), big);
        QCOMPARE(large.outcome, Outcome::Unknown);
        QCOMPARE(large.unknownCause, Cause::UnreadableBody);
        QVERIFY(large.body.isEmpty());
        QVERIFY(large.detail.contains(QStringLiteral("larger than 1 MiB")));
        QVERIFY(large.message.contains(QStringLiteral("larger than 1 MiB")));
    }

    void refusedBeforeSendingIsAFailureThatSentNothing()
    {
        const CallResult result = ResponseClassifier::notSent(QStringLiteral("alipay.trade.pay"),
                                                              QStringLiteral("the amount is 0."));
        QCOMPARE(result.outcome, Outcome::Failed);
        QVERIFY(!result.sent);
        QVERIFY(result.message.contains(QStringLiteral("the amount is 0.")));
    }
};

QTEST_GUILESS_MAIN(TestResponseClassifier)
#include "tst_responseclassifier.moc"
