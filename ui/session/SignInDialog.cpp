#include "ui/session/SignInDialog.h"

#include "services/ConsoleServices.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

const QList<OperatorRole> DemoRoles = allOperatorRoles();

} // namespace

SignInDialog::SignInDialog(ConsoleServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
{
    setObjectName(QStringLiteral("signInDialog"));
    setModal(true);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_loginLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("signInConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirmLabel = new QLabel(this);
    m_confirmLabel->setBuddy(m_confirm);
    m_firstStart = m_services.operatorSignIn().firstStart().value_or(false);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_confirmLabel, m_confirm);
    m_confirmLabel->setVisible(m_firstStart);
    m_confirm->setVisible(m_firstStart);

    auto *buttons = new QDialogButtonBox(this);
    m_signInButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::signIn);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    if (m_services.isDemo())
        layout->addWidget(createDemoTable());
    layout->addWidget(buttons);

    connect(m_login, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_login, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::signIn);
    connect(m_confirm, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_confirm, &QLineEdit::returnPressed, this, &SignInDialog::signIn);
    retranslateUi();
    updateButton();
    setMinimumWidth(m_services.isDemo() ? 560 : 380);
}

QWidget *SignInDialog::createDemoTable()
{
    auto *box = new QWidget(this);
    m_demoIntro = new QLabel(box);
    m_demoIntro->setWordWrap(true);
    m_demoTable = new QTableWidget(int(DemoRoles.size()), 3, box);
    m_demoTable->setObjectName(QStringLiteral("demoOperatorsTable"));
    m_demoTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_demoTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_demoTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_demoTable->verticalHeader()->hide();
    m_demoTable->horizontalHeader()->setStretchLastSection(true);
    m_demoTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < DemoRoles.size(); ++row) {
        const OperatorRole role = DemoRoles.at(row);
        m_demoTable->setItem(row, 0, new QTableWidgetItem(SignIn::demoLogin(role)));
        m_demoTable->setItem(row, 1, new QTableWidgetItem);
        m_demoTable->setItem(row, 2, new QTableWidgetItem(SignIn::demoPassword(role)));
    }
    m_demoTable->setFixedHeight(m_demoTable->horizontalHeader()->sizeHint().height() +
                                m_demoTable->verticalHeader()->length() +
                                2 * m_demoTable->frameWidth());
    connect(m_demoTable, &QTableWidget::cellClicked, this,
            [this](int row, int) { fillFromDemoRow(row); });
    connect(m_demoTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        fillFromDemoRow(row);
        signIn();
    });
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_demoIntro);
    layout->addWidget(m_demoTable);
    return box;
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    (login.isEmpty() ? m_login : m_password)->setFocus();
}

void SignInDialog::fillFromDemoRow(int row)
{
    if (row < 0 || row >= DemoRoles.size())
        return;
    m_login->setText(SignIn::demoLogin(DemoRoles.at(row)));
    m_password->setText(SignIn::demoPassword(DemoRoles.at(row)));
    m_error->hide();
    m_signInButton->setFocus();
}

void SignInDialog::updateButton()
{
    m_signInButton->setEnabled(!m_login->text().trimmed().isEmpty() &&
                               !m_password->text().isEmpty() &&
                               (!m_firstStart || !m_confirm->text().isEmpty()));
}

void SignInDialog::signIn()
{
    if (!m_signInButton->isEnabled())
        return;
    if (m_firstStart && !createFirstAdmin())
        return;
    const SignIn::Result result = m_services.signIn(m_login->text(), m_password->text());
    if (!result.ok()) {
        m_error->setText(result.message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_error->hide();
    m_password->clear();
    accept();
}

bool SignInDialog::createFirstAdmin()
{
    QString problem;
    if (m_confirm->text() != m_password->text()) {
        problem = tr("The two passwords differ. Type the same password twice.");
    } else {
        const StoreResult created =
            m_services.operatorSignIn().createFirstAdmin(m_login->text(), m_password->text());
        problem = created.errorString;
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    m_firstStart = false;
    return true;
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to DepositDesk"));
    m_intro->setText(m_firstStart
                         ? tr("This database has no operators yet. Choose the administrator's "
                              "login and password; the administrator then creates the other "
                              "accounts.")
                         : tr("Sign in with your operator account. What you may do depends on "
                              "your role."));
    m_confirmLabel->setText(tr("&Repeat password:"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signInButton->setText(m_firstStart ? tr("Create and sign in") : tr("Sign in"));
    if (m_demoTable) {
        m_demoIntro->setText(tr("Demo mode: these operators exist only in the demo database. "
                                "Click one to fill in the form."));
        m_demoTable->setHorizontalHeaderLabels({tr("Login"), tr("Role"), tr("Demo password")});
        for (int row = 0; row < DemoRoles.size(); ++row)
            m_demoTable->item(row, 1)->setText(operatorRoleDisplayName(DemoRoles.at(row)));
    }
}

} // namespace DepositDesk
