#pragma once

#include "services/admin/OperatorAdmin.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace DepositDesk {

class ConsoleServices;

// For administrators (Capability::ManageOperators): the operator accounts (login, name, role,
// disabled, locked until) with Add operator…, Change role…, Disable/Enable and Reset password….
// Every change goes through OperatorAdmin, which checks the permission itself; its refusals
// are shown plainly under the buttons.
class OperatorsPage : public QWidget
{
    Q_OBJECT

public:
    explicit OperatorsPage(ConsoleServices &services, QWidget *parent = nullptr);

    // Reads the accounts again (also done each time the page is shown).
    void refresh();
    // The login of the selected row, or empty.
    QString selectedLogin() const;
    QString errorText() const;

public Q_SLOTS:
    void addOperator();
    void changeRole();
    void toggleDisabled();
    void resetPassword();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void showResult(const StoreResult &result);

    ConsoleServices &m_services;
    OperatorAdmin &m_admin;
    QList<OperatorAccount> m_accounts;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_role = nullptr;
    QPushButton *m_disable = nullptr;
    QPushButton *m_password = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_tampered = nullptr; // accounts changed outside the console
};

} // namespace DepositDesk
