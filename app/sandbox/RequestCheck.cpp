#include "sandbox/RequestCheck.h"

#include "domain/ChinaTime.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace DepositDesk::Sandbox {

GatewayStatus GatewayStatus::missing(const QString &subCode, const QString &subMsg)
{
    return {QStringLiteral("40001"), QStringLiteral("Missing Required Arguments"), subCode, subMsg,
            false};
}

GatewayStatus GatewayStatus::invalid(const QString &subCode, const QString &subMsg)
{
    return {QStringLiteral("40002"), QStringLiteral("Invalid Arguments"), subCode, subMsg, false};
}

GatewayStatus GatewayStatus::business(const QString &subCode, const QString &subMsg)
{
    return {QStringLiteral("40004"), QStringLiteral("Business Failed"), subCode, subMsg, false};
}

GatewayStatus GatewayStatus::unavailable()
{
    return {QStringLiteral("20000"), QStringLiteral("Service Currently Unavailable"),
            QStringLiteral("isp.unknow-error"), QStringLiteral("系统繁忙"), false};
}

QString CheckedRequest::parameter(QStringView key) const
{
    for (const Parameter &p : parameters) {
        if (p.first == key)
            return p.second;
    }
    return {};
}

namespace {

const QSet<QString> &fundAuthMethods()
{
    static const QSet<QString> methods = {
        QStringLiteral("alipay.fund.auth.order.app.freeze"),
        QStringLiteral("alipay.fund.auth.order.voucher.create"),
        QStringLiteral("alipay.fund.auth.order.freeze"),
        QStringLiteral("alipay.fund.auth.operation.cancel"),
        QStringLiteral("alipay.fund.auth.order.unfreeze"),
        QStringLiteral("alipay.fund.auth.operation.detail.query")};
    return methods;
}

const QSet<QString> &tradeMethods()
{
    static const QSet<QString> methods = {
        QStringLiteral("alipay.trade.pay"), QStringLiteral("alipay.trade.refund"),
        QStringLiteral("alipay.trade.query"), QStringLiteral("alipay.trade.fastpay.refund.query"),
        QStringLiteral("alipay.trade.orderinfo.sync")};
    return methods;
}

const QString &billMethod()
{
    static const QString method = QStringLiteral("alipay.data.dataservice.bill.downloadurl.query");
    return method;
}

// The sub_msg Alipay gives on a signature mismatch: it shows the string the gateway verified,
// with '&' HTML-escaped (docs/alipay-protocol.md §2.2).
QString signatureMismatchMessage(const QByteArray &signContent)
{
    QString shown = QString::fromUtf8(signContent);
    shown.replace(u'&', QStringLiteral("&amp;"));
    return QStringLiteral(
               "验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为："
               "%1")
        .arg(shown);
}

// The checks that need no key: everything but the signature and biz_content.
GatewayStatus checkProtocol(const CheckedRequest &r, const GatewayConfig &config,
                            RequestCheck::Timestamp timestamp)
{
    if (!r.parameter(u"charset").isEmpty() &&
        r.parameter(u"charset").compare(u"utf-8", Qt::CaseInsensitive) != 0)
        return GatewayStatus::invalid(QStringLiteral("isv.invalid-charset"),
                                      QStringLiteral("字符集错误，沙箱只支持 utf-8"));
    if (!r.parameter(u"format").isEmpty() &&
        r.parameter(u"format").compare(u"json", Qt::CaseInsensitive) != 0)
        return GatewayStatus::invalid(QStringLiteral("isv.invalid-format"),
                                      QStringLiteral("无效的数据格式"));
    if (r.parameter(u"sign_type").isEmpty())
        return GatewayStatus::missing(QStringLiteral("isv.missing-signature-type"),
                                      QStringLiteral("缺少签名类型参数"));
    if (r.parameter(u"sign_type") != u"RSA2")
        return GatewayStatus::invalid(QStringLiteral("isv.invalid-signature-type"),
                                      QStringLiteral("无效的签名类型，沙箱只支持 RSA2"));
    if (r.parameter(u"sign").isEmpty())
        return GatewayStatus::missing(QStringLiteral("isv.missing-signature"),
                                      QStringLiteral("缺少签名参数"));
    const QString stamp = r.parameter(u"timestamp");
    if (stamp.isEmpty())
        return GatewayStatus::missing(QStringLiteral("isv.missing-timestamp"),
                                      QStringLiteral("缺少时间戳参数"));
    const std::optional<QDateTime> sent = ChinaTime::parse(stamp);
    if (stamp.size() != 19 || !sent)
        return GatewayStatus::invalid(
            QStringLiteral("isv.invalid-timestamp"),
            QStringLiteral("非法的时间戳参数，格式为 yyyy-MM-dd HH:mm:ss"));
    if (timestamp == RequestCheck::Timestamp::CheckSkew && config.timestampSkewSecs > 0 &&
        qAbs(sent->secsTo(config.clock->now())) > config.timestampSkewSecs)
        return GatewayStatus::invalid(
            QStringLiteral("isv.invalid-timestamp"),
            QStringLiteral("时间戳与网关时间相差超过 %1 秒").arg(config.timestampSkewSecs));
    if (r.parameter(u"version").isEmpty())
        return GatewayStatus::missing(QStringLiteral("isv.missing-version"),
                                      QStringLiteral("缺少版本参数"));
    if (r.parameter(u"version") != u"1.0")
        return GatewayStatus::invalid(QStringLiteral("isv.invalid-parameter"),
                                      QStringLiteral("version 只支持 1.0"));
    return {};
}

} // namespace

bool RequestCheck::isKnownMethod(const QString &method)
{
    return fundAuthMethods().contains(method) || tradeMethods().contains(method) ||
           method == billMethod();
}

bool RequestCheck::isTradeMethod(const QString &method)
{
    return tradeMethods().contains(method);
}

QString RequestCheck::systemErrorSubCode(const QString &method)
{
    if (isTradeMethod(method))
        return QStringLiteral("ACQ.SYSTEM_ERROR");
    if (method == billMethod())
        return QStringLiteral("isp.unknown-error");
    return QStringLiteral("SYSTEM_ERROR");
}

QString RequestCheck::invalidArgumentSubCode(const QString &method)
{
    if (isTradeMethod(method))
        return QStringLiteral("ACQ.INVALID_PARAMETER");
    if (method == billMethod())
        return QStringLiteral("isv.invalid-arguments");
    return QStringLiteral("ILLEGAL_ARGUMENT");
}

CheckedRequest RequestCheck::check(const ParameterList &parameters, const GatewayConfig &config,
                                   Timestamp timestamp)
{
    CheckedRequest r;
    r.parameters = parameters;
    r.method = r.parameter(u"method");
    r.appId = r.parameter(u"app_id");
    r.certificateMode = !r.parameter(u"app_cert_sn").isEmpty();
    if (r.method.isEmpty() || !isKnownMethod(r.method)) {
        r.status = r.method.isEmpty() ? GatewayStatus::missing(QStringLiteral("isv.missing-method"),
                                                               QStringLiteral("缺少方法名参数"))
                                      : GatewayStatus::invalid(QStringLiteral("isv.invalid-method"),
                                                               QStringLiteral("不存在的方法名"));
        r.status.errorNode = true;
        return r;
    }
    if (r.appId.isEmpty()) {
        r.status = GatewayStatus::missing(QStringLiteral("isv.missing-app-id"),
                                          QStringLiteral("缺少AppID参数"));
        return r;
    }
    const auto app = config.apps.constFind(r.appId);
    if (app == config.apps.cend() || !app->publicKey) {
        r.status = GatewayStatus::invalid(QStringLiteral("isv.invalid-app-id"),
                                          QStringLiteral("无效的AppID参数"));
        return r;
    }
    r.app = *app;
    r.status = checkProtocol(r, config, timestamp);
    if (!r.status.ok())
        return r;

    // Every received parameter but `sign`, empty values left out (docs/alipay-protocol.md §2.2).
    r.signContent = SignContent::build(parameters, SignContent::Kind::Request);
    const QByteArray signature = QByteArray::fromBase64(r.parameter(u"sign").toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (signature.isEmpty() || !app->publicKey->verifySha256(r.signContent, signature)) {
        r.status = GatewayStatus::invalid(QStringLiteral("isv.invalid-signature"),
                                          signatureMismatchMessage(r.signContent));
        return r;
    }
    if (!r.parameter(u"encrypt_type").isEmpty()) {
        r.status = GatewayStatus::invalid(QStringLiteral("isv.invalid-encrypt-type"),
                                          QStringLiteral("沙箱不支持接口内容加密"));
        return r;
    }
    const QString biz = r.parameter(u"biz_content");
    r.hasBizContent = !biz.isEmpty();
    if (r.hasBizContent) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(biz.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            r.status = GatewayStatus::invalid(QStringLiteral("isv.invalid-parameter"),
                                              QStringLiteral("biz_content 不是合法的 JSON 对象"));
            return r;
        }
        r.biz = document.object();
    }
    return r;
}

} // namespace DepositDesk::Sandbox
