#include "alipay/RsaPublicKey.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/decoder.h>
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

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=';
}

// Base64 text (whitespace ignored) between `begin` and `end` of `text`, decoded; the
// intermediate copy is wiped.
bool decodeBase64(const QByteArray &text, qsizetype begin, qsizetype end, QByteArray *out,
                  QString *error)
{
    QByteArray compact;
    compact.reserve(end - begin);
    bool ok = true;
    for (qsizetype i = begin; i < end && ok; ++i) {
        const char c = text.at(i);
        if (isBase64Char(c))
            compact.append(c);
        else if (!isSpace(c))
            ok = false;
    }
    if (ok && compact.isEmpty()) {
        setError(error, RsaPublicKey::tr(
                            "The key text is empty. Paste the whole key as the Alipay key tool "
                            "shows it."));
        return false;
    }
    if (ok) {
        auto result =
            QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        ok = result.decodingStatus == QByteArray::Base64DecodingStatus::Ok &&
             !result.decoded.isEmpty();
        if (ok)
            *out = std::move(result.decoded);
        else
            KeyText::wipe(result.decoded);
    }
    KeyText::wipe(compact);
    if (!ok)
        setError(error, RsaPublicKey::tr(
                            "The key text is neither PEM nor base64 (it contains other characters "
                            "or is cut short). Copy the key again, exactly as the Alipay key tool "
                            "shows it."));
    return ok;
}

QString describeWrongKind(const QByteArray &der)
{
    if (KeyText::parseDer(der, true))
        return RsaPublicKey::tr(
            "This is a private key, but a public key is expected here. Use the public key "
            "(base64 starting with MIIBIj, or a BEGIN PUBLIC KEY block); never hand out "
            "the private key.");
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    if (X509 *cert = d2i_X509(nullptr, &p, der.size())) {
        X509_free(cert);
        return RsaPublicKey::tr(
            "This is a certificate, not a public key. Use the public key text, or "
            "certificate mode for certificate files.");
    }
    ERR_clear_error();
    return RsaPublicKey::tr(
        "The text is base64 but not a public key (it may be truncated or damaged). Copy "
        "the whole key again.");
}

} // namespace

namespace KeyText {

void wipe(QByteArray &bytes)
{
    // Only size() bytes: in Qt 6 capacity() counts from the start of the allocation, which
    // lies before data() after a remove() at the front, so data() + capacity() can overrun.
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

bool decode(const QByteArray &text, Der *der, QString *error)
{
    static const QByteArray beginMark("-----BEGIN ");
    static const QByteArray dashes("-----");
    const qsizetype begin = text.indexOf(beginMark);
    if (begin < 0) {
        der->pemLabel.clear();
        return decodeBase64(text, 0, text.size(), &der->bytes, error);
    }
    const qsizetype labelStart = begin + beginMark.size();
    const qsizetype labelEnd = text.indexOf(dashes, labelStart);
    const qsizetype lineEnd = text.indexOf('\n', labelStart);
    if (labelEnd < 0 || (lineEnd >= 0 && labelEnd > lineEnd)) {
        setError(error, RsaPublicKey::tr(
                            "The PEM header line is damaged. Copy the key again, including the "
                            "-----BEGIN …----- line."));
        return false;
    }
    der->pemLabel = text.mid(labelStart, labelEnd - labelStart);
    const QByteArray endMark = "-----END " + der->pemLabel + dashes;
    const qsizetype bodyStart = labelEnd + dashes.size();
    const qsizetype bodyEnd = text.indexOf(endMark, bodyStart);
    if (bodyEnd < 0) {
        setError(error, RsaPublicKey::tr(
                            "The PEM block has no matching END line: the key text is cut short. "
                            "Copy the whole key, including the -----END …----- line."));
        return false;
    }
    const bool encryptedHeader = text.indexOf("Proc-Type:", bodyStart) >= 0 &&
                                 text.indexOf("Proc-Type:", bodyStart) < bodyEnd;
    if (der->pemLabel.startsWith("ENCRYPTED") || encryptedHeader) {
        setError(error, RsaPublicKey::tr(
                            "The key is protected by a password. Export it without a password "
                            "(unencrypted PKCS#8 or PKCS#1) and keep it in the system keychain."));
        return false;
    }
    return decodeBase64(text, bodyStart, bodyEnd, &der->bytes, error);
}

std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *key)
{
    return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

std::shared_ptr<EVP_PKEY> parseDer(const QByteArray &der, bool selectPrivate)
{
    EVP_PKEY *key = nullptr;
    const int selection = selectPrivate ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
    OSSL_DECODER_CTX *ctx =
        OSSL_DECODER_CTX_new_for_pkey(&key, "DER", nullptr, nullptr, selection, nullptr, nullptr);
    if (!ctx)
        return {};
    const unsigned char *data = reinterpret_cast<const unsigned char *>(der.constData());
    size_t length = size_t(der.size());
    const bool ok = OSSL_DECODER_from_data(ctx, &data, &length) == 1 && length == 0;
    OSSL_DECODER_CTX_free(ctx);
    ERR_clear_error();
    if (!ok) {
        EVP_PKEY_free(key);
        return {};
    }
    return adopt(key);
}

} // namespace KeyText

RsaPublicKey::RsaPublicKey(std::shared_ptr<EVP_PKEY> key)
    : m_key(std::move(key))
{}

std::optional<RsaPublicKey> RsaPublicKey::load(const QByteArray &text, QString *error)
{
    KeyText::Der der;
    if (!KeyText::decode(text, &der, error))
        return std::nullopt;
    const auto parsed = KeyText::parseDer(der.bytes, false);
    if (!parsed || der.pemLabel.contains("PRIVATE")) {
        setError(error, describeWrongKind(der.bytes));
        return std::nullopt;
    }
    if (!EVP_PKEY_is_a(parsed.get(), "RSA")) {
        setError(error, RsaPublicKey::tr(
                            "The key is of type %1, but Alipay RSA2 needs an RSA key. Use the "
                            "RSA public key.")
                            .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(parsed.get()))));
        return std::nullopt;
    }
    const int keyBits = EVP_PKEY_get_bits(parsed.get());
    if (keyBits < 2048) {
        setError(error, RsaPublicKey::tr(
                            "The RSA key has only %1 bits; Alipay RSA2 needs at least 2048 bits. "
                            "Use a 2048-bit key.")
                            .arg(keyBits));
        return std::nullopt;
    }
    // Keep only the public half, whatever the decoder produced.
    RsaPublicKey candidate(parsed);
    const QByteArray spki = candidate.spkiDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(spki.constData());
    EVP_PKEY *publicOnly = d2i_PUBKEY(nullptr, &p, spki.size());
    ERR_clear_error();
    if (!publicOnly) {
        setError(error, describeWrongKind(der.bytes));
        return std::nullopt;
    }
    if (error)
        error->clear();
    return RsaPublicKey(KeyText::adopt(publicOnly));
}

bool RsaPublicKey::verifySha256(const QByteArray &data, const QByteArray &signature) const
{
    if (!m_key || signature.isEmpty())
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestVerifyInit(ctx, nullptr, EVP_sha256(), nullptr, m_key.get()) == 1;
    ok = ok && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(data.constData()),
                                size_t(data.size())) == 1;
    EVP_MD_CTX_free(ctx);
    ERR_clear_error();
    return ok;
}

QByteArray RsaPublicKey::spkiDer() const
{
    if (!m_key)
        return {};
    const int length = i2d_PUBKEY(m_key.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    unsigned char *p = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(m_key.get(), &p);
    return der;
}

int RsaPublicKey::bits() const
{
    return m_key ? EVP_PKEY_get_bits(m_key.get()) : 0;
}

} // namespace DepositDesk
