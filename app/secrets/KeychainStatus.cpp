#include "secrets/KeychainStatus.h"

#include <QCoreApplication>

namespace DepositDesk {

bool keychainUnavailable(KeychainStatus status)
{
    switch (status) {
    case KeychainStatus::NoKeychain:
    case KeychainStatus::Locked:
    case KeychainStatus::AccessDenied:
    case KeychainStatus::TimedOut:
        return true;
    case KeychainStatus::Ok:
    case KeychainStatus::NotFound:
    case KeychainStatus::Damaged:
    case KeychainStatus::Invalid:
    case KeychainStatus::Failed:
        break;
    }
    return false;
}

QString keychainStatusCode(KeychainStatus status)
{
    switch (status) {
    case KeychainStatus::Ok:
        return QStringLiteral("ok");
    case KeychainStatus::NotFound:
        return QStringLiteral("not_found");
    case KeychainStatus::NoKeychain:
        return QStringLiteral("no_keychain");
    case KeychainStatus::Locked:
        return QStringLiteral("locked");
    case KeychainStatus::AccessDenied:
        return QStringLiteral("access_denied");
    case KeychainStatus::TimedOut:
        return QStringLiteral("timed_out");
    case KeychainStatus::Damaged:
        return QStringLiteral("damaged");
    case KeychainStatus::Invalid:
        return QStringLiteral("invalid");
    case KeychainStatus::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString keychainStatusMessage(KeychainStatus status, const QString &appId)
{
    switch (status) {
    case KeychainStatus::Ok:
        return {};
    case KeychainStatus::NotFound:
        return QCoreApplication::translate(
                   "DepositDesk::KeychainStatus",
                   "No Alipay credentials for app ID %1 are stored in this computer's keychain. "
                   "An administrator can import them on the Credentials page.")
            .arg(appId);
    case KeychainStatus::NoKeychain:
        return QCoreApplication::translate(
            "DepositDesk::KeychainStatus",
            "No keychain is available: no Secret Service (such as GNOME Keyring or KWallet) "
            "is running in this session. DepositDesk opens read-only; sign in to a desktop "
            "session with a keyring and start DepositDesk again.");
    case KeychainStatus::Locked:
        return QCoreApplication::translate(
            "DepositDesk::KeychainStatus",
            "The keychain is locked. Unlock it (for example in \"Passwords and Keys\" with "
            "your login password) and try again; until then DepositDesk is read-only.");
    case KeychainStatus::AccessDenied:
        return QCoreApplication::translate(
            "DepositDesk::KeychainStatus",
            "The keychain refused access to DepositDesk. Allow access when the keychain "
            "asks and try again; until then DepositDesk is read-only.");
    case KeychainStatus::TimedOut:
        return QCoreApplication::translate(
            "DepositDesk::KeychainStatus",
            "The keychain did not answer in time. Check that the keyring service is running "
            "and not waiting for a password, then try again; until then DepositDesk is "
            "read-only.");
    case KeychainStatus::Damaged:
        return QCoreApplication::translate(
                   "DepositDesk::KeychainStatus",
                   "The keychain entry for app ID %1 cannot be read as Alipay credentials (it is "
                   "damaged or was written by another program). An administrator should import "
                   "the credentials again.")
            .arg(appId);
    case KeychainStatus::Invalid:
        return QCoreApplication::translate(
            "DepositDesk::KeychainStatus",
            "The credentials were not saved because they are incomplete or do not fit "
            "together. Correct them and save again.");
    case KeychainStatus::Failed:
        break;
    }
    return QCoreApplication::translate(
        "DepositDesk::KeychainStatus",
        "The keychain reported an error. Try again; if it happens again, restart the "
        "keyring service or sign in again.");
}

} // namespace DepositDesk
