// CredentialStore on a D-Bus session without a working Secret Service (keyring-session.sh
// --bus: a private bus that can start no service). Nobody owns org.freedesktop.secrets: no
// keychain. A service that never answers: the call times out instead of hanging the console.
// A service that refuses: access denied.

#include "secrets/CredentialStore.h"

#include "KeyringSession.h"
#include "SecretsTestData.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

// Owns org.freedesktop.secrets on a second connection and answers nothing, except (when asked
// to) the lock probe with "unlocked", until release() answers every held call with an error;
// or refuses everything as a sandboxing policy would.
class SilentSecretService : public QDBusVirtualObject
{
public:
    bool answerLockProbe = false;
    bool denyAccess = false; // answer everything with org.freedesktop.DBus.Error.AccessDenied

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        QMutexLocker lock(&m_mutex);
        if (denyAccess) {
            connection.send(
                message.createErrorReply(QDBusError::AccessDenied, QStringLiteral("not you")));
        } else if (m_released) {
            connection.send(message.createErrorReply(QDBusError::Failed, QStringLiteral("closed")));
        } else if (answerLockProbe && message.member() == u"Get" &&
                   message.arguments().value(1).toString() == u"Locked") {
            connection.send(message.createReply(QVariant::fromValue(QDBusVariant(false))));
        } else {
            m_held << message;
        }
        return true;
    }

    int held() const
    {
        QMutexLocker lock(&m_mutex);
        return int(m_held.size());
    }

    void release(const QDBusConnection &connection)
    {
        QMutexLocker lock(&m_mutex);
        m_released = true;
        for (const QDBusMessage &message : std::as_const(m_held))
            connection.send(message.createErrorReply(QDBusError::Failed, QStringLiteral("closed")));
        m_held.clear();
    }

private:
    mutable QMutex m_mutex;
    QList<QDBusMessage> m_held;
    bool m_released = false;
};

} // namespace

class TestNoService : public QObject
{
    Q_OBJECT

    CredentialStore m_store{CredentialStore::serviceNameFor(Environment::Production)};
    SilentSecretService m_service;
    QDBusConnection m_serviceBus{QString()};

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(qgetenv("DD_TEST_KEYRING"), QByteArray("bus"));
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void noSecretServiceMeansNoKeychain()
    {
        const JobAnswer loaded = awaitJob(m_store.load(TestAppId), 20000);
        QVERIFY(loaded.finished);
        QCOMPARE(loaded.status, KeychainStatus::NoKeychain);
        QCOMPARE(loaded.message, keychainStatusMessage(KeychainStatus::NoKeychain));
        QVERIFY(m_store.readOnly());
        QVERIFY2(loaded.elapsedMs < 5000, qPrintable(QString::number(loaded.elapsedMs)));
        QCOMPARE(awaitJob(m_store.save(publicKeyCredentials()), 20000).status,
                 KeychainStatus::NoKeychain);
        QCOMPARE(m_store.keychainCallsInFlight(), 0);
    }

    void silentServiceTimesOut()
    {
        m_serviceBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                     QStringLiteral("silent-secret-service"));
        QVERIFY(m_serviceBus.registerVirtualObject(QStringLiteral("/org/freedesktop/secrets"),
                                                   &m_service, QDBusConnection::SubPath));
        QVERIFY(m_serviceBus.registerService(QStringLiteral("org.freedesktop.secrets")));

        m_store.setTimeout(500);
        const JobAnswer probe = awaitJob(m_store.load(TestAppId), 20000);
        QVERIFY(probe.finished);
        QCOMPARE(probe.status, KeychainStatus::TimedOut);
        QVERIFY(keychainUnavailable(probe.status));
        QVERIFY2(probe.message.contains(u"did not answer"), qPrintable(probe.message));
        QVERIFY2(probe.elapsedMs < 5000, qPrintable(QString::number(probe.elapsedMs)));
        QCOMPARE(m_store.availability(), KeychainStatus::TimedOut);
    }

    void hangingKeychainCallTimesOut()
    {
        // The lock probe passes; then libsecret's own calls get no answer.
        m_service.answerLockProbe = true;
        const JobAnswer saved = awaitJob(m_store.save(publicKeyCredentials()), 20000);
        QVERIFY(saved.finished);
        QCOMPARE(saved.status, KeychainStatus::TimedOut);
        QVERIFY2(saved.elapsedMs < 5000, qPrintable(QString::number(saved.elapsedMs)));
        QVERIFY(m_service.held() > 0);
        QCOMPARE(m_store.keychainCallsInFlight(), 1);
        // Once the service answers (with errors), the abandoned QtKeychain job ends and goes.
        m_service.release(m_serviceBus);
        QTRY_COMPARE_WITH_TIMEOUT(m_store.keychainCallsInFlight(), 0, 30000);
    }

    void refusedAccessIsReported()
    {
        m_service.denyAccess = true;
        const JobAnswer loaded = awaitJob(m_store.load(TestAppId), 20000);
        QCOMPARE(loaded.status, KeychainStatus::AccessDenied);
        QCOMPARE(loaded.message, keychainStatusMessage(KeychainStatus::AccessDenied));
        QVERIFY(m_store.readOnly());
        QCOMPARE(m_store.availability(), KeychainStatus::AccessDenied);
    }

    void cleanupTestCase()
    {
        if (m_serviceBus.isConnected()) {
            m_serviceBus.unregisterService(QStringLiteral("org.freedesktop.secrets"));
            m_serviceBus.unregisterObject(QStringLiteral("/org/freedesktop/secrets"));
            QDBusConnection::disconnectFromBus(QStringLiteral("silent-secret-service"));
        }
    }
};

DD_KEYRING_TEST_MAIN(TestNoService, "bus")

#include "tst_secrets_noservice.moc"
