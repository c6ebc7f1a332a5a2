#include "ClientFixtures.h"
#include "alipay/GatewayClient.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace DepositDesk;
using namespace DepositDesk::Testing;

// https always verifies the peer: a gateway whose certificate is not trusted (here the
// self-signed test root of tests/data/certs, for a host it does not name) gets no request.
class TestGatewayTls : public QObject
{
    Q_OBJECT

private slots:
    void refusesAnUntrustedGateway()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(
            QSslCertificate(readTestData(QStringLiteral("certs/root_rsa.crt"))));
        tls.setPrivateKey(
            QSslKey(readTestData(QStringLiteral("certs/root_rsa_key.pem")), QSsl::Rsa));
        QVERIFY(!tls.localCertificate().isNull() && !tls.privateKey().isNull());
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int handshakes = 0;
        connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++handshakes;
                socket->deleteLater();
            }
        });

        {
            const QUrl url(
                QStringLiteral("https://127.0.0.1:%1/gateway.do").arg(server.serverPort()));
            GatewayConfig config = loopbackConfig(url, 5000);
            QVERIFY2(config.isValid(), qPrintable(config.problems().join(u'\n')));
            GatewayClient client(config);
            std::optional<CallResult> result;
            QObject context;
            client.call(QStringLiteral("alipay.trade.query"), R"({"out_trade_no":"PAY_1"})",
                        &context, [&result](const CallResult &r) { result = r; });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
            QCOMPARE(result->outcome, CallResult::Outcome::Unknown);
            QCOMPARE(result->unknownCause, CallResult::UnknownCause::ConnectionError);
            QVERIFY(!result->detail.isEmpty());
            QCOMPARE(handshakes, 0); // no TLS session, so not a byte of the request was sent
        }
        // The client's connection (and the server's refused one) are deleted later by Qt: let
        // that happen before the test ends, so that nothing of the TLS session is left behind.
        for (int i = 0; i < 5; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QTest::qWait(50);
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayTls)
#include "tst_gatewaytls.moc"
