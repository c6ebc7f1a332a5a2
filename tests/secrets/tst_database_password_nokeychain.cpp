// Without any keychain (no D-Bus session, keyring-session.sh --none) and a real PostgreSQL
// (fixture dd_pg): a settings file that still holds the database password keeps it (nothing is
// lost), the start says plainly that it could not be moved, and the store still connects. A
// setting without a password connects without one and says the keychain could not be read.

#include "KeyringSession.h"
#include "StoreTestEnv.h"

#include "services/admin/ConsoleSettings.h"
#include "services/admin/DatabasePassword.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestDatabasePasswordNoKeychain : public QObject
{
    Q_OBJECT

    LogCapture m_log;
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    StoreConfig m_server;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("console.ini")); }
    QByteArray iniBytes() const
    {
        QFile file(iniPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_log.start();
        QCOMPARE(qgetenv("DD_TEST_KEYRING"), QByteArray("none"));
        m_database = std::make_unique<TestDatabase>();
        QVERIFY2(m_database->isValid(), "no PostgreSQL: run through ctest (fixture dd_pg)");
        m_server = m_database->config();
    }

    void cleanupTestCase()
    {
        m_log.stop();
        QVERIFY2(!m_log.text().contains(m_server.password), "a log line holds the password");
        m_database.reset();
    }

    void anOldSettingsFileKeepsItsPasswordAndTheStartWarns()
    {
        StoreConfig bare = m_server;
        bare.password.clear();
        const QString old = bare.toSetting() + QStringLiteral(" password=") + m_server.password;
        {
            ConsoleSettings settings(iniPath());
            settings.setDatabase(old);
            settings.sync();
        }
        ConsoleSettings settings(iniPath());
        DatabasePassword passwords;
        const DatabasePassword::Prepared prepared = passwords.prepare(settings);
        QVERIFY2(prepared.config, qPrintable(prepared.error));
        QVERIFY(!prepared.moved);
        QVERIFY2(prepared.warning.contains(QStringLiteral("still in the settings file")),
                 qPrintable(prepared.warning));
        QVERIFY2(prepared.warning.contains(QStringLiteral("no system keychain")),
                 qPrintable(prepared.warning));
        QVERIFY(!prepared.warning.contains(m_server.password));
        QCOMPARE(settings.database(), old); // not lost
        QCOMPARE(prepared.config->password, m_server.password);
        Store store(*prepared.config);
        const StoreResult opened = store.open();
        QVERIFY2(opened.ok, qPrintable(opened.errorString));
    }

    void aSettingWithoutPasswordConnectsWithoutAndWarns()
    {
        StoreConfig bare = m_server;
        bare.password.clear();
        ConsoleSettings settings(iniPath());
        settings.setDatabase(bare.toSetting());
        settings.sync();
        DatabasePassword passwords;
        const DatabasePassword::Prepared prepared = passwords.prepare(settings);
        QVERIFY2(prepared.config, qPrintable(prepared.error));
        QVERIFY2(prepared.warning.contains(QStringLiteral("could not be read")),
                 qPrintable(prepared.warning));
        QVERIFY(prepared.config->password.isEmpty());
        QVERIFY(!iniBytes().contains(m_server.password.toUtf8()));
    }
};

DD_KEYRING_TEST_MAIN(TestDatabasePasswordNoKeychain, "none")

#include "tst_database_password_nokeychain.moc"
