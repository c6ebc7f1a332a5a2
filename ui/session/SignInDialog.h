#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace DepositDesk {

class ConsoleServices;

// Asks who is at the desk: login and password, checked by ConsoleServices::signIn (lockout
// after repeated wrong passwords). Errors appear inline under the form. In demo mode a table lists
// the demo operators with their demo passwords; clicking one fills the form. A successful sign-in
// sets the session on ConsoleServices (audited there) and accepts the dialog. On the first start
// of a database without operators it creates the administrator account instead.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(ConsoleServices &services, QWidget *parent = nullptr);

    // Pre-fills the login (switching operators: the field starts empty).
    void setLogin(const QString &login);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createDemoTable();
    void fillFromDemoRow(int row);
    void signIn();
    void updateButton();
    void retranslateUi();

    bool createFirstAdmin();

    ConsoleServices &m_services;
    bool m_firstStart = false; // no operator exists: this creates the administrator
    QLabel *m_intro = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_demoIntro = nullptr;
    QTableWidget *m_demoTable = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace DepositDesk
