// The set-up's team-mode path with a real PostgreSQL (fixture dd_pg) and a real Secret Service
// (a throw-away gnome-keyring): FirstRunSetup opens the database from its fields, creates the
// administrator there, saves the keys, puts the database password in the keychain and writes a
// setting without it; the next start (DatabasePassword::prepare) reads the password back and
// connects, and so does the set-up run again without the password typed. Neither the settings
// file nor the audit log holds the password.

#include "KeyringSession.h"
#include "SecretsTestData.h"
#include "StoreTestEnv.h"

#include "services/admin/ConsoleSettings.h"
#include "services/admin/CredentialsAdmin.h"
#include "services/admin/DatabasePassword.h"
#include "services/admin/FirstRunSetup.h"
#include "store/AuditLog.h"
#include "store/Store.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestSetupAssistantPg : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void teamDatabasePasswordGoesToTheKeychain()
    {
        QCOMPARE(qgetenv("DD_TEST_KEYRING"), QByteArray("keyring"));
        TestDatabase database;
        QVERIFY2(database.isValid(), "no PostgreSQL: run through ctest (fixture dd_pg)");
        const StoreConfig server = database.config();
        QVERIFY(server.driver == StoreConfig::Driver::Postgres);
        QVERIFY(server.password.size() >= 16);

        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("console.ini"));
        {
            ConsoleSettings settings(ini);
            FirstRunSetup setup(settings);
            setup.setKeychainService(QStringLiteral("DepositDesk/test-setup-pg"));
            FirstRunSetup::Database fields;
            fields.postgres = true;
            fields.host = server.host;
            fields.port = server.port;
            fields.name = server.database;
            fields.user = server.user;
            fields.password = server.password;
            fields.sslMode = server.sslMode == StoreConfig::SslMode::Unset
                                 ? QString()
                                 : StoreConfig::sslModeName(server.sslMode);
            fields.sslRootCert = server.sslRootCert;
            QString error;
            QVERIFY2(setup.openDatabase(fields, &error), qPrintable(error));
            QVERIFY(!setup.hasOperators());
            QVERIFY2(setup.createAdministrator(QStringLiteral("owner"),
                                               QStringLiteral("first-day-password"),
                                               QStringLiteral("first-day-password"), &error),
                     qPrintable(error));
            QVERIFY2(setup.setAlipay(Environment::AlipaySandbox, {}, TestAppId,
                                     QStringLiteral("2088102146225135"), &error),
                     qPrintable(error));
            CredentialsAdmin &admin = *setup.credentials();
            using Part = Credentials::Part;
            QVERIFY2(admin.importPart(Part::MerchantPrivateKey,
                                      keyFilePath(QStringLiteral("merchant_private_pkcs8.pem")),
                                      &error),
                     qPrintable(error));
            QVERIFY2(admin.importPart(Part::AlipayPublicKey,
                                      keyFilePath(QStringLiteral("alipay_public.b64.txt")), &error),
                     qPrintable(error));
            QSignalSpy finished(&setup, &FirstRunSetup::finished);
            QVERIFY2(setup.finish(&error), qPrintable(error));
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.first().at(0).toBool(),
                     qPrintable(finished.first().at(1).toString()));
        }

        // The settings name the database, never its password.
        {
            QFile file(ini);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(server.password.toUtf8()));
        }
        ConsoleSettings settings(ini);
        QVERIFY(!FirstRunSetup::needed(settings));
        QCOMPARE(settings.environment(), Environment::AlipaySandbox);
        QVERIFY2(settings.database().contains(QStringLiteral("dbname=") + server.database),
                 qPrintable(settings.database()));
        QVERIFY(!settings.database().contains(u"password"));

        // The next start finds the password in the keychain and connects.
        DatabasePassword passwords;
        const DatabasePassword::Prepared prepared = passwords.prepare(settings);
        QVERIFY2(prepared.config, qPrintable(prepared.error));
        QVERIFY2(prepared.warning.isEmpty(), qPrintable(prepared.warning));
        QCOMPARE(prepared.config->password, server.password);
        Store store(*prepared.config);
        const StoreResult opened = store.open();
        QVERIFY2(opened.ok, qPrintable(opened.errorString));
        bool completed = false;
        for (const AuditEntry &entry : AuditLog(store).entries()) {
            QVERIFY(!entry.detail.contains(server.password));
            if (entry.action == u"setup.completed") {
                completed = true;
                QCOMPARE(entry.operatorLogin, QStringLiteral("owner"));
                QVERIFY2(entry.detail.contains(server.database), qPrintable(entry.detail));
            }
        }
        QVERIFY(completed);

        // The assistant run again (--setup) with the password field left empty: the keychain's.
        FirstRunSetup again(settings);
        FirstRunSetup::Database fields;
        fields.postgres = true;
        fields.host = server.host;
        fields.port = server.port;
        fields.name = server.database;
        fields.user = server.user;
        fields.sslMode = server.sslMode == StoreConfig::SslMode::Unset
                             ? QString()
                             : StoreConfig::sslModeName(server.sslMode);
        fields.sslRootCert = server.sslRootCert;
        QString error;
        QVERIFY2(again.openDatabase(fields, &error), qPrintable(error));
        QVERIFY(again.hasOperators());
    }
};

DD_KEYRING_TEST_MAIN(TestSetupAssistantPg, "keyring")

#include "tst_setupassistant_pg.moc"
