#pragma once

#include "alipay/RsaPublicKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace DepositDesk {

// An RSA private key: the merchant's app key (signs requests) or, inside the sandbox gateway,
// the platform key (signs responses and notifications).
class RsaPrivateKey
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::RsaPrivateKey)

public:
    // Accepts PKCS#8 PEM ("BEGIN PRIVATE KEY"), PKCS#1 PEM ("BEGIN RSA PRIVATE KEY"), or
    // Alipay's bare one-line base64 of either DER (PKCS#8 tried first, then PKCS#1). On failure
    // returns nullopt and a translated message saying why. The caller should wipe `text`.
    static std::optional<RsaPrivateKey> load(const QByteArray &text, QString *error = nullptr);

    // Loads and checks that the key belongs to expectedPublic (the app public key configured
    // at Alipay); refuses with a message saying the two do not match.
    static std::optional<RsaPrivateKey> loadMatching(const QByteArray &text,
                                                     const RsaPublicKey &expectedPublic,
                                                     QString *error = nullptr);

    // RSASSA-PKCS1-v1_5 with SHA-256 ("RSA2"); empty on failure.
    QByteArray signSha256(const QByteArray &data) const;

    RsaPublicKey publicKey() const;
    bool matches(const RsaPublicKey &publicKey) const;
    int bits() const;

    explicit RsaPrivateKey(std::shared_ptr<EVP_PKEY> key);

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace DepositDesk
