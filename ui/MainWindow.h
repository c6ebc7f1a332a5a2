#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QUrl;

namespace DepositDesk {

class ConsoleServices;
class ConsoleSettings;
class CredentialsPage;
class LanguageSwitcher;
class OrderDetailPage;
class ReconciliationPage;
class RefundQueuePage;
class SearchPage;
class SettingsPage;

// The console's main window: the order search, an order's freeze detail and the settings as
// pages of one stack. Opening an order (double click or Enter on a row) shows its detail; Back
// returns to the search as it was. The status bar shows the environment, the signed-in operator
// and role, and how many outcomes are awaiting Alipay's confirmation. Without services it shows
// an empty state (what the console is for).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Where the console's Alipay calls go; shown in the status bar at all times.
    enum class Environment { NotConnected, Demo, AlipaySandbox, Production, LocalGateway };
    Q_ENUM(Environment)

    // The Language menu switches through `languages`; both it and `services` (may be null)
    // must outlive the window.
    explicit MainWindow(LanguageSwitcher &languages, ConsoleServices *services = nullptr,
                        QWidget *parent = nullptr);

    void setEnvironment(Environment environment);
    Environment environment() const { return m_environment; }
    // Demo mode: where the embedded sandbox listens and how many orders it was seeded with.
    void setDemoDetails(const QUrl &gateway, int orders);
    // Enables the Settings page (must outlive the window).
    void setSettings(ConsoleSettings *settings);

    SearchPage *searchPage() const { return m_searchPage; }
    OrderDetailPage *detailPage() const { return m_detailPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    // Admins only, and only when the desk keeps its credentials in the keychain (configured
    // mode): null otherwise.
    CredentialsPage *credentialsPage() const { return m_credentialsPage; }
    ReconciliationPage *reconciliationPage() const { return m_reconciliationPage; }
    // The supervisors' refund queue (View > Refund approvals); null without services.
    RefundQueuePage *refundQueuePage() const { return m_refundQueuePage; }

public Q_SLOTS:
    void openOrder(const QString &outOrderNo);
    void showSearch();
    void showSettings();
    void showCredentials();
    // Finance's bills and reconciliation (roles with Capability::RunReconciliation only).
    void showReconciliation();
    void showRefundQueue();
    // Asks who is at the desk (modal). When nobody signs in after a sign-out, the window closes.
    bool promptSignIn();
    void signOut();
    void switchOperator();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createEmptyState();
    void createPages();
    void createMenus();
    void createStatusBar();
    void updateLanguageChecks();
    void updateOperator();
    void updateAwaiting();
    void updateCredentials();
    void updateRefundsPending(int pending);
    void retranslateUi();

    LanguageSwitcher &m_languages;
    ConsoleServices *m_services = nullptr;
    Environment m_environment = Environment::NotConnected;
    QString m_demoGateway;
    int m_demoOrders = 0;
    QStackedWidget *m_stack = nullptr;
    SearchPage *m_searchPage = nullptr;
    OrderDetailPage *m_detailPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    CredentialsPage *m_credentialsPage = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    ReconciliationPage *m_reconciliationPage = nullptr;
    QWidget *m_detailReturn = nullptr; // where Back on the order detail goes
    RefundQueuePage *m_refundQueuePage = nullptr;
    QLabel *m_refundsPendingLabel = nullptr;
    QAction *m_refundQueueAction = nullptr;
    QLabel *m_productLabel = nullptr;
    QLabel *m_purposeLabel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_awaitingLabel = nullptr;
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_switchAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_credentialsAction = nullptr;
    QAction *m_reconciliationAction = nullptr;
    QActionGroup *m_languageActions = nullptr;
};

} // namespace DepositDesk
