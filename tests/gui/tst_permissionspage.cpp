// The permissions page (administrators only) and switching operators without a restart: the
// table shows Permissions exactly (every capability, every role, the charge limits), the menu
// entry exists only for roles that manage operators, and a switch of operator through the
// Session menu refreshes what depends on the role (menu entries, admin pages, action buttons).
// Screenshots of the page in both languages.
#include "ConsoleFixture.h"
#include "ui/MainWindow.h"
#include "ui/admin/PermissionsPage.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/orders/OrderTableModel.h"
#include "ui/orders/SearchPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "store/AuditLog.h"
#include "store/OperatorDirectory.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace DepositDesk;
using DepositDesk::Testing::ConsoleFixture;

namespace {

QAction *permissionsAction(MainWindow &window)
{
    return window.findChild<QAction *>(QStringLiteral("actionPermissions"));
}

// Signs in through the Session menu's dialog, as a person would.
void switchThroughTheMenu(MainWindow &window, OperatorRole role)
{
    bool filled = false;
    QTimer::singleShot(0, &window, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != u"signInDialog")
            return;
        dialog->findChild<QLineEdit *>(QStringLiteral("signInLogin"))
            ->setText(OperatorDirectory::demoLogin(role));
        dialog->findChild<QLineEdit *>(QStringLiteral("signInPassword"))
            ->setText(OperatorDirectory::demoPassword(role));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        filled = true;
    });
    window.findChild<QAction *>(QStringLiteral("switchOperatorAction"))->trigger();
    QVERIFY(filled);
}

} // namespace

class TestPermissionsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tableIsThePermissions();
    void onlyAdministratorsHaveTheEntry_data();
    void onlyAdministratorsHaveTheEntry();
    void switchingOperatorRefreshesTheRole();
    void screenshots_data();
    void screenshots();

private:
    void startAs(OperatorRole role);

    LanguageSwitcher m_languages;
    std::unique_ptr<ConsoleFixture> m_console;
    std::unique_ptr<MainWindow> m_window;
};

void TestPermissionsPage::init()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestPermissionsPage::cleanup()
{
    m_window.reset();
    m_console.reset();
}

void TestPermissionsPage::startAs(OperatorRole role)
{
    m_console = std::make_unique<ConsoleFixture>();
    QVERIFY2(m_console->start(role, 6), qPrintable(m_console->error));
    m_window = std::make_unique<MainWindow>(m_languages, &m_console->services());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPermissionsPage::tableIsThePermissions()
{
    startAs(OperatorRole::Admin);
    QVERIFY(permissionsAction(*m_window)->isVisible());
    permissionsAction(*m_window)->trigger();
    PermissionsPage *page = m_window->permissionsPage();
    QVERIFY(page->isVisible());
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("permissionsTable"));
    const QList<Capability> capabilities = Permissions::allCapabilities();
    const QList<OperatorRole> roles = PermissionsPage::roles();
    QCOMPARE(table->rowCount(), capabilities.size());
    QCOMPARE(table->columnCount(), 5);
    QVERIFY(table->editTriggers() == QAbstractItemView::NoEditTriggers);
    for (int column = 0; column < roles.size(); ++column)
        QCOMPARE(table->horizontalHeaderItem(column)->text(),
                 operatorRoleDisplayName(roles.at(column)));
    for (int row = 0; row < capabilities.size(); ++row) {
        const Capability capability = capabilities.at(row);
        QCOMPARE(table->verticalHeaderItem(row)->text(), capabilityDisplayName(capability));
        for (int column = 0; column < roles.size(); ++column) {
            const OperatorRole role = roles.at(column);
            const QTableWidgetItem *cell = table->item(row, column);
            QCOMPARE(cell->data(Qt::UserRole).toBool(), Permissions::allows(role, capability));
            QVERIFY(!(cell->flags() & Qt::ItemIsEditable));
            if (!Permissions::allows(role, capability))
                QCOMPARE(cell->toolTip(), Permissions::deniedReason(role, capability));
        }
    }
    const int charge = int(capabilities.indexOf(Capability::Charge));
    QCOMPARE(table->item(charge, int(roles.indexOf(OperatorRole::Agent)))->text(),
             QStringLiteral("Up to ¥500.00"));
    QCOMPARE(table->item(charge, int(roles.indexOf(OperatorRole::Supervisor)))->text(),
             QStringLiteral("No limit"));
    QCOMPARE(table->item(charge, int(roles.indexOf(OperatorRole::Finance)))->text(),
             QStringLiteral("—"));
    QCOMPARE(table->item(charge, int(roles.indexOf(OperatorRole::Risk)))->text(),
             QStringLiteral("—"));
    const int policy = int(capabilities.indexOf(Capability::ManageWaiverPolicy));
    QVERIFY(
        table->item(policy, int(roles.indexOf(OperatorRole::Risk)))->data(Qt::UserRole).toBool());
    QVERIFY(!table->item(policy, int(roles.indexOf(OperatorRole::Supervisor)))
                 ->data(Qt::UserRole)
                 .toBool());
}

void TestPermissionsPage::onlyAdministratorsHaveTheEntry_data()
{
    QTest::addColumn<int>("roleValue");
    for (OperatorRole role : PermissionsPage::roles())
        QTest::newRow(qPrintable(operatorRoleCode(role))) << int(role);
}

void TestPermissionsPage::onlyAdministratorsHaveTheEntry()
{
    QFETCH(int, roleValue);
    const auto role = OperatorRole(roleValue);
    startAs(role);
    const bool admin = Permissions::allows(role, Capability::ManageOperators);
    QCOMPARE(permissionsAction(*m_window)->isVisible(), admin);
    // Asking for the page by hand does not show it either.
    m_window->showPermissions();
    QCOMPARE(m_window->permissionsPage()->isVisible(), admin);
}

void TestPermissionsPage::switchingOperatorRefreshesTheRole()
{
    startAs(OperatorRole::Admin);
    QSignalSpy loaded(m_window->detailPage(), &OrderDetailPage::orderLoaded);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->searchPage()->model()->rowCount() > 0, 10000);
    m_window->openOrder(m_window->searchPage()->model()->orderAt(0).outOrderNo);
    QVERIFY(loaded.wait(10000));
    auto *unfreeze =
        m_window->detailPage()->findChild<QPushButton *>(QStringLiteral("unfreezeButton"));
    QVERIFY(unfreeze);
    const QString adminTip = unfreeze->toolTip();
    m_window->showPermissions();
    QVERIFY(m_window->permissionsPage()->isVisible());

    // Admin -> finance: the admin page closes, its entry goes, finance may not unfreeze.
    switchThroughTheMenu(*m_window, OperatorRole::Finance);
    QCOMPARE(m_console->services().session().role, OperatorRole::Finance);
    QVERIFY(!permissionsAction(*m_window)->isVisible());
    QVERIFY(!m_window->permissionsPage()->isVisible());
    QVERIFY(m_window->searchPage()->isVisible());
    QVERIFY(!unfreeze->isEnabled());
    QCOMPARE(unfreeze->toolTip(),
             Permissions::deniedReason(OperatorRole::Finance, Capability::Unfreeze));
    QVERIFY(unfreeze->toolTip() != adminTip);

    // Finance -> admin again: the entry is back.
    switchThroughTheMenu(*m_window, OperatorRole::Admin);
    QVERIFY(permissionsAction(*m_window)->isVisible());
    AuditFilter in;
    in.action = QStringLiteral("operator.sign_in");
    QCOMPARE(AuditLog(m_console->store()).entries(in).size(), 3); // admin, finance, admin
}

void TestPermissionsPage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestPermissionsPage::screenshots()
{
    QFETCH(QString, language);
    startAs(OperatorRole::Admin);
    QVERIFY(m_languages.setLanguage(language));
    QTRY_COMPARE(m_window->findChild<QMenu *>(QStringLiteral("languageMenu"))->title(),
                 QCoreApplication::translate("DepositDesk::MainWindow", "&Language"));
    m_window->showPermissions();
    QVERIFY(m_window->permissionsPage()->isVisible());
    QTest::qWait(50); // let the layout settle
    const QDir shots(QStringLiteral(DD_BINARY_DIR "/screenshots"));
    QVERIFY(shots.mkpath(QStringLiteral(".")));
    const QString file =
        shots.filePath(QStringLiteral("tst_permissionspage-page-%1.png").arg(language));
    QVERIFY2(m_window->grab().save(file), qPrintable(file));
}

QTEST_MAIN(TestPermissionsPage)
#include "tst_permissionspage.moc"
