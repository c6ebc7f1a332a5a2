// Notification verification (app/alipay): NotificationVerifier over the parameters of a POST
// body as received (form-decoded once by FormEncoding, as the caller must).
//
// Each input is verified as it is, then with its `sign` replaced by a signature of the vectors'
// "alipay" test key over §5.3's string: that one must verify unless the parameters are refused
// for what they are (a name given twice, a sign_type other than RSA2).

#include "FuzzSupport.h"
#include "alipay/FormEncoding.h"
#include "alipay/NotificationVerifier.h"
#include "alipay/SignContent.h"

using namespace DepositDesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const NotificationVerifier verifier(Fuzz::alipayPublicKey());
    const std::optional<ParameterList> received = FormEncoding::decode(Fuzz::input(data, size));
    if (!received)
        return 0;

    const NotificationVerifier::Result asReceived = verifier.verify(*received);
    (void)asReceived.reason();

    ParameterList resigned;
    for (const Parameter &p : *received)
        if (p.first != u"sign")
            resigned.append(p);
    const QByteArray content = SignContent::build(resigned, SignContent::Kind::Notification);
    resigned.append({QStringLiteral("sign"),
                     QString::fromLatin1(Fuzz::alipayPrivateKey().signSha256(content).toBase64())});
    const NotificationVerifier::Result result = verifier.verify(resigned);
    (void)result.reason();
    using Status = NotificationVerifier::Status;
    Fuzz::require(result.status == Status::Valid || result.status == Status::DuplicateParameter ||
                      result.status == Status::UnsupportedSignType,
                  "a notification signed over §5.3's string verifies");
    Fuzz::require(result.status != Status::Valid || result.signContent == content,
                  "the verified string is §5.3's string");
    return 0;
}
