#include "VectorData.h"

#include "alipay/RsaPrivateKey.h"
#include "alipay/RsaPublicKey.h"

#include <QTest>

using DepositDesk::RsaPrivateKey;
using DepositDesk::RsaPublicKey;

namespace {

QByteArray extra(const char *name)
{
    return VectorData::read(QStringLiteral("keys-extra/") + QLatin1String(name));
}

} // namespace

class TestRsaKeys : public QObject
{
    Q_OBJECT

private slots:
    // Every form Alipay hands out or OpenSSL writes must load, and all must be the same key.
    void privateKeyForms_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("PKCS#8 PEM")
            << VectorData::key(QStringLiteral("merchant_private_pkcs8.pem"));
        QTest::newRow("PKCS#8 bare")
            << VectorData::key(QStringLiteral("merchant_private_pkcs8.b64.txt"));
        QTest::newRow("PKCS#1 PEM")
            << VectorData::key(QStringLiteral("merchant_private_pkcs1.pem"));
        QTest::newRow("PKCS#1 bare")
            << VectorData::key(QStringLiteral("merchant_private_pkcs1.b64.txt"));
        QByteArray wrapped = VectorData::key(QStringLiteral("merchant_private_pkcs8.b64.txt"));
        for (qsizetype i = 64; i < wrapped.size(); i += 65)
            wrapped.insert(i, "\r\n");
        QTest::newRow("bare, CRLF-wrapped, spaces around") << ("  " + wrapped + "  \n");
    }
    void privateKeyForms()
    {
        QFETCH(QByteArray, text);
        QString error;
        const auto key = RsaPrivateKey::load(text, &error);
        QVERIFY2(key.has_value(), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(key->bits(), 2048);
        const RsaPublicKey merchant = VectorData::publicKey(QStringLiteral("merchant_public.pem"));
        QVERIFY(key->matches(merchant));
        QCOMPARE(key->publicKey().spkiDer(), merchant.spkiDer());
        QVERIFY(!key->matches(VectorData::publicKey(QStringLiteral("alipay_public.pem"))));
        const QByteArray signature = key->signSha256("hello");
        QCOMPARE(signature.size(), 256);
        QVERIFY(merchant.verifySha256("hello", signature));
        QVERIFY(!merchant.verifySha256("hellO", signature));
    }

    void publicKeyForms_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("SPKI PEM") << VectorData::key(QStringLiteral("merchant_public.pem"));
        QTest::newRow("SPKI bare") << VectorData::key(QStringLiteral("merchant_public.b64.txt"));
        QTest::newRow("PKCS#1 PEM") << extra("merchant_public_pkcs1.pem");
    }
    void publicKeyForms()
    {
        QFETCH(QByteArray, text);
        QString error;
        const auto key = RsaPublicKey::load(text, &error);
        QVERIFY2(key.has_value(), qPrintable(error));
        QCOMPARE(key->bits(), 2048);
        const QByteArray spki = QByteArray::fromBase64(
            VectorData::key(QStringLiteral("merchant_public.b64.txt")).trimmed());
        QCOMPARE(key->spkiDer(), spki);
    }

    // Each refusal must say why; the message is matched on a word that names the reason.
    // Decision: keys shorter than 2048 bits are refused (RSA2 at Alipay is 2048-bit only).
    void privateKeyRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reasonWord");
        const QByteArray bare =
            VectorData::key(QStringLiteral("merchant_private_pkcs8.b64.txt")).trimmed();
        const QByteArray pem = VectorData::key(QStringLiteral("merchant_private_pkcs1.pem"));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << QStringLiteral("empty");
        QTest::newRow("garbage") << QByteArray("this is not a key!")
                                 << QStringLiteral("neither PEM nor base64");
        QTest::newRow("truncated base64")
            << bare.left(bare.size() / 2 + 1) << QStringLiteral("truncated");
        QTest::newRow("truncated at a quantum") << bare.left(800) << QStringLiteral("truncated");
        QTest::newRow("PEM without END") << pem.left(pem.size() / 2) << QStringLiteral("END");
        QTest::newRow("public key SPKI") << VectorData::key(QStringLiteral("merchant_public.pem"))
                                         << QStringLiteral("public key");
        QTest::newRow("public key bare")
            << VectorData::key(QStringLiteral("merchant_public.b64.txt"))
            << QStringLiteral("public key");
        QTest::newRow("EC key") << extra("ec_p256_private_pkcs8.pem") << QStringLiteral("EC");
        QTest::newRow("RSA-1024") << extra("rsa1024_private_pkcs8.pem") << QStringLiteral("1024");
        QTest::newRow("encrypted PKCS#8")
            << extra("other_private_encrypted_pkcs8.pem") << QStringLiteral("password");
        QTest::newRow("encrypted PKCS#1")
            << extra("other_private_encrypted_pkcs1.pem") << QStringLiteral("password");
    }
    void privateKeyRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reasonWord);
        QString error;
        QVERIFY(!RsaPrivateKey::load(text, &error).has_value());
        QVERIFY2(error.contains(reasonWord), qPrintable(error));
    }

    void publicKeyRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reasonWord");
        const QByteArray bare = VectorData::key(QStringLiteral("alipay_public.b64.txt")).trimmed();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("garbage") << QByteArray("MIIB%%%")
                                 << QStringLiteral("neither PEM nor base64");
        QTest::newRow("truncated") << bare.left(200) << QStringLiteral("truncated");
        QTest::newRow("private key given")
            << VectorData::key(QStringLiteral("alipay_private_pkcs8.pem"))
            << QStringLiteral("private key");
        QTest::newRow("bare private key given")
            << VectorData::key(QStringLiteral("merchant_private_pkcs1.b64.txt"))
            << QStringLiteral("private key");
        QTest::newRow("EC key") << extra("ec_p256_public.pem") << QStringLiteral("EC");
        QTest::newRow("RSA-1024") << extra("rsa1024_public.pem") << QStringLiteral("1024");
    }
    void publicKeyRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reasonWord);
        QString error;
        QVERIFY(!RsaPublicKey::load(text, &error).has_value());
        QVERIFY2(error.contains(reasonWord), qPrintable(error));
    }

    void matchingPrivateKey()
    {
        const RsaPublicKey merchant =
            VectorData::publicKey(QStringLiteral("merchant_public.b64.txt"));
        QString error;
        const auto good = RsaPrivateKey::loadMatching(
            VectorData::key(QStringLiteral("merchant_private_pkcs1.b64.txt")), merchant, &error);
        QVERIFY2(good.has_value(), qPrintable(error));

        const auto wrong =
            RsaPrivateKey::loadMatching(extra("other_private_pkcs8.pem"), merchant, &error);
        QVERIFY(!wrong.has_value());
        QVERIFY2(error.contains(u"does not belong to the application public key"),
                 qPrintable(error));

        // A load error is reported as such, not as a mismatch.
        QVERIFY(!RsaPrivateKey::loadMatching("garbage!", merchant, &error).has_value());
        QVERIFY2(error.contains(u"neither PEM nor base64"), qPrintable(error));
    }

    // No message may quote the key text it was given.
    void messagesCarryNoKeyMaterial()
    {
        const QByteArray bare =
            VectorData::key(QStringLiteral("merchant_private_pkcs8.b64.txt")).trimmed();
        const QList<QByteArray> inputs{bare.left(801), bare.left(800), bare + "!",
                                       VectorData::key(QStringLiteral("merchant_public.b64.txt"))};
        for (const QByteArray &input : inputs) {
            QString error;
            QVERIFY(!RsaPrivateKey::load(input, &error).has_value());
            QVERIFY(!error.isEmpty());
            QVERIFY2(!error.contains(QLatin1String(bare.mid(40, 12))), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestRsaKeys)
#include "tst_rsakeys.moc"
