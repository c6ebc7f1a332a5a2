#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace DepositDesk {

class ConsoleServices;
class SessionLock;

// The page the window shows instead of its work while the desk is locked (SessionLock): who
// locked it and why, the locked operator's login with a password field, and a way for another
// operator to sign in instead. Wrong passwords are said inline (they count towards the
// directory's lockout); a right one opens the desk (SessionLock::unlock) and emits unlocked().
class LockScreen : public QWidget
{
    Q_OBJECT

public:
    LockScreen(ConsoleServices &services, SessionLock &lock, QWidget *parent = nullptr);

    // Fills the page for the lock that just happened (empty password, no error).
    void prepare(int idleMinutes);
    // Who was signed in when the desk locked (kept after the unlock).
    QString lockedLogin() const { return m_lockedLogin; }

Q_SIGNALS:
    void unlocked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void unlock();
    void otherOperator();
    void updateButton();
    void retranslateUi();

    ConsoleServices &m_services;
    SessionLock &m_lock;
    int m_idleMinutes = 0;
    QString m_lockedLogin;
    QString m_lockedName;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_other = nullptr;
};

} // namespace DepositDesk
