#pragma once

// A GatewayConfig for tests against a loopback gateway, with the vectors' keys, and a check of
// a recorded request's signature with the merchant public key (what a gateway does).

#include "GatewayAnswers.h"
#include "LoopbackResponder.h"
#include "alipay/GatewayConfig.h"
#include "alipay/SignContent.h"

namespace DepositDesk::Testing {

inline GatewayConfig loopbackConfig(const QUrl &gateway, int timeoutMs = 300)
{
    GatewayConfig config;
    config.gateway = gateway;
    config.appId = QStringLiteral("2021000000000001");
    config.merchantKey = loadPrivateKey(QStringLiteral("merchant_private_pkcs8.pem"));
    config.alipayPublicKey = loadPublicKey(QStringLiteral("alipay_public.pem"));
    config.timeoutMs = timeoutMs;
    config.sellerId = QStringLiteral("2088102000000999");
    return config;
}

// True when `sign` verifies over all other parameters (query and body merged) with the
// merchant public key.
inline bool requestSignatureVerifies(const RecordedRequest &request)
{
    ParameterList parameters = request.allParameters();
    QString sign;
    parameters.removeIf([&sign](const Parameter &p) {
        if (p.first != u"sign")
            return false;
        sign = p.second;
        return true;
    });
    static const RsaPublicKey merchant = loadPublicKey(QStringLiteral("merchant_public.pem"));
    return merchant.verifySha256(SignContent::build(parameters, SignContent::Kind::Request),
                                 QByteArray::fromBase64(sign.toLatin1()));
}

} // namespace DepositDesk::Testing
