#pragma once

#include "secrets/KeychainStatus.h"

#include <qt6keychain/keychain.h>

namespace DepositDesk {

// A QtKeychain job's error in the console's terms. serviceMissing: the session bus has no
// Secret Service (SecretServiceProbe), which libsecret reports as an ordinary error.
KeychainStatus keychainStatusOf(QKeychain::Error error, bool serviceMissing);

} // namespace DepositDesk
