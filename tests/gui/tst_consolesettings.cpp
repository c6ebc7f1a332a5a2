// ConsoleSettings keeps the console's non-secret settings in an ini file, with safe defaults.
#include "alipay/GatewayConfig.h"
#include "services/admin/ConsoleSettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;

class TestConsoleSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTripsThroughTheFile();
    void resolvesTheGateway();
    void refusesNonsense();
    void keepsTheStoredSpellings_data();
    void keepsTheStoredSpellings();
    void theDemoIsNoSetting();
};

void TestConsoleSettings::defaults()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
    QCOMPARE(settings.environment(), Environment::Production);
    QCOMPARE(settings.gatewayUrl(), GatewayConfig::productionGateway());
    QVERIFY(settings.appId().isEmpty());
    QVERIFY(settings.database().isEmpty());
    QCOMPARE(settings.callTimeoutMs(), GatewayConfig::DefaultTimeoutMs);
    QVERIFY(settings.language().isEmpty());
    QCOMPARE(settings.idleLockMinutes(), 10);
}

void TestConsoleSettings::roundTripsThroughTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.ini"));
    {
        ConsoleSettings settings(path);
        settings.setEnvironment(Environment::LocalUrl);
        settings.setLocalGatewayUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/gateway.do")));
        settings.setAppId(QStringLiteral(" 2021000000000001 "));
        settings.setDatabase(QStringLiteral("/srv/desk/orders.sqlite"));
        settings.setCallTimeoutMs(8000);
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.setIdleLockMinutes(5);
        settings.sync();
    }
    QVERIFY(QFile::exists(path));
    ConsoleSettings again(path);
    QCOMPARE(again.environment(), Environment::LocalUrl);
    QCOMPARE(again.gatewayUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/gateway.do")));
    QCOMPARE(again.appId(), QStringLiteral("2021000000000001"));
    QCOMPARE(again.database(), QStringLiteral("/srv/desk/orders.sqlite"));
    QCOMPARE(again.callTimeoutMs(), 8000);
    QCOMPARE(again.language(), QStringLiteral("zh_CN"));
    QCOMPARE(again.idleLockMinutes(), 5);
}

void TestConsoleSettings::resolvesTheGateway()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
    settings.setLocalGatewayUrl(QUrl(QStringLiteral("http://127.0.0.1:9/gateway.do")));
    // The local URL only counts in the local environment.
    QCOMPARE(settings.gatewayUrl(), GatewayConfig::productionGateway());
    settings.setEnvironment(Environment::AlipaySandbox);
    QCOMPARE(settings.gatewayUrl(), GatewayConfig::alipaySandboxGateway());
    settings.setEnvironment(Environment::LocalUrl);
    QCOMPARE(settings.gatewayUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/gateway.do")));
}

void TestConsoleSettings::refusesNonsense()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[gateway]\nenvironment=staging\ntimeoutMs=abc\n[ui]\nidleLockMinutes=-3\n");
    }
    ConsoleSettings settings(path);
    // An unknown environment is production, never a guessed test gateway.
    QCOMPARE(settings.environment(), Environment::Production);
    QCOMPARE(settings.callTimeoutMs(), GatewayConfig::DefaultTimeoutMs);
    QCOMPARE(settings.idleLockMinutes(), 10);
    settings.setCallTimeoutMs(5);
    QCOMPARE(settings.callTimeoutMs(), 100);
    settings.setCallTimeoutMs(10000000);
    QCOMPARE(settings.callTimeoutMs(), 600000);
}

void TestConsoleSettings::keepsTheStoredSpellings_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("stored");
    QTest::newRow("production") << Environment::Production << QStringLiteral("production");
    QTest::newRow("sandbox") << Environment::AlipaySandbox << QStringLiteral("alipay-sandbox");
    QTest::newRow("local") << Environment::LocalUrl << QStringLiteral("local");
}

void TestConsoleSettings::keepsTheStoredSpellings()
{
    // Existing desks have these values in their settings: they must read back unchanged, and a
    // new choice must be written the same way.
    QFETCH(Environment, environment);
    QFETCH(QString, stored);
    QTemporaryDir dir;
    const QString written = dir.filePath(QStringLiteral("written.ini"));
    {
        ConsoleSettings settings(written);
        settings.setEnvironment(environment);
        settings.sync();
    }
    QCOMPARE(QSettings(written, QSettings::IniFormat).value(u"gateway/environment"_qs).toString(),
             stored);

    const QString existing = dir.filePath(QStringLiteral("existing.ini"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[gateway]\nenvironment=" + stored.toUtf8() + "\n");
    }
    QCOMPARE(ConsoleSettings(existing).environment(), environment);
    QCOMPARE(environmentKey(environment), stored);
    QCOMPARE(environmentFromKey(stored), std::optional<Environment>(environment));
}

void TestConsoleSettings::theDemoIsNoSetting()
{
    // The demo is started with --demo: a settings file naming it is not a demo desk.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.ini"));
    {
        ConsoleSettings settings(path);
        settings.setEnvironment(Environment::AlipaySandbox);
        settings.setEnvironment(Environment::Demo);
        settings.sync();
    }
    QCOMPARE(ConsoleSettings(path).environment(), Environment::AlipaySandbox);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[gateway]\nenvironment=demo\n");
    }
    QCOMPARE(ConsoleSettings(path).environment(), Environment::Production);
}

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
