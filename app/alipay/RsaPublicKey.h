#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace DepositDesk {

// An RSA public key (Alipay's platform key, or a merchant's app key on the gateway side).
class RsaPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::RsaPublicKey)

public:
    // Accepts SPKI PEM ("BEGIN PUBLIC KEY"), PKCS#1 PEM ("BEGIN RSA PUBLIC KEY"), or Alipay's
    // bare one-line base64 of the SPKI DER (whitespace and line breaks ignored). On failure
    // returns nullopt and a translated message saying why (not base64, not a key, not RSA,
    // shorter than 2048 bits, a private key given where a public one was expected, ...).
    static std::optional<RsaPublicKey> load(const QByteArray &text, QString *error = nullptr);

    // RSASSA-PKCS1-v1_5 with SHA-256 over data ("RSA2").
    bool verifySha256(const QByteArray &data, const QByteArray &signature) const;

    // The SubjectPublicKeyInfo DER, e.g. to compare two keys.
    QByteArray spkiDer() const;
    int bits() const;

    EVP_PKEY *handle() const { return m_key.get(); }
    explicit RsaPublicKey(std::shared_ptr<EVP_PKEY> key);

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

// Helpers shared by the key and certificate loaders of app/alipay (not for use elsewhere).
namespace KeyText {

// Overwrites the bytes of a buffer this code owns (OPENSSL_cleanse), then empties it.
void wipe(QByteArray &bytes);

// DER bytes taken out of PEM armour or bare base64; wiped when destroyed.
struct Der
{
    QByteArray bytes;
    QByteArray pemLabel; // "PRIVATE KEY", "RSA PUBLIC KEY", ...; empty for bare base64
    Der() = default;
    Der(const Der &) = delete;
    Der &operator=(const Der &) = delete;
    ~Der() { wipe(bytes); }
};

// Strips PEM armour (first block) or whitespace from bare base64 and decodes it. False with a
// translated message when the text is empty, encrypted, or not base64.
bool decode(const QByteArray &text, Der *der, QString *error);

// Decodes DER as a key of any type: the private key (selectPrivate) or the public one.
std::shared_ptr<EVP_PKEY> parseDer(const QByteArray &der, bool selectPrivate);

// Wraps a raw EVP_PKEY so that it is freed with the last reference.
std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *key);

} // namespace KeyText

} // namespace DepositDesk
