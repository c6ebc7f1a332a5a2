// The team-mode database password in a real Secret Service (a throw-away gnome-keyring,
// keyring-session.sh) with a real PostgreSQL (fixture dd_pg): the Settings page stores it in the
// keychain and never in the settings file; the start (DatabasePassword::prepare) reads it back and
// the store connects with it; a settings file of an older version that still holds
// "password=…" has it moved to the keychain, the file rewritten without it, and the move audited
// without the secret. No message, log line or settings file holds the password.

#include "KeyringSession.h"
#include "Screenshots.h"
#include "StoreTestEnv.h"

#include "secrets/DatabasePasswordStore.h"
#include "services/admin/ConsoleSettings.h"
#include "services/admin/DatabasePassword.h"
#include "store/AuditLog.h"
#include "ui/admin/SettingsPage.h"
#include "ui/session/LanguageSwitcher.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestDatabasePassword : public QObject
{
    Q_OBJECT

    LogCapture m_log;
    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_database;
    StoreConfig m_server; // with the password
    QStringList m_messages;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("console.ini")); }
    QByteArray iniBytes() const
    {
        QFile file(iniPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    StoreConfig withoutPassword() const
    {
        StoreConfig config = m_server;
        config.password.clear();
        return config;
    }
    static void forget(const StoreConfig &config)
    {
        DatabasePasswordStore keychain;
        const DatabasePasswordJob::Answer removed =
            DatabasePasswordJob::await(keychain.remove(DatabasePassword::keyFor(config)));
        QCOMPARE(removed.status, KeychainStatus::Ok);
    }
    // Opens the store the start would open; true when it connects.
    bool connects(const StoreConfig &config)
    {
        Store store(config);
        const StoreResult opened = store.open();
        m_messages << opened.errorString;
        return opened.ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_log.start();
        QCOMPARE(qgetenv("DD_TEST_KEYRING"), QByteArray("keyring"));
        m_database = std::make_unique<TestDatabase>();
        QVERIFY2(m_database->isValid(), "no PostgreSQL: run through ctest (fixture dd_pg)");
        m_server = m_database->config();
        QVERIFY(m_server.password.size() >= 16);
    }

    void cleanupTestCase()
    {
        m_log.stop();
        const QByteArray secret = m_server.password.toUtf8();
        QVERIFY2(!m_log.text().toUtf8().contains(secret), "a log line holds the password");
        for (const QString &message : std::as_const(m_messages))
            QVERIFY2(!message.contains(m_server.password), "a message holds the password");
        m_database.reset();
    }

    void settingsPageStoresThePasswordInTheKeychainOnly()
    {
        forget(m_server);
        QFile::remove(iniPath());
        ConsoleSettings settings(iniPath());
        LanguageSwitcher languages;
        SettingsPage page(settings, languages);
        page.resize(900, 560);
        page.show();
        auto *database = page.findChild<QLineEdit *>(QStringLiteral("settingsDatabase"));
        auto *password = page.findChild<QLineEdit *>(QStringLiteral("settingsDatabasePassword"));
        QVERIFY(database && password);
        QVERIFY(!password->isEnabled()); // no PostgreSQL setting yet
        database->setText(withoutPassword().toSetting());
        QVERIFY(password->isEnabled());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(m_server.password);
        QSignalSpy stored(&page, &SettingsPage::databasePasswordStored);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("settingsSave")),
                          Qt::LeftButton);
        QVERIFY(stored.count() == 1 || stored.wait(60000));
        QCOMPARE(stored.constFirst().constFirst().toBool(), true);
        QVERIFY(password->text().isEmpty());
        const QString message = page.findChild<QLabel *>(QStringLiteral("settingsMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("keychain")), qPrintable(message));
        m_messages << message;
        saveScreenshot(page, QStringLiteral("settings-database-password"));

        const QByteArray ini = iniBytes();
        QVERIFY2(ini.contains("dbname="), ini.constData());
        QVERIFY(!ini.contains(m_server.password.toUtf8()));
        QVERIFY(!ini.contains("password"));

        // The next start: the password comes from the keychain, and the store connects.
        ConsoleSettings atStart(iniPath());
        DatabasePassword passwords;
        const DatabasePassword::Prepared prepared = passwords.prepare(atStart);
        QVERIFY2(prepared.config, qPrintable(prepared.error));
        QVERIFY2(prepared.warning.isEmpty(), qPrintable(prepared.warning));
        QVERIFY(!prepared.moved);
        QCOMPARE(prepared.config->password, m_server.password);
        QVERIFY(connects(*prepared.config));
        // Without the keychain's entry the same setting does not connect.
        QVERIFY(!connects(withoutPassword()));
        QVERIFY2(m_messages.constLast().contains(QStringLiteral("Settings page")),
                 qPrintable(m_messages.constLast()));
    }

    // "password=…" typed into the database setting goes to the keychain as well.
    void aPasswordTypedIntoTheSettingIsMovedToTheKeychain()
    {
        forget(m_server);
        QFile::remove(iniPath());
        ConsoleSettings settings(iniPath());
        LanguageSwitcher languages;
        SettingsPage page(settings, languages);
        auto *database = page.findChild<QLineEdit *>(QStringLiteral("settingsDatabase"));
        database->setText(withoutPassword().toSetting() + QStringLiteral(" password=") +
                          m_server.password);
        QSignalSpy stored(&page, &SettingsPage::databasePasswordStored);
        QVERIFY(page.save());
        QVERIFY(stored.count() == 1 || stored.wait(60000));
        QCOMPARE(stored.constFirst().constFirst().toBool(), true);
        QVERIFY(!database->text().contains(m_server.password));
        QVERIFY(!iniBytes().contains(m_server.password.toUtf8()));
        ConsoleSettings atStart(iniPath());
        DatabasePassword passwords;
        QCOMPARE(passwords.prepare(atStart).config->password, m_server.password);
    }

    void anOlderSettingsFileHasItsPasswordMoved()
    {
        forget(m_server);
        QFile::remove(iniPath());
        {
            ConsoleSettings old(iniPath());
            old.setDatabase(withoutPassword().toSetting() + QStringLiteral(" password=") +
                            m_server.password);
            old.sync();
        }
        QVERIFY(iniBytes().contains(m_server.password.toUtf8()));

        ConsoleSettings settings(iniPath());
        DatabasePassword passwords;
        const DatabasePassword::Prepared prepared = passwords.prepare(settings);
        QVERIFY2(prepared.config, qPrintable(prepared.error));
        QVERIFY2(prepared.warning.isEmpty(), qPrintable(prepared.warning));
        QVERIFY(prepared.moved);
        QCOMPARE(prepared.config->password, m_server.password);
        const QByteArray ini = iniBytes();
        QVERIFY2(!ini.contains(m_server.password.toUtf8()), "the password is still in the file");
        QVERIFY(!ini.contains("password"));
        QVERIFY(ini.contains("dbname="));

        // The store opens with it, and the move is audited without the secret.
        Store store(*prepared.config);
        const StoreResult opened = store.open();
        QVERIFY2(opened.ok, qPrintable(opened.errorString));
        const StoreResult audited = DatabasePassword::recordMoved(store, *prepared.config);
        QVERIFY2(audited.ok, qPrintable(audited.errorString));
        AuditFilter filter;
        filter.action = QStringLiteral("database.password.moved");
        const QList<AuditEntry> entries = AuditLog(store).entries(filter);
        QCOMPARE(entries.size(), 1);
        QVERIFY(!entries.constFirst().detail.contains(m_server.password));
        QVERIFY2(entries.constFirst().detail.contains(DatabasePassword::keyFor(m_server)),
                 qPrintable(entries.constFirst().detail));

        // The start after: nothing left to move, the password comes from the keychain.
        ConsoleSettings next(iniPath());
        const DatabasePassword::Prepared again = passwords.prepare(next);
        QVERIFY(!again.moved);
        QCOMPARE(again.config->password, m_server.password);
    }
};

int main(int argc, char **argv)
{
    DepositDesk::Testing::ensureKeyringSession(argc, argv, "keyring");
    QApplication app(argc, argv);
    TestDatabasePassword test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database_password.moc"
