#include "VectorData.h"

#include "alipay/ResponseVerifier.h"
#include "alipay/RsaPrivateKey.h"

#include <QTest>

using DepositDesk::ResponseVerifier;
using DepositDesk::RsaPublicKey;

// Response verification against responses.json (ground truth from the official Node SDK).
class TestResponseVerifier : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("signedText");
        QTest::addColumn<bool>("expectValid");
        const QJsonArray cases = VectorData::cases(QStringLiteral("responses.json"));
        QCOMPARE(cases.size(), 23);
        for (const QJsonValue &value : cases) {
            const QJsonObject c = value.toObject();
            const QString id = c.value(u"id").toString();
            const QString kind = c.value(u"kind").toString();
            // Our decisions for the `layout` cases (README: "decide what the client should do"):
            // R05 (sign before the node) and R17 (whitespace before the body) are accepted: we
            // locate members of the top-level object wherever they are, and the signature covers
            // exactly the node text, so nothing unsigned is trusted. R20 (node of another
            // method) is refused: a signed answer to a different call must never be taken as
            // the answer to the call we made.
            const bool expectValid = kind == u"valid" || id == u"R05" || id == u"R17";
            QTest::newRow(qPrintable(id + u' ' + kind))
                << c.value(u"raw").toString().toUtf8() << c.value(u"called_method").toString()
                << kind << c.value(u"gateway_signed_text").toString().toUtf8() << expectValid;
        }
    }
    void vectors()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, method);
        QFETCH(QString, kind);
        QFETCH(QByteArray, signedText);
        QFETCH(bool, expectValid);
        const RsaPublicKey alipay = VectorData::publicKey(QStringLiteral("alipay_public.pem"));

        const ResponseVerifier::Result result = ResponseVerifier::verify(raw, method, alipay);
        QCOMPARE(result.signatureValid, expectValid);
        if (expectValid) {
            // The verified text is byte for byte what the gateway signed.
            QCOMPARE(result.nodeText, signedText);
            QVERIFY(result.signaturePresent);
        }
        if (kind == u"unsigned")
            QVERIFY(!result.signaturePresent);
        if (kind == u"tampered") {
            // Refused for the right reason: node found and signature present, but the text in
            // the body is not the text that was signed.
            QVERIFY(!result.nodeText.isEmpty());
            QVERIFY(result.signaturePresent);
            QVERIFY(result.nodeText != signedText);
        }
        if (kind == u"layout" && !expectValid) {
            // R20: the method's node is absent, and error_response too: nothing to trust.
            QVERIFY(result.nodeName.isEmpty());
            QVERIFY(result.nodeText.isEmpty());
        }
        // Where the gateway signed a node, extracting that node gives the signed text, whatever
        // the layout (for R20 the node of the other method is asked for by its own name).
        if (!signedText.isEmpty() && kind != u"tampered") {
            const qsizetype at = raw.indexOf("_response\"");
            const qsizetype nameStart = raw.lastIndexOf('"', at) + 1;
            const QByteArray presentNode = raw.mid(nameStart, at + 9 - nameStart);
            QCOMPARE(ResponseVerifier::extractNode(raw, presentNode), signedText);
        }
    }

    void errorResponseIsUsedWhenTheMethodNodeIsAbsent()
    {
        // R06: a correctly signed error_response for an unknown method is valid.
        const QJsonArray cases = VectorData::cases(QStringLiteral("responses.json"));
        const QJsonObject r06 = cases.at(5).toObject();
        QCOMPARE(r06.value(u"id").toString(), QStringLiteral("R06"));
        const auto result = ResponseVerifier::verify(
            r06.value(u"raw").toString().toUtf8(), r06.value(u"called_method").toString(),
            VectorData::publicKey(QStringLiteral("alipay_public.pem")));
        QCOMPARE(result.nodeName, QByteArray("error_response"));
        QVERIFY(result.signatureValid);
    }

    void nodeNames()
    {
        QCOMPARE(ResponseVerifier::nodeNameFor(QStringLiteral("alipay.fund.auth.order.unfreeze")),
                 QByteArray("alipay_fund_auth_order_unfreeze_response"));
    }

    void certSnIsReported()
    {
        const QJsonArray cases = VectorData::cases(QStringLiteral("responses.json"));
        const QJsonObject r15 = cases.at(14).toObject();
        QCOMPARE(r15.value(u"id").toString(), QStringLiteral("R15"));
        const QByteArray raw = r15.value(u"raw").toString().toUtf8();
        const auto result =
            ResponseVerifier::verify(raw, r15.value(u"called_method").toString(),
                                     VectorData::publicKey(QStringLiteral("alipay_public.pem")));
        QVERIFY(result.signatureValid);
        QVERIFY(!result.alipayCertSn.isEmpty());
        QVERIFY(raw.contains(QByteArray("\"alipay_cert_sn\":\"" + result.alipayCertSn + '"')));
    }

    // Bodies built here, signed with the test alipay key, for what the vectors do not cover.
    void malformedAndAmbiguousBodiesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("valid");
        const QByteArray node = "{\"code\":\"10000\",\"msg\":\"Success\",\"note\":\"a}b\\\"{\"}";
        const QByteArray sign = VectorData::privateKey(QStringLiteral("alipay_private_pkcs8.pem"))
                                    .signSha256(node)
                                    .toBase64();
        const QByteArray member = "\"alipay_trade_query_response\":" + node;
        const QByteArray signMember = "\"sign\":\"" + sign + '"';
        const auto object = [](const QList<QByteArray> &members) {
            return QByteArray('{' + members.join(',') + '}');
        };
        QTest::newRow("reference") << object({member, signMember}) << true;
        QTest::newRow("sign before node, space around")
            << QByteArray("\n " + object({signMember, member}) + "\r\n") << true;
        QTest::newRow("escaped slash in sign")
            << object({member, QByteArray(signMember).replace("/", "\\/")}) << true;
        QTest::newRow("duplicate node") << object({member, member, signMember}) << false;
        QTest::newRow("duplicate sign") << object({member, signMember, signMember}) << false;
        QTest::newRow("trailing garbage")
            << QByteArray(object({member, signMember}) + 'x') << false;
        QTest::newRow("unbalanced") << object({member.chopped(1), signMember}) << false;
        QTest::newRow("sign not base64")
            << object({member, QByteArray("\"sign\":\"%%" + sign + '"')}) << false;
        QTest::newRow("sign not a string")
            << object({member, QByteArray("\"sign\":[\"" + sign + "\"]")}) << false;
        QTest::newRow("node is a string")
            << object({"\"alipay_trade_query_response\":\"x\"", signMember}) << false;
        QTest::newRow("node nested deeper")
            << object({QByteArray("\"outer\":" + object({member})), signMember}) << false;
        QTest::newRow("not an object") << QByteArray('[' + member + ']') << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void malformedAndAmbiguousBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        const auto result =
            ResponseVerifier::verify(body, QStringLiteral("alipay.trade.query"),
                                     VectorData::publicKey(QStringLiteral("alipay_public.pem")));
        QCOMPARE(result.signatureValid, valid);
    }
};

QTEST_GUILESS_MAIN(TestResponseVerifier)
#include "tst_responseverifier.moc"
