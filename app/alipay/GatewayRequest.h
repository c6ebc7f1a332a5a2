#pragma once

#include "alipay/GatewayConfig.h"
#include "alipay/SignContent.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace DepositDesk {

// One signed OpenAPI request (docs/alipay-protocol.md §1.3, §2.1): the protocol parameters, the
// biz_content and the RSA2 signature over all of them.
class GatewayRequest
{
public:
    // Builds and signs. Parameters whose value is empty are never included (nor sent).
    // notify_url is added only for methods that cause notifications (wantsNotifyUrl).
    // nullopt and a translated reason when something is missing or signing fails.
    static std::optional<GatewayRequest> sign(const GatewayConfig &config, const QString &method,
                                              const QByteArray &bizContent, const QDateTime &now,
                                              QString *error = nullptr);

    // Every parameter including `sign`, in the order written: app_id, method, format, charset,
    // sign_type, timestamp, version, [notify_url], [app_cert_sn, alipay_root_cert_sn],
    // biz_content, sign.
    const ParameterList &parameters() const { return m_parameters; }
    QString value(const QString &key) const;

    // The form-encoded protocol parameters (URL query) and the form-encoded application ones
    // (biz_content: the POST body), as the official SDKs split them.
    QByteArray query() const;
    QByteArray body() const;
    // Everything in one form string: the "order string" an app hands to the Alipay SDK for
    // sdkExecute-style APIs (alipay.fund.auth.order.app.freeze).
    QByteArray orderString() const;

    static bool isProtocolParameter(const QString &key);
    static bool wantsNotifyUrl(const QString &method);

private:
    ParameterList m_parameters;
};

} // namespace DepositDesk
