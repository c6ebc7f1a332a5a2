// ConsoleSettings keeps the console's non-secret settings in an ini file, with safe defaults.
#include "alipay/GatewayConfig.h"
#include "services/admin/ConsoleSettings.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
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
    void sellerIdIsCheckedForForm_data();
    void sellerIdIsCheckedForForm();
    void keepsTheStoredSpellings_data();
    void keepsTheStoredSpellings();
    void theDemoIsNoSetting();
    void giantFileIsSetAsideUnread();
    void giantFileAtTheDefaultPlace();
    void garbageFileGivesTheDefaults();
};

void TestConsoleSettings::defaults()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
    QCOMPARE(settings.environment(), Environment::Production);
    QCOMPARE(settings.gatewayUrl(), GatewayConfig::productionGateway());
    QVERIFY(settings.appId().isEmpty());
    QVERIFY(settings.sellerId().isEmpty());
    QVERIFY(settings.database().isEmpty());
    QCOMPARE(settings.callTimeoutMs(), GatewayConfig::DefaultTimeoutMs);
    QVERIFY(settings.language().isEmpty());
    QCOMPARE(settings.idleLockMinutes(), 10);
    QVERIFY(settings.proxy().isEmpty()); // the system's
    QCOMPARE(settings.problems(), QStringList());
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
        settings.setSellerId(QStringLiteral(" 2088102146225135 "));
        settings.setDatabase(QStringLiteral("/srv/desk/orders.sqlite"));
        settings.setCallTimeoutMs(8000);
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.setIdleLockMinutes(5);
        settings.setProxy(QStringLiteral(" http://proxy.shop.example:3128 "));
        settings.sync();
    }
    QVERIFY(QFile::exists(path));
    ConsoleSettings again(path);
    QCOMPARE(again.environment(), Environment::LocalUrl);
    QCOMPARE(again.gatewayUrl(), QUrl(QStringLiteral("http://127.0.0.1:8080/gateway.do")));
    QCOMPARE(again.appId(), QStringLiteral("2021000000000001"));
    QCOMPARE(again.sellerId(), QStringLiteral("2088102146225135"));
    QCOMPARE(again.problems(), QStringList());
    QCOMPARE(again.database(), QStringLiteral("/srv/desk/orders.sqlite"));
    QCOMPARE(again.callTimeoutMs(), 8000);
    QCOMPARE(again.language(), QStringLiteral("zh_CN"));
    QCOMPARE(again.idleLockMinutes(), 5);
    QCOMPARE(again.proxy(), QStringLiteral("http://proxy.shop.example:3128"));
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

    // What the client is given: all four settings, no key.
    settings.setAppId(QStringLiteral("2021000000000042"));
    settings.setSellerId(QStringLiteral("2088000000000042"));
    settings.setCallTimeoutMs(9000);
    const GatewayConfig config = settings.gatewayConfig();
    QCOMPARE(config.gateway, QUrl(QStringLiteral("http://127.0.0.1:9/gateway.do")));
    QCOMPARE(config.appId, QStringLiteral("2021000000000042"));
    QCOMPARE(config.sellerId, QStringLiteral("2088000000000042"));
    QCOMPARE(config.timeoutMs, 9000);
    QVERIFY(!config.merchantKey && !config.alipayPublicKey);
}

void TestConsoleSettings::refusesNonsense()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[gateway]\nenvironment=staging\ntimeoutMs=abc\n[ui]\nidleLockMinutes=-3\n"
                   "[network]\nproxy=http://desk:hunter2@proxy.shop.example:3128\n");
    }
    ConsoleSettings settings(path);
    // An unknown environment is production, never a guessed test gateway.
    QCOMPARE(settings.environment(), Environment::Production);
    QCOMPARE(settings.callTimeoutMs(), GatewayConfig::DefaultTimeoutMs);
    QCOMPARE(settings.idleLockMinutes(), 10);
    QVERIFY(settings.proxy().isEmpty()); // a password in the setting: refused, the system's used
    // Each refused value is said, by its key, with what is used instead.
    const QStringList problems = settings.problems();
    QCOMPARE(problems.size(), 4);
    QVERIFY2(problems[0].contains(u"gateway/environment") &&
                 problems[0].contains(u"the production gateway is used instead"),
             qPrintable(problems[0]));
    QVERIFY2(problems[1].contains(u"gateway/timeoutMs") &&
                 problems[1].contains(
                     QStringLiteral("%1 ms is used instead").arg(GatewayConfig::DefaultTimeoutMs)),
             qPrintable(problems[1]));
    QVERIFY2(problems[2].contains(u"ui/idleLockMinutes") && problems[2].contains(u"10 minutes"),
             qPrintable(problems[2]));
    QVERIFY2(problems[3].contains(u"network/proxy") && problems[3].contains(u"system's proxy"),
             qPrintable(problems[3]));
    QVERIFY(!problems.join(u' ').contains(u"hunter2")); // keys, never values
    settings.setCallTimeoutMs(5);
    QCOMPARE(settings.callTimeoutMs(), 100);
    settings.setCallTimeoutMs(10000000);
    QCOMPARE(settings.callTimeoutMs(), 600000);
}

void TestConsoleSettings::sellerIdIsCheckedForForm_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::newRow("too short") << QByteArray("208810214622513");
    QTest::newRow("too long") << QByteArray("20881021462251350");
    QTest::newRow("not 2088") << QByteArray("2089102146225135");
    QTest::newRow("letters") << QByteArray("2088abcdefghijkl");
    QTest::newRow("app_id") << QByteArray("2021000000000001");
    QTest::newRow("inner space") << QByteArray("\"2088 102146225135\"");
    QTest::newRow("full-width digits")
        << QByteArray("\xef\xbc\x92\xef\xbc\x90\xef\xbc\x98\xef\xbc\x98"
                      "102146225135");
}

void TestConsoleSettings::sellerIdIsCheckedForForm()
{
    QFETCH(QByteArray, stored);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[gateway]\nsellerId=" + stored + "\n");
    }
    ConsoleSettings settings(path);
    // Garbage is never handed to the gateway as the payee: it reads as empty and is said.
    QCOMPARE(settings.sellerId(), QString());
    const QStringList problems = settings.problems();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems[0].contains(u"gateway/sellerId") &&
                 problems[0].contains(u"nothing is used instead"),
             qPrintable(problems[0]));
    QVERIFY(!ConsoleSettings::isSellerId(QString::fromUtf8(stored)));
    QVERIFY(ConsoleSettings::isSellerId(QStringLiteral("2088102146225135")));
    // A valid one replaces it, and the problem is gone.
    settings.setSellerId(QStringLiteral("2088102146225135"));
    QCOMPARE(settings.sellerId(), QStringLiteral("2088102146225135"));
    QCOMPARE(settings.problems(), QStringList());
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

// QSettings reads its file whole: a file past the cap (a 2 GiB sparse one, made in no time) is
// not read but set aside, the defaults are used and said, and the settings are saved anew.
void TestConsoleSettings::giantFileIsSetAsideUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[gateway]\nenvironment=alipay_sandbox\n");
        QVERIFY(file.resize(qint64(2) << 30));
    }
    {
        ConsoleSettings settings(path);
        QCOMPARE(settings.environment(), Environment::Production);
        QCOMPARE(settings.problems().size(), 1);
        QVERIFY2(settings.problems()[0].contains(u"is 2 GiB, more than the 1 MiB a settings file "
                                                 "may be") &&
                     settings.problems()[0].contains(u"console.ini.too-large"),
                 qPrintable(settings.problems()[0]));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QFileInfo(path + QStringLiteral(".too-large")).size(), qint64(2) << 30);
        settings.setAppId(QStringLiteral("2021000000000001"));
        settings.sync();
    }
    QVERIFY(QFileInfo(path).size() < 1024);
    ConsoleSettings again(path);
    QCOMPARE(again.appId(), QStringLiteral("2021000000000001"));
    QCOMPARE(again.problems(), QStringList());
}

// The console's own settings (the default place, which QSettings reads by itself) are checked the
// same way. QStandardPaths' test mode keeps the user's own settings out of it.
void TestConsoleSettings::giantFileAtTheDefaultPlace()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                         QStringLiteral("/DepositDesk/DepositDesk.conf");
    QCOMPARE(QSettings(QSettings::UserScope, QStringLiteral("DepositDesk"),
                       QStringLiteral("DepositDesk"))
                 .fileName(),
             path);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.resize((qint64(1) << 20) + 1));
    }
    {
        ConsoleSettings settings;
        QCOMPARE(settings.problems().size(), 1);
        QVERIFY2(settings.problems()[0].contains(u"is 1.0 MiB, more than the 1 MiB"),
                 qPrintable(settings.problems()[0]));
    }
    QVERIFY(QFile::remove(path + QStringLiteral(".too-large")));
    QFile::remove(path);
}

// Random bytes, and values longer than any real one, read as the defaults.
void TestConsoleSettings::garbageFileGivesTheDefaults()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.ini"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray random(64 * 1024, Qt::Uninitialized);
        for (char &c : random)
            c = char(QRandomGenerator::global()->bounded(256));
        file.write(random);
    }
    {
        ConsoleSettings settings(path);
        QCOMPARE(settings.environment(), Environment::Production);
        QCOMPARE(settings.gatewayUrl(), GatewayConfig::productionGateway());
        QCOMPARE(settings.callTimeoutMs(), GatewayConfig::DefaultTimeoutMs);
    }
    QFile::remove(path);
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(QStringLiteral("gateway/appId"), QString(5000, u'1'));
        raw.setValue(QStringLiteral("store/database"), QString(5000, u'd'));
    }
    ConsoleSettings settings(path);
    QVERIFY(settings.appId().isEmpty());
    QVERIFY(settings.database().isEmpty());
    const QString problems = settings.problems().join(u'\n');
    QVERIFY2(problems.contains(u"gateway/appId") && problems.contains(u"store/database") &&
                 !problems.contains(QString(100, u'd')),
             qPrintable(problems));
}

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
