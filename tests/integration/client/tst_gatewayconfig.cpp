#include "ClientFixtures.h"
#include "alipay/GatewayConfig.h"

#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

class TestGatewayConfig : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheKnownGateways()
    {
        for (const QUrl &url :
             {GatewayConfig::productionGateway(), GatewayConfig::alipaySandboxGateway(),
              QUrl(QStringLiteral("https://10.1.2.3:8443/gateway.do"))}) {
            const GatewayConfig config = loopbackConfig(url);
            QVERIFY2(config.isValid(), qPrintable(config.problems().join(u'\n')));
        }
        QCOMPARE(GatewayConfig().gateway, GatewayConfig::productionGateway());
        QCOMPARE(GatewayConfig().timeoutMs, 15000);
        QCOMPARE(GatewayConfig().productCode, QStringLiteral("PREAUTH_PAY"));
    }

    void plainHttpOnlyForLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080/gateway.do" << true;
        QTest::newRow("127.8.9.10") << "http://127.8.9.10/gateway.do" << true;
        QTest::newRow("localhost") << "http://localhost:1234/gateway.do" << true;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST:1234/gateway.do" << true;
        QTest::newRow("::1") << "http://[::1]:8080/gateway.do" << true;
        QTest::newRow("mapped 127.0.0.1") << "http://[::ffff:127.0.0.1]:8080/gateway.do" << true;
        QTest::newRow("128.0.0.1") << "http://128.0.0.1/gateway.do" << false;
        QTest::newRow("10.0.0.1") << "http://10.0.0.1/gateway.do" << false;
        QTest::newRow("::2") << "http://[::2]/gateway.do" << false;
        QTest::newRow("production over http") << "http://openapi.alipay.com/gateway.do" << false;
        QTest::newRow("localhost.example.com")
            << "http://localhost.example.com/gateway.do" << false;
        QTest::newRow("127.0.0.1.nip.io") << "http://127.0.0.1.nip.io/gateway.do" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/gateway.do" << false;
        QTest::newRow("no host") << "https:///gateway.do" << false;
        QTest::newRow("user info") << "https://user:pw@openapi.alipay.com/gateway.do" << false;
    }

    void plainHttpOnlyForLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const GatewayConfig config = loopbackConfig(QUrl(url));
        QCOMPARE(config.isValid(), accepted);
        if (!accepted)
            QVERIFY(config.problems().first().contains(QStringLiteral("gateway address")) ||
                    config.problems().first().contains(QStringLiteral("user name")));
    }

    void reportsEveryMissingPiece()
    {
        GatewayConfig config;
        const QStringList problems = config.problems();
        QCOMPARE(problems.size(), 3); // app ID, private key, Alipay public key
        QVERIFY(problems.join(u' ').contains(QStringLiteral("app ID")));
        QVERIFY(problems.join(u' ').contains(QStringLiteral("private key")));
        QVERIFY(problems.join(u' ').contains(QStringLiteral("Alipay public key")));
    }

    void refusesTheAppsOwnPublicKeyAsAlipays()
    {
        GatewayConfig config = loopbackConfig(GatewayConfig::productionGateway());
        config.alipayPublicKey = loadPublicKey(QStringLiteral("merchant_public.pem"));
        QCOMPARE(config.problems().size(), 1);
        QVERIFY(config.problems().first().contains(QStringLiteral("应用公钥")));
    }

    void checksTheOtherFields()
    {
        GatewayConfig config = loopbackConfig(GatewayConfig::productionGateway());
        config.timeoutMs = 0;
        config.productCode = QStringLiteral("preauth pay");
        config.notifyUrl = QUrl(QStringLiteral("mailto:ops@example.com"));
        config.sellerId = QStringLiteral("1234");
        config.appCertSn = QStringLiteral("ABC");
        QCOMPARE(config.problems().size(), 7); // 3 certificate SNs + 4 fields
        config.appCertSn.clear();
        config.timeoutMs = 300;
        config.productCode = QStringLiteral("PRE_AUTH_ONLINE");
        config.notifyUrl = QUrl(QStringLiteral("http://relay.example.com/alipay"));
        config.sellerId = QStringLiteral("2088102000000999");
        QVERIFY2(config.isValid(), qPrintable(config.problems().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestGatewayConfig)
#include "tst_gatewayconfig.moc"
