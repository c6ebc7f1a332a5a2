// The operators page (administrators only): an admin adds an operator through the Add operator
// dialog and the row appears (and the account signs in); a mismatched repeat is shown in the
// dialog; an agent has no menu entry. Screenshots of the page in both languages.
#include "ConsoleFixture.h"
#include "ui/MainWindow.h"
#include "ui/admin/OperatorsPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "store/OperatorDirectory.h"
#include "store/StoreQuery.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

class TestOperatorsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void adminAddsAnOperator();
    void agentHasNoEntry();
    void accountChangedInTheDatabaseIsShown();
    void screenshots_data();
    void screenshots();

private:
    void startAs(OperatorRole role);
    QAction *operatorsAction() const
    {
        return m_window->findChild<QAction *>(QStringLiteral("actionOperators"));
    }

    LanguageSwitcher m_languages;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<MainWindow> m_window;
};

void TestOperatorsPage::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestOperatorsPage::cleanup()
{
    m_window.reset();
    m_console.reset();
}

void TestOperatorsPage::startAs(OperatorRole role)
{
    m_console = std::make_unique<ConsoleFixture>();
    QVERIFY2(m_console->start(role, 2), qPrintable(m_console->error));
    m_window = std::make_unique<MainWindow>(m_languages, &m_console->services());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestOperatorsPage::adminAddsAnOperator()
{
    startAs(OperatorRole::Admin);
    QVERIFY(operatorsAction());
    QVERIFY(operatorsAction()->isVisible());
    operatorsAction()->trigger();
    OperatorsPage *page = m_window->operatorsPage();
    QVERIFY(page->isVisible());
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("operatorsTable"));
    const int rows = table->rowCount();
    QCOMPARE(rows, 5); // the demo operators

    // First a mismatched repeat (shown in the dialog, which stays open), then the right one.
    QString mismatch;
    bool done = false;
    QTimer::singleShot(0, page, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->objectName() != u"addOperatorDialog")
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))
            ->setText(QStringLiteral("li.na"));
        dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))
            ->setText(QStringLiteral("Li Na"));
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("roleBox"));
        role->setCurrentIndex(role->findData(int(OperatorRole::Finance)));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
            ->setText(QStringLiteral("Lotus-pond-77"));
        dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))
            ->setText(QStringLiteral("Lotus-pond-78"));
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        mismatch = dialog->findChild<QLabel *>(QStringLiteral("dialogError"))->text();
        dialog->findChild<QLineEdit *>(QStringLiteral("repeatEdit"))
            ->setText(QStringLiteral("Lotus-pond-77"));
        QTest::mouseClick(ok, Qt::LeftButton);
        done = true;
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addOperatorButton")),
                      Qt::LeftButton);
    QVERIFY(done);
    QVERIFY(!mismatch.isEmpty());
    QCOMPARE(table->rowCount(), rows + 1);
    int found = -1;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == u"li.na")
            found = row;
    QVERIFY(found >= 0);
    QCOMPARE(table->item(found, 1)->text(), QStringLiteral("Li Na"));
    QCOMPARE(table->item(found, 2)->text(), operatorRoleDisplayName(OperatorRole::Finance));
    QVERIFY(page->errorText().isEmpty());
    QVERIFY(OperatorDirectory(m_console->store())
                .signIn(QStringLiteral("li.na"), QStringLiteral("Lotus-pond-77"))
                .ok());

    // Disabling oneself is refused by the service and said plainly on the page.
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == m_console->services().session().login)
            table->selectRow(row);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("disableButton")),
                      Qt::LeftButton);
    QVERIFY(!page->errorText().isEmpty());
    QVERIFY(!OperatorDirectory(m_console->store())
                 .find(m_console->services().session().login)
                 ->disabled);

    // Switching to an agent leaves the page for the search and hides the entry.
    QVERIFY(m_console->signIn(OperatorRole::Agent));
    QVERIFY(!operatorsAction()->isVisible());
    QVERIFY(!page->isVisible());
}

void TestOperatorsPage::agentHasNoEntry()
{
    startAs(OperatorRole::Agent);
    QVERIFY(operatorsAction());
    QVERIFY(!operatorsAction()->isVisible());
    m_window->showOperators();
    QVERIFY(!m_window->operatorsPage()->isVisible());
}

void TestOperatorsPage::accountChangedInTheDatabaseIsShown()
{
    startAs(OperatorRole::Admin);
    const QString raised = SignIn::demoLogin(OperatorRole::Agent);
    StoreQuery tamper(m_console->store().database(),
                      QStringLiteral("UPDATE operators SET role = 'supervisor' WHERE login = :l"));
    tamper.bind(QStringLiteral("l"), raised);
    QVERIFY(tamper.exec());
    m_window->showOperators();
    OperatorsPage *page = m_window->operatorsPage();
    QVERIFY(page->isVisible());
    auto *warning = page->findChild<QLabel *>(QStringLiteral("operatorsTampered"));
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().startsWith(QStringLiteral("1 account")), qPrintable(warning->text()));
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("operatorsTable"));
    int flagged = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const bool changed = table->item(row, 3)->text().contains(u"Changed outside DepositDesk");
        QCOMPARE(changed, table->item(row, 0)->text() == raised);
        if (changed) {
            ++flagged;
            QVERIFY(table->item(row, 2)->toolTip().contains(
                operatorRoleDisplayName(OperatorRole::Agent)));
        }
    }
    QCOMPARE(flagged, 1);
    QTest::qWait(50);
    const QDir shots(QStringLiteral(DD_BINARY_DIR "/screenshots"));
    QVERIFY(shots.mkpath(QStringLiteral(".")));
    QVERIFY(
        m_window->grab().save(shots.filePath(QStringLiteral("tst_operatorspage-changed-en.png"))));

    // Setting the role on the page records it: the warning goes.
    QVERIFY(m_console->services()
                .operators()
                .setRole(m_console->services().session(), raised, OperatorRole::Supervisor)
                .ok);
    page->refresh();
    QVERIFY(!warning->isVisible());
}

void TestOperatorsPage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestOperatorsPage::screenshots()
{
    QFETCH(QString, language);
    startAs(OperatorRole::Admin);
    QVERIFY(m_languages.setLanguage(language));
    QTRY_COMPARE(m_window->findChild<QMenu *>(QStringLiteral("languageMenu"))->title(),
                 QCoreApplication::translate("DepositDesk::MainWindow", "&Language"));
    m_window->showOperators();
    QVERIFY(m_window->operatorsPage()->isVisible());
    m_window->operatorsPage()->findChild<QTableWidget *>()->selectRow(0);
    QTest::qWait(50); // let the layout settle
    const QDir shots(QStringLiteral(DD_BINARY_DIR "/screenshots"));
    QVERIFY(shots.mkpath(QStringLiteral(".")));
    const QString file =
        shots.filePath(QStringLiteral("tst_operatorspage-page-%1.png").arg(language));
    QVERIFY2(m_window->grab().save(file), qPrintable(file));
}

QTEST_MAIN(TestOperatorsPage)
#include "tst_operatorspage.moc"
