#include "alipay/OpenSslVersion.h"

#include <openssl/crypto.h>

namespace DepositDesk {

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace DepositDesk
