// CredentialStore against a real Secret Service: a throw-away gnome-keyring-daemon, unlocked
// for this run, in a private D-Bus session and a private HOME (keyring-session.sh). Save, load
// back, replace, delete, entries of two app_ids and two environments kept apart, a damaged
// entry, nothing in clear text on disk or in the log, and a locked keyring last.

#include "secrets/CredentialStore.h"
#include "secrets/CredentialsCodec.h"

#include "KeyringSession.h"
#include "SecretsTestData.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

const QString SecondAppId = QStringLiteral("2021000000000002");
const QString TestService = QStringLiteral("DepositDesk/test");

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

public:
    LogCapture m_log;
    CredentialStore m_store{TestService};

private:
    JobAnswer save(const Credentials &credentials) { return awaitJob(m_store.save(credentials)); }
    JobAnswer load(const QString &appId) { return awaitJob(m_store.load(appId)); }
    JobAnswer remove(const QString &appId) { return awaitJob(m_store.remove(appId)); }

    // Every file under the private HOME (the keyring's files among them), read whole.
    static QList<QPair<QString, QByteArray>> homeFiles()
    {
        QList<QPair<QString, QByteArray>> files;
        QDirIterator it(qEnvironmentVariable("DD_TEST_KEYRING_HOME"),
                        QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                files.append({file.fileName(), file.readAll()});
        }
        return files;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_log.start();
        QCOMPARE(qgetenv("DD_TEST_KEYRING"), QByteArray("keyring"));
        QCOMPARE(QDir::homePath(), qEnvironmentVariable("DD_TEST_KEYRING_HOME"));
        QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QCOMPARE(m_store.serviceName(), QStringLiteral("DepositDesk/test"));
    }

    void missingEntryIsNotFound()
    {
        const JobAnswer answer = load(TestAppId);
        QVERIFY(answer.finished);
        QCOMPARE(answer.status, KeychainStatus::NotFound);
        QVERIFY2(answer.message.contains(TestAppId), qPrintable(answer.message));
        QVERIFY(answer.credentials.isEmpty());
        QVERIFY(!m_store.readOnly());
    }

    void savedCredentialsLoadBackIdentical()
    {
        const Credentials original = publicKeyCredentials();
        const JobAnswer saved = save(original);
        QVERIFY(saved.finished);
        QCOMPARE(saved.status, KeychainStatus::Ok);
        QVERIFY(saved.message.isEmpty());
        const JobAnswer loaded = load(TestAppId);
        QCOMPARE(loaded.status, KeychainStatus::Ok);
        QVERIFY(loaded.credentials == original);
        QString error;
        const auto config = loaded.credentials.toGatewayConfig(GatewayConfig(), &error);
        QVERIFY2(config.has_value(), qPrintable(error));
        QCOMPARE(config->appId, TestAppId);
        qInfo("keychain save %lld ms, load %lld ms", saved.elapsedMs, loaded.elapsedMs);
    }

    void saveReplacesTheEntry()
    {
        const Credentials replacement = certificateCredentials();
        QCOMPARE(save(replacement).status, KeychainStatus::Ok);
        const JobAnswer loaded = load(TestAppId);
        QCOMPARE(loaded.status, KeychainStatus::Ok);
        QVERIFY(loaded.credentials == replacement);
        QVERIFY(loaded.credentials.certificateMode());
        QVERIFY(!loaded.credentials.hasPart(Credentials::Part::AlipayPublicKey));
    }

    void appIdsAndEnvironmentsAreKeptApart()
    {
        const Credentials second = publicKeyCredentials(SecondAppId);
        QCOMPARE(save(second).status, KeychainStatus::Ok);
        QVERIFY(load(SecondAppId).credentials == second);
        QVERIFY(load(TestAppId).credentials.certificateMode()); // untouched by the second save

        CredentialStore production(CredentialStore::serviceNameFor(Environment::Production));
        QCOMPARE(awaitJob(production.load(TestAppId)).status, KeychainStatus::NotFound);

        QCOMPARE(remove(SecondAppId).status, KeychainStatus::Ok);
        QCOMPARE(load(SecondAppId).status, KeychainStatus::NotFound);
        QCOMPARE(load(TestAppId).status, KeychainStatus::Ok); // the first one stays
    }

    void invalidCredentialsNeverReachTheKeychain()
    {
        Credentials incomplete = publicKeyCredentials(SecondAppId);
        QVERIFY(incomplete.setPart(Credentials::Part::AlipayPublicKey, {}));
        const JobAnswer answer = save(incomplete);
        QCOMPARE(answer.status, KeychainStatus::Invalid);
        QVERIFY2(answer.message.contains(u"Alipay public key is missing"),
                 qPrintable(answer.message));
        QCOMPARE(load(SecondAppId).status, KeychainStatus::NotFound);
        QCOMPARE(awaitJob(m_store.load(QStringLiteral("../etc"))).status, KeychainStatus::Invalid);
    }

    void foreignEntryIsDamaged()
    {
        // Another program's secret under our service and an app_id of ours.
        auto *write = new QKeychain::WritePasswordJob(m_store.serviceName());
        write->setKey(SecondAppId);
        write->setTextData(QStringLiteral("not DepositDesk credentials"));
        QSignalSpy written(write, &QKeychain::Job::finished);
        write->start();
        QVERIFY(written.wait(30000));
        const JobAnswer answer = load(SecondAppId);
        QCOMPARE(answer.status, KeychainStatus::Damaged);
        QVERIFY(answer.credentials.isEmpty());
        QVERIFY(!m_store.readOnly());
        QCOMPARE(remove(SecondAppId).status, KeychainStatus::Ok);
        QCOMPARE(remove(SecondAppId).status, KeychainStatus::Ok); // nothing left: still fine
    }

    void noSecretInClearTextOnDisk()
    {
        const Credentials stored = load(TestAppId).credentials;
        QVERIFY(stored.certificateMode());
        const QList<QPair<QString, QByteArray>> files = homeFiles();
        bool keyringFile = false;
        QByteArray entry = CredentialsCodec::encode(stored);
        QList<QByteArray> secrets = privateKeyTexts();
        secrets << entry.toBase64();
        for (const auto &[name, content] : files) {
            if (name.endsWith(u"/keyrings/login.keyring"))
                keyringFile = content.size() > entry.size(); // the entry is in there, encrypted
            for (const QByteArray &secret : std::as_const(secrets)) {
                const QByteArray found = findSecret(content, secret);
                QVERIFY2(found.isEmpty(), qPrintable(name + QStringLiteral(" holds key text")));
            }
            QVERIFY2(!content.contains("DDC1"), qPrintable(name));
        }
        QVERIFY2(keyringFile, "the keyring file does not hold the entry");
    }

    void lockedKeychainIsReported()
    {
        // Lock the login collection the way the desktop would (the Secret Service Lock call).
        QDBusMessage lock = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
        lock << QVariant::fromValue(QList<QDBusObjectPath>{
            QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login"))});
        const QDBusMessage reply = QDBusConnection::sessionBus().call(lock);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage, qPrintable(reply.errorMessage()));

        QSignalSpy availability(&m_store, &CredentialStore::availabilityChanged);
        const JobAnswer loaded = load(TestAppId);
        QCOMPARE(loaded.status, KeychainStatus::Locked);
        QVERIFY(loaded.credentials.isEmpty());
        QVERIFY2(loaded.message.contains(u"locked"), qPrintable(loaded.message));
        QVERIFY(m_store.readOnly());
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.first().first().value<KeychainStatus>(), KeychainStatus::Locked);
        QCOMPARE(save(publicKeyCredentials()).status, KeychainStatus::Locked);
        // A delete would "succeed" on a locked keyring and leave the entry; it is refused.
        QCOMPARE(remove(TestAppId).status, KeychainStatus::Locked);
    }

    void cleanupTestCase()
    {
        m_log.stop();
        const QByteArray log = m_log.text().toUtf8();
        QVERIFY2(log.contains("depositdesk.secrets"), "the store logged nothing");
        for (const QByteArray &secret : privateKeyTexts())
            QVERIFY2(findSecret(log, secret).isEmpty(), "key text in the log");
    }
};

DD_KEYRING_TEST_MAIN(TestKeychain, "keyring")

#include "tst_secrets_keychain.moc"
