// The set-up assistant of a desk without settings, driven through its real widgets against a
// real Secret Service (a throw-away gnome-keyring) and a real SQLite file, importing the
// committed key files (public-key mode in English, certificate mode in Chinese). Then the
// console starts as main.cpp's runConfigured does — no demo: the settings the assistant wrote,
// the keys from the keychain, the standalone sandbox gateway on loopback as the local
// environment — and a charge on a freeze succeeds through ConsoleServices' OrderActions.
// Bad input on each page keeps Next disabled or the page from being left, and says why.
// Screenshots of every page in both languages (DD_BINARY_DIR/screenshots).
#include "KeyringSession.h"
#include "Screenshots.h"
#include "SecretsTestData.h"

#include "alipay/Certificate.h"
#include "alipay/GatewayClient.h"
#include "sandbox/Gateway.h"
#include "sandbox/GatewayConfig.h"
#include "sandbox/ledger/Ledger.h"
#include "sandbox/seed/Seeding.h"
#include "services/ConsoleServices.h"
#include "services/actions/ActionOutcome.h"
#include "services/actions/OrderActions.h"
#include "services/admin/ConsoleSettings.h"
#include "services/admin/CredentialsAdmin.h"
#include "services/admin/DatabasePassword.h"
#include "services/admin/FirstRunSetup.h"
#include "store/AuditLog.h"
#include "store/ImportCommand.h"
#include "store/OrderIndex.h"
#include "store/Store.h"
#include "ui/session/LanguageSwitcher.h"
#include "ui/setup/SetupAssistant.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

using Part = Credentials::Part;

const QString SellerId = QStringLiteral("2088102146225135");
const QString AdminLogin = QStringLiteral("owner");
const QString AdminPassword = QStringLiteral("first-day-password");

template<typename T>
T *child(QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no %s", qPrintable(name));
    return found;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

QString message(QWidget &page, const QString &name)
{
    return child<QLabel>(page, name)->text();
}

// The sandbox as `depositdesk-sandbox` runs it: the test app (its public key registered, the
// seller given), orders seeded for it and exported as the merchant's order list.
class SandboxGateway
{
public:
    bool start(const QString &exportPath, QString *error)
    {
        Sandbox::GatewayConfig config;
        config.platformKey = RsaPrivateKey::load(
            readTestData(QStringLiteral("alipay-vectors/keys/alipay_private_pkcs8.pem")));
        config.addApp(TestAppId,
                      *RsaPublicKey::load(
                          readTestData(QStringLiteral("alipay-vectors/keys/merchant_public.pem"))),
                      SellerId);
        config.alipayCertSn = Certificate::appCertSn(
            readTestData(QStringLiteral("certs/alipayCertPublicKey_RSA2.crt")));
        QStringList report;
        if (!Sandbox::Seeding::run(m_ledger, config, 40, QStringLiteral("7"), exportPath, &report,
                                   error))
            return false;
        m_gateway = std::make_unique<Sandbox::Gateway>(m_ledger, config);
        return m_gateway->listenLoopback(0, error);
    }
    QUrl url() const { return m_gateway->gatewayUrl(); }
    Sandbox::Ledger &ledger() { return m_ledger; }

private:
    Sandbox::Ledger m_ledger;
    std::unique_ptr<Sandbox::Gateway> m_gateway;
};

} // namespace

class TestSetupAssistant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<CredentialsOutcome>(); }

    void onlyAnUnconfiguredDeskNeedsIt()
    {
        QTemporaryDir dir;
        ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
        QVERIFY(FirstRunSetup::needed(settings));
        settings.setDatabase(dir.filePath(QStringLiteral("desk.sqlite")));
        settings.setSellerId(SellerId);
        QVERIFY(FirstRunSetup::needed(settings)); // no app_id: nothing could be loaded
        settings.setAppId(TestAppId);
        QVERIFY(!FirstRunSetup::needed(settings));
    }

    void formChecksSayWhatIsWrong()
    {
        QVERIFY(FirstRunSetup::appIdProblem(TestAppId).isEmpty());
        QVERIFY(FirstRunSetup::appIdProblem(QStringLiteral("20210000000000011")).contains(u"16"));
        QVERIFY(FirstRunSetup::appIdProblem(QString()).contains(u"16 digits"));
        QVERIFY(FirstRunSetup::sellerIdProblem(SellerId).isEmpty());
        QVERIFY(FirstRunSetup::sellerIdProblem(TestAppId).contains(u"2088"));
        QVERIFY(FirstRunSetup::sellerIdProblem(QStringLiteral("2088123")).contains(u"2088"));
        QVERIFY(FirstRunSetup::gatewayProblem(Environment::Production, QUrl()).isEmpty());
        QVERIFY(!FirstRunSetup::gatewayProblem(Environment::LocalUrl,
                                               QUrl(QStringLiteral("ftp://127.0.0.1/x")))
                     .isEmpty());
        QVERIFY(FirstRunSetup::gatewayProblem(Environment::LocalUrl,
                                              QUrl(QStringLiteral("http://10.1.2.3/gateway.do")))
                    .contains(u"https"));
        FirstRunSetup::Database pg;
        pg.postgres = true;
        QString error;
        QVERIFY(!FirstRunSetup::storeConfigOf(pg, &error));
        QVERIFY2(error.contains(u"host"), qPrintable(error));
        pg.host = QStringLiteral("db.shop.example");
        pg.name = QStringLiteral("depositdesk");
        pg.user = QStringLiteral("desk");
        pg.password = QStringLiteral("s3cret");
        pg.sslMode = QStringLiteral("verify-full");
        QVERIFY(!FirstRunSetup::storeConfigOf(pg, &error)); // verify-full without a root
        QVERIFY2(error.contains(u"root certificate"), qPrintable(error));
        pg.sslRootCert = QStringLiteral("/etc/depositdesk/db-root.crt");
        const std::optional<StoreConfig> config = FirstRunSetup::storeConfigOf(pg, &error);
        QVERIFY2(config, qPrintable(error));
        QCOMPARE(config->toSetting(), QStringLiteral("host=db.shop.example dbname=depositdesk "
                                                     "user=desk sslmode=verify-full "
                                                     "sslrootcert=/etc/depositdesk/db-root.crt"));
        QVERIFY(!config->toSetting().contains(u"s3cret"));
    }

    // The service alone: a cancelled set-up leaves no app_id (the assistant comes again), and
    // what it did leave (the database and its administrator) is reused the second time.
    void aCancelledSetUpComesBackAndReusesTheDatabase()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("console.ini"));
        FirstRunSetup::Database sqlite;
        sqlite.sqlitePath = dir.filePath(QStringLiteral("desk.sqlite"));
        {
            ConsoleSettings settings(ini);
            FirstRunSetup setup(settings);
            setup.setKeychainService(QStringLiteral("DepositDesk/test-cancel"));
            QString error;
            QVERIFY2(setup.openDatabase(sqlite, &error), qPrintable(error));
            QVERIFY(!setup.hasOperators());
            QVERIFY(
                !setup.createAdministrator(AdminLogin, AdminPassword, QStringLiteral("x"), &error));
            QVERIFY2(error.contains(u"differ"), qPrintable(error));
            QVERIFY2(setup.createAdministrator(AdminLogin, AdminPassword, AdminPassword, &error),
                     qPrintable(error));
            QVERIFY(!setup.setAlipay(Environment::Production, {}, TestAppId, TestAppId, &error));
            QVERIFY2(error.contains(u"2088"), qPrintable(error));
            QVERIFY2(setup.setAlipay(Environment::Production, {}, TestAppId, SellerId, &error),
                     qPrintable(error));
            QVERIFY(setup.credentials());
            QCOMPARE(setup.services()->client().config().sellerId, SellerId);
            // Cancelled here: destroyed without finish().
        }
        ConsoleSettings settings(ini);
        QVERIFY(FirstRunSetup::needed(settings));
        QVERIFY(settings.sellerId().isEmpty());
        FirstRunSetup again(settings);
        QString error;
        QVERIFY2(again.openDatabase(sqlite, &error), qPrintable(error));
        QVERIFY(again.hasOperators());
        QVERIFY(!again.signInAdministrator(AdminLogin, QStringLiteral("wrong"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(again.signInAdministrator(AdminLogin, AdminPassword, &error), qPrintable(error));
        QCOMPARE(again.session().role, OperatorRole::Admin);
    }

    void anUnreachableDatabaseIsSaid()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QTemporaryDir dir;
        ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
        FirstRunSetup setup(settings);
        FirstRunSetup::Database pg;
        pg.postgres = true;
        pg.host = QStringLiteral("127.0.0.1");
        pg.port = port;
        pg.name = QStringLiteral("depositdesk");
        pg.user = QStringLiteral("desk");
        pg.password = QStringLiteral("never-shown");
        pg.sslMode = QStringLiteral("disable");
        QString error;
        QVERIFY(!setup.openDatabase(pg, &error));
        QVERIFY2(error.contains(u"could not be opened"), qPrintable(error));
        QVERIFY(!error.contains(pg.password));
        QVERIFY(!setup.databaseOpen());
    }

    // Cancel after the database, the administrator and the app_id: no settings are written, the
    // next start opens the assistant again, and it asks the administrator made before to sign in.
    void cancelLeavesNothingThatStopsTheNextStart()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("DepositDesk.conf"));
        const QString databasePath = dir.filePath(QStringLiteral("desk.sqlite"));
        {
            ConsoleSettings settings(ini);
            SetupAssistant assistant(settings);
            assistant.show();
            QAbstractButton *next = assistant.button(QWizard::NextButton);
            QTest::mouseClick(next, Qt::LeftButton); // production
            type(child<QLineEdit>(*assistant.currentPage(), QStringLiteral("setupSqlitePath")),
                 databasePath);
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(assistant.currentId(), int(SetupAssistant::AdministratorPage));
            QWidget &admin = *assistant.currentPage();
            type(child<QLineEdit>(admin, QStringLiteral("setupAdminLogin")), AdminLogin);
            type(child<QLineEdit>(admin, QStringLiteral("setupAdminPassword")), AdminPassword);
            type(child<QLineEdit>(admin, QStringLiteral("setupAdminRepeat")), AdminPassword);
            QTest::mouseClick(next, Qt::LeftButton);
            QWidget &alipay = *assistant.currentPage();
            type(child<QLineEdit>(alipay, QStringLiteral("setupAppId")), TestAppId);
            type(child<QLineEdit>(alipay, QStringLiteral("setupSellerId")), SellerId);
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(assistant.currentId(), int(SetupAssistant::KeysPage));
            // Back to the administrator: the account exists now, the page signs in with it.
            QTest::mouseClick(assistant.button(QWizard::BackButton), Qt::LeftButton);
            QTest::mouseClick(assistant.button(QWizard::BackButton), Qt::LeftButton);
            QCOMPARE(assistant.currentId(), int(SetupAssistant::AdministratorPage));
            QVERIFY(!child<QLineEdit>(admin, QStringLiteral("setupAdminRepeat"))->isVisible());
            QVERIFY(!next->isEnabled()); // the password is asked again
            type(child<QLineEdit>(admin, QStringLiteral("setupAdminPassword")), AdminPassword);
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(assistant.currentId(), int(SetupAssistant::AlipayPage));
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(assistant.currentId(), int(SetupAssistant::KeysPage));
            QTest::mouseClick(assistant.button(QWizard::CancelButton), Qt::LeftButton);
            QCOMPARE(assistant.result(), int(QDialog::Rejected));
        }
        ConsoleSettings settings(ini);
        QVERIFY(FirstRunSetup::needed(settings));
        QVERIFY(settings.sellerId().isEmpty());
        QVERIFY(settings.database().isEmpty());
        {
            Store store(StoreConfig::sqlite(databasePath));
            QVERIFY(store.open());
            for (const AuditEntry &entry : AuditLog(store).entries())
                QVERIFY2(!entry.action.startsWith(u"credentials.saved") &&
                             entry.action != u"setup.completed",
                         qPrintable(entry.action));
        }

        SetupAssistant again(settings);
        again.show();
        QAbstractButton *next = again.button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        type(child<QLineEdit>(*again.currentPage(), QStringLiteral("setupSqlitePath")),
             databasePath);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(again.currentId(), int(SetupAssistant::AdministratorPage));
        QWidget &admin = *again.currentPage();
        QVERIFY(!child<QLineEdit>(admin, QStringLiteral("setupAdminRepeat"))->isVisible());
        type(child<QLineEdit>(admin, QStringLiteral("setupAdminLogin")), AdminLogin);
        type(child<QLineEdit>(admin, QStringLiteral("setupAdminPassword")),
             QStringLiteral("not-the-password"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(again.currentId(), int(SetupAssistant::AdministratorPage));
        QVERIFY(!message(admin, QStringLiteral("setupAdminMessage")).isEmpty());
        type(child<QLineEdit>(admin, QStringLiteral("setupAdminPassword")), AdminPassword);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(again.currentId(), int(SetupAssistant::AlipayPage));
        QCOMPARE(again.setup().session().login, AdminLogin);
    }

    void firstDayThenACharge_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("certificates");
        QTest::newRow("en, public keys") << QStringLiteral("en") << false;
        QTest::newRow("zh_CN, certificates") << QStringLiteral("zh_CN") << true;
    }

    void firstDayThenACharge()
    {
        QFETCH(QString, language);
        QFETCH(bool, certificates);
        QTemporaryDir dir;
        const QString exportPath = dir.filePath(QStringLiteral("orders.csv"));
        SandboxGateway sandbox;
        QString error;
        QVERIFY2(sandbox.start(exportPath, &error), qPrintable(error));
        LanguageSwitcher languages;
        languages.setLanguage(language);
        const QString ini = dir.filePath(QStringLiteral("DepositDesk.conf"));
        const QString databasePath = dir.filePath(QStringLiteral("orders/desk.sqlite"));
        const auto shot = [&language](QWidget &widget, const QString &name) {
            saveScreenshot(widget, QStringLiteral("setup-%1-%2").arg(name, language));
        };

        {
            ConsoleSettings settings(ini);
            QVERIFY(FirstRunSetup::needed(settings));
            SetupAssistant assistant(settings);
            const QHash<Part, QString> files =
                certificates
                    ? QHash<Part, QString>{{Part::MerchantPrivateKey,
                                            keyFilePath(
                                                QStringLiteral("merchant_private_pkcs1.b64.txt"))},
                                           {Part::AppCertificate,
                                            certFilePath(QStringLiteral(
                                                "appCertPublicKey_2021000000000001.crt"))},
                                           {Part::AlipayCertificate,
                                            certFilePath(
                                                QStringLiteral("alipayCertPublicKey_RSA2.crt"))},
                                           {Part::AlipayRootCertificate,
                                            certFilePath(QStringLiteral("alipayRootCert.crt"))}}
                    : QHash<Part, QString>{
                          {Part::MerchantPrivateKey,
                           keyFilePath(QStringLiteral("merchant_private_pkcs8.pem"))},
                          {Part::AppPublicKey, keyFilePath(QStringLiteral("merchant_public.pem"))},
                          {Part::AlipayPublicKey,
                           keyFilePath(QStringLiteral("alipay_public.b64.txt"))}};
            QString chosen; // a wrong file first, where the test says so
            assistant.setFileChooser([&files, &chosen](Part part) {
                return chosen.isEmpty() ? files.value(part) : std::exchange(chosen, QString());
            });
            assistant.resize(860, 640);
            assistant.show();
            QVERIFY(QTest::qWaitForWindowExposed(&assistant));
            QAbstractButton *next = assistant.button(QWizard::NextButton);

            // Environment: a local gateway needs an http(s) address to this computer.
            QCOMPARE(assistant.currentId(), int(SetupAssistant::EnvironmentPage));
            QWidget &environment = *assistant.currentPage();
            shot(assistant, QStringLiteral("1-environment"));
            auto *choice = child<QComboBox>(environment, QStringLiteral("setupEnvironment"));
            choice->setCurrentIndex(choice->findData(int(Environment::LocalUrl)));
            type(child<QLineEdit>(environment, QStringLiteral("setupLocalUrl")),
                 QStringLiteral("http://10.0.0.7/gateway.do"));
            QVERIFY(!next->isEnabled());
            QVERIFY(
                message(environment, QStringLiteral("setupEnvironmentMessage")).contains(u"https"));
            shot(assistant, QStringLiteral("1-environment-refused"));
            type(child<QLineEdit>(environment, QStringLiteral("setupLocalUrl")),
                 sandbox.url().toString());
            QVERIFY(next->isEnabled());
            QTest::mouseClick(next, Qt::LeftButton);

            // Database: an unreachable PostgreSQL server is said on the page, which stays.
            QCOMPARE(assistant.currentId(), int(SetupAssistant::DatabasePage));
            QWidget &database = *assistant.currentPage();
            shot(assistant, QStringLiteral("2-database"));
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            const int closedPort = closed.serverPort();
            closed.close();
            child<QRadioButton>(database, QStringLiteral("setupPostgres"))->setChecked(true);
            QVERIFY(!next->isEnabled()); // no host yet
            type(child<QLineEdit>(database, QStringLiteral("setupPgHost")),
                 QStringLiteral("127.0.0.1"));
            child<QSpinBox>(database, QStringLiteral("setupPgPort"))->setValue(closedPort);
            type(child<QLineEdit>(database, QStringLiteral("setupPgDatabase")),
                 QStringLiteral("depositdesk"));
            type(child<QLineEdit>(database, QStringLiteral("setupPgUser")), QStringLiteral("desk"));
            type(child<QLineEdit>(database, QStringLiteral("setupPgPassword")),
                 QStringLiteral("pg-password"));
            auto *tls = child<QComboBox>(database, QStringLiteral("setupPgSslMode"));
            tls->setCurrentIndex(tls->findData(QStringLiteral("disable")));
            QVERIFY(next->isEnabled());
            QTest::mouseClick(next, Qt::LeftButton);
            QCOMPARE(assistant.currentId(), int(SetupAssistant::DatabasePage));
            const QString refused = message(database, QStringLiteral("setupDatabaseMessage"));
            QVERIFY2(refused.contains(u"127.0.0.1") && !refused.contains(u"pg-password"),
                     qPrintable(refused));
            shot(assistant, QStringLiteral("2-database-unreachable"));
            child<QRadioButton>(database, QStringLiteral("setupSqlite"))->setChecked(true);
            type(child<QLineEdit>(database, QStringLiteral("setupSqlitePath")), databasePath);
            QTest::mouseClick(next, Qt::LeftButton);
            QVERIFY(QFile::exists(databasePath));

            // The first administrator: the password twice.
            QCOMPARE(assistant.currentId(), int(SetupAssistant::AdministratorPage));
            QWidget &admin = *assistant.currentPage();
            type(child<QLineEdit>(admin, QStringLiteral("setupAdminLogin")), AdminLogin);
            type(child<QLineEdit>(admin, QStringLiteral("setupAdminPassword")), AdminPassword);
            type(child<QLineEdit>(admin, QStringLiteral("setupAdminRepeat")),
                 QStringLiteral("first-day-passw0rd"));
            QVERIFY(!next->isEnabled());
            QVERIFY(!message(admin, QStringLiteral("setupAdminMessage")).isEmpty());
            shot(assistant, QStringLiteral("3-administrator"));
            type(child<QLineEdit>(admin, QStringLiteral("setupAdminRepeat")), AdminPassword);
            QVERIFY(next->isEnabled());
            QTest::mouseClick(next, Qt::LeftButton);

            // app_id and seller ID, each checked for form.
            QCOMPARE(assistant.currentId(), int(SetupAssistant::AlipayPage));
            QWidget &alipay = *assistant.currentPage();
            type(child<QLineEdit>(alipay, QStringLiteral("setupAppId")),
                 QStringLiteral("2021-0000-0000-0001"));
            type(child<QLineEdit>(alipay, QStringLiteral("setupSellerId")), TestAppId);
            QVERIFY(!next->isEnabled());
            const QString said = message(alipay, QStringLiteral("setupAlipayMessage"));
            QVERIFY2(said.contains(u"app_id") && said.contains(u"2088"), qPrintable(said));
            shot(assistant, QStringLiteral("4-alipay-refused"));
            type(child<QLineEdit>(alipay, QStringLiteral("setupAppId")), TestAppId);
            type(child<QLineEdit>(alipay, QStringLiteral("setupSellerId")), SellerId);
            QVERIFY(next->isEnabled());
            QVERIFY(message(alipay, QStringLiteral("setupAlipayMessage")).isEmpty());
            shot(assistant, QStringLiteral("4-alipay"));
            QTest::mouseClick(next, Qt::LeftButton);

            // Keys: a wrong file is refused on the page; the right ones make Next possible.
            QCOMPARE(assistant.currentId(), int(SetupAssistant::KeysPage));
            QWidget &keys = *assistant.currentPage();
            QVERIFY(!next->isEnabled());
            shot(assistant, QStringLiteral("5-keys"));
            if (certificates)
                child<QRadioButton>(keys, QStringLiteral("setupCertificateMode"))->setChecked(true);
            chosen = certFilePath(QStringLiteral("alipayRootCert.crt")); // not a private key
            QTest::mouseClick(
                child<QPushButton>(keys, QStringLiteral("setupChoose_merchant_private_key")),
                Qt::LeftButton);
            QVERIFY(!message(keys, QStringLiteral("setupKeysMessage")).isEmpty());
            QVERIFY(child<QLabel>(keys, QStringLiteral("setupFile_merchant_private_key"))
                        ->text()
                        .indexOf(u"alipayRootCert") < 0);
            shot(assistant, QStringLiteral("5-keys-wrong-file"));
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                QTest::mouseClick(
                    child<QPushButton>(keys, QStringLiteral("setupChoose_") + partCode(it.key())),
                    Qt::LeftButton);
            const QString loaded =
                child<QLabel>(keys, QStringLiteral("setupFile_merchant_private_key"))->text();
            QVERIFY2(loaded.contains(QFileInfo(files.value(Part::MerchantPrivateKey)).fileName()),
                     qPrintable(loaded));
            QVERIFY(next->isEnabled());
            shot(assistant, QStringLiteral("5-keys-loaded"));
            QTest::mouseClick(next, Qt::LeftButton);

            // The connection test against the sandbox, with the imported keys.
            QCOMPARE(assistant.currentId(), int(SetupAssistant::TestPage));
            QWidget &test = *assistant.currentPage();
            QVERIFY(!next->isEnabled());
            shot(assistant, QStringLiteral("6-test"));
            // A desk that cannot reach Alipay now may go on, but only when told so.
            auto *skip = child<QCheckBox>(test, QStringLiteral("setupSkipTest"));
            skip->setChecked(true);
            QVERIFY(next->isEnabled());
            skip->setChecked(false);
            QVERIFY(!next->isEnabled());
            QTest::mouseClick(child<QPushButton>(test, QStringLiteral("setupTestButton")),
                              Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 30000);
            QVERIFY2(message(test, QStringLiteral("setupTestResult")).contains(TestAppId),
                     qPrintable(message(test, QStringLiteral("setupTestResult"))));
            shot(assistant, QStringLiteral("6-test-passed"));
            QTest::mouseClick(next, Qt::LeftButton);

            // Summary, then Finish: keys to the keychain, then the settings.
            QCOMPARE(assistant.currentId(), int(SetupAssistant::SummaryPage));
            const QString summary =
                message(*assistant.currentPage(), QStringLiteral("setupSummary"));
            QVERIFY2(summary.contains(TestAppId) && summary.contains(SellerId) &&
                         summary.contains(AdminLogin) && summary.contains(u"desk.sqlite"),
                     qPrintable(summary));
            shot(assistant, QStringLiteral("7-summary"));
            QVERIFY(FirstRunSetup::needed(settings)); // nothing written before Finish
            QTest::mouseClick(assistant.button(QWizard::FinishButton), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(assistant.result(), int(QDialog::Accepted), 30000);
        }

        // What the assistant wrote, read back as the next start reads it.
        ConsoleSettings settings(ini);
        QCOMPARE(settings.problems(), QStringList());
        QVERIFY(!FirstRunSetup::needed(settings));
        QCOMPARE(settings.environment(), Environment::LocalUrl);
        QCOMPARE(settings.gatewayUrl(), sandbox.url());
        QCOMPARE(settings.appId(), TestAppId);
        QCOMPARE(settings.sellerId(), SellerId);
        QCOMPARE(settings.database(), databasePath);
        {
            QFile file(ini);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            for (const QByteArray &key : privateKeyTexts())
                QVERIFY(findSecret(text, key).isEmpty());
            QVERIFY(!text.contains(AdminPassword.toUtf8()));
        }

        // The merchant's order list imported as `depositdesk import FILE --database DB` does.
        {
            QString outText;
            QString errText;
            QTextStream out(&outText);
            QTextStream err(&errText);
            QCOMPARE(runImportCommand({exportPath, QStringLiteral("--database"), databasePath}, out,
                                      err),
                     0);
        }

        // The console as main.cpp's runConfigured starts it: no demo, nothing but the settings
        // and the keychain.
        DatabasePassword databasePassword;
        const DatabasePassword::Prepared prepared = databasePassword.prepare(settings);
        QVERIFY2(prepared.config, qPrintable(prepared.error));
        Store store(*prepared.config);
        QVERIFY(store.open());
        ConsoleServices services(store, settings.gatewayConfig());
        services.useKeychain(settings.environment());
        services.credentialsAdmin()->loadStored();
        QTRY_VERIFY_WITH_TIMEOUT(services.canCallAlipay(), 30000);
        QCOMPARE(services.client().config().certificateMode(), certificates);
        const SignIn::Result signedIn = services.signIn(AdminLogin, AdminPassword);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.message));

        // A charge on a freeze still authorized.
        OrderQuery query;
        query.statuses = {OrderStatus::Authorized};
        query.pageSize = 200;
        const auto page = OrderIndex(store).search(query);
        QVERIFY(page);
        std::optional<OrderRecord> order;
        for (const OrderRecord &o : page->orders)
            if (o.rest.fen() >= 100 && !o.payerUserId.isEmpty()) {
                order = o;
                break;
            }
        QVERIFY(order);
        OrderActions::ChargeInput charge;
        charge.outOrderNo = order->outOrderNo;
        charge.amount = Money::fromFen(100);
        charge.subject = QStringLiteral("Damage");
        charge.reason = QStringLiteral("Scratched screen, photo in the ticket");
        std::optional<ActionOutcome> outcome;
        services.actions().charge(services.session(), charge, this,
                                  [&outcome](const ActionOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
        QVERIFY2(outcome->status == ActionOutcome::Status::Done, qPrintable(outcome->message));
        // Alipay (the sandbox) paid the merchant named by the seller ID.
        bool paid = false;
        for (const Sandbox::Trade &trade : sandbox.ledger().trades(TestAppId))
            if (trade.authNo == order->authNo) {
                QCOMPARE(trade.sellerId, SellerId);
                paid = true;
            }
        QVERIFY(paid);

        // Every step of the set-up is in the audit log, under the administrator.
        QStringList actions;
        for (const AuditEntry &entry : AuditLog(store).entries())
            actions << entry.action;
        for (const char *expected : {"credentials.tested", "credentials.saved", "setup.completed"})
            QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(u' ')));
        QVERIFY(AuditLog(store).verify().ok);
    }
};

int main(int argc, char **argv)
{
    DepositDesk::Testing::ensureKeyringSession(argc, argv, "keyring");
    QApplication app(argc, argv);
    TestSetupAssistant test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_setupassistant.moc"
