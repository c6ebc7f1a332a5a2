#include "VectorData.h"

#include "alipay/Certificate.h"

#include <QTest>

using DepositDesk::Certificate;

namespace {

QByteArray cert(const QString &name)
{
    return VectorData::read(QStringLiteral("certs/") + name);
}

// tests/data/certs/expected.json: computed by the official Node SDK, not by our code.
QJsonObject expected()
{
    return QJsonDocument::fromJson(cert(QStringLiteral("expected.json"))).object();
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private slots:
    void singleCertificates_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sn");
        QTest::addColumn<QByteArray>("spki");
        QTest::addColumn<QString>("oid");
        const QJsonObject certificates = expected().value(u"certificates").toObject();
        QCOMPARE(certificates.size(), 5);
        for (auto it = certificates.constBegin(); it != certificates.constEnd(); ++it) {
            const QJsonObject e = it.value().toObject();
            QTest::newRow(qPrintable(it.key()))
                << it.key() << e.value(u"sn").toString()
                << QByteArray::fromBase64(e.value(u"public_key_spki_base64").toString().toLatin1())
                << e.value(u"signature_oid").toString();
        }
    }
    void singleCertificates()
    {
        QFETCH(QString, file);
        QFETCH(QString, sn);
        QFETCH(QByteArray, spki);
        QFETCH(QString, oid);
        QString error;
        const auto certificate = Certificate::load(cert(file), &error);
        QVERIFY2(certificate.has_value(), qPrintable(error));
        QCOMPARE(certificate->sn(), sn);
        QCOMPARE(Certificate::appCertSn(cert(file)), sn);
        QCOMPARE(certificate->signatureAlgorithmOid(), oid);
        QCOMPARE(certificate->isRsaFamilySigned(), oid.startsWith(u"1.2.840.113549.1.1."));
        QCOMPARE(certificate->der().isEmpty(), false);
        const auto key = certificate->publicKey(&error);
        if (file == u"root_ec.crt") {
            QVERIFY(!key.has_value()); // an EC key is not an RSA2 key
            QVERIFY2(error.contains(u"EC"), qPrintable(error));
        } else {
            QVERIFY2(key.has_value(), qPrintable(error));
            QCOMPARE(key->spkiDer(), spki);
        }
    }

    void issuerInJavaOrder()
    {
        const auto app =
            Certificate::load(cert(QStringLiteral("appCertPublicKey_2021000000000001.crt")));
        QVERIFY(app);
        QCOMPARE(app->issuerName(),
                 QStringLiteral("CN=DepositDesk Test RSA Root,OU=Test Certification "
                                "Authority,O=DepositDesk Test,C=CN"));
        QCOMPARE(app->serialDecimal(), QStringLiteral("4660"));
        const auto root2 = Certificate::load(cert(QStringLiteral("root_rsa2.crt")));
        QVERIFY(root2);
        QCOMPARE(root2->issuerName(),
                 QStringLiteral("CN=DepositDesk Test RSA Root 2,OU=Test Certification "
                                "Authority,O=DepositDesk Test,L=Shanghai,ST=Shanghai,C=CN"));
        // A serial with the high bit set (DER adds a 0x00) is still positive.
        const auto alipay = Certificate::load(cert(QStringLiteral("alipayCertPublicKey_RSA2.crt")));
        QVERIFY(alipay);
        QCOMPARE(alipay->serialDecimal(),
                 QStringLiteral("256540638193259940423263443406092068745"));
    }

    void rootBundle()
    {
        const QString sn = expected()
                               .value(u"bundles")
                               .toObject()
                               .value(u"alipayRootCert.crt")
                               .toObject()
                               .value(u"root_cert_sn")
                               .toString();
        QString error;
        QCOMPARE(Certificate::rootCertSn(cert(QStringLiteral("alipayRootCert.crt")), &error), sn);
        QVERIFY(error.isEmpty());
        // Three certificates in the bundle, the EC one left out of the SN.
        const auto bundle = Certificate::loadBundle(cert(QStringLiteral("alipayRootCert.crt")));
        QVERIFY(bundle);
        QCOMPARE(bundle->size(), 3);
        QCOMPARE(sn.count(u'_'), 1);
        QVERIFY(!sn.contains(bundle->at(1).sn()));

        // A bundle of the EC root alone has no RSA root: refused with a reason.
        QVERIFY(Certificate::rootCertSn(cert(QStringLiteral("root_ec.crt")), &error).isEmpty());
        QVERIFY2(error.contains(u"no RSA certificate"), qPrintable(error));
    }

    void privateKeyMatchesAppCertificate()
    {
        const auto app =
            Certificate::load(cert(QStringLiteral("appCertPublicKey_2021000000000001.crt")));
        QVERIFY(app);
        QString error;
        QVERIFY2(
            app->matchesPrivateKey(
                VectorData::privateKey(QStringLiteral("merchant_private_pkcs1.b64.txt")), &error),
            qPrintable(error));
        QVERIFY(!app->matchesPrivateKey(
            VectorData::privateKey(QStringLiteral("alipay_private_pkcs8.pem")), &error));
        QVERIFY2(error.contains(u"does not belong to the application public-key certificate"),
                 qPrintable(error));
        QVERIFY2(error.contains(u"CN=2021000000000001"), qPrintable(error));
    }

    void chains()
    {
        const auto bundle = Certificate::loadBundle(cert(QStringLiteral("alipayRootCert.crt")));
        QVERIFY(bundle);
        const auto alipay = Certificate::load(cert(QStringLiteral("alipayCertPublicKey_RSA2.crt")));
        QVERIFY(alipay);
        QVERIFY(alipay->chainsTo(*bundle));
        // Roots other than the issuer are not enough.
        QVERIFY(!alipay->chainsTo({bundle->at(1), bundle->at(2)}));
        QVERIFY(!alipay->chainsTo({}));
        // A self-signed certificate outside the bundle does not chain to it.
        const auto foreign = Certificate::load(cert(QStringLiteral("root_rsa2.crt")));
        QVERIFY(foreign);
        QVERIFY(!foreign->chainsTo({bundle->at(0)}));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("reasonWord");
        const QByteArray good = cert(QStringLiteral("alipayCertPublicKey_RSA2.crt"));
        QTest::newRow("empty") << QByteArray("\n") << QStringLiteral("empty");
        QTest::newRow("no PEM") << QByteArray("hello") << QStringLiteral("no PEM certificate");
        QTest::newRow("private key")
            << VectorData::key(QStringLiteral("merchant_private_pkcs8.pem"))
            << QStringLiteral("private key");
        QTest::newRow("cut short") << good.left(good.size() / 2) << QStringLiteral("cut short");
        QByteArray damaged = good;
        damaged[damaged.indexOf('\n') + 10] = '*';
        QTest::newRow("not base64") << damaged << QStringLiteral("damaged");
        QByteArray truncatedBody = good;
        const qsizetype endLine = truncatedBody.indexOf("-----END");
        truncatedBody.remove(endLine - 200, 196); // keeps whole base64 quanta, loses DER bytes
        QTest::newRow("truncated DER") << truncatedBody << QStringLiteral("damaged");
        QTest::newRow("second certificate damaged")
            << QByteArray(good + damaged) << QStringLiteral("Certificate 2");
    }
    void malformedFiles()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, reasonWord);
        QString error;
        QVERIFY(!Certificate::loadBundle(pem, &error).has_value());
        QVERIFY2(error.contains(reasonWord), qPrintable(error));
        QVERIFY(Certificate::rootCertSn(pem, &error).isEmpty());
        QVERIFY2(error.contains(reasonWord), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
