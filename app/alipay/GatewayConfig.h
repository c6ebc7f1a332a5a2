#pragma once

#include "alipay/RsaPrivateKey.h"
#include "alipay/RsaPublicKey.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace DepositDesk {

// Everything the OpenAPI client needs to talk to one gateway as one app (docs/alipay-protocol.md
// §1, §2.3, §3.5). Plain data plus checks; the keys are loaded objects, never key text.
struct GatewayConfig
{
    static constexpr int DefaultTimeoutMs = 15000;
    static QUrl productionGateway();    // https://openapi.alipay.com/gateway.do
    static QUrl alipaySandboxGateway(); // https://openapi-sandbox.dl.alipaydev.com/gateway.do

    // Production, the Alipay sandbox, or a local sandbox such as http://127.0.0.1:8080/gateway.do.
    // Plain http is accepted only for a loopback host; https always verifies the peer.
    QUrl gateway = productionGateway();
    QString appId;
    std::optional<RsaPrivateKey> merchantKey; // the app private key: signs requests
    // Public-key mode: the Alipay public key (支付宝公钥). Certificate mode: the public key of
    // alipayCertPublicKey_RSA2.crt. Verifies every response.
    std::optional<RsaPublicKey> alipayPublicKey;
    // Certificate mode (公钥证书模式) when any of these is set; then all three are needed.
    QString appCertSn;        // SN of appCertPublicKey_<appid>.crt, sent as app_cert_sn
    QString alipayRootCertSn; // SNs of the RSA roots joined by '_', sent as alipay_root_cert_sn
    QString alipayCertSn;     // SN of alipayCertPublicKey_RSA2.crt, expected in every response
    int timeoutMs = DefaultTimeoutMs;                    // whole call: connect, send, answer
    QString productCode = QStringLiteral("PREAUTH_PAY"); // app.freeze and 转支付 (§11)
    QUrl notifyUrl;   // optional; sent with the calls that cause notifications
    QString sellerId; // the merchant's 2088… user id: seller_id of 转支付, payee of freezes

    bool certificateMode() const;

    // What is wrong, one translated sentence per problem saying what to fix; empty when the
    // configuration can be used.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }

    // 127.0.0.0/8, ::1 (also IPv4-mapped) or "localhost".
    static bool isLoopbackHost(const QString &host);
};

} // namespace DepositDesk
