#include "services/system/NetworkProxy.h"

#include "alipay/GatewayConfig.h"

#include <QNetworkProxyFactory>
#include <QUrl>

namespace DepositDesk {

namespace {

class DeskProxyFactory : public QNetworkProxyFactory
{
public:
    explicit DeskProxyFactory(NetworkProxy::Parsed parsed)
        : m_parsed(std::move(parsed))
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (GatewayConfig::isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        switch (m_parsed.mode) {
        case NetworkProxy::Mode::None:
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        case NetworkProxy::Mode::Configured:
            return {m_parsed.proxy};
        case NetworkProxy::Mode::System:
            break;
        }
        return systemProxyForQuery(query);
    }

private:
    NetworkProxy::Parsed m_parsed;
};

} // namespace

NetworkProxy::Parsed NetworkProxy::parse(const QString &setting)
{
    const QString text = setting.trimmed();
    Parsed parsed;
    if (text.isEmpty() || text.compare(u"system", Qt::CaseInsensitive) == 0)
        return parsed;
    if (text.compare(u"none", Qt::CaseInsensitive) == 0) {
        parsed.mode = Mode::None;
        return parsed;
    }
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::DefaultProxy;
    if (scheme == u"http")
        type = QNetworkProxy::HttpProxy;
    else if (scheme == u"socks5")
        type = QNetworkProxy::Socks5Proxy;
    if (!url.isValid() || type == QNetworkProxy::DefaultProxy || url.host().isEmpty() ||
        url.port() <= 0 || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() ||
        url.hasFragment()) {
        parsed.error = tr("The proxy setting \"%1\" is not one of: empty (the system's proxy), "
                          "\"none\", \"http://host:port\" or \"socks5://host:port\".")
                           .arg(text);
        return parsed;
    }
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        parsed.error = tr("The proxy setting may not hold a user name or password: the settings "
                          "file never holds a secret. Use a proxy that admits this computer "
                          "without them.");
        return parsed;
    }
    parsed.mode = Mode::Configured;
    parsed.proxy = QNetworkProxy(type, url.host(), quint16(url.port()));
    return parsed;
}

NetworkProxy::Parsed NetworkProxy::apply(const QString &setting)
{
    Parsed parsed = parse(setting);
    Parsed used = parsed.ok() ? parsed : Parsed{};
    QNetworkProxyFactory::setApplicationProxyFactory(new DeskProxyFactory(std::move(used)));
    return parsed;
}

QString NetworkProxy::describe(const Parsed &parsed)
{
    switch (parsed.mode) {
    case Mode::None:
        return tr("no proxy");
    case Mode::Configured:
        return QStringLiteral("%1://%2:%3")
            .arg(parsed.proxy.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5")
                                                                   : QStringLiteral("http"),
                 parsed.proxy.hostName())
            .arg(parsed.proxy.port());
    case Mode::System:
        break;
    }
    return tr("the system's proxy");
}

} // namespace DepositDesk
