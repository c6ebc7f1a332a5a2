// Key, certificate and credentials decoding (app/alipay, app/secrets): RsaPrivateKey,
// RsaPublicKey, Certificate (one, a bundle, the SNs) and the keychain entry's CredentialsCodec,
// plus Credentials::setPart, which checks pasted or imported key and certificate text.
//
// Properties: a decoded keychain entry encodes to one that decodes to the same credentials.

#include "FuzzSupport.h"
#include "alipay/Certificate.h"
#include "alipay/GatewayConfig.h"
#include "secrets/Credentials.h"
#include "secrets/CredentialsCodec.h"

using namespace DepositDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = Fuzz::input(data, size);
    QString error;

    if (const auto key = RsaPrivateKey::load(text, &error)) {
        (void)key->bits();
        (void)key->matches(Fuzz::merchantPublicKey());
        (void)key->publicKey().spkiDer();
    }
    (void)RsaPrivateKey::loadMatching(text, Fuzz::merchantPublicKey(), &error);
    if (const auto key = RsaPublicKey::load(text, &error))
        (void)key->bits();

    if (const auto certificate = Certificate::load(text, &error)) {
        (void)certificate->sn();
        (void)certificate->issuerName();
        (void)certificate->subjectName();
        (void)certificate->serialDecimal();
        (void)certificate->signatureAlgorithmOid();
        (void)certificate->isRsaFamilySigned();
        (void)certificate->publicKey(&error);
        (void)certificate->matchesPrivateKey(Fuzz::merchantPrivateKey(), &error);
        (void)certificate->der();
    }
    (void)Certificate::loadBundle(text, &error);
    (void)Certificate::appCertSn(text, &error);
    (void)Certificate::rootCertSn(text, &error);

    // Pasted or imported text for one part of the credentials (the part chosen by the length).
    Credentials credentials(QStringLiteral("2021000000000001"));
    const auto part = Credentials::Part(1 + int(size % Credentials::PartCount));
    if (credentials.setPart(part, text, &error))
        Fuzz::require(credentials.part(part) == (text.trimmed().isEmpty() ? QByteArray() : text),
                      "setPart keeps the text as imported");

    // The keychain entry.
    if (const std::optional<Credentials> decoded = CredentialsCodec::decode(text)) {
        const std::optional<Credentials> again =
            CredentialsCodec::decode(CredentialsCodec::encode(*decoded));
        Fuzz::require(again.has_value() && *again == *decoded, "decode(encode(c)) == c");
        GatewayConfig base;
        (void)decoded->toGatewayConfig(base, &error);
    }
    return 0;
}
