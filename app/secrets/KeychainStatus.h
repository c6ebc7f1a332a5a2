#pragma once

#include <QString>

namespace DepositDesk {

// The outcome of one keychain operation, in the terms the console acts on.
enum class KeychainStatus {
    Ok,
    NotFound,     // the keychain works, but holds no credentials for this app_id
    NoKeychain,   // no Secret Service (or other keychain) in this session
    Locked,       // the keychain exists but is locked
    AccessDenied, // the keychain refused this program, or the user declined
    TimedOut,     // the keychain did not answer in time
    Damaged,      // an entry exists but is not DepositDesk credentials
    Invalid,      // the credentials given to save were refused before reaching the keychain
    Failed,       // any other keychain error
};

// True for the states in which the console opens read-only: no keychain, locked, access denied,
// no answer. (NotFound is not one of them: the keychain works, the credentials are to be
// imported.)
bool keychainUnavailable(KeychainStatus status);

// Stable spelling ("ok", "not_found", "no_keychain", "locked" ...) for the log and the audit.
QString keychainStatusCode(KeychainStatus status);

// One translated sentence saying what is wrong and what to do; empty for Ok. appId names the
// entry in the messages that are about one entry.
QString keychainStatusMessage(KeychainStatus status, const QString &appId = {});

} // namespace DepositDesk
