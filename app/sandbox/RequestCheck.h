#pragma once

#include "sandbox/GatewayConfig.h"

#include "alipay/SignContent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace DepositDesk::Sandbox {

// A gateway answer's common part: code, msg and, on failure, sub_code and sub_msg.
struct GatewayStatus
{
    QString code = QStringLiteral("10000");
    QString msg = QStringLiteral("Success");
    QString subCode;
    QString subMsg;
    bool errorNode = false; // answer under error_response (method missing or unknown)

    bool ok() const { return code == u"10000"; }
    static GatewayStatus missing(const QString &subCode, const QString &subMsg);  // 40001
    static GatewayStatus invalid(const QString &subCode, const QString &subMsg);  // 40002
    static GatewayStatus business(const QString &subCode, const QString &subMsg); // 40004
    static GatewayStatus unavailable();                                           // 20000
};

// A request after the gateway's protocol checks (docs/alipay-protocol.md §1.3, §2.2, §4.1).
struct CheckedRequest
{
    GatewayStatus status; // ok() = accepted
    QString method;
    QString appId;
    App app;
    ParameterList parameters; // decoded once, query first, then body
    QJsonObject biz;          // biz_content; empty if absent
    bool hasBizContent = false;
    bool certificateMode = false; // the request carried app_cert_sn
    QByteArray signContent;       // what the gateway verified

    QString parameter(QStringView key) const;
};

class RequestCheck
{
public:
    enum class Timestamp { CheckSkew, FormatOnly };

    // Checks, in this order: method (missing/unknown -> error_response), app_id, charset, format,
    // sign_type, sign, timestamp, version, the RSA2 signature over every parameter but `sign`
    // (Java rule: empty values left out), encrypt_type, then parses biz_content.
    static CheckedRequest check(const ParameterList &parameters, const GatewayConfig &config,
                                Timestamp timestamp = Timestamp::CheckSkew);

    // The API methods the sandbox serves (docs/alipay-protocol.md §6).
    static bool isKnownMethod(const QString &method);
    // Fund-auth methods answer bare sub_codes (SYSTEM_ERROR), trade methods ACQ.* ones.
    static bool isTradeMethod(const QString &method);
    static QString systemErrorSubCode(const QString &method);
    static QString invalidArgumentSubCode(const QString &method);
};

} // namespace DepositDesk::Sandbox
