#pragma once

#include "alipay/RsaPrivateKey.h"

#include <QString>

#include <optional>

namespace DepositDesk::Sandbox {

// Key pairs the sandbox executable uses when it is not given any: its own "Alipay" platform
// key and a demo merchant app key. Kept as PEM files (private key PKCS#8, file mode 0600;
// public key SPKI) so that a restart with the same files keeps every client configuration valid.
class Keys
{
public:
    struct Pair
    {
        RsaPrivateKey privateKey;
        QString privatePath;
        QString publicPath;
        bool created = false; // generated now (else loaded from privatePath)
    };

    // Loads privatePath if it exists; otherwise generates an RSA-2048 pair and writes both
    // files. nullopt and a translated message on failure. Never logs key material.
    static std::optional<Pair> loadOrCreate(const QString &privatePath, const QString &publicPath,
                                            QString *error = nullptr);

    // Reads a key file (PEM or bare base64) and loads it.
    static std::optional<RsaPrivateKey> readPrivate(const QString &path, QString *error = nullptr);
    static std::optional<RsaPublicKey> readPublic(const QString &path, QString *error = nullptr);
};

} // namespace DepositDesk::Sandbox
