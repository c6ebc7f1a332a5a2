#pragma once

#include "services/session/SignIn.h"

#include <QObject>
#include <QString>

namespace DepositDesk {

class ConsoleServices;

// The lock of a desk left alone: while locked, the window shows nothing of the work
// and only the locked operator's password, or another operator's sign-in, opens it again. The
// session itself stays (actions under way finish and are recorded as usual).
//
// Audited: "session.locked" (desk, idle_minutes) as the locked operator; "session.unlocked"
// (desk, locked_operator, switched) as whoever opened it. Passwords are checked by SignIn, so
// wrong ones count towards the directory's lockout. Another operator signing in
// switches the session through ConsoleServices::setSession (audited sign-out and sign-in).
class SessionLock : public QObject
{
    Q_OBJECT

public:
    explicit SessionLock(ConsoleServices &services, QObject *parent = nullptr);

    bool isLocked() const { return m_locked; }
    // Who was signed in when the desk locked (empty when not locked).
    QString lockedLogin() const { return m_lockedLogin; }

    // Locks the desk after `idleMinutes` without input (0: locked by hand). Nothing happens
    // when nobody is signed in or the desk is locked already; false then.
    bool lock(int idleMinutes);
    // Opens the desk for `login` when `password` is right: the locked operator carries on, any
    // other operator takes the desk over. When refused, the desk stays locked and the result's
    // message says why (translated).
    SignIn::Result unlock(const QString &login, const QString &password);

Q_SIGNALS:
    void lockedChanged(bool locked);

private:
    void audit(const QString &login, const QString &action, const QJsonObject &details);

    ConsoleServices &m_services;
    bool m_locked = false;
    QString m_lockedLogin;
};

} // namespace DepositDesk
