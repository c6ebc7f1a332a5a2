// CredentialStore with no Secret Service at all: no D-Bus session bus, no display to launch one
// on (keyring-session.sh --none). Every call answers NoKeychain at once with the plain message
// the console shows when it opens read-only; nothing is written anywhere instead.

#include "secrets/CredentialStore.h"

#include "KeyringSession.h"
#include "SecretsTestData.h"

#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qgetenv("DD_TEST_KEYRING"), QByteArray("none"));
        QVERIFY(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
        QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY"));
    }

    void everyCallSaysThereIsNoKeychain()
    {
        CredentialStore store(CredentialStore::serviceNameFor(Environment::Production));
        QSignalSpy availability(&store, &CredentialStore::availabilityChanged);
        QVERIFY(!store.readOnly());

        const JobAnswer loaded = awaitJob(store.load(TestAppId), 10000);
        QVERIFY(loaded.finished);
        QCOMPARE(loaded.status, KeychainStatus::NoKeychain);
        QVERIFY(keychainUnavailable(loaded.status));
        QCOMPARE(loaded.message, keychainStatusMessage(KeychainStatus::NoKeychain));
        QVERIFY2(loaded.message.contains(u"No keychain is available") &&
                     loaded.message.contains(u"read-only"),
                 qPrintable(loaded.message));
        QVERIFY(loaded.credentials.isEmpty());
        QVERIFY(store.readOnly());
        QCOMPARE(store.availability(), KeychainStatus::NoKeychain);
        QCOMPARE(availability.size(), 1);

        const JobAnswer saved = awaitJob(store.save(publicKeyCredentials()), 10000);
        QCOMPARE(saved.status, KeychainStatus::NoKeychain);
        const JobAnswer removed = awaitJob(store.remove(TestAppId), 10000);
        QCOMPARE(removed.status, KeychainStatus::NoKeychain);
        QCOMPARE(availability.size(), 1); // told once, not on every call

        // Quickly: no bus is launched or waited for.
        for (const JobAnswer &answer : {loaded, saved, removed})
            QVERIFY2(answer.elapsedMs < 2000, qPrintable(QString::number(answer.elapsedMs)));
    }

    void invalidCredentialsAreRefusedBeforeTheKeychain()
    {
        CredentialStore store(CredentialStore::serviceNameFor(Environment::Production));
        Credentials noKey(TestAppId);
        const JobAnswer answer = awaitJob(store.save(noKey), 10000);
        QCOMPARE(answer.status, KeychainStatus::Invalid);
        QVERIFY(!store.readOnly()); // says nothing about the keychain
    }

    void nothingIsWrittenInstead()
    {
        CredentialStore store(CredentialStore::serviceNameFor(Environment::Production));
        QCOMPARE(awaitJob(store.save(certificateCredentials()), 10000).status,
                 KeychainStatus::NoKeychain);
        // No insecure fallback (QtKeychain's QSettings file) and no file of ours anywhere.
        QDirIterator it(qEnvironmentVariable("DD_TEST_KEYRING_HOME"),
                        QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files << it.next();
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", ")));
    }
};

DD_KEYRING_TEST_MAIN(TestNoKeychain, "none")

#include "tst_secrets_nokeychain.moc"
