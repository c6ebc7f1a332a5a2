#include "alipay/GatewayRequest.h"

#include "alipay/FormEncoding.h"
#include "alipay/RequestSigner.h"
#include "domain/ChinaTime.h"

#include <QCoreApplication>

namespace DepositDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DepositDesk::GatewayRequest", text);
}

QByteArray encodeWhere(const ParameterList &parameters, bool protocol)
{
    ParameterList part;
    for (const Parameter &p : parameters) {
        if (GatewayRequest::isProtocolParameter(p.first) == protocol)
            part.append(p);
    }
    return FormEncoding::encode(part);
}

} // namespace

bool GatewayRequest::isProtocolParameter(const QString &key)
{
    static const QStringList keys{QStringLiteral("app_id"),
                                  QStringLiteral("method"),
                                  QStringLiteral("format"),
                                  QStringLiteral("charset"),
                                  QStringLiteral("sign_type"),
                                  QStringLiteral("sign"),
                                  QStringLiteral("timestamp"),
                                  QStringLiteral("version"),
                                  QStringLiteral("notify_url"),
                                  QStringLiteral("app_cert_sn"),
                                  QStringLiteral("alipay_root_cert_sn")};
    return keys.contains(key);
}

bool GatewayRequest::wantsNotifyUrl(const QString &method)
{
    static const QStringList methods{QStringLiteral("alipay.fund.auth.order.app.freeze"),
                                     QStringLiteral("alipay.fund.auth.order.voucher.create"),
                                     QStringLiteral("alipay.fund.auth.order.freeze"),
                                     QStringLiteral("alipay.fund.auth.order.unfreeze"),
                                     QStringLiteral("alipay.trade.pay"),
                                     QStringLiteral("alipay.trade.refund")};
    return methods.contains(method);
}

std::optional<GatewayRequest> GatewayRequest::sign(const GatewayConfig &config,
                                                   const QString &method,
                                                   const QByteArray &bizContent,
                                                   const QDateTime &now, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<GatewayRequest> {
        if (error)
            *error = reason;
        return std::nullopt;
    };
    if (!config.merchantKey)
        return fail(tr("the application private key is not configured."));
    if (method.isEmpty() || config.appId.isEmpty())
        return fail(tr("the API method or the app ID is missing."));
    if (bizContent.isEmpty())
        return fail(tr("the request has no business content."));

    GatewayRequest request;
    ParameterList &p = request.m_parameters;
    p = {{QStringLiteral("app_id"), config.appId},
         {QStringLiteral("method"), method},
         {QStringLiteral("format"), QStringLiteral("JSON")},
         {QStringLiteral("charset"), QStringLiteral("utf-8")},
         {QStringLiteral("sign_type"), QStringLiteral("RSA2")},
         {QStringLiteral("timestamp"), ChinaTime::format(now)},
         {QStringLiteral("version"), QStringLiteral("1.0")}};
    if (wantsNotifyUrl(method))
        p.append({QStringLiteral("notify_url"), config.notifyUrl.toString(QUrl::FullyEncoded)});
    if (config.certificateMode()) {
        p.append({QStringLiteral("app_cert_sn"), config.appCertSn});
        p.append({QStringLiteral("alipay_root_cert_sn"), config.alipayRootCertSn});
    }
    p.append({QStringLiteral("biz_content"), QString::fromUtf8(bizContent)});
    p.removeIf(
        [](const Parameter &parameter) { return SignContent::isEmptyValue(parameter.second); });

    const QString signature = RequestSigner(*config.merchantKey).sign(p);
    if (signature.isEmpty())
        return fail(tr("signing with the application private key failed."));
    p.append({QStringLiteral("sign"), signature});
    return request;
}

QString GatewayRequest::value(const QString &key) const
{
    for (const Parameter &p : m_parameters) {
        if (p.first == key)
            return p.second;
    }
    return {};
}

QByteArray GatewayRequest::query() const
{
    return encodeWhere(m_parameters, true);
}

QByteArray GatewayRequest::body() const
{
    return encodeWhere(m_parameters, false);
}

QByteArray GatewayRequest::orderString() const
{
    return FormEncoding::encode(m_parameters);
}

} // namespace DepositDesk
