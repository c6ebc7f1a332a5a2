#include "alipay/RsaPrivateKey.h"

#include <QCoreApplication>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace DepositDesk {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

QString describeNotPrivate(const QByteArray &der)
{
    if (KeyText::parseDer(der, false))
        return RsaPrivateKey::tr(
            "This is a public key, but the application private key is expected here. Use "
            "the private key generated together with it (PKCS#8 or PKCS#1, base64 or PEM).");
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    if (X509 *cert = d2i_X509(nullptr, &p, der.size())) {
        X509_free(cert);
        return RsaPrivateKey::tr(
            "This is a certificate, but the application private key is expected here.");
    }
    ERR_clear_error();
    return RsaPrivateKey::tr(
        "The text is base64 but not a private key (it may be truncated or damaged). Copy "
        "the whole private key again, exactly as the Alipay key tool shows it.");
}

} // namespace

RsaPrivateKey::RsaPrivateKey(std::shared_ptr<EVP_PKEY> key)
    : m_key(std::move(key))
{}

std::optional<RsaPrivateKey> RsaPrivateKey::load(const QByteArray &text, QString *error)
{
    KeyText::Der der;
    if (!KeyText::decode(text, &der, error))
        return std::nullopt;
    // DER is unambiguous: the decoder recognises PKCS#8 PrivateKeyInfo and PKCS#1 RSAPrivateKey.
    auto parsed = KeyText::parseDer(der.bytes, true);
    if (!parsed) {
        setError(error, describeNotPrivate(der.bytes));
        return std::nullopt;
    }
    if (!EVP_PKEY_is_a(parsed.get(), "RSA")) {
        setError(error, RsaPrivateKey::tr(
                            "The private key is of type %1, but Alipay RSA2 needs an RSA key. "
                            "Generate a 2048-bit RSA key with the Alipay key tool.")
                            .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(parsed.get()))));
        return std::nullopt;
    }
    const int keyBits = EVP_PKEY_get_bits(parsed.get());
    if (keyBits < 2048) {
        setError(error, RsaPrivateKey::tr(
                            "The RSA private key has only %1 bits; Alipay RSA2 needs at least 2048 "
                            "bits. Generate a 2048-bit key with the Alipay key tool.")
                            .arg(keyBits));
        return std::nullopt;
    }
    if (error)
        error->clear();
    return RsaPrivateKey(std::move(parsed));
}

std::optional<RsaPrivateKey> RsaPrivateKey::loadMatching(const QByteArray &text,
                                                         const RsaPublicKey &expectedPublic,
                                                         QString *error)
{
    auto key = load(text, error);
    if (key && !key->matches(expectedPublic)) {
        setError(error, RsaPrivateKey::tr(
                            "The application private key does not belong to the application "
                            "public key configured at Alipay (their RSA moduli differ), so Alipay "
                            "would reject every signature. Use the private key generated together "
                            "with that public key, or upload the matching public key."));
        return std::nullopt;
    }
    return key;
}

QByteArray RsaPrivateKey::signSha256(const QByteArray &data) const
{
    if (!m_key)
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    bool ok = ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1 &&
              EVP_DigestSign(ctx, nullptr, &length, input, size_t(data.size())) == 1;
    QByteArray signature;
    if (ok) {
        signature.resize(qsizetype(length));
        ok = EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                            input, size_t(data.size())) == 1;
        signature.resize(ok ? qsizetype(length) : 0);
    }
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return signature;
}

RsaPublicKey RsaPrivateKey::publicKey() const
{
    if (!m_key)
        return RsaPublicKey(nullptr);
    const int length = i2d_PUBKEY(m_key.get(), nullptr);
    QByteArray spki(qMax(length, 0), Qt::Uninitialized);
    unsigned char *out = reinterpret_cast<unsigned char *>(spki.data());
    const unsigned char *in = out;
    EVP_PKEY *publicOnly = nullptr;
    if (length > 0 && i2d_PUBKEY(m_key.get(), &out) == length)
        publicOnly = d2i_PUBKEY(nullptr, &in, length);
    ERR_clear_error();
    return RsaPublicKey(KeyText::adopt(publicOnly));
}

bool RsaPrivateKey::matches(const RsaPublicKey &publicKey) const
{
    return m_key && publicKey.handle() && EVP_PKEY_eq(m_key.get(), publicKey.handle()) == 1;
}

int RsaPrivateKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

} // namespace DepositDesk
