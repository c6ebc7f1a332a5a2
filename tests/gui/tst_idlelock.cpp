// The idle lock over the real window and the demo database: the desk locks after the interval
// without input (input keeps it open), the lock page hides every page and the menus, a wrong
// password is refused and counted, the right one opens the desk where it was, another operator
// takes it over (session switched, audited), open dialogs do not survive the lock, and the
// Settings page sets the minutes. Screenshots of the lock page in both languages.
#include "ConsoleFixture.h"
#include "ui/MainWindow.h"
#include "ui/admin/SettingsPage.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/orders/OrderTableModel.h"
#include "ui/orders/SearchPage.h"
#include "ui/session/IdleLock.h"
#include "ui/session/LanguageSwitcher.h"
#include "ui/session/LockScreen.h"

#include "services/admin/ConsoleSettings.h"
#include "services/session/SessionLock.h"
#include "store/AuditLog.h"
#include "store/OperatorDirectory.h"

#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QString agent()
{
    return OperatorDirectory::demoLogin(OperatorRole::Agent);
}

} // namespace

class TestIdleLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void locksAfterTheIntervalAndHidesTheWork();
    void inputKeepsTheDeskOpen();
    void wrongPasswordIsRefusedAndCounted();
    void rightPasswordOpensWhereItWas();
    void anotherOperatorTakesOver();
    void openDialogsDoNotSurviveTheLock();
    void nothingLocksWithoutAnOperator();
    void settingsSetTheMinutes();
    void screenshots_data();
    void screenshots();

private:
    void lockNow();
    void typeAndUnlock(const QString &login, const QString &password);
    QList<AuditEntry> audit(const QString &action) const;

    LanguageSwitcher m_languages;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<MainWindow> m_window;
};

void TestIdleLock::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    m_console = std::make_unique<ConsoleFixture>();
    QVERIFY2(m_console->start(OperatorRole::Agent, 8), qPrintable(m_console->error));
    m_window = std::make_unique<MainWindow>(m_languages, &m_console->services());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showSearch(); // View > Orders: the console opens on the work queue
    QVERIFY(m_window->idleLock());
    QVERIFY(m_window->idleLock()->isWatching());
    QCOMPARE(m_window->idleLock()->idleMinutes(), 10); // the default
}

void TestIdleLock::cleanup()
{
    m_window.reset();
    m_console.reset();
}

QList<AuditEntry> TestIdleLock::audit(const QString &action) const
{
    AuditFilter filter;
    filter.action = action;
    return AuditLog(m_console->store()).entries(filter);
}

void TestIdleLock::lockNow()
{
    m_window->idleLock()->setIntervalMs(50);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 10000);
}

void TestIdleLock::typeAndUnlock(const QString &login, const QString &password)
{
    LockScreen *lock = m_window->lockScreen();
    auto *loginField = child<QLineEdit>(*lock, "lockLogin");
    loginField->clear();
    QTest::keyClicks(loginField, login);
    QTest::keyClicks(child<QLineEdit>(*lock, "lockPassword"), password);
    QTest::mouseClick(child<QPushButton>(*lock, "lockUnlockButton"), Qt::LeftButton);
}

void TestIdleLock::locksAfterTheIntervalAndHidesTheWork()
{
    QSignalSpy idle(m_window->idleLock(), &IdleLock::idle);
    m_window->idleLock()->setIntervalMs(300);
    QVERIFY(!m_window->isLocked());
    QVERIFY(m_window->searchPage()->isVisible());
    QVERIFY(idle.wait(10000));
    QCOMPARE(idle.count(), 1);
    QVERIFY(m_window->isLocked());

    // The work is gone from the window, not covered: no page but the lock page is visible.
    QVERIFY(m_window->lockScreen()->isVisible());
    QVERIFY(!m_window->searchPage()->isVisible());
    QVERIFY(!m_window->detailPage()->isVisible());
    QVERIFY(!m_window->menuBar()->isEnabled());
    QCOMPARE(child<QLineEdit>(*m_window->lockScreen(), "lockLogin")->text(), agent());
    QVERIFY(child<QLabel>(*m_window->lockScreen(), "lockIntro")->text().contains(u"10 minutes"));
    // Navigating does not get around it.
    m_window->showSearch();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->searchPage()->model()->rowCount() > 0, 10000);
    m_window->openOrder(m_window->searchPage()->model()->orderAt(0).outOrderNo);
    m_window->showSettings();
    QVERIFY(m_window->lockScreen()->isVisible());
    QVERIFY(!m_window->detailPage()->isVisible());

    const QList<AuditEntry> locked = audit(QStringLiteral("session.locked"));
    QCOMPARE(locked.size(), 1);
    QCOMPARE(locked.first().operatorLogin, agent());
    const QJsonObject details = QJsonDocument::fromJson(locked.first().detail.toUtf8()).object();
    QCOMPARE(details.value(u"idle_minutes").toInt(), 10);
    // The session stays (work under way finishes as that operator) and no second lock fires.
    QCOMPARE(m_console->services().session().login, agent());
    QVERIFY(!m_window->idleLock()->isWatching());
}

void TestIdleLock::inputKeepsTheDeskOpen()
{
    m_window->idleLock()->setIntervalMs(2000);
    auto *search = m_window->searchPage();
    QElapsedTimer typing;
    typing.start();
    while (typing.elapsed() < 3500) { // longer than the interval, with input every 50 ms
        QTest::keyClick(search, Qt::Key_Shift);
        QTest::qWait(50);
    }
    QVERIFY(!m_window->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 10000); // once the input stops
}

void TestIdleLock::wrongPasswordIsRefusedAndCounted()
{
    lockNow();
    typeAndUnlock(agent(), QStringLiteral("not-the-password"));
    QVERIFY(m_window->isLocked());
    QVERIFY(m_window->lockScreen()->isVisible());
    auto *error = child<QLabel>(*m_window->lockScreen(), "lockError");
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(child<QLineEdit>(*m_window->lockScreen(), "lockPassword")->text().isEmpty());
    const auto account = OperatorDirectory(m_console->store()).find(agent());
    QVERIFY(account);
    QCOMPARE(account->failedAttempts, 1); // the directory's lockout counts it
    QVERIFY(audit(QStringLiteral("session.unlocked")).isEmpty());
}

void TestIdleLock::rightPasswordOpensWhereItWas()
{
    QSignalSpy loaded(m_window->detailPage(), &OrderDetailPage::orderLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->searchPage()->model()->rowCount() > 0, 10000);
    m_window->openOrder(m_window->searchPage()->model()->orderAt(0).outOrderNo);
    QVERIFY(loaded.wait(10000));
    QSignalSpy sessions(&m_console->services(), &ConsoleServices::sessionChanged);
    lockNow();
    QVERIFY(!m_window->detailPage()->isVisible());

    typeAndUnlock(agent(), OperatorDirectory::demoPassword(OperatorRole::Agent));
    QVERIFY(!m_window->isLocked());
    QVERIFY(m_window->detailPage()->isVisible()); // where the operator left it
    QVERIFY(!m_window->lockScreen()->isVisible());
    QVERIFY(m_window->menuBar()->isEnabled());
    QVERIFY(m_window->idleLock()->isWatching());
    QCOMPARE(sessions.count(), 0); // the same session goes on
    const QList<AuditEntry> unlocked = audit(QStringLiteral("session.unlocked"));
    QCOMPARE(unlocked.size(), 1);
    QCOMPARE(unlocked.first().operatorLogin, agent());
    const QJsonObject details = QJsonDocument::fromJson(unlocked.first().detail.toUtf8()).object();
    QCOMPARE(details.value(u"switched").toBool(), false);
    QCOMPARE(details.value(u"locked_operator").toString(), agent());
    QVERIFY(audit(QStringLiteral("operator.sign_out")).isEmpty());

    // And it locks again after the next idle interval.
    m_window->idleLock()->setIntervalMs(100);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 10000);
    QCOMPARE(audit(QStringLiteral("session.locked")).size(), 2);
}

void TestIdleLock::anotherOperatorTakesOver()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_window->searchPage()->model()->rowCount() > 0, 10000);
    m_window->openOrder(m_window->searchPage()->model()->orderAt(0).outOrderNo);
    lockNow();
    QTest::mouseClick(child<QPushButton>(*m_window->lockScreen(), "lockOtherButton"),
                      Qt::LeftButton);
    QVERIFY(child<QLineEdit>(*m_window->lockScreen(), "lockLogin")->text().isEmpty());
    const QString supervisor = OperatorDirectory::demoLogin(OperatorRole::Supervisor);
    typeAndUnlock(supervisor, OperatorDirectory::demoPassword(OperatorRole::Supervisor));

    QVERIFY(!m_window->isLocked());
    QCOMPARE(m_console->services().session().login, supervisor);
    QCOMPARE(m_console->services().session().role, OperatorRole::Supervisor);
    // The new operator starts at the search, not at the previous operator's order.
    QVERIFY(m_window->searchPage()->isVisible());
    QVERIFY(child<QLabel>(*m_window, "operatorLabel")->text().contains(supervisor));
    const QList<AuditEntry> out = audit(QStringLiteral("operator.sign_out"));
    QCOMPARE(out.size(), 1);
    QCOMPARE(out.first().operatorLogin, agent());
    AuditFilter in;
    in.action = QStringLiteral("operator.sign_in");
    in.operatorLogin = supervisor;
    QCOMPARE(AuditLog(m_console->store()).entries(in).size(), 1);
    const QList<AuditEntry> unlocked = audit(QStringLiteral("session.unlocked"));
    QCOMPARE(unlocked.size(), 1);
    QCOMPARE(unlocked.first().operatorLogin, supervisor);
    const QJsonObject details = QJsonDocument::fromJson(unlocked.first().detail.toUtf8()).object();
    QCOMPARE(details.value(u"switched").toBool(), true);
    QCOMPARE(details.value(u"locked_operator").toString(), agent());
}

void TestIdleLock::openDialogsDoNotSurviveTheLock()
{
    // A window-modal dialog (as the action dialogs are opened) ...
    auto *dialog = new QDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QSignalSpy rejected(dialog, &QDialog::rejected);
    dialog->open();
    QVERIFY(dialog->isVisible());
    lockNow();
    QCOMPARE(rejected.count(), 1);
    QVERIFY(m_window->lockScreen()->isVisible());
    typeAndUnlock(agent(), OperatorDirectory::demoPassword(OperatorRole::Agent));
    QVERIFY(!m_window->isLocked());

    // ... and an application-modal one in exec(), as Switch operator opens the sign-in: the
    // lock ends it, the session is unchanged.
    m_window->idleLock()->setIntervalMs(300);
    QString modal;
    QTimer::singleShot(0, this, [&] {
        if (QWidget *open = QApplication::activeModalWidget())
            modal = open->objectName();
    });
    m_window->switchOperator(); // returns once the lock rejected it
    QVERIFY(m_window->isLocked());
    QCOMPARE(modal, QStringLiteral("signInDialog"));
    QCOMPARE(m_console->services().session().login, agent());
    // While locked, Switch operator opens nothing (the lock page is the way to switch).
    m_window->switchOperator();
    QVERIFY(m_window->isLocked());
}

void TestIdleLock::nothingLocksWithoutAnOperator()
{
    m_console->services().signOut();
    QVERIFY(!m_window->idleLock()->isWatching());
    QVERIFY(!m_window->sessionLock()->lock(10));
    m_window->lockDesk();
    QVERIFY(!m_window->isLocked());
    QVERIFY(audit(QStringLiteral("session.locked")).isEmpty());
    QVERIFY(m_console->signIn(OperatorRole::Finance));
    QVERIFY(m_window->idleLock()->isWatching());
}

void TestIdleLock::settingsSetTheMinutes()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.filePath(QStringLiteral("console.ini")));
    settings.setIdleLockMinutes(25);
    m_window->setSettings(&settings);
    QCOMPARE(m_window->idleLock()->idleMinutes(), 25);
    QCOMPARE(m_window->idleLock()->intervalMs(), 25 * 60 * 1000);
    m_window->showSettings();
    auto *minutes = child<QSpinBox>(*m_window->settingsPage(), "settingsIdleMinutes");
    QCOMPARE(minutes->value(), 25);
    QCOMPARE(minutes->minimum(), 1); // never 0 (a desk always locks)
    QCOMPARE(minutes->maximum(), 120);
    minutes->setValue(0);
    QCOMPARE(minutes->value(), 1);
    // A blank field is not a value: it falls back to the last one.
    minutes->findChild<QLineEdit *>()->clear();
    minutes->interpretText();
    QCOMPARE(minutes->value(), 1);
    minutes->setValue(3);
    QVERIFY(m_window->settingsPage()->save());
    QCOMPARE(settings.idleLockMinutes(), 3);
    QCOMPARE(m_window->idleLock()->idleMinutes(), 3); // applies at once
    QCOMPARE(m_window->idleLock()->intervalMs(), 3 * 60 * 1000);
    m_window.reset(); // before the settings it borrows
}

void TestIdleLock::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestIdleLock::screenshots()
{
    QFETCH(QString, language);
    QVERIFY(m_languages.setLanguage(language));
    QTRY_COMPARE(m_window->findChild<QMenu *>(QStringLiteral("languageMenu"))->title(),
                 QCoreApplication::translate("DepositDesk::MainWindow", "&Language"));
    lockNow();
    typeAndUnlock(agent(), QStringLiteral("wrong-password"));
    QVERIFY(child<QLabel>(*m_window->lockScreen(), "lockError")->isVisible());
    QTest::qWait(50); // let the layout settle
    const QDir shots(QStringLiteral(DD_BINARY_DIR "/screenshots"));
    QVERIFY(shots.mkpath(QStringLiteral(".")));
    const QString file = shots.filePath(QStringLiteral("tst_idlelock-locked-%1.png").arg(language));
    QVERIFY2(m_window->grab().save(file), qPrintable(file));
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
