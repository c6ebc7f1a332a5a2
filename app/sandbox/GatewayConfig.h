#pragma once

#include "alipay/RsaPrivateKey.h"
#include "alipay/RsaPublicKey.h"
#include "domain/Clock.h"

#include <QHash>
#include <QString>

#include <optional>

namespace DepositDesk::Sandbox {

// One merchant application registered with the sandbox (what a merchant configures at Alipay).
struct App
{
    QString appId;
    std::optional<RsaPublicKey> publicKey; // the app public key (应用公钥): verifies requests
    QString sellerId;                      // the merchant's 2088... user id (payee, seller_id)
    QString sellerLogonId;

    // A merchant PID derived from the app id when none is given: 2088 + its last 12 digits.
    static QString defaultSellerId(const QString &appId);
};

// How the sandbox gateway behaves; plain data.
struct GatewayConfig
{
    QHash<QString, App> apps;                 // by app_id
    std::optional<RsaPrivateKey> platformKey; // the sandbox's "Alipay" key: signs answers
    // Answered as alipay_cert_sn when a request carries app_cert_sn (certificate mode). Empty:
    // the lowercase hex MD5 of the platform public key's DER (stable per key).
    QString alipayCertSn;
    // Largest accepted difference between a request's timestamp and now; <= 0 turns it off.
    qint64 timestampSkewSecs = 15 * 60;
    // Where "now" comes from; never null, and it must outlive the gateway.
    const Clock *clock = &Clock::system();
    // Multiplies every notification retry delay (1.0 = the real 4 min .. 15 h schedule).
    double notifyTimeScale = 1.0;
    // Default of the "delay" fault: longer than the clients' timeouts (Java SDK: 15 s).
    int faultDelayMs = 20000;

    void addApp(const QString &appId, const RsaPublicKey &publicKey, const QString &sellerId = {});
};

} // namespace DepositDesk::Sandbox
