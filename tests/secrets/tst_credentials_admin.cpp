// CredentialsAdmin against a real Secret Service (a throw-away gnome-keyring) and the sandbox
// gateway over loopback: import from the committed key files, check, test the connection with
// a signed query, save, load again into another desk, delete; every change audited without key
// text; an operator without ManageCredentials refused in the service.
#include "CredentialsFixture.h"
#include "KeyringSession.h"

#include "alipay/GatewayClient.h"
#include "secrets/CredentialStore.h"
#include "services/actions/OrderActions.h"
#include "services/admin/ConsoleSettings.h"
#include "store/AuditLog.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

using Part = Credentials::Part;

QString keyPath(const char *name)
{
    return keyFilePath(QLatin1String(name));
}

QString extraKeyPath(const char *name)
{
    return testDataPath(QStringLiteral("keys-extra/") + QLatin1String(name));
}

} // namespace

class TestCredentialsAdmin : public QObject
{
    Q_OBJECT

public:
    LogCapture m_log;

private:
    // Public-key mode parts imported through the service, as the page does.
    void importPublicKeyMode(CredentialsAdmin &admin,
                             const char *alipayKey = "alipay_public.b64.txt")
    {
        QString error;
        QVERIFY2(admin.importPart(Part::MerchantPrivateKey, keyPath("merchant_private_pkcs8.pem"),
                                  &error),
                 qPrintable(error));
        QVERIFY2(admin.importPart(Part::AppPublicKey, keyPath("merchant_public.pem"), &error),
                 qPrintable(error));
        QVERIFY2(admin.importPart(Part::AlipayPublicKey, keyPath(alipayKey), &error),
                 qPrintable(error));
    }

    void startAsAdmin(CredentialsFixture &f)
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.services->setSession(CredentialsFixture::session(OperatorRole::Admin));
    }

    QList<AuditEntry> credentialEntries(const Store &store)
    {
        QList<AuditEntry> found;
        const QList<AuditEntry> all = AuditLog(store).entries();
        for (const AuditEntry &entry : all)
            if (entry.action.startsWith(u"credentials."))
                found << entry;
        return found;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<CredentialsOutcome>();
        m_log.start();
    }
    void cleanupTestCase() { m_log.stop(); }

    void importsDescribeThePartsWithoutTheirContent()
    {
        CredentialsFixture f;
        startAsAdmin(f);
        importPublicKeyMode(f.admin());
        const PendingPart key = f.admin().pendingPart(Part::MerchantPrivateKey);
        QCOMPARE(key.fileName, QStringLiteral("merchant_private_pkcs8.pem"));
        QCOMPARE(key.description, QStringLiteral("RSA 2048"));
        QCOMPARE(f.admin().pendingPart(Part::AlipayPublicKey).fileName,
                 QStringLiteral("alipay_public.b64.txt"));
        const CredentialsOutcome checked = f.admin().check();
        QVERIFY2(checked.ok, qPrintable(checked.message));
        QVERIFY(checked.message.contains(u"matches the application public key"));

        // Certificate mode drops the Alipay public key and describes the certificates.
        QString error;
        QVERIFY(f.admin().importPart(
            Part::AppCertificate,
            certFilePath(QStringLiteral("appCertPublicKey_2021000000000001.crt")), &error));
        QVERIFY(f.admin().pendingCertificateMode());
        QVERIFY(!f.admin().pendingPart(Part::AlipayPublicKey).isSet());
        QCOMPARE(f.admin().pendingPart(Part::AppCertificate).description,
                 QStringLiteral("certificate, RSA 2048"));
        QVERIFY(f.admin().importPart(Part::AlipayRootCertificate,
                                     certFilePath(QStringLiteral("alipayRootCert.crt")), &error));
        QVERIFY(f.admin()
                    .pendingPart(Part::AlipayRootCertificate)
                    .description.startsWith(u"3 certificate"));
        const CredentialsOutcome incomplete = f.admin().check();
        QVERIFY(!incomplete.ok);
        QVERIFY2(incomplete.message.contains(u"alipayCertPublicKey_RSA2.crt"),
                 qPrintable(incomplete.message));
    }

    void aMismatchedKeyPairIsRefusedPlainly()
    {
        CredentialsFixture f;
        startAsAdmin(f);
        QString error;
        QVERIFY(f.admin().importPart(Part::MerchantPrivateKey,
                                     keyPath("merchant_private_pkcs8.pem"), &error));
        QVERIFY(f.admin().importPart(Part::AppPublicKey, extraKeyPath("other_public.pem"), &error));
        QVERIFY(f.admin().importPart(Part::AlipayPublicKey, keyPath("alipay_public.pem"), &error));
        const CredentialsOutcome checked = f.admin().check();
        QVERIFY(!checked.ok);
        QCOMPARE(checked.code, QStringLiteral("invalid"));
        QVERIFY2(checked.message.contains(u"public key", Qt::CaseInsensitive),
                 qPrintable(checked.message));
        QString refusal;
        QVERIFY(!f.admin().save(&refusal));
        QCOMPARE(refusal, checked.message);
        QVERIFY(!f.admin().testConnection(CredentialsAdmin::Source::Pending, &refusal));
        QVERIFY(!f.services->canCallAlipay());
        // Not a file of the part it is imported as: refused, the old part kept.
        QVERIFY(!f.admin().importPart(Part::AlipayPublicKey,
                                      certFilePath(QStringLiteral("alipayRootCert.crt")), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(f.admin().pendingPart(Part::AlipayPublicKey).fileName,
                 QStringLiteral("alipay_public.pem"));
    }

    void savedCredentialsLoadIntoAnotherDeskAndReachAlipay()
    {
        CredentialsFixture f;
        startAsAdmin(f);
        CredentialsAdmin &admin = f.admin();
        admin.loadStored();
        QTRY_COMPARE_WITH_TIMEOUT(int(admin.state().presence),
                                  int(StoredCredentialsState::Presence::Absent), 30000);
        QVERIFY(!f.services->canCallAlipay());
        QVERIFY(f.services->credentialsProblem().contains(TestAppId));

        importPublicKeyMode(admin);
        QSignalSpy changed(f.services.get(), &ConsoleServices::credentialsChanged);
        QVERIFY(admin.save());
        const CredentialsOutcome saved = awaitOutcome(admin, &CredentialsAdmin::saveFinished);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QVERIFY(f.services->canCallAlipay());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(int(admin.state().presence), int(StoredCredentialsState::Presence::Present));
        QCOMPARE(admin.state().parts, (QList<Part>{Part::MerchantPrivateKey, Part::AppPublicKey,
                                                   Part::AlipayPublicKey}));
        QVERIFY(!admin.pendingPart(Part::MerchantPrivateKey).isSet()); // wiped after the save

        // A second desk (a new start) finds them in the keychain and talks to Alipay with them.
        auto other = f.makeServices(f.gateway().gatewayUrl());
        other->setSession(CredentialsFixture::session(OperatorRole::Admin));
        other->credentialsAdmin()->loadStored();
        QVERIFY(!other->canCallAlipay()); // until the keychain answers
        QTRY_VERIFY_WITH_TIMEOUT(other->canCallAlipay(), 30000);
        QVERIFY(other->credentialsProblem().isEmpty());
        QSignalSpy handled(&f.gateway(), &Sandbox::Gateway::requestHandled);
        QVERIFY(other->credentialsAdmin()->testConnection(CredentialsAdmin::Source::Stored));
        const CredentialsOutcome tested =
            awaitOutcome(*other->credentialsAdmin(), &CredentialsAdmin::testFinished);
        QVERIFY2(tested.ok, qPrintable(tested.message));
        QCOMPARE(tested.code, QStringLiteral("ok"));
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(0).toString(), QStringLiteral("alipay.trade.query"));
        QCOMPARE(handled.first().at(2).toString(), QStringLiteral("ACQ.TRADE_NOT_EXIST"));
    }

    void certificateModeSavesAndReachesAlipay()
    {
        CredentialsFixture f;
        startAsAdmin(f);
        CredentialsAdmin &admin = f.admin();
        QString error;
        QVERIFY(admin.setPendingCertificateMode(true, &error));
        QVERIFY(admin.importPart(Part::MerchantPrivateKey,
                                 keyPath("merchant_private_pkcs1.b64.txt"), &error));
        QVERIFY(admin.importPart(
            Part::AppCertificate,
            certFilePath(QStringLiteral("appCertPublicKey_2021000000000001.crt")), &error));
        QVERIFY(admin.importPart(Part::AlipayCertificate,
                                 certFilePath(QStringLiteral("alipayCertPublicKey_RSA2.crt")),
                                 &error));
        QVERIFY(admin.importPart(Part::AlipayRootCertificate,
                                 certFilePath(QStringLiteral("alipayRootCert.crt")), &error));
        QVERIFY(admin.testConnection(CredentialsAdmin::Source::Pending));
        const CredentialsOutcome tested = awaitOutcome(admin, &CredentialsAdmin::testFinished);
        QVERIFY2(tested.ok, qPrintable(tested.message));
        QVERIFY(admin.save());
        const CredentialsOutcome saved = awaitOutcome(admin, &CredentialsAdmin::saveFinished);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QVERIFY(admin.state().certificateMode);
        QVERIFY(f.services->client().config().certificateMode());
        QVERIFY(f.services->canCallAlipay());
    }

    void wrongKeysAndUnreachableGatewaysAreSaidPlainly_data()
    {
        QTest::addColumn<QString>("privateKey");
        QTest::addColumn<QString>("alipayKey");
        QTest::addColumn<QString>("appId");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("wrong Alipay public key")
            << keyPath("merchant_private_pkcs8.pem") << extraKeyPath("other_public.pem")
            << TestAppId << "bad_signature"
            << "does not verify with the Alipay public key";
        QTest::newRow("private key of another app")
            << extraKeyPath("other_private_pkcs8.pem") << keyPath("alipay_public.pem") << TestAppId
            << "invalid_signature"
            << "private key does not belong to app_id 2021000000000001";
        QTest::newRow("unknown app_id") << keyPath("merchant_private_pkcs8.pem")
                                        << keyPath("alipay_public.pem") << "2021009999999999"
                                        << "invalid_app_id"
                                        << "does not know app_id 2021009999999999";
    }

    void wrongKeysAndUnreachableGatewaysAreSaidPlainly()
    {
        QFETCH(QString, privateKey);
        QFETCH(QString, alipayKey);
        QFETCH(QString, appId);
        QFETCH(QString, code);
        QFETCH(QString, words);
        CredentialsFixture f;
        startAsAdmin(f);
        CredentialsAdmin &admin = f.admin();
        QString error;
        QVERIFY(admin.setPendingAppId(appId, &error));
        QVERIFY(admin.importPart(Part::MerchantPrivateKey, privateKey, &error));
        QVERIFY(admin.importPart(Part::AlipayPublicKey, alipayKey, &error));
        QVERIFY(admin.testConnection(CredentialsAdmin::Source::Pending, &error));
        QVERIFY(admin.busy());
        QVERIFY(!admin.save(&error)); // one operation at a time
        const CredentialsOutcome tested = awaitOutcome(admin, &CredentialsAdmin::testFinished);
        QVERIFY(!tested.ok);
        QCOMPARE(tested.code, code);
        QVERIFY2(tested.message.contains(words), qPrintable(tested.message));
        QVERIFY(!f.services->canCallAlipay()); // a test never changes what the desk uses
    }

    void anUnreachableGatewayIsSaidPlainly()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QUrl url(QStringLiteral("http://127.0.0.1/gateway.do"));
        url.setPort(closed.serverPort());
        closed.close();
        CredentialsFixture f;
        QString error;
        QVERIFY2(f.start(&error, url), qPrintable(error));
        f.services->setSession(CredentialsFixture::session(OperatorRole::Admin));
        importPublicKeyMode(f.admin());
        QVERIFY(f.admin().testConnection(CredentialsAdmin::Source::Pending));
        const CredentialsOutcome tested = awaitOutcome(f.admin(), &CredentialsAdmin::testFinished);
        QCOMPARE(tested.code, QStringLiteral("unreachable"));
        QVERIFY2(tested.message.contains(url.toDisplayString()), qPrintable(tested.message));
    }

    void deleteMakesTheDeskReadOnlyAndEveryChangeIsAuditedWithoutKeys()
    {
        CredentialsFixture f;
        startAsAdmin(f);
        CredentialsAdmin &admin = f.admin();
        ConsoleSettings settings(f.path(QStringLiteral("settings.ini")));
        connect(&admin, &CredentialsAdmin::appIdSaved, this, [&settings](const QString &appId) {
            settings.setAppId(appId);
            settings.sync();
        });
        // Saved under another app_id than the desk's: the settings follow.
        const QString newAppId = QStringLiteral("2021000000000009");
        QVERIFY(admin.setPendingAppId(newAppId));
        importPublicKeyMode(admin);
        QVERIFY(admin.testConnection(CredentialsAdmin::Source::Pending));
        QCOMPARE(awaitOutcome(admin, &CredentialsAdmin::testFinished).code,
                 QStringLiteral("invalid_app_id")); // the sandbox knows only the test app
        QVERIFY(admin.save());
        QVERIFY(awaitOutcome(admin, &CredentialsAdmin::saveFinished).ok);
        QVERIFY(f.services->canCallAlipay());
        QCOMPARE(f.services->client().config().appId, newAppId);
        QCOMPARE(admin.appId(), newAppId);
        QCOMPARE(settings.appId(), newAppId);

        QVERIFY(admin.remove());
        const CredentialsOutcome removed = awaitOutcome(admin, &CredentialsAdmin::removeFinished);
        QVERIFY2(removed.ok, qPrintable(removed.message));
        QCOMPARE(int(admin.state().presence), int(StoredCredentialsState::Presence::Absent));
        QVERIFY(!f.services->canCallAlipay());
        const QString problem = f.services->credentialsProblem();
        QVERIFY2(problem.contains(keychainStatusMessage(KeychainStatus::NotFound, newAppId)),
                 qPrintable(problem));
        QVERIFY(problem.contains(u"Alipay actions are disabled"));
        QCOMPARE(f.services->actions().gatewayProblem(OrderActions::Action::Unfreeze), problem);
        admin.loadStored(); // a new start finds nothing
        QTRY_COMPARE_WITH_TIMEOUT(int(admin.state().presence),
                                  int(StoredCredentialsState::Presence::Absent), 30000);

        const QList<AuditEntry> entries = credentialEntries(f.store());
        QStringList actions;
        for (const AuditEntry &entry : entries)
            actions << entry.action;
        QCOMPARE(actions, (QStringList{QStringLiteral("credentials.tested"),
                                       QStringLiteral("credentials.saved"),
                                       QStringLiteral("credentials.deleted")}));
        const QJsonObject saved = QJsonDocument::fromJson(entries.at(1).detail.toUtf8()).object();
        QCOMPARE(entries.at(1).operatorLogin, QStringLiteral("admin1"));
        QCOMPARE(saved.value(u"app_id").toString(), newAppId);
        QCOMPARE(saved.value(u"mode").toString(), QStringLiteral("public_key"));
        QCOMPARE(saved.value(u"outcome").toString(), QStringLiteral("ok"));
        QCOMPARE(saved.value(u"parts").toArray().size(), 3);
        QCOMPARE(saved.value(u"parts").toArray().first().toString(),
                 QStringLiteral("merchant_private_key"));
        const QJsonObject tested = QJsonDocument::fromJson(entries.at(0).detail.toUtf8()).object();
        QCOMPARE(tested.value(u"source").toString(), QStringLiteral("pending"));
        QCOMPARE(tested.value(u"outcome").toString(), QStringLiteral("invalid_app_id"));
        QCOMPARE(QJsonDocument::fromJson(entries.at(2).detail.toUtf8())
                     .object()
                     .value(u"outcome")
                     .toString(),
                 QStringLiteral("ok"));
        QVERIFY(AuditLog(f.store()).verify().ok);

        // No key text in the database file, the settings file or the log.
        f.services.reset();
        QByteArray databaseBytes; // the database and its journal files
        for (const char *suffix : {"", "-wal", "-journal"}) {
            QFile file(f.path(QStringLiteral("desk.sqlite") + QLatin1String(suffix)));
            if (file.open(QIODevice::ReadOnly))
                databaseBytes += file.readAll();
        }
        QFile settingsFile(f.path(QStringLiteral("settings.ini")));
        const QByteArray settingsBytes =
            settingsFile.open(QIODevice::ReadOnly) ? settingsFile.readAll() : QByteArray();
        const QByteArray logBytes = m_log.text().toUtf8();
        QVERIFY(databaseBytes.contains("credentials.saved"));
        for (const QByteArray &key : privateKeyTexts()) {
            QVERIFY(findSecret(databaseBytes, key).isEmpty());
            QVERIFY(findSecret(settingsBytes, key).isEmpty());
            QVERIFY(findSecret(logBytes, key).isEmpty());
        }
    }

    void theSellerIdIsCheckedAuditedAndUsedAtOnce()
    {
        CredentialsFixture f;
        startAsAdmin(f);
        CredentialsAdmin &admin = f.admin();
        admin.loadStored();
        QTRY_COMPARE_WITH_TIMEOUT(int(admin.state().presence),
                                  int(StoredCredentialsState::Presence::Absent), 30000);
        QSignalSpy saved(&admin, &CredentialsAdmin::sellerIdSaved);
        const auto sellerEntries = [&f] {
            QList<AuditEntry> found;
            const QList<AuditEntry> all = AuditLog(f.store()).entries();
            for (const AuditEntry &entry : all)
                if (entry.action == u"credentials.seller_id.changed")
                    found << entry;
            return found;
        };
        // Not 2088 and 12 more digits: refused with the reason, nothing changed or recorded.
        for (const char *bad : {"2021000000000001", "2088123", "20881021462251350", "2088abc"}) {
            QString error;
            QVERIFY(!admin.setSellerId(QLatin1String(bad), &error));
            QVERIFY2(error.contains(u"2088"), qPrintable(error));
        }
        QVERIFY(saved.isEmpty());
        QVERIFY(sellerEntries().isEmpty());
        QVERIFY(f.services->client().config().sellerId.isEmpty());

        // Keys but no seller ID: the desk may act, but a charge says what is missing.
        importPublicKeyMode(admin);
        QVERIFY(admin.save());
        const CredentialsOutcome stored = awaitOutcome(admin, &CredentialsAdmin::saveFinished);
        QVERIFY2(stored.ok, qPrintable(stored.message));
        QVERIFY(f.services->canCallAlipay());
        QVERIFY(f.services->actions().gatewayProblem(OrderActions::Action::Unfreeze).isEmpty());
        const QString noSeller = f.services->actions().gatewayProblem(OrderActions::Action::Charge);
        QVERIFY2(noSeller.contains(u"seller ID") && noSeller.contains(u"Credentials page"),
                 qPrintable(noSeller));

        const QString seller = QStringLiteral("2088102146225135");
        QString error;
        QVERIFY2(admin.setSellerId(QStringLiteral(" 2088102146225135 "), &error),
                 qPrintable(error));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), seller);
        QCOMPARE(admin.sellerId(), seller);
        QCOMPARE(f.services->client().config().sellerId, seller);
        QList<AuditEntry> entries = sellerEntries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().operatorLogin, QStringLiteral("admin1"));
        const QJsonObject detail =
            QJsonDocument::fromJson(entries.first().detail.toUtf8()).object();
        QCOMPARE(detail.value(u"from").toString(), QString());
        QCOMPARE(detail.value(u"to").toString(), seller);
        QCOMPARE(detail.value(u"app_id").toString(), TestAppId);

        // The same id again: nothing to record.
        QVERIFY(admin.setSellerId(seller, &error));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(sellerEntries().size(), 1);

        QVERIFY(f.services->actions().gatewayProblem(OrderActions::Action::Charge).isEmpty());

        // Keys saved again keep it: the gateway configuration in use names the seller.
        importPublicKeyMode(admin);
        QVERIFY(admin.save());
        const CredentialsOutcome again = awaitOutcome(admin, &CredentialsAdmin::saveFinished);
        QVERIFY2(again.ok, qPrintable(again.message));
        QVERIFY(f.services->canCallAlipay());
        QCOMPARE(f.services->client().config().sellerId, seller);

        // Only an administrator changes where the money goes.
        f.services->setSession(CredentialsFixture::session(OperatorRole::Agent));
        QVERIFY(!admin.setSellerId(QStringLiteral("2088000000000009"), &error));
        QCOMPARE(error,
                 Permissions::deniedReason(OperatorRole::Agent, Capability::ManageCredentials));
        QCOMPARE(f.services->client().config().sellerId, seller);
        QCOMPARE(sellerEntries().size(), 1);
    }

    void anOperatorWithoutTheRightIsRefusedInTheService()
    {
        CredentialsFixture f;
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        CredentialsAdmin &admin = f.admin();
        const QString nobody = QStringLiteral("Sign in as an administrator");
        QVERIFY(!admin.importPart(Part::MerchantPrivateKey, keyPath("merchant_private_pkcs8.pem"),
                                  &error));
        QVERIFY2(error.contains(nobody), qPrintable(error));
        for (OperatorRole role :
             {OperatorRole::Agent, OperatorRole::Finance, OperatorRole::Supervisor}) {
            OperatorSession session = CredentialsFixture::session(role);
            f.services->setSession(session);
            const QString denied = Permissions::deniedReason(role, Capability::ManageCredentials);
            QVERIFY(!denied.isEmpty());
            error.clear();
            QVERIFY(!admin.importPart(Part::MerchantPrivateKey,
                                      keyPath("merchant_private_pkcs8.pem"), &error));
            QCOMPARE(error, denied);
            QVERIFY(!admin.setPendingAppId(QStringLiteral("2021000000000002"), &error));
            QVERIFY(!admin.setPendingCertificateMode(true, &error));
            QCOMPARE(admin.check().code, QStringLiteral("refused"));
            error.clear();
            QVERIFY(!admin.save(&error));
            QVERIFY(!error.isEmpty());
            error.clear();
            QVERIFY(!admin.remove(&error));
            QCOMPARE(error, denied);
            error.clear();
            QVERIFY(!admin.testConnection(CredentialsAdmin::Source::Pending, &error));
            QCOMPARE(error, denied);
            QVERIFY(!admin.busy());
        }
        QVERIFY(!admin.pendingPart(Part::MerchantPrivateKey).isSet());
        QVERIFY(credentialEntries(f.store()).isEmpty());
    }
};

DD_KEYRING_TEST_MAIN(TestCredentialsAdmin, "keyring")

#include "tst_credentials_admin.moc"
