// Key material never reaches the log or a message: every failing path of the credentials layer
// runs with a message handler that keeps everything Qt logs (debug included), which is then
// searched for pieces of the private keys. Runs without a keychain (keyring-session.sh --none).

#include "secrets/CredentialStore.h"

#include "KeyringSession.h"
#include "SecretsTestData.h"

#include <QTest>

#include <functional>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using Part = Credentials::Part;

class TestSecretsLog : public QObject
{
    Q_OBJECT

    LogCapture m_log;
    QStringList m_messages; // every error text handed to a caller

    void keep(const QString &message) { m_messages << message; }

private Q_SLOTS:
    void initTestCase() { m_log.start(); }

    void failingImportsAndChecks()
    {
        const QByteArray pem =
            readTestData(QStringLiteral("alipay-vectors/keys/merchant_private_pkcs8.pem"));
        QString error;
        Credentials credentials(TestAppId);
        // Damaged key text: cut short, one character changed, wrong part, PEM body as a public key.
        QVERIFY(!credentials.setPart(Part::MerchantPrivateKey, pem.left(pem.size() / 2), &error));
        keep(error);
        QByteArray changed = pem;
        changed[200] = '*';
        QVERIFY(!credentials.setPart(Part::MerchantPrivateKey, changed, &error));
        keep(error);
        QVERIFY(!credentials.setPart(Part::AlipayPublicKey, pem, &error));
        keep(error);
        QVERIFY(!credentials.setPart(Part::AppCertificate, pem, &error));
        keep(error);
        // A key that does not belong to the app public key / certificate.
        Credentials mismatch = publicKeyCredentials();
        QVERIFY(mismatch.importFile(Part::AppPublicKey,
                                    testDataPath(QStringLiteral("keys-extra/other_public.pem"))));
        QVERIFY(!mismatch.toGatewayConfig(GatewayConfig(), &error));
        keep(error);
        Credentials foreign = certificateCredentials();
        QVERIFY(
            foreign.importFile(Part::MerchantPrivateKey,
                               testDataPath(QStringLiteral("keys-extra/other_private_pkcs8.pem"))));
        QVERIFY(!foreign.toGatewayConfig(GatewayConfig(), &error));
        keep(error);
    }

    void failingKeychainCalls()
    {
        CredentialStore store(CredentialStore::serviceNameFor(Environment::Production));
        Credentials incomplete = certificateCredentials();
        QVERIFY(incomplete.setPart(Part::AlipayRootCertificate, {}));
        const std::function<CredentialJob *()> calls[] = {
            [&] { return store.save(incomplete); },
            [&] { return store.save(publicKeyCredentials()); },
            [&] { return store.save(certificateCredentials()); },
            [&] { return store.load(TestAppId); },
            [&] { return store.remove(TestAppId); },
        };
        for (const auto &call : calls) {
            const JobAnswer answer = awaitJob(call(), 10000);
            QVERIFY(answer.finished);
            QVERIFY(answer.status != KeychainStatus::Ok);
            keep(answer.message);
            keep(answer.detail);
        }
    }

    void cleanupTestCase()
    {
        m_log.stop();
        const QByteArray log = m_log.text().toUtf8();
        // The handler saw the store's lines, so an empty log cannot pass for a clean one.
        QVERIFY2(log.contains("depositdesk.secrets") && log.contains("no_keychain"),
                 log.constData());
        const QByteArray messages = m_messages.join(u'\n').toUtf8();
        QVERIFY(messages.contains("not accepted"));
        QList<QByteArray> secrets = privateKeyTexts();
        secrets << readTestData(QStringLiteral("keys-extra/other_private_pkcs8.pem"));
        for (const QByteArray &secret : std::as_const(secrets)) {
            QVERIFY2(findSecret(log, secret).isEmpty(), "key text in the log");
            QVERIFY2(findSecret(messages, secret).isEmpty(), "key text in a message");
        }
    }
};

DD_KEYRING_TEST_MAIN(TestSecretsLog, "none")

#include "tst_secrets_log.moc"
