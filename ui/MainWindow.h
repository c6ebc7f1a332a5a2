#pragma once

#include "domain/Environment.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QUrl;

namespace DepositDesk {

class AuditLogPage;
class RiskReportPage;
class ConsoleServices;
class ConsoleSettings;
class CredentialsPage;
class ErrorBanner;
class HelpMenu;
struct AboutInfo;
class IdleLock;
class LanguageSwitcher;
class LockScreen;
class OrderDetailPage;
class RefundQueuePage;
class PermissionsPage;
class OperatorsPage;
class ReconciliationPage;
class SearchPage;
class WorkQueuePage;
class SessionLock;
class SettingsPage;
class WaiverPolicyPage;

// The console's main window: the order search, an order's freeze detail and the settings as
// pages of one stack. Opening an order (double click or Enter on a row) shows its detail; Back
// returns to the search as it was. The status bar shows the environment, the signed-in operator
// and role, and how many outcomes are awaiting Alipay's confirmation. Without services it shows
// an empty state (what the console is for).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The Language menu switches through `languages`; both it and `services` (may be null)
    // must outlive the window.
    explicit MainWindow(LanguageSwitcher &languages, ConsoleServices *services = nullptr,
                        QWidget *parent = nullptr);

    // Where the console's Alipay calls go; shown in the status bar at all times. None (the
    // default): not connected.
    void setEnvironment(std::optional<Environment> environment);
    std::optional<Environment> environment() const { return m_environment; }
    // Demo mode: where the embedded sandbox listens and how many orders it was seeded with.
    void setDemoDetails(const QUrl &gateway, int orders);
    // Enables the Settings page (must outlive the window).
    void setSettings(ConsoleSettings *settings);
    // What Help → About shows (versions, the desk's folders; the log folder for Help → Open the
    // log folder).
    void setAboutInfo(const AboutInfo &info);
    HelpMenu *helpMenu() const { return m_helpMenu; }

    SearchPage *searchPage() const { return m_searchPage; }
    // What waits for the operator's role: the page the console opens on (View > Work queue).
    WorkQueuePage *workQueuePage() const { return m_workQueuePage; }
    OrderDetailPage *detailPage() const { return m_detailPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    // The supervisors' refund queue (View > Refund approvals); null without services.
    RefundQueuePage *refundQueuePage() const { return m_refundQueuePage; }
    // Admins only, and only when the desk keeps its credentials in the keychain (configured
    // mode): null otherwise.
    CredentialsPage *credentialsPage() const { return m_credentialsPage; }
    ReconciliationPage *reconciliationPage() const { return m_reconciliationPage; }
    PermissionsPage *permissionsPage() const { return m_permissionsPage; }
    // The operator accounts (administrators: Capability::ManageOperators); null without services.
    OperatorsPage *operatorsPage() const { return m_operatorsPage; }
    // The whole audit log (View > Audit log: Capability::ReadAuditLog); null without services.
    AuditLogPage *auditLogPage() const { return m_auditLogPage; }
    // The Sesame credit waiver policy (View > Credit waiver policy: Capability::View; editing
    // with Capability::ManageWaiverPolicy); null without services.
    WaiverPolicyPage *waiverPolicyPage() const { return m_waiverPolicyPage; }
    // The risk report (View > Risk report: Capability::ViewRiskReport); null without services.
    RiskReportPage *riskReportPage() const { return m_riskReportPage; }
    // Idle lock: after idleLock()'s interval without input the desk locks; the lock
    // page replaces every page until the password (or another operator) is given.
    IdleLock *idleLock() const { return m_idleLock; }
    SessionLock *sessionLock() const { return m_sessionLock; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    bool isLocked() const;

public Q_SLOTS:
    void openOrder(const QString &outOrderNo);
    void showSearch();
    void showWorkQueue();
    void showSettings();
    void showRefundQueue();
    void showCredentials();
    // Finance's bills and reconciliation (roles with Capability::RunReconciliation only).
    void showReconciliation();
    // Who may do what (administrators: Capability::ManageOperators).
    void showPermissions();
    // The operator accounts (administrators: Capability::ManageOperators).
    void showOperators();
    // The audit log (supervisors, finance, administrators: Capability::ReadAuditLog).
    void showAuditLog();
    // The credit waiver policy (roles with Capability::View).
    void showWaiverPolicy();
    // The risk report (risk analysts, supervisors, finance, administrators:
    // Capability::ViewRiskReport).
    void showRiskReport();
    // Locks the desk now (Session menu) or after `idleMinutes` without input: open dialogs are
    // rejected (what was typed in them is lost), the lock page hides the work.
    void lockDesk(int idleMinutes = 0);
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
    void updateAuditChain();
    void updateRefundsPending(int pending);
    void updateCredentials();
    void updateDatabaseBanner();
    void retranslateUi();
    void createLock();
    void closeDialogs();
    void unlocked();
    void updateIdleWatch();

    LanguageSwitcher &m_languages;
    ConsoleServices *m_services = nullptr;
    std::optional<Environment> m_environment;
    QString m_demoGateway;
    int m_demoOrders = 0;
    QStackedWidget *m_stack = nullptr;
    SearchPage *m_searchPage = nullptr;
    WorkQueuePage *m_workQueuePage = nullptr;
    OrderDetailPage *m_detailPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    RefundQueuePage *m_refundQueuePage = nullptr;
    QLabel *m_refundsPendingLabel = nullptr;
    QAction *m_refundQueueAction = nullptr;
    CredentialsPage *m_credentialsPage = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    ErrorBanner *m_databaseBanner = nullptr;
    ReconciliationPage *m_reconciliationPage = nullptr;
    QWidget *m_detailReturn = nullptr; // where Back on the order detail goes
    PermissionsPage *m_permissionsPage = nullptr;
    OperatorsPage *m_operatorsPage = nullptr;
    AuditLogPage *m_auditLogPage = nullptr;
    WaiverPolicyPage *m_waiverPolicyPage = nullptr;
    RiskReportPage *m_riskReportPage = nullptr;
    LockScreen *m_lockScreen = nullptr;
    SessionLock *m_sessionLock = nullptr;
    IdleLock *m_idleLock = nullptr;
    QWidget *m_beforeLock = nullptr; // the page shown when the desk locked
    QLabel *m_productLabel = nullptr;
    QLabel *m_purposeLabel = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QLabel *m_awaitingLabel = nullptr;
    QLabel *m_auditChainLabel = nullptr; // shown while the audit chain does not verify
    QMenu *m_sessionMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QAction *m_switchAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_workQueueAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_credentialsAction = nullptr;
    QAction *m_reconciliationAction = nullptr;
    QAction *m_permissionsAction = nullptr;
    QAction *m_operatorsAction = nullptr;
    QAction *m_auditLogAction = nullptr;
    QAction *m_waiverPolicyAction = nullptr;
    QAction *m_riskReportAction = nullptr;
    QAction *m_lockAction = nullptr;
    QActionGroup *m_languageActions = nullptr;
};

} // namespace DepositDesk
