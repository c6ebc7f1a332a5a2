// ConsoleSettings keeps the console's non-secret settings in an ini file, with safe defaults.
#include "alipay/GatewayConfig.h"
#include "services/admin/ConsoleSettings.h"

#include <QFile>
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
};

void TestConsoleSettings::defaults()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
    QCOMPARE(settings.environment(), ConsoleSettings::Environment::Production);
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
        settings.setEnvironment(ConsoleSettings::Environment::LocalUrl);
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
    QCOMPARE(again.environment(), ConsoleSettings::Environment::LocalUrl);
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
    settings.setEnvironment(ConsoleSettings::Environment::AlipaySandbox);
    QCOMPARE(settings.gatewayUrl(), GatewayConfig::alipaySandboxGateway());
    settings.setEnvironment(ConsoleSettings::Environment::LocalUrl);
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
    QCOMPARE(settings.environment(), ConsoleSettings::Environment::Production);
    QCOMPARE(settings.callTimeoutMs(), GatewayConfig::DefaultTimeoutMs);
    QCOMPARE(settings.idleLockMinutes(), 10);
    settings.setCallTimeoutMs(5);
    QCOMPARE(settings.callTimeoutMs(), 100);
    settings.setCallTimeoutMs(10000000);
    QCOMPARE(settings.callTimeoutMs(), 600000);
}

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
