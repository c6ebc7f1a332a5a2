// Demo mode's environment: the in-process sandbox with seeded orders, the same orders imported
// into a demo SQLite database, demo operators, and a console client that can talk to it.
#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "alipay/GatewayConfig.h"
#include "demo/DemoEnvironment.h"
#include "store/OperatorDirectory.h"
#include "store/OrderIndex.h"

#include <QSignalSpy>
#include <QTest>

using namespace DepositDesk;

class TestDemoEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void startsSeedsAndImportsTheSameOrders()
    {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(40, QStringLiteral("7"), &error), qPrintable(error));
        const auto &summary = demo.summary();
        QCOMPARE(summary.seededOrders, 40);
        QCOMPARE(summary.importedOrders, 40);
        QCOMPARE(summary.gatewayUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(summary.gatewayUrl.port() > 0);
        QVERIFY(QFile::exists(summary.databasePath));

        // Every operator role has a demo account whose published password works.
        OperatorDirectory operators(demo.store());
        for (OperatorRole role : {OperatorRole::Agent, OperatorRole::Finance,
                                  OperatorRole::Supervisor, OperatorRole::Admin}) {
            const QString login = QStringLiteral("demo-") + operatorRoleCode(role);
            const SignInResult signIn =
                operators.signIn(login, OperatorDirectory::demoPassword(role));
            QVERIFY2(signIn.status == SignInResult::Status::Ok, qPrintable(signIn.message));
        }
    }

    void consoleClientTalksToTheEmbeddedGateway()
    {
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(20, QStringLiteral("8"), &error), qPrintable(error));

        // An order the import put into the index, asked at the gateway with the demo keys.
        OrderIndex index(demo.store());
        const OrderQuery everything;
        const auto page = index.search(everything, &error);
        QVERIFY2(page && !page->orders.isEmpty(), qPrintable(error));
        const OrderRecord order = page->orders.first();

        GatewayConfig config;
        config.gateway = demo.summary().gatewayUrl;
        config.appId = demo.summary().appId;
        config.merchantKey = demo.appKey();
        config.alipayPublicKey = demo.platformPublicKey();
        config.timeoutMs = 10000;
        GatewayClient client(config);
        AlipayApi api(&client);
        OperationQuery query;
        query.authNo = order.authNo;
        query.outOrderNo = order.outOrderNo;
        std::optional<OperationDetail> detail;
        api.queryOperation(query, this, [&](const OperationDetail &d) { detail = d; });
        QTRY_VERIFY_WITH_TIMEOUT(detail.has_value(), 15000);
        QVERIFY2(detail->call.outcome == CallResult::Outcome::Succeeded,
                 qPrintable(detail->call.message));
        QVERIFY(detail->call.signatureVerified);
        QVERIFY(detail->restAmount.has_value());
        QCOMPARE(detail->restAmount->fen(), order.rest.fen());
    }
};

QTEST_GUILESS_MAIN(TestDemoEnvironment)
#include "tst_demoenvironment.moc"
