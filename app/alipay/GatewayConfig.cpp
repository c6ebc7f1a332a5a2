#include "alipay/GatewayConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

namespace DepositDesk {

namespace {

// lupdate files a message under the class it is written in (a free function's under the
// namespace): Text::tr() puts every message of this file where run time looks for it.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::GatewayConfig)
};

// The patterns are few and fixed, and problems() runs before every call: each is compiled once
// per thread.
bool matches(const QString &text, const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> compiled;
    auto found = compiled.constFind(pattern);
    if (found == compiled.cend())
        found = compiled.insert(pattern,
                                QRegularExpression(QRegularExpression::anchoredPattern(pattern)));
    return found->match(text).hasMatch();
}

void checkGateway(const QUrl &gateway, QStringList &problems)
{
    const QString scheme = gateway.scheme().toLower();
    if (!gateway.isValid() || gateway.host().isEmpty() ||
        (scheme != u"https" && scheme != u"http")) {
        problems << Text::tr("The gateway address \"%1\" is not an http(s) URL. Use "
                             "https://openapi.alipay.com/gateway.do for production.")
                        .arg(gateway.toDisplayString());
    } else if (scheme == u"http" && !GatewayConfig::isLoopbackHost(gateway.host())) {
        problems << Text::tr(
                        "The gateway address \"%1\" uses plain http to another computer, which "
                        "would expose every request. Use https, or http only for a sandbox on "
                        "this computer (127.0.0.1 or localhost).")
                        .arg(gateway.toDisplayString());
    } else if (!gateway.userInfo().isEmpty()) {
        problems << Text::tr("The gateway address must not contain a user name or password.");
    }
}

void checkCertificateMode(const GatewayConfig &config, QStringList &problems)
{
    const QString sn = QStringLiteral("[0-9a-f]{32}");
    if (!matches(config.appCertSn, sn))
        problems << Text::tr("The application certificate SN (app_cert_sn) must be 32 lower-case "
                             "hexadecimal characters. Load appCertPublicKey_<appid>.crt again.");
    if (!matches(config.alipayRootCertSn, sn + QStringLiteral("(_") + sn + u')' + u'*'))
        problems << Text::tr(
            "The Alipay root certificate SN (alipay_root_cert_sn) must be one or more "
            "32-character SNs joined by '_'. Load alipayRootCert.crt again.");
    if (!matches(config.alipayCertSn, sn))
        problems << Text::tr(
            "The Alipay certificate SN must be 32 lower-case hexadecimal characters. "
            "Load alipayCertPublicKey_RSA2.crt again.");
}

} // namespace

QUrl GatewayConfig::productionGateway()
{
    return QUrl(QStringLiteral("https://openapi.alipay.com/gateway.do"));
}

QUrl GatewayConfig::alipaySandboxGateway()
{
    return QUrl(QStringLiteral("https://openapi-sandbox.dl.alipaydev.com/gateway.do"));
}

bool GatewayConfig::certificateMode() const
{
    return !appCertSn.isEmpty() || !alipayRootCertSn.isEmpty() || !alipayCertSn.isEmpty();
}

bool GatewayConfig::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    if (address.isLoopback())
        return true;
    bool mapped = false;
    const QHostAddress ipv4(address.toIPv4Address(&mapped));
    return mapped && ipv4.isLoopback();
}

QStringList GatewayConfig::problems() const
{
    QStringList problems;
    checkGateway(gateway, problems);
    if (!matches(appId, QStringLiteral("[0-9A-Za-z]{1,32}")))
        problems << Text::tr("The app ID is missing or malformed. Copy it from the Alipay open "
                             "platform (16 digits, such as 2021000000000001).");
    if (!merchantKey)
        problems << Text::tr("The application private key is missing. Load the key made with "
                             "Alipay's key tool.");
    if (!alipayPublicKey)
        problems << Text::tr(
            "The Alipay public key is missing, so no answer could be trusted. Copy "
            "it from the Alipay open platform (or load alipayCertPublicKey_RSA2.crt "
            "in certificate mode).");
    else if (merchantKey && merchantKey->matches(*alipayPublicKey))
        problems << Text::tr(
            "The Alipay public key is the application's own public key. Copy the key "
            "labelled \"支付宝公钥\" (Alipay public key), not \"应用公钥\".");
    if (certificateMode())
        checkCertificateMode(*this, problems);
    if (timeoutMs < 100 || timeoutMs > 600000)
        problems << Text::tr("The call timeout must be between 0.1 and 600 seconds.");
    if (!matches(productCode, QStringLiteral("[A-Z][A-Z0-9_]{0,31}")))
        problems << Text::tr("The product code \"%1\" is not valid; use PREAUTH_PAY unless Alipay "
                             "told you otherwise.")
                        .arg(productCode);
    if (!notifyUrl.isEmpty() &&
        (!notifyUrl.isValid() || notifyUrl.host().isEmpty() ||
         (notifyUrl.scheme() != u"https" && notifyUrl.scheme() != u"http") ||
         notifyUrl.toEncoded().size() > 256))
        problems << Text::tr("The notification address must be an http(s) URL of at most 256 "
                             "characters, or empty.");
    if (!sellerId.isEmpty() && !matches(sellerId, QStringLiteral("2088[0-9]{12}")))
        problems << Text::tr(
                        "The merchant user ID \"%1\" is not valid: it has 16 digits and starts "
                        "with 2088.")
                        .arg(sellerId);
    return problems;
}

} // namespace DepositDesk
