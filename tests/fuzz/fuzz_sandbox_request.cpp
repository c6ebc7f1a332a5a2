// The sandbox gateway's request reading (app/sandbox): a POST body form-decoded as the gateway
// does (FormEncoding::decode) and checked by RequestCheck::check (protocol parameters, RSA2
// signature, biz_content). The timestamp's format is checked, not its distance from now, so
// every input gives the same answer.
//
// Each input is checked as it is, then with its `sign` replaced by the vectors' merchant key's
// signature (RequestSigner), so that the checks behind the signature (encrypt_type, biz_content)
// see every input: that request must never be refused for its signature.

#include "FuzzSupport.h"
#include "alipay/FormEncoding.h"
#include "alipay/RequestSigner.h"
#include "sandbox/GatewayConfig.h"
#include "sandbox/RequestCheck.h"

using namespace DepositDesk;

namespace {

const Sandbox::GatewayConfig &config()
{
    static const Sandbox::GatewayConfig instance = [] {
        Sandbox::GatewayConfig c;
        c.platformKey = Fuzz::alipayPrivateKey();
        c.addApp(QStringLiteral("2021000000000001"), Fuzz::merchantPublicKey());
        return c;
    }();
    return instance;
}

void check(const ParameterList &parameters)
{
    const Sandbox::CheckedRequest request = Sandbox::RequestCheck::check(
        parameters, config(), Sandbox::RequestCheck::Timestamp::FormatOnly);
    (void)Sandbox::RequestCheck::isKnownMethod(request.method);
    (void)Sandbox::RequestCheck::isTradeMethod(request.method);
    (void)Sandbox::RequestCheck::systemErrorSubCode(request.method);
    (void)request.parameter(u"out_trade_no");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::init();
    (void)config();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const RequestSigner signer(Fuzz::merchantPrivateKey());
    const std::optional<ParameterList> received = FormEncoding::decode(Fuzz::input(data, size));
    if (!received)
        return 0;
    check(*received);

    ParameterList resigned;
    for (const Parameter &p : *received)
        if (p.first != u"sign")
            resigned.append(p);
    const ParameterList signedRequest = signer.signedParameters(resigned);
    const Sandbox::CheckedRequest request = Sandbox::RequestCheck::check(
        signedRequest, config(), Sandbox::RequestCheck::Timestamp::FormatOnly);
    Fuzz::require(request.status.subCode != u"isv.invalid-signature",
                  "a request signed with the app's key passes the signature check");
    return 0;
}
