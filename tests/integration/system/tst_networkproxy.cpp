// NetworkProxy: the proxy setting's forms, and what the process's network calls do with each —
// through a configured proxy (a loopback server that records the CONNECT), through the system's
// (https_proxy), directly with "none", and always directly to this computer.
#include "services/system/NetworkProxy.h"

#include "LoopbackResponder.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

namespace {

// A host that cannot resolve: reached only through a proxy.
const QUrl RemoteGateway(QStringLiteral("https://gateway.invalid/gateway.do"));

// GETs `url` and waits for the end (a refused proxy, a host that does not resolve, an answer).
QNetworkReply::NetworkError fetch(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(15000))
        return QNetworkReply::TimeoutError;
    const QNetworkReply::NetworkError error = reply->error();
    reply->deleteLater();
    return error;
}

int connectsTo(const LoopbackResponder &proxy, const QByteArray &target)
{
    int n = 0;
    for (const RecordedRequest &r : proxy.requests())
        n += r.verb == "CONNECT" && r.path == target;
    return n;
}

QString proxyUrl(const LoopbackResponder &proxy)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
}

} // namespace

class TestNetworkProxy : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        qunsetenv("https_proxy");
        qunsetenv("http_proxy");
        qunsetenv("HTTPS_PROXY");
        qunsetenv("HTTP_PROXY");
        qunsetenv("no_proxy");
        QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
    }

    void parsesTheSetting_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("mode"); // -1: refused
        QTest::addColumn<QString>("described");
        QTest::newRow("empty") << QString() << int(NetworkProxy::Mode::System)
                               << u"the system's proxy"_qs;
        QTest::newRow("system") << u"system"_qs << int(NetworkProxy::Mode::System)
                                << u"the system's proxy"_qs;
        QTest::newRow("none") << u" None "_qs << int(NetworkProxy::Mode::None) << u"no proxy"_qs;
        QTest::newRow("http") << u"http://proxy.shop.example:3128"_qs
                              << int(NetworkProxy::Mode::Configured)
                              << u"http://proxy.shop.example:3128"_qs;
        QTest::newRow("http, slash")
            << u"http://10.0.0.8:8080/"_qs << int(NetworkProxy::Mode::Configured)
            << u"http://10.0.0.8:8080"_qs;
        QTest::newRow("socks5") << u"socks5://127.0.0.1:1080"_qs
                                << int(NetworkProxy::Mode::Configured)
                                << u"socks5://127.0.0.1:1080"_qs;
        QTest::newRow("no port") << u"http://proxy.shop.example"_qs << -1 << QString();
        QTest::newRow("no scheme") << u"proxy.shop.example:3128"_qs << -1 << QString();
        QTest::newRow("ftp") << u"ftp://proxy.shop.example:21"_qs << -1 << QString();
        QTest::newRow("path") << u"http://proxy.shop.example:3128/pac"_qs << -1 << QString();
        QTest::newRow("garbage") << u"\x01\x02 %%"_qs << -1 << QString();
        QTest::newRow("password") << u"http://desk:s3cr3t@proxy.shop.example:3128"_qs << -1
                                  << QString();
    }

    void parsesTheSetting()
    {
        QFETCH(QString, setting);
        QFETCH(int, mode);
        QFETCH(QString, described);
        const NetworkProxy::Parsed parsed = NetworkProxy::parse(setting);
        if (mode < 0) {
            QVERIFY(!parsed.ok());
            QVERIFY(!parsed.error.contains(u"s3cr3t")); // a refusal never repeats a password
            return;
        }
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(int(parsed.mode), mode);
        QCOMPARE(NetworkProxy::describe(parsed), described);
    }

    void callsGoThroughTheConfiguredProxy()
    {
        LoopbackResponder proxy;
        proxy.setHandler([](const RecordedRequest &) { return CannedReply::answer("no", 403); });
        QVERIFY(NetworkProxy::apply(proxyUrl(proxy)).ok());
        QVERIFY(fetch(RemoteGateway) != QNetworkReply::NoError);
        QCOMPARE(connectsTo(proxy, "gateway.invalid:443"), 1);
    }

    void thisComputerIsReachedDirectly()
    {
        LoopbackResponder proxy;
        LoopbackResponder sandbox;
        sandbox.setHandler([](const RecordedRequest &) { return CannedReply::answer("ok"); });
        QVERIFY(NetworkProxy::apply(proxyUrl(proxy)).ok());
        QCOMPARE(fetch(sandbox.url()), QNetworkReply::NoError);
        QCOMPARE(sandbox.requests().size(), 1);
        QCOMPARE(proxy.requests().size(), 0);
        QCOMPARE(proxy.connectionsAccepted(), 0);
    }

    void theSystemProxyIsUsedByDefault()
    {
        LoopbackResponder proxy;
        proxy.setHandler([](const RecordedRequest &) { return CannedReply::answer("no", 403); });
        qputenv("https_proxy", proxyUrl(proxy).toUtf8());
        qputenv("http_proxy", proxyUrl(proxy).toUtf8());
        QVERIFY(NetworkProxy::apply(QString()).ok());
        QVERIFY(fetch(RemoteGateway) != QNetworkReply::NoError);
        QCOMPARE(connectsTo(proxy, "gateway.invalid:443"), 1);
    }

    void noneIgnoresTheSystemProxy()
    {
        LoopbackResponder proxy;
        qputenv("https_proxy", proxyUrl(proxy).toUtf8());
        qputenv("http_proxy", proxyUrl(proxy).toUtf8());
        QVERIFY(NetworkProxy::apply(u"none"_qs).ok());
        QVERIFY(fetch(RemoteGateway) != QNetworkReply::NoError); // the name does not resolve
        QCOMPARE(proxy.connectionsAccepted(), 0);
    }

    void aBadSettingFallsBackToTheSystemProxy()
    {
        LoopbackResponder proxy;
        proxy.setHandler([](const RecordedRequest &) { return CannedReply::answer("no", 403); });
        qputenv("https_proxy", proxyUrl(proxy).toUtf8());
        const NetworkProxy::Parsed applied = NetworkProxy::apply(u"http://nowhere"_qs);
        QVERIFY(!applied.ok());
        QVERIFY(fetch(RemoteGateway) != QNetworkReply::NoError);
        QCOMPARE(connectsTo(proxy, "gateway.invalid:443"), 1);
    }
};

QTEST_GUILESS_MAIN(TestNetworkProxy)
#include "tst_networkproxy.moc"
