#include "ui/MainWindow.h"

#include "ui/admin/CredentialsPage.h"
#include "ui/admin/OperatorsPage.h"
#include "ui/admin/PermissionsPage.h"
#include "ui/admin/SettingsPage.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/finance/ReconciliationPage.h"
#include "ui/help/HelpMenu.h"
#include "ui/orders/OrderDetailPage.h"
#include "ui/orders/SearchPage.h"
#include "ui/queue/WorkQueuePage.h"
#include "ui/refunds/RefundQueuePage.h"
#include "ui/risk/RiskReportPage.h"
#include "ui/risk/WaiverPolicyPage.h"
#include "ui/session/IdleLock.h"
#include "ui/session/LanguageSwitcher.h"
#include "ui/session/LockScreen.h"
#include "ui/session/SignInDialog.h"
#include "ui/widgets/ErrorBanner.h"

#include "services/ConsoleServices.h"
#include "services/actions/OutcomeResolver.h"
#include "services/admin/ConsoleSettings.h"
#include "services/admin/CredentialsAdmin.h"
#include "services/session/SessionLock.h"

#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

const QString AppIcon = QStringLiteral(":/icons/depositdesk.svg");

QLabel *statusLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setContentsMargins(8, 0, 8, 0);
    return label;
}

} // namespace

MainWindow::MainWindow(LanguageSwitcher &languages, ConsoleServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(AppIcon));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_stack->addWidget(createEmptyState());
    // A desk that cannot call Alipay says why above every page (keychain locked ...).
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    // A desk whose database cannot be reached says since when, that it retries, and that money
    // actions are off; the driver's words are behind Details.
    m_databaseBanner = new ErrorBanner(central);
    m_databaseBanner->setObjectName(QStringLiteral("databaseBanner"));
    centralLayout->addWidget(m_databaseBanner);
    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(12, 8, 12, 8);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("background: #fff4ce; color: #5c4400; border-bottom: 1px solid #e0c36a;"));
    m_readOnlyBanner->hide();
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    createPages();
    createMenus();
    createStatusBar();

    connect(&m_languages, &LanguageSwitcher::languageChanged, this,
            &MainWindow::updateLanguageChecks);
    resize(1200, 760);
    retranslateUi();
    updateCredentials();
}

void MainWindow::createPages()
{
    if (!m_services)
        return;
    m_searchPage = new SearchPage(*m_services, m_stack);
    m_detailPage = new OrderDetailPage(*m_services, m_stack);
    m_workQueuePage = new WorkQueuePage(*m_services, m_stack);
    m_stack->addWidget(m_workQueuePage);
    m_stack->addWidget(m_searchPage);
    m_stack->addWidget(m_detailPage);
    m_stack->setCurrentWidget(m_workQueuePage);
    connect(m_searchPage, &SearchPage::openOrderRequested, this, &MainWindow::openOrder);
    connect(m_workQueuePage, &WorkQueuePage::openOrderRequested, this, &MainWindow::openOrder);
    connect(m_workQueuePage, &WorkQueuePage::openListRequested, this, [this](WorkKind kind) {
        if (kind == WorkKind::RefundApprovals)
            showRefundQueue();
        else if (kind == WorkKind::OpenDifferences)
            showReconciliation();
    });
    m_refundQueuePage = new RefundQueuePage(*m_services, m_stack);
    m_stack->addWidget(m_refundQueuePage);
    connect(m_refundQueuePage, &RefundQueuePage::openOrderRequested, this, &MainWindow::openOrder);
    connect(m_detailPage, &OrderDetailPage::backRequested, this, [this] {
        if (m_detailReturn)
            m_stack->setCurrentWidget(m_detailReturn);
        else
            showSearch();
    });
    m_reconciliationPage = new ReconciliationPage(*m_services, m_stack);
    m_stack->addWidget(m_reconciliationPage);
    connect(m_reconciliationPage, &ReconciliationPage::openOrderRequested, this,
            &MainWindow::openOrder);
    m_permissionsPage = new PermissionsPage(m_stack);
    m_stack->addWidget(m_permissionsPage);
    m_operatorsPage = new OperatorsPage(*m_services, m_stack);
    m_stack->addWidget(m_operatorsPage);
    m_auditLogPage = new AuditLogPage(*m_services, m_stack);
    m_stack->addWidget(m_auditLogPage);
    m_waiverPolicyPage = new WaiverPolicyPage(*m_services, m_stack);
    m_stack->addWidget(m_waiverPolicyPage);
    m_riskReportPage = new RiskReportPage(*m_services, m_stack);
    m_stack->addWidget(m_riskReportPage);
    connect(m_services, &ConsoleServices::credentialsChanged, this, &MainWindow::updateCredentials);
    connect(m_services, &ConsoleServices::sessionChanged, this, &MainWindow::updateCredentials);
    createLock();
    connect(m_services, &ConsoleServices::sessionChanged, this, &MainWindow::updateOperator);
    connect(&m_services->resolver(), &OutcomeResolver::pendingChanged, this,
            &MainWindow::updateAwaiting);
    // What the resolver settled with nobody waiting for it, when the operator must know (its
    // audit entry could not be written).
    connect(&m_services->resolver(), &OutcomeResolver::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
}

void MainWindow::createMenus()
{
    m_sessionMenu = menuBar()->addMenu(QString());
    m_sessionMenu->setObjectName(QStringLiteral("sessionMenu"));
    m_switchAction = m_sessionMenu->addAction(QString(), this, &MainWindow::switchOperator);
    m_switchAction->setObjectName(QStringLiteral("switchOperatorAction"));
    m_signOutAction = m_sessionMenu->addAction(QString(), this, &MainWindow::signOut);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_lockAction = m_sessionMenu->addAction(QString(), this, [this] { lockDesk(); });
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setEnabled(m_services != nullptr);
    m_sessionMenu->addSeparator();
    m_quitAction = m_sessionMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_switchAction->setEnabled(m_services != nullptr);
    m_signOutAction->setEnabled(m_services != nullptr);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_workQueueAction = m_viewMenu->addAction(QString(), this, &MainWindow::showWorkQueue);
    m_workQueueAction->setObjectName(QStringLiteral("actionWorkQueue"));
    m_workQueueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_workQueueAction->setEnabled(m_services != nullptr);
    m_searchAction = m_viewMenu->addAction(QString(), this, &MainWindow::showSearch);
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcut(QKeySequence::Find);
    m_searchAction->setEnabled(m_services != nullptr);
    m_reconciliationAction =
        m_viewMenu->addAction(QString(), this, &MainWindow::showReconciliation);
    m_reconciliationAction->setObjectName(QStringLiteral("actionReconciliation"));
    m_reconciliationAction->setVisible(false); // until someone who may reconcile signs in
    m_permissionsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showPermissions);
    m_permissionsAction->setObjectName(QStringLiteral("actionPermissions"));
    m_permissionsAction->setVisible(false); // administrators only
    m_operatorsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showOperators);
    m_operatorsAction->setObjectName(QStringLiteral("actionOperators"));
    m_operatorsAction->setVisible(false); // administrators only
    m_credentialsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showCredentials);
    m_credentialsAction->setObjectName(QStringLiteral("actionCredentials"));
    m_credentialsAction->setVisible(false); // administrators of a desk using the keychain
    m_auditLogAction = m_viewMenu->addAction(QString(), this, &MainWindow::showAuditLog);
    m_auditLogAction->setObjectName(QStringLiteral("actionAuditLog"));
    m_auditLogAction->setVisible(false); // supervisors, finance and administrators
    m_waiverPolicyAction = m_viewMenu->addAction(QString(), this, &MainWindow::showWaiverPolicy);
    m_waiverPolicyAction->setObjectName(QStringLiteral("actionWaiverPolicy"));
    m_waiverPolicyAction->setVisible(false); // roles that may view orders
    m_riskReportAction = m_viewMenu->addAction(QString(), this, &MainWindow::showRiskReport);
    m_riskReportAction->setObjectName(QStringLiteral("actionRiskReport"));
    m_riskReportAction->setVisible(false); // risk, supervisors, finance and administrators
    m_refundQueueAction = m_viewMenu->addAction(QString(), this, &MainWindow::showRefundQueue);
    m_refundQueueAction->setObjectName(QStringLiteral("actionRefundQueue"));
    m_refundQueueAction->setEnabled(m_services != nullptr);
    m_settingsAction = m_viewMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setEnabled(false); // until setSettings()

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageActions = new QActionGroup(this);
    m_languageActions->setExclusive(true);
    const QStringList languages = LanguageSwitcher::availableLanguages();
    for (const QString &language : languages) {
        // Each language is named in itself, so that a reader of either finds their own.
        QAction *action = m_languageMenu->addAction(LanguageSwitcher::nativeName(language));
        action->setObjectName(QStringLiteral("languageAction_%1").arg(language));
        action->setData(language);
        action->setCheckable(true);
        m_languageActions->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, language] { m_languages.setLanguage(language); });
    }
    updateLanguageChecks();

    m_helpMenu = new HelpMenu(this);
    menuBar()->addMenu(m_helpMenu);
}

void MainWindow::createStatusBar()
{
    // Permanent widgets: unlike showMessage(), status tips of menu entries never hide them.
    m_awaitingLabel = statusLabel(QStringLiteral("awaitingLabel"), this);
    m_awaitingLabel->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    m_awaitingLabel->hide();
    m_auditChainLabel = statusLabel(QStringLiteral("auditChainLabel"), this);
    m_auditChainLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_auditChainLabel->hide();
    statusBar()->addPermanentWidget(m_auditChainLabel);
    if (m_services) {
        // The start-up check of the audit chain (main.cpp starts it; it may have ended already).
        connect(m_services, &ConsoleServices::auditChainChecked, this,
                &MainWindow::updateAuditChain);
        updateAuditChain();
    }
    m_operatorLabel = statusLabel(QStringLiteral("operatorLabel"), this);
    m_environmentLabel = statusLabel(QStringLiteral("environmentLabel"), this);
    m_refundsPendingLabel = statusLabel(QStringLiteral("refundsPendingLabel"), this);
    m_refundsPendingLabel->hide();
    statusBar()->addPermanentWidget(m_refundsPendingLabel);
    statusBar()->addPermanentWidget(m_awaitingLabel);
    statusBar()->addPermanentWidget(m_operatorLabel);
    statusBar()->addPermanentWidget(m_environmentLabel);
    m_operatorLabel->setVisible(m_services != nullptr);
    if (m_refundQueuePage)
        connect(m_refundQueuePage, &RefundQueuePage::pendingCountChanged, this,
                &MainWindow::updateRefundsPending);
}

void MainWindow::setDemoDetails(const QUrl &gateway, int orders)
{
    m_demoGateway = gateway.toString();
    m_demoOrders = orders;
    setEnvironment(Environment::Demo);
}

void MainWindow::setEnvironment(std::optional<Environment> environment)
{
    m_environment = environment;
    retranslateUi();
}

void MainWindow::setSettings(ConsoleSettings *settings)
{
    if (m_settingsPage || !settings)
        return;
    m_settingsPage = new SettingsPage(*settings, m_languages, m_stack);
    m_stack->addWidget(m_settingsPage);
    if (m_idleLock) {
        m_idleLock->setIdleMinutes(settings->idleLockMinutes());
        connect(m_settingsPage, &SettingsPage::saved, m_idleLock,
                [this, settings] { m_idleLock->setIdleMinutes(settings->idleLockMinutes()); });
    }
    m_settingsAction->setEnabled(true);
}

void MainWindow::setAboutInfo(const AboutInfo &info)
{
    m_helpMenu->setAboutInfo(info);
}

void MainWindow::openOrder(const QString &outOrderNo)
{
    if (!m_detailPage || outOrderNo.isEmpty() || isLocked())
        return;
    m_detailPage->showOrder(outOrderNo);
    if (m_stack->currentWidget() != m_detailPage)
        m_detailReturn = m_stack->currentWidget() == m_reconciliationPage ||
                                 m_stack->currentWidget() == m_workQueuePage
                             ? m_stack->currentWidget()
                             : nullptr;
    m_stack->setCurrentWidget(m_detailPage);
}

void MainWindow::showWorkQueue()
{
    if (m_workQueuePage && !isLocked())
        m_stack->setCurrentWidget(m_workQueuePage);
}

void MainWindow::showSearch()
{
    if (m_searchPage && !isLocked())
        m_stack->setCurrentWidget(m_searchPage);
}

void MainWindow::showReconciliation()
{
    if (m_reconciliationPage && m_services->session().can(Capability::RunReconciliation) &&
        !isLocked())
        m_stack->setCurrentWidget(m_reconciliationPage);
}

void MainWindow::showAuditLog()
{
    if (m_auditLogPage && m_services->session().can(Capability::ReadAuditLog) && !isLocked())
        m_stack->setCurrentWidget(m_auditLogPage);
}

void MainWindow::showWaiverPolicy()
{
    if (m_waiverPolicyPage && m_services->session().can(Capability::View) && !isLocked())
        m_stack->setCurrentWidget(m_waiverPolicyPage);
}

void MainWindow::showRiskReport()
{
    if (m_riskReportPage && m_services->session().can(Capability::ViewRiskReport) && !isLocked())
        m_stack->setCurrentWidget(m_riskReportPage);
}

void MainWindow::showRefundQueue()
{
    if (!m_refundQueuePage)
        return;
    m_refundQueuePage->reload();
    m_stack->setCurrentWidget(m_refundQueuePage);
}

void MainWindow::showSettings()
{
    if (m_settingsPage && !isLocked())
        m_stack->setCurrentWidget(m_settingsPage);
}

void MainWindow::showCredentials()
{
    updateCredentials();
    if (m_credentialsPage && m_services->session().can(Capability::ManageCredentials) &&
        !isLocked())
        m_stack->setCurrentWidget(m_credentialsPage);
}

// The credentials page (made once an admin may see it), the read-only banner and the status bar
// after the gateway's credentials or the keychain's state changed.
void MainWindow::updateCredentials()
{
    if (!m_services)
        return;
    CredentialsAdmin *admin = m_services->credentialsAdmin();
    const bool manages = admin && m_services->session().can(Capability::ManageCredentials);
    if (manages && !m_credentialsPage) {
        m_credentialsPage = new CredentialsPage(*admin, m_stack);
        m_stack->addWidget(m_credentialsPage);
    }
    m_credentialsAction->setVisible(manages);
    if (!manages && m_credentialsPage && m_stack->currentWidget() == m_credentialsPage)
        showSearch();
    updateDatabaseBanner();
    // While the database cannot be reached, its banner says why the desk is read-only.
    const bool readOnly = m_services->databaseReachable() && !m_services->canCallAlipay();
    m_readOnlyBanner->setText(readOnly ? m_services->credentialsProblem() : QString());
    m_readOnlyBanner->setVisible(readOnly);
    if (m_detailPage && !m_detailPage->currentOrder().isEmpty())
        m_detailPage->reload(); // its actions say what they can do now
    retranslateUi();            // the status bar's environment
}

void MainWindow::updateDatabaseBanner()
{
    if (!m_services || m_services->databaseReachable()) {
        m_databaseBanner->clear();
        return;
    }
    ErrorBanner::Error error;
    error.message = m_services->databaseProblem();
    error.technical = m_services->databaseProblemDetails();
    m_databaseBanner->showError(error);
}

void MainWindow::showPermissions()
{
    if (m_permissionsPage && m_services->session().can(Capability::ManageOperators) && !isLocked())
        m_stack->setCurrentWidget(m_permissionsPage);
}

void MainWindow::showOperators()
{
    if (m_operatorsPage && m_services->session().can(Capability::ManageOperators) && !isLocked())
        m_stack->setCurrentWidget(m_operatorsPage);
}

bool MainWindow::promptSignIn()
{
    if (!m_services)
        return false;
    SignInDialog dialog(*m_services, this);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::signOut()
{
    if (!m_services || isLocked())
        return;
    m_services->signOut();
    showSearch();
    if (!promptSignIn())
        close();
}

void MainWindow::switchOperator()
{
    // The current operator stays signed in unless someone else signs in. While the desk is
    // locked, the lock page is the way to switch.
    if (!isLocked())
        promptSignIn();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyStateWidget"));

    auto *iconLabel = new QLabel(page);
    iconLabel->setObjectName(QStringLiteral("iconLabel"));
    iconLabel->setPixmap(QIcon(AppIcon).pixmap(QSize(96, 96), devicePixelRatio()));
    iconLabel->setAlignment(Qt::AlignCenter);

    m_productLabel = new QLabel(page);
    m_productLabel->setObjectName(QStringLiteral("productLabel"));
    m_productLabel->setAlignment(Qt::AlignCenter);
    QFont productFont = m_productLabel->font();
    productFont.setPointSizeF(productFont.pointSizeF() * 2.2);
    productFont.setBold(true);
    m_productLabel->setFont(productFont);

    m_purposeLabel = new QLabel(page);
    m_purposeLabel->setObjectName(QStringLiteral("purposeLabel"));
    m_purposeLabel->setAlignment(Qt::AlignCenter);
    m_purposeLabel->setWordWrap(true);
    m_purposeLabel->setMaximumWidth(640);
    m_purposeLabel->setMinimumWidth(240);
    m_purposeLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont purposeFont = m_purposeLabel->font();
    purposeFont.setPointSizeF(purposeFont.pointSizeF() * 1.15);
    m_purposeLabel->setFont(purposeFont);

    // No alignment flags on the word-wrapped label: a QBoxLayout only honours heightForWidth
    // (and so shows every wrapped line) for items it may size freely.
    auto *purposeRow = new QHBoxLayout;
    purposeRow->addStretch(1);
    purposeRow->addWidget(m_purposeLabel, 100); // as wide as its maximum allows
    purposeRow->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(3);
    layout->addWidget(iconLabel);
    layout->addSpacing(12);
    layout->addWidget(m_productLabel);
    layout->addSpacing(4);
    layout->addLayout(purposeRow);
    layout->addStretch(4);
    return page;
}

void MainWindow::updateLanguageChecks()
{
    const QList<QAction *> actions = m_languageActions->actions();
    for (QAction *action : actions)
        action->setChecked(action->data().toString() == m_languages.language());
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("DepositDesk"));
    if (m_databaseBanner)
        updateDatabaseBanner(); // the services' sentence in the new language
    m_productLabel->setText(tr("DepositDesk"));
    m_purposeLabel->setText(
        tr("Find a customer's deposit order, explain its freeze, and unfreeze, charge or "
           "refund it through Alipay."));
    m_languageMenu->setTitle(tr("&Language"));
    m_sessionMenu->setTitle(tr("&Session"));
    m_switchAction->setText(tr("S&witch operator…"));
    m_signOutAction->setText(tr("Sign &out"));
    //: Session menu: hide the work until the password is given again
    m_lockAction->setText(tr("&Lock"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_workQueueAction->setText(tr("&Work queue"));
    m_searchAction->setText(tr("&Orders"));
    m_settingsAction->setText(tr("S&ettings"));
    m_refundQueueAction->setText(tr("&Refund approvals"));
    //: Menu: the Alipay app_id and keys in the keychain (administrators)
    m_credentialsAction->setText(tr("&Credentials"));
    //: Menu: finance's bills and reconciliation page
    m_reconciliationAction->setText(tr("&Bills and reconciliation"));
    //: Menu: the table of which role may do what (administrators)
    m_permissionsAction->setText(tr("&Permissions"));
    //: Menu: the operator accounts (administrators)
    m_operatorsAction->setText(tr("Oper&ators"));
    //: Menu: every audit log entry, with filters, verification and export
    m_auditLogAction->setText(tr("A&udit log"));
    //: Menu: the Sesame credit waiver policy (芝麻分减免额度) and its versions
    m_waiverPolicyAction->setText(tr("Credit &waiver policy"));
    //: Menu: the risk report (orders, waived deposits, failed charges, defaults per group)
    m_riskReportAction->setText(tr("Ris&k report"));
    updateOperator();
    updateAwaiting();
    if (m_refundQueuePage)
        updateRefundsPending(m_refundQueuePage->pendingCount());

    if (!m_environment)
        m_environmentLabel->setText(tr("Not connected"));
    else if (*m_environment == Environment::Demo && !m_demoGateway.isEmpty())
        //: Status bar: %1 is the embedded sandbox's address, %n the seeded orders.
        m_environmentLabel->setText(
            tr("Demo mode: sandbox at %1, %n order(s)", nullptr, m_demoOrders).arg(m_demoGateway));
    else
        m_environmentLabel->setText(environmentDisplayName(*m_environment));
    if (m_services && !m_services->databaseReachable()) {
        //: Status bar, after the environment: the database does not answer, nothing can be sent
        m_environmentLabel->setText(
            tr("%1 · read-only, database unreachable").arg(m_environmentLabel->text()));
        m_environmentLabel->setToolTip(m_services->databaseProblem());
    } else if (m_services && !m_services->canCallAlipay()) {
        //: Status bar, after the environment: no Alipay keys, so nothing can be sent
        m_environmentLabel->setText(
            tr("%1 · read-only, Alipay credentials not set up").arg(m_environmentLabel->text()));
        m_environmentLabel->setToolTip(m_services->credentialsProblem());
    } else {
        m_environmentLabel->setToolTip(QString());
    }
}

void MainWindow::updateOperator()
{
    if (!m_services)
        return;
    const OperatorSession &session = m_services->session();
    const bool reconciles = session.can(Capability::RunReconciliation);
    m_reconciliationAction->setVisible(reconciles);
    if (!reconciles && m_stack->currentWidget() == m_reconciliationPage)
        showSearch();
    if (!reconciles && m_detailReturn == m_reconciliationPage)
        m_detailReturn = nullptr;
    const bool admin = session.can(Capability::ManageOperators);
    m_permissionsAction->setVisible(admin);
    if (!admin && m_stack->currentWidget() == m_permissionsPage)
        showSearch();
    m_operatorsAction->setVisible(admin);
    if (!admin && m_stack->currentWidget() == m_operatorsPage)
        showSearch();
    const bool readsAudit = session.can(Capability::ReadAuditLog);
    m_auditLogAction->setVisible(readsAudit);
    if (!readsAudit && m_stack->currentWidget() == m_auditLogPage)
        showSearch();
    const bool viewsPolicy = session.can(Capability::View);
    m_waiverPolicyAction->setVisible(viewsPolicy);
    if (!viewsPolicy && m_stack->currentWidget() == m_waiverPolicyPage)
        showSearch();
    const bool readsRisk = session.can(Capability::ViewRiskReport);
    m_riskReportAction->setVisible(readsRisk);
    if (!readsRisk && m_stack->currentWidget() == m_riskReportPage)
        showSearch();
    updateIdleWatch();
    if (!session.isValid()) {
        m_operatorLabel->setText(tr("Nobody signed in"));
        return;
    }
    // The login is what people type and what the audit log shows; the name only when it adds
    // something (a demo operator's name is its role again).
    const QString name = session.displayName.trimmed();
    if (name.isEmpty() || name == session.login ||
        name.contains(operatorRoleDisplayName(session.role)))
        //: Status bar: %1 the operator's login, %2 the role ("Customer service", "Supervisor" ...)
        m_operatorLabel->setText(
            tr("%1 · %2").arg(session.login, operatorRoleDisplayName(session.role)));
    else
        //: Status bar: %1 the operator's name, %2 the login, %3 the role
        m_operatorLabel->setText(
            tr("%1 (%2) · %3").arg(name, session.login, operatorRoleDisplayName(session.role)));
    m_operatorLabel->setToolTip(session.login);
}

void MainWindow::updateAwaiting()
{
    if (!m_services)
        return;
    const int pending = m_services->resolver().pending();
    m_awaitingLabel->setVisible(pending > 0);
    //: Status bar: outcomes of actions not yet confirmed by Alipay
    m_awaitingLabel->setText(tr("%n awaiting confirmation", nullptr, pending));
    m_awaitingLabel->setToolTip(
        tr("Alipay has not yet confirmed what became of these actions. DepositDesk asks again by "
           "itself; do not repeat them."));
}

void MainWindow::updateAuditChain()
{
    if (!m_services)
        return;
    const ConsoleServices::AuditChainState state = m_services->auditChainState();
    const bool broken = state == ConsoleServices::AuditChainState::Broken;
    m_auditChainLabel->setVisible(broken);
    if (broken) {
        //: Status bar: the start-up check found the audit log changed or incomplete
        m_auditChainLabel->setText(tr("Audit log does not verify"));
        m_auditChainLabel->setToolTip(m_services->auditChainMessage());
        statusBar()->showMessage(m_services->auditChainMessage());
    } else if (state == ConsoleServices::AuditChainState::Verified) {
        statusBar()->showMessage(m_services->auditChainMessage(), 10000);
    }
}

void MainWindow::updateRefundsPending(int pending)
{
    m_refundsPendingLabel->setVisible(pending > 0);
    //: Status bar: refund requests waiting for a supervisor's decision
    m_refundsPendingLabel->setText(tr("%n refund(s) to approve", nullptr, pending));
    m_refundsPendingLabel->setToolTip(tr("View > Refund approvals lists them."));
}

} // namespace DepositDesk
