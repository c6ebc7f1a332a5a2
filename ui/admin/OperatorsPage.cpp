#include "ui/admin/OperatorsPage.h"

#include "ui/widgets/PageTitle.h"

#include "services/ConsoleServices.h"

#include <QColor>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace DepositDesk {

namespace {

const QList<OperatorRole> Roles = allOperatorRoles();

QComboBox *roleBox(QWidget *parent, OperatorRole current)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("roleBox"));
    for (OperatorRole role : Roles)
        box->addItem(operatorRoleDisplayName(role), int(role));
    box->setCurrentIndex(int(Roles.indexOf(current)));
    return box;
}

QLineEdit *passwordEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

OperatorsPage::OperatorsPage(ConsoleServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_admin(services.operators())
{
    setObjectName(QStringLiteral("operatorsPage"));
    m_title = new QLabel(this);
    setPageTitleFont(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OperatorsPage::updateButtons);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addOperatorButton"));
    m_role = new QPushButton(this);
    m_role->setObjectName(QStringLiteral("changeRoleButton"));
    m_disable = new QPushButton(this);
    m_disable->setObjectName(QStringLiteral("disableButton"));
    m_password = new QPushButton(this);
    m_password->setObjectName(QStringLiteral("resetPasswordButton"));
    connect(m_add, &QPushButton::clicked, this, &OperatorsPage::addOperator);
    connect(m_role, &QPushButton::clicked, this, &OperatorsPage::changeRole);
    connect(m_disable, &QPushButton::clicked, this, &OperatorsPage::toggleDisabled);
    connect(m_password, &QPushButton::clicked, this, &OperatorsPage::resetPassword);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("operatorsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_tampered = new QLabel(this);
    m_tampered->setObjectName(QStringLiteral("operatorsTampered"));
    m_tampered->setWordWrap(true);
    m_tampered->setStyleSheet(
        QStringLiteral("color: #b3261e; background: #fdecea; padding: 6px; border-radius: 4px;"));
    m_tampered->hide();

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_role, m_disable, m_password})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_tampered);
    layout->addWidget(m_table, 1);
    retranslate();
}

void OperatorsPage::refresh()
{
    const QString selected = selectedLogin();
    m_accounts = m_admin.list();
    const QHash<QString, QString> problems = m_admin.accessProblems();
    m_table->setRowCount(int(m_accounts.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_accounts.size(); ++row) {
        const OperatorAccount &a = m_accounts.at(row);
        const bool locked = a.lockedUntil.isValid() && a.lockedUntil > now;
        const QString problem = problems.value(a.login);
        QStringList state;
        if (a.disabled)
            state << tr("Disabled");
        if (!problem.isEmpty())
            state << tr("Changed outside DepositDesk");
        const QStringList cells{
            a.login, a.displayName, operatorRoleDisplayName(a.role),
            state.join(QStringLiteral(" · ")),
            locked ? QLocale().toString(a.lockedUntil.toLocalTime(), QLocale::ShortFormat)
                   : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!problem.isEmpty()) {
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
                item->setToolTip(problem);
            }
            m_table->setItem(row, column, item);
        }
        if (a.login == selected)
            m_table->selectRow(row);
    }
    m_tampered->setText(
        problems.isEmpty()
            ? QString()
            : tr("%n account(s) changed outside DepositDesk, directly in the database: they "
                 "cannot sign in until you set their role (or enable them) here. Point at a red "
                 "row for what changed.",
                 nullptr, int(problems.size())));
    m_tampered->setVisible(!problems.isEmpty());
    updateButtons();
}

QString OperatorsPage::selectedLogin() const
{
    const int row = m_table->currentRow();
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty() || row < 0 || row >= m_accounts.size())
        return {};
    return m_accounts.at(row).login;
}

QString OperatorsPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void OperatorsPage::showResult(const StoreResult &result)
{
    m_error->setText(result.ok ? QString() : result.errorString);
    m_error->setVisible(!result.ok);
    refresh();
}

void OperatorsPage::addOperator()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addOperatorDialog"));
    dialog.setWindowTitle(tr("Add operator"));
    auto *login = new QLineEdit(&dialog);
    login->setObjectName(QStringLiteral("loginEdit"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("nameEdit"));
    QComboBox *role = roleBox(&dialog, OperatorRole::Agent);
    QLineEdit *password = passwordEdit(&dialog, QStringLiteral("passwordEdit"));
    QLineEdit *repeat = passwordEdit(&dialog, QStringLiteral("repeatEdit"));
    auto *problem = new QLabel(&dialog);
    problem->setObjectName(QStringLiteral("dialogError"));
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    problem->hide();
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Login:"), login);
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Role:"), role);
    form->addRow(tr("Password:"), password);
    form->addRow(tr("Repeat password:"), repeat);
    form->addRow(problem);
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        StoreResult result;
        if (password->text() != repeat->text())
            result = StoreResult::failure(
                tr("The two passwords are not the same. Type the password again in both fields."));
        else
            result = m_admin.create(m_services.session(), login->text(), name->text(),
                                    OperatorRole(role->currentData().toInt()), password->text());
        if (result) {
            dialog.accept();
            return;
        }
        problem->setText(result.errorString);
        problem->show();
    });
    if (dialog.exec() == QDialog::Accepted)
        showResult(StoreResult::success());
}

void OperatorsPage::changeRole()
{
    const int row = m_table->currentRow();
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("changeRoleDialog"));
    dialog.setWindowTitle(tr("Change role of %1").arg(login));
    QComboBox *role = roleBox(&dialog, m_accounts.at(row).role);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Role:"), role);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        showResult(m_admin.setRole(m_services.session(), login,
                                   OperatorRole(role->currentData().toInt())));
}

void OperatorsPage::toggleDisabled()
{
    const int row = m_table->currentRow();
    const QString login = selectedLogin();
    if (!login.isEmpty())
        showResult(m_admin.setDisabled(m_services.session(), login, !m_accounts.at(row).disabled));
}

void OperatorsPage::resetPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("resetPasswordDialog"));
    dialog.setWindowTitle(tr("Reset password of %1").arg(login));
    QLineEdit *password = passwordEdit(&dialog, QStringLiteral("passwordEdit"));
    QLineEdit *repeat = passwordEdit(&dialog, QStringLiteral("repeatEdit"));
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("New password:"), password);
    form->addRow(tr("Repeat password:"), repeat);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (password->text() != repeat->text())
        showResult(
            StoreResult::failure(tr("The two passwords are not the same. Nothing was changed; "
                                    "try again.")));
    else
        showResult(m_admin.resetPassword(m_services.session(), login, password->text()));
}

void OperatorsPage::updateButtons()
{
    const int row = m_table->currentRow();
    const bool selected = !selectedLogin().isEmpty();
    m_role->setEnabled(selected);
    m_password->setEnabled(selected);
    m_disable->setEnabled(selected);
    m_disable->setText(selected && m_accounts.at(row).disabled ? tr("&Enable") : tr("&Disable"));
}

void OperatorsPage::retranslate()
{
    m_title->setText(tr("Operators"));
    m_intro->setText(tr("Who may sign in at this desk and with which role. Accounts are disabled, "
                        "never deleted, so the audit log keeps naming them. You cannot disable "
                        "or demote yourself."));
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Role"), tr("State"), tr("Locked until")});
    m_add->setText(tr("&Add operator…"));
    m_role->setText(tr("Change &role…"));
    m_password->setText(tr("Reset &password…"));
    refresh();
}

void OperatorsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OperatorsPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

} // namespace DepositDesk
