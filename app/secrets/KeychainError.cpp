#include "secrets/KeychainError.h"

namespace DepositDesk {

KeychainStatus keychainStatusOf(QKeychain::Error error, bool serviceMissing)
{
    switch (error) {
    case QKeychain::NoError:
        return KeychainStatus::Ok;
    case QKeychain::EntryNotFound:
        return KeychainStatus::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return KeychainStatus::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return KeychainStatus::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // libsecret says "The name org.freedesktop.secrets was not provided by any .service files".
    return serviceMissing ? KeychainStatus::NoKeychain : KeychainStatus::Failed;
}

} // namespace DepositDesk
