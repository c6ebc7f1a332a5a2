#include "secrets/SecretBytes.h"

#include <openssl/crypto.h>

namespace DepositDesk::SecretBytes {

void wipe(QByteArray &bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty()) {
        bytes.fill('\0');
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

void wipeShared(QByteArray &bytes)
{
    // capacity() is 0 for raw or literal data, which is not ours to write.
    if (bytes.capacity() > 0 && !bytes.isEmpty())
        OPENSSL_cleanse(const_cast<char *>(bytes.constData()), size_t(bytes.size()));
    bytes.clear();
}

} // namespace DepositDesk::SecretBytes
