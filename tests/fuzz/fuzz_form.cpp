// Form decoding and request signing content (app/alipay): FormEncoding, SignContent and
// RequestSigner, over a query string or form body as it arrives.
//
// Properties checked on every input: a decoded form encodes to a string that decodes to the same
// parameters; a component decodes back from its encoding; a request signed by RequestSigner
// verifies over SignContent's string with the matching public key.

#include "FuzzSupport.h"
#include "alipay/FormEncoding.h"
#include "alipay/RequestSigner.h"
#include "alipay/SignContent.h"

using namespace DepositDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const RequestSigner signer(Fuzz::merchantPrivateKey());
    const QByteArray text = Fuzz::input(data, size);

    QString error;
    const std::optional<QString> component = FormEncoding::decodeComponent(text, &error);
    if (component)
        Fuzz::require(FormEncoding::decodeComponent(FormEncoding::encodeComponent(*component)) ==
                          *component,
                      "decodeComponent(encodeComponent(x)) == x");
    const QString asText = QString::fromUtf8(text);
    Fuzz::require(FormEncoding::decodeComponent(FormEncoding::encodeComponent(asText)) == asText,
                  "any text survives encodeComponent and decodeComponent");

    const std::optional<ParameterList> parameters = FormEncoding::decode(text, &error);
    if (!parameters)
        return 0;
    const QByteArray encoded = FormEncoding::encode(*parameters);
    const std::optional<ParameterList> again = FormEncoding::decode(encoded);
    Fuzz::require(again.has_value() && *again == *parameters, "decode(encode(p)) == p");

    const QByteArray requestContent = SignContent::build(*parameters, SignContent::Kind::Request);
    (void)SignContent::build(*parameters, SignContent::Kind::Notification);
    for (const Parameter &p : *parameters)
        (void)SignContent::isEmptyValue(p.second);

    if (parameters->isEmpty() || size % 4 != 0)
        return 0; // signing is slow: one input in four
    const QString sign = signer.sign(*parameters);
    Fuzz::require(!sign.isEmpty(), "a request is always signed");
    const ParameterList withSign = signer.signedParameters(*parameters);
    Fuzz::require(Fuzz::merchantPublicKey().verifySha256(requestContent,
                                                         QByteArray::fromBase64(sign.toLatin1())),
                  "RequestSigner's sign verifies over SignContent's request string");
    Fuzz::require(SignContent::build(withSign, SignContent::Kind::Request) == requestContent,
                  "adding sign does not change the signed string");
    return 0;
}
