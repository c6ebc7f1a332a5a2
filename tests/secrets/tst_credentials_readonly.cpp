// A configured desk started the way main.cpp starts it, in a session WITHOUT any keychain (no
// D-Bus at all): the window opens at once, read-only; the banner and the status bar say in plain
// words that there is no keychain, every Alipay action explains why it is disabled, and the
// local index still answers searches and order details.
#include "KeyringSession.h"

#include "ui/MainWindow.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/session/LanguageSwitcher.h"

#include "demo/DemoEnvironment.h"
#include "secrets/CredentialStore.h"
#include "services/ConsoleServices.h"
#include "services/actions/OrderActions.h"
#include "services/admin/CredentialsAdmin.h"
#include "services/orders/OrderDetailsReader.h"
#include "store/OrderIndex.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace DepositDesk;

class TestCredentialsReadOnly : public QObject
{
    Q_OBJECT

private slots:
    void withoutAKeychainTheDeskOpensReadOnlyAndSaysWhy()
    {
        QCOMPARE(qgetenv("DD_TEST_KEYRING"), QByteArray("none"));
        QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").isEmpty());
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(20, QStringLiteral("credentials-readonly"), &error), qPrintable(error));
        GatewayConfig base; // a configured desk: gateway and app_id, the keys in the keychain
        base.gateway = demo.summary().gatewayUrl;
        base.appId = demo.summary().appId;
        ConsoleServices services(demo.store(), base);
        services.setDataDirectory(demo.dataDirectory());
        services.useKeychain(Environment::Production);
        CredentialsAdmin &admin = *services.credentialsAdmin();
        admin.loadStored();
        QCOMPARE(int(admin.state().presence), int(StoredCredentialsState::Presence::Loading));
        QVERIFY(services.credentialsProblem().contains(u"being read from the keychain"));

        OperatorSession agent;
        agent.login = QStringLiteral("agent1");
        agent.role = OperatorRole::Agent;
        services.setSession(agent);
        QTRY_COMPARE_WITH_TIMEOUT(int(admin.state().presence),
                                  int(StoredCredentialsState::Presence::Unavailable), 30000);
        QCOMPARE(admin.state().keychain, KeychainStatus::NoKeychain);
        QVERIFY(admin.keychain().readOnly());
        QVERIFY(!services.canCallAlipay());
        const QString problem = services.credentialsProblem();
        QVERIFY2(problem.contains(keychainStatusMessage(KeychainStatus::NoKeychain, base.appId)),
                 qPrintable(problem));
        QVERIFY(problem.contains(u"Alipay actions are disabled"));

        // The local index answers; the actions that need Alipay explain why they are disabled.
        OrderQuery query;
        query.statuses = {OrderStatus::Authorized};
        const std::optional<OrderPage> page = OrderIndex(demo.store()).search(query);
        QVERIFY(page && !page->orders.isEmpty());
        const OrderRecord order = page->orders.first();
        QVERIFY(services.details().read(order.outOrderNo, &error));
        const auto unfreeze =
            services.actions().availability(OrderActions::Action::Unfreeze, agent, order);
        QVERIFY(!unfreeze.enabled);
        QCOMPARE(unfreeze.reason, problem);

        // The window, as main.cpp opens it.
        LanguageSwitcher languages;
        languages.setLanguage(QStringLiteral("en"));
        MainWindow window(languages, &services);
        window.setEnvironment(Environment::Production);
        window.show();

        auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->text(), problem);
        auto *environment = window.findChild<QLabel *>(QStringLiteral("environmentLabel"));
        QVERIFY(environment->text().contains(u"read-only"));
        QCOMPARE(environment->toolTip(), problem);
        auto *credentialsAction = window.findChild<QAction *>(QStringLiteral("actionCredentials"));
        QVERIFY(credentialsAction && !credentialsAction->isVisible()); // agents never see it

        QSignalSpy loaded(window.detailPage(), &OrderDetailPage::orderLoaded);
        window.openOrder(order.outOrderNo);
        QVERIFY(loaded.wait(10000));
        auto *unfreezeButton =
            window.detailPage()->findChild<QPushButton *>(QStringLiteral("unfreezeButton"));
        QTRY_COMPARE(unfreezeButton->toolTip(), problem);
        QVERIFY(!unfreezeButton->isEnabled());
        auto *chargeButton =
            window.detailPage()->findChild<QPushButton *>(QStringLiteral("chargeButton"));
        QVERIFY(!chargeButton->isEnabled());
        QCOMPARE(chargeButton->toolTip(), problem);
    }
};

int main(int argc, char **argv)
{
    DepositDesk::Testing::ensureKeyringSession(argc, argv, "none");
    QApplication app(argc, argv);
    TestCredentialsReadOnly test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentials_readonly.moc"
