// The sign-in dialog over the demo database: the demo operators listed with their passwords,
// inline errors, lockout, a signed-in session (audited), the first administrator of an empty
// database, and live language switching that keeps what was typed.
#include "ConsoleFixture.h"
#include "Screenshots.h"
#include "ui/session/LanguageSwitcher.h"
#include "ui/session/SignInDialog.h"

#include "store/AuditLog.h"
#include "store/OperatorDirectory.h"
#include "store/StoreConfig.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

void saveShot(QWidget &widget, const QString &page, const QString &language)
{
    Testing::saveScreenshot(widget, QStringLiteral("tst_signin-%1-%2").arg(page, language));
}

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheDemoOperators_data();
    void listsTheDemoOperators();
    void wrongPasswordIsShownInline();
    void lockoutIsExplained();
    void successGivesAnAuditedSession();
    void switchesLanguageKeepingTheTypedLogin();
    void firstStartCreatesTheAdministrator();

private:
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<ConsoleFixture> m_console;
};

void TestSignIn::init()
{
    m_languages = std::make_unique<LanguageSwitcher>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    m_console = std::make_unique<ConsoleFixture>();
    m_console->startWithoutSession();
    QVERIFY2(m_console->start(OperatorRole::Agent, 5), qPrintable(m_console->error));
    QVERIFY(!m_console->services().session().isValid());
}

void TestSignIn::cleanup()
{
    m_console.reset();
    m_languages.reset();
}

void TestSignIn::listsTheDemoOperators_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestSignIn::listsTheDemoOperators()
{
    QFETCH(QString, language);
    QVERIFY(m_languages->setLanguage(language));
    SignInDialog dialog(m_console->services());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<QTableWidget>(dialog, "demoOperatorsTable");
    auto *login = child<QLineEdit>(dialog, "signInLogin");
    auto *password = child<QLineEdit>(dialog, "signInPassword");
    auto *button = child<QPushButton>(dialog, "signInButton");
    QVERIFY(table && login && password && button);
    QVERIFY(table->isVisible());
    QCOMPARE(table->rowCount(), 5);
    const QList<OperatorRole> roles{OperatorRole::Agent, OperatorRole::Finance,
                                    OperatorRole::Supervisor, OperatorRole::Risk,
                                    OperatorRole::Admin};
    for (int row = 0; row < roles.size(); ++row) {
        QCOMPARE(table->item(row, 0)->text(), OperatorDirectory::demoLogin(roles.at(row)));
        QCOMPARE(table->item(row, 1)->text(), operatorRoleDisplayName(roles.at(row)));
        QCOMPARE(table->item(row, 2)->text(), OperatorDirectory::demoPassword(roles.at(row)));
    }
    QVERIFY(!button->isEnabled()); // nothing typed yet
    saveShot(dialog, QStringLiteral("demo"), language);

    // Clicking a row fills the form.
    const QRect cell = table->visualItemRect(table->item(2, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(login->text(), OperatorDirectory::demoLogin(OperatorRole::Supervisor));
    QCOMPARE(password->text(), OperatorDirectory::demoPassword(OperatorRole::Supervisor));
    QVERIFY(button->isEnabled());
}

void TestSignIn::wrongPasswordIsShownInline()
{
    SignInDialog dialog(m_console->services());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *error = child<QLabel>(dialog, "signInError");
    QVERIFY(error && !error->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog, "signInLogin"), QStringLiteral("demo-agent"));
    QTest::keyClicks(child<QLineEdit>(dialog, "signInPassword"), QStringLiteral("not-this-one"));
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!m_console->services().session().isValid());
    // The password is cleared for the next try; the login stays.
    QVERIFY(child<QLineEdit>(dialog, "signInPassword")->text().isEmpty());
    QCOMPARE(child<QLineEdit>(dialog, "signInLogin")->text(), QStringLiteral("demo-agent"));
    saveShot(dialog, QStringLiteral("error"), QStringLiteral("en"));
}

void TestSignIn::lockoutIsExplained()
{
    SignInDialog dialog(m_console->services());
    dialog.show();
    auto *login = child<QLineEdit>(dialog, "signInLogin");
    auto *password = child<QLineEdit>(dialog, "signInPassword");
    auto *error = child<QLabel>(dialog, "signInError");
    login->setText(QStringLiteral("demo-finance"));
    QString wrongMessage;
    for (int i = 0; i < OperatorDirectory::MaxFailures; ++i) {
        password->setText(QStringLiteral("wrong-%1").arg(i));
        QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
        if (i == 0)
            wrongMessage = error->text();
    }
    // Locked now: even the right password is refused, and the message says so.
    password->setText(OperatorDirectory::demoPassword(OperatorRole::Finance));
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text() != wrongMessage, qPrintable(error->text()));
    const auto account = OperatorDirectory(m_console->store()).find(QStringLiteral("demo-finance"));
    QVERIFY(account && account->lockedUntil > QDateTime::currentDateTimeUtc());
    QVERIFY(!m_console->services().session().isValid());
}

void TestSignIn::successGivesAnAuditedSession()
{
    SignInDialog dialog(m_console->services());
    dialog.show();
    auto *table = child<QTableWidget>(dialog, "demoOperatorsTable");
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualItemRect(table->item(2, 0)).center());
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    const OperatorSession &session = m_console->services().session();
    QCOMPARE(session.login, OperatorDirectory::demoLogin(OperatorRole::Supervisor));
    QCOMPARE(session.role, OperatorRole::Supervisor);

    AuditFilter filter;
    filter.action = QStringLiteral("operator.sign_in");
    const QList<AuditEntry> entries = AuditLog(m_console->store()).entries(filter);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).operatorLogin, session.login);
    QVERIFY(entries.at(0).detail.contains(QStringLiteral("supervisor")));

    m_console->services().signOut();
    filter.action = QStringLiteral("operator.sign_out");
    QCOMPARE(AuditLog(m_console->store()).entries(filter).size(), 1);
    QVERIFY(!m_console->services().session().isValid());
}

void TestSignIn::switchesLanguageKeepingTheTypedLogin()
{
    SignInDialog dialog(m_console->services());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "signInLogin"), QStringLiteral("demo-ad"));
    auto *role = child<QTableWidget>(dialog, "demoOperatorsTable")->item(0, 1);
    QPushButton *cancel = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("zh_CN")));
    QTRY_VERIFY(cancel->text().startsWith(QStringLiteral("取消")));
    // Texts of ours follow the catalog (the role names too); what was typed stays.
    QCOMPARE(role->text(), operatorRoleDisplayName(OperatorRole::Agent));
    QCOMPARE(dialog.windowTitle(),
             QCoreApplication::translate("DepositDesk::SignInDialog", "Sign in to DepositDesk"));
    QCOMPARE(child<QLineEdit>(dialog, "signInLogin")->text(), QStringLiteral("demo-ad"));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QTRY_COMPARE(cancel->text(), QStringLiteral("Cancel"));
}

void TestSignIn::firstStartCreatesTheAdministrator()
{
    QTemporaryDir dir;
    Store store(StoreConfig::sqlite(dir.filePath(QStringLiteral("empty.sqlite"))));
    QVERIFY(store.open().ok);
    ConsoleServices services(store, GatewayConfig{}); // no keys: read-only desk
    QVERIFY(!services.canCallAlipay());
    QVERIFY(!services.credentialsProblem().isEmpty());
    SignInDialog dialog(services);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *confirm = child<QLineEdit>(dialog, "signInConfirm");
    QVERIFY(confirm && confirm->isVisible());
    QVERIFY(child<QTableWidget>(dialog, "demoOperatorsTable") == nullptr);
    child<QLineEdit>(dialog, "signInLogin")->setText(QStringLiteral("boss"));
    child<QLineEdit>(dialog, "signInPassword")->setText(QStringLiteral("long enough 1"));
    confirm->setText(QStringLiteral("long enough 2"));
    saveShot(dialog, QStringLiteral("firststart"), QStringLiteral("en"));
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>(dialog, "signInError")->isVisible());
    QCOMPARE(OperatorDirectory(store).isEmpty(), std::optional<bool>(true));

    confirm->setText(QStringLiteral("long enough 1"));
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(services.session().login, QStringLiteral("boss"));
    QCOMPARE(services.session().role, OperatorRole::Admin);
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
