// Credentials without a keychain: importing parts from files, building a GatewayConfig in both
// modes with the committed test keys and certificates, the keychain entry format and service
// names, wiping, and switching core dumps off.

#include "secrets/CoreDumps.h"
#include "secrets/CredentialStore.h"
#include "secrets/Credentials.h"
#include "secrets/CredentialsCodec.h"
#include "secrets/SecretBytes.h"

#include "SecretsTestData.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace DepositDesk;
using Part = Credentials::Part;
using namespace DepositDesk::Testing;

namespace {

const QString AppId = TestAppId;

QString keyPath(const char *name)
{
    return keyFilePath(QLatin1String(name));
}

QString certPath(const char *name)
{
    return certFilePath(QLatin1String(name));
}

// Public-key mode with the merchant key in the given encoding, without the app public key.
Credentials publicKeyMode(const char *privateFile = "merchant_private_pkcs8.pem")
{
    Credentials credentials = publicKeyCredentials();
    importOrDie(credentials, Part::MerchantPrivateKey, keyPath(privateFile));
    credentials.setPart(Part::AppPublicKey, {});
    return credentials;
}

Credentials certificateMode()
{
    return certificateCredentials();
}

QJsonObject expectedCerts()
{
    return QJsonDocument::fromJson(readTestData(QStringLiteral("certs/expected.json"))).object();
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicKeyModeBuildsAWorkingConfig_data()
    {
        QTest::addColumn<QByteArray>("privateFile");
        QTest::newRow("PKCS#8 PEM") << QByteArray("merchant_private_pkcs8.pem");
        QTest::newRow("PKCS#1 PEM") << QByteArray("merchant_private_pkcs1.pem");
        QTest::newRow("PKCS#8 bare base64") << QByteArray("merchant_private_pkcs8.b64.txt");
        QTest::newRow("PKCS#1 bare base64") << QByteArray("merchant_private_pkcs1.b64.txt");
    }

    void publicKeyModeBuildsAWorkingConfig()
    {
        QFETCH(QByteArray, privateFile);
        Credentials credentials = publicKeyMode(privateFile.constData());
        QVERIFY(!credentials.certificateMode());
        QString error;
        QVERIFY(credentials.importFile(Part::AppPublicKey, keyPath("merchant_public.pem"), &error));
        GatewayConfig base;
        base.timeoutMs = 4321;
        const auto config = credentials.toGatewayConfig(base, &error);
        QVERIFY2(config.has_value(), qPrintable(error));
        QCOMPARE(config->appId, AppId);
        QCOMPARE(config->timeoutMs, 4321);
        QVERIFY(!config->certificateMode());
        QVERIFY(config->isValid());
        // The loaded key really is the merchant key: its signature verifies with the public one.
        const QByteArray signature = config->merchantKey->signSha256("app_id=" + AppId.toUtf8());
        const auto merchantPublic = RsaPublicKey::load(
            readTestData(QStringLiteral("alipay-vectors/keys/merchant_public.pem")));
        QVERIFY(merchantPublic->verifySha256("app_id=" + AppId.toUtf8(), signature));
        QCOMPARE(config->alipayPublicKey->spkiDer(),
                 RsaPublicKey::load(
                     readTestData(QStringLiteral("alipay-vectors/keys/alipay_public.pem")))
                     ->spkiDer());
    }

    void privateKeyMustMatchTheAppPublicKey()
    {
        Credentials credentials = publicKeyMode();
        QString error;
        QVERIFY(credentials.importFile(Part::AppPublicKey,
                                       testDataPath(QStringLiteral("keys-extra/other_public.pem")),
                                       &error));
        QVERIFY(!credentials.toGatewayConfig(GatewayConfig(), &error));
        QVERIFY2(error.contains(u"does not belong"), qPrintable(error));
    }

    void certificateModeFillsTheSerialNumbers()
    {
        const Credentials credentials = certificateMode();
        QVERIFY(credentials.certificateMode());
        QString error;
        const auto config = credentials.toGatewayConfig(GatewayConfig(), &error);
        QVERIFY2(config.has_value(), qPrintable(error));
        const QJsonObject expected = expectedCerts();
        const QJsonObject certs = expected.value(u"certificates").toObject();
        QCOMPARE(config->appCertSn, certs.value(u"appCertPublicKey_2021000000000001.crt")
                                        .toObject()
                                        .value(u"sn")
                                        .toString());
        QCOMPARE(config->alipayCertSn,
                 certs.value(u"alipayCertPublicKey_RSA2.crt").toObject().value(u"sn").toString());
        QCOMPARE(config->alipayRootCertSn, expected.value(u"bundles")
                                               .toObject()
                                               .value(u"alipayRootCert.crt")
                                               .toObject()
                                               .value(u"root_cert_sn")
                                               .toString());
        QVERIFY(config->isValid());
    }

    void certificateModeRefusesAForeignPrivateKey()
    {
        Credentials credentials = certificateMode();
        QString error;
        QVERIFY(credentials.importFile(
            Part::MerchantPrivateKey,
            testDataPath(QStringLiteral("keys-extra/other_private_pkcs8.pem")), &error));
        QVERIFY(!credentials.toGatewayConfig(GatewayConfig(), &error));
        QVERIFY2(error.contains(u"certificate"), qPrintable(error));
    }

    void incompleteOrMixedModesAreRefused()
    {
        QString error;
        Credentials missingRoot = certificateMode();
        QVERIFY(missingRoot.setPart(Part::AlipayRootCertificate, {}));
        QVERIFY(!missingRoot.toGatewayConfig(GatewayConfig(), &error));
        QVERIFY2(error.contains(u"alipayRootCert.crt"), qPrintable(error));

        Credentials both = certificateMode();
        QVERIFY(both.importFile(Part::AlipayPublicKey, keyPath("alipay_public.pem"), &error));
        QVERIFY(!both.toGatewayConfig(GatewayConfig(), &error));
        QVERIFY2(error.contains(u"not both"), qPrintable(error));

        Credentials noAlipayKey = publicKeyMode();
        QVERIFY(noAlipayKey.setPart(Part::AlipayPublicKey, {}));
        QVERIFY(!noAlipayKey.toGatewayConfig(GatewayConfig(), &error));
        QVERIFY2(error.contains(u"Alipay public key is missing"), qPrintable(error));

        Credentials noAppId = publicKeyMode();
        noAppId.setAppId({});
        QVERIFY(!noAppId.toGatewayConfig(GatewayConfig(), &error));
        QVERIFY2(error.contains(u"app ID"), qPrintable(error));
    }

    void importRefusesWhatIsNotThePart()
    {
        Credentials credentials(AppId);
        QString error;
        // A public key where the private key belongs, an encrypted key, a certificate as a key.
        QVERIFY(!credentials.importFile(Part::MerchantPrivateKey, keyPath("merchant_public.pem"),
                                        &error));
        QVERIFY(error.startsWith(u"The application private key was not accepted: "));
        QVERIFY(!credentials.importFile(
            Part::MerchantPrivateKey,
            testDataPath(QStringLiteral("keys-extra/other_private_encrypted_pkcs8.pem")), &error));
        QVERIFY(
            !credentials.importFile(Part::AlipayPublicKey, certPath("alipayRootCert.crt"), &error));
        QVERIFY(
            !credentials.importFile(Part::AppCertificate, keyPath("merchant_public.pem"), &error));
        QVERIFY(!credentials.hasPart(Part::MerchantPrivateKey));
        QVERIFY(!credentials.hasPart(Part::AlipayPublicKey));

        QTemporaryDir dir;
        QVERIFY(!credentials.importFile(Part::AlipayPublicKey,
                                        dir.filePath(QStringLiteral("none.pem")), &error));
        QVERIFY2(error.contains(u"none.pem") && error.contains(u"cannot be read"),
                 qPrintable(error));
        QFile big(dir.filePath(QStringLiteral("big.pem")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(Credentials::MaxFileSize + 1, 'A'));
        big.close();
        QVERIFY(!credentials.importFile(Part::AlipayPublicKey, big.fileName(), &error));
        QVERIFY2(error.contains(u"far larger"), qPrintable(error));
    }

    // A file past the cap is refused by its size before it is read (a 2 GiB sparse file costs
    // nothing to make and would cost 2 GiB to read); so are an empty file, a folder and a pipe
    // (which would block a read); a text past the cap is refused by setPart().
    void importRefusesHugeAndOddFilesUnread()
    {
        Credentials credentials(AppId);
        QString error;
        QTemporaryDir dir;
        QFile huge(dir.filePath(QStringLiteral("huge.pem")));
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(qint64(2) << 30));
        huge.close();
        QVERIFY(!credentials.importFile(Part::MerchantPrivateKey, huge.fileName(), &error));
        QVERIFY2(error.contains(u"huge.pem is 2 GiB, far larger than a key or certificate file "
                                "(at most 64 KiB)"),
                 qPrintable(error));
        QVERIFY(error.contains(Credentials::partName(Part::MerchantPrivateKey)));
        QVERIFY(huge.resize(Credentials::MaxFileSize + 1));
        QVERIFY(!credentials.importFile(Part::AppCertificate, huge.fileName(), &error));
        QVERIFY2(error.contains(u"is 64.0 KiB, far larger"), qPrintable(error));

        QFile empty(dir.filePath(QStringLiteral("empty.pem")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(!credentials.importFile(Part::AlipayPublicKey, empty.fileName(), &error));
        QVERIFY2(error.contains(u"empty.pem is empty"), qPrintable(error));

        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("keys.pem")));
        QVERIFY(!credentials.importFile(Part::AlipayPublicKey,
                                        dir.filePath(QStringLiteral("keys.pem")), &error));
        QVERIFY2(error.contains(u"keys.pem is not a file"), qPrintable(error));
        const QByteArray pipe = QFile::encodeName(dir.filePath(QStringLiteral("pipe.pem")));
        QCOMPARE(::mkfifo(pipe.constData(), 0600), 0);
        QVERIFY(!credentials.importFile(Part::AlipayPublicKey, QFile::decodeName(pipe), &error));
        QVERIFY2(error.contains(u"pipe.pem is not a file"), qPrintable(error));

        const QByteArray pem =
            readTestData(QStringLiteral("alipay-vectors/keys/merchant_private_pkcs8.pem"));
        QVERIFY(!credentials.setPart(Part::MerchantPrivateKey,
                                     pem + QByteArray(Credentials::MaxFileSize, '\n'), &error));
        QVERIFY2(error.contains(u"far larger than a key or certificate (at most 64 KiB)"),
                 qPrintable(error));
        QVERIFY(!credentials.hasPart(Part::MerchantPrivateKey));
        QVERIFY(credentials.setPart(Part::MerchantPrivateKey, pem, &error));
    }

    // Garbage (random bytes, or text that is no key) in a file of a plausible size is refused
    // with a sentence that names the part, for every part; nothing is kept.
    void importRefusesGarbageClearly()
    {
        QTemporaryDir dir;
        QByteArray random(4096, Qt::Uninitialized);
        for (char &c : random)
            c = char(QRandomGenerator::global()->bounded(256));
        const QList<QByteArray> garbage = {random, QByteArrayLiteral("hello, this is no key\n"),
                                           QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n"
                                                             "AAAA\n-----END CERTIFICATE-----\n")};
        for (const QByteArray &bytes : garbage) {
            QFile file(dir.filePath(QStringLiteral("garbage.pem")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
            file.close();
            for (int p = 1; p <= Credentials::PartCount; ++p) {
                const Part part = Part(p);
                Credentials credentials(AppId);
                QString error;
                QVERIFY(!credentials.importFile(part, file.fileName(), &error));
                const QString start =
                    QStringLiteral("The %1 was not accepted: ").arg(Credentials::partName(part));
                QVERIFY2(error.startsWith(start) && error.size() > start.size() + 10,
                         qPrintable(error));
                QVERIFY(!credentials.hasPart(part));
            }
        }
    }

    void entryRoundTripsAndDamageIsDetected()
    {
        const Credentials original = certificateMode();
        QByteArray entry = CredentialsCodec::encode(original);
        QVERIFY(entry.startsWith("DDC1"));
        const auto decoded = CredentialsCodec::decode(entry);
        QVERIFY(decoded.has_value());
        QVERIFY(*decoded == original);
        QCOMPARE(decoded->part(Part::AlipayRootCertificate),
                 readTestData(QStringLiteral("certs/alipayRootCert.crt")));

        QVERIFY(!CredentialsCodec::decode(QByteArray()));
        QVERIFY(!CredentialsCodec::decode("not ours"));
        QVERIFY(!CredentialsCodec::decode(entry.left(entry.size() - 1)));  // cut short
        QVERIFY(!CredentialsCodec::decode(entry + QByteArray(1, '\x01'))); // trailing bytes
        QByteArray garbled = entry;
        garbled[entry.indexOf("BEGIN CERTIFICATE") + 30] ^= 0x55; // a part that no longer parses
        QVERIFY(!CredentialsCodec::decode(garbled));
        const QByteArray noAppId = QByteArray("DDC1") + entry.mid(4 + 5 + AppId.size());
        QVERIFY(!CredentialsCodec::decode(noAppId));
        SecretBytes::wipe(entry);
        QVERIFY(entry.isEmpty());
    }

    void keychainServicesKeepTheirNames()
    {
        // Existing desks' credentials are stored under these service names: a desk that finds
        // nothing under them would lose its keys.
        QCOMPARE(CredentialStore::serviceNameFor(Environment::Production),
                 QStringLiteral("DepositDesk/production"));
        QCOMPARE(CredentialStore::serviceNameFor(Environment::AlipaySandbox),
                 QStringLiteral("DepositDesk/alipay-sandbox"));
        QCOMPARE(CredentialStore::serviceNameFor(Environment::LocalUrl),
                 QStringLiteral("DepositDesk/local"));
        QCOMPARE(CredentialStore(CredentialStore::serviceNameFor(Environment::AlipaySandbox))
                     .serviceName(),
                 QStringLiteral("DepositDesk/alipay-sandbox"));
    }

    void wipingLeavesNoCopyBehind()
    {
        // A buffer shared with a finished keychain job: wipeShared() cleanses the job's copy too.
        QByteArray jobCopy = QByteArray("-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0B");
        QByteArray ours = jobCopy;
        QCOMPARE(ours.constData(), jobCopy.constData());
        SecretBytes::wipeShared(ours);
        QVERIFY(ours.isEmpty());
        QCOMPARE(jobCopy, QByteArray(jobCopy.size(), '\0'));

        // wipe() never destroys bytes another owner still uses; the last owner cleanses.
        QByteArray first = QByteArray("secret bytes in use");
        QByteArray second = first;
        SecretBytes::wipe(first);
        QVERIFY(first.isEmpty());
        QCOMPARE(second, QByteArray("secret bytes in use"));

        // Literal data is not ours to write: wipeShared() just lets go.
        QByteArray literal = QByteArray::fromRawData("constant", 8);
        SecretBytes::wipeShared(literal);
        QVERIFY(literal.isEmpty());

        Credentials credentials = publicKeyMode();
        Credentials copy = credentials;
        credentials.wipe();
        QVERIFY(credentials.isEmpty());
        QVERIFY(copy.hasPart(Part::MerchantPrivateKey)); // the copy still works
        QVERIFY(copy.toGatewayConfig(GatewayConfig()).has_value());
        copy = Credentials();
        QVERIFY(copy.isEmpty());
    }

    // Last: it changes the process for good.
    void coreDumpsCanBeSwitchedOff()
    {
        QString error;
        QVERIFY2(CoreDumps::disable(&error), qPrintable(error));
        struct rlimit limit = {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        QVERIFY(CoreDumps::disabled());
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_secrets_credentials.moc"
