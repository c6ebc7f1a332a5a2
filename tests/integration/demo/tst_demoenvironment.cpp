// Demo mode's environment: the in-process sandbox with seeded orders, the same orders imported
// into a demo SQLite database, demo operators, and a console client that can talk to it.
#include "alipay/AlipayApi.h"
#include "alipay/GatewayClient.h"
#include "alipay/GatewayConfig.h"
#include "demo/DemoEnvironment.h"
#include "store/AuditLog.h"
#include "store/IntentJournal.h"
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
        for (OperatorRole role :
             {OperatorRole::Agent, OperatorRole::Finance, OperatorRole::Supervisor,
              OperatorRole::Risk, OperatorRole::Admin}) {
            const QString login = QStringLiteral("demo-") + operatorRoleCode(role);
            const SignInResult signIn =
                operators.signIn(login, OperatorDirectory::demoPassword(role));
            QVERIFY2(signIn.status == SignInResult::Status::Ok, qPrintable(signIn.message));
        }
    }

    // With the recorded history, some orders' payers cannot pay and the desk's charges of them
    // failed, recorded as the desk records a refused charge: a Pay intent FAILED with Alipay's
    // sub_code, audited, the first of them more than 15 days ago, another less.
    void historyHasChargesThePayerCouldNotPay()
    {
        DemoEnvironment demo;
        demo.setRecordHistory(true);
        QString error;
        QVERIFY2(demo.start(40, QStringLiteral("9"), &error), qPrintable(error));
        QCOMPARE(demo.summary().seededOrders, 40 + DemoEnvironment::PayersWhoCannotPay);
        QCOMPARE(demo.summary().importedOrders, 40 + DemoEnvironment::PayersWhoCannotPay);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime fifteenDaysAgo = now.addDays(-15);
        const IntentJournal journal(demo.store());
        const AuditLog audit(demo.store());
        OrderIndex index(demo.store());
        Sandbox::Ledger &sandbox = demo.gateway().ledger();
        int unable = 0, olderThan15Days = 0, newerThan15Days = 0, retried = 0;
        for (const Sandbox::FundAuthOrder &order : sandbox.orders(demo.summary().appId)) {
            const QList<IntentRecord> intents = journal.forOrder(order.outOrderNo);
            if (order.payerCanPay) {
                QVERIFY2(intents.isEmpty(), qPrintable(order.outOrderNo));
                continue;
            }
            ++unable;
            QVERIFY(order.isCreditAuth());
            QCOMPARE(order.status, Sandbox::AuthOrderStatus::Authorized);
            QCOMPARE(order.restAmount(), order.totalFreezeAmount); // nothing was charged
            const std::optional<OrderRecord> row = index.find(order.outOrderNo, &error);
            QVERIFY2(row.has_value(), qPrintable(error));
            QCOMPARE(row->rest, order.totalFreezeAmount);
            QVERIFY(!intents.isEmpty());
            QDateTime first;
            for (const IntentRecord &intent : intents) {
                QCOMPARE(intent.kind, IntentRecord::Kind::Pay);
                QCOMPARE(intent.outcome, IntentRecord::Outcome::Failed);
                QCOMPARE(intent.code, QStringLiteral("40004"));
                QCOMPARE(intent.subCode, QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH"));
                QCOMPARE(intent.subMsg, QStringLiteral("买家余额不足"));
                QCOMPARE(intent.amount, order.totalFreezeAmount);
                QCOMPARE(intent.parameters.value(u"out_trade_no").toString(), intent.requestNo);
                QCOMPARE(intent.settled, intent.created);
                QVERIFY(intent.created > order.authorizedAt && intent.created < now);
                if (!first.isValid() || intent.created < first)
                    first = intent.created;
                // The gateway kept the refused attempt under the same number.
                const std::optional<Sandbox::Trade> trade =
                    sandbox.findTrade(demo.summary().appId, {}, intent.requestNo, now);
                QVERIFY(trade.has_value());
                QVERIFY(trade->refusedUnpaid());
                QCOMPARE(trade->closedAt, intent.created);
            }
            retried += intents.size() > 1 ? 1 : 0;
            (first < fifteenDaysAgo ? olderThan15Days : newerThan15Days) += 1;
            AuditFilter filter;
            filter.outOrderNo = order.outOrderNo;
            QStringList actions;
            for (const AuditEntry &entry : audit.entries(filter))
                actions << entry.action;
            QCOMPARE(actions.count(QStringLiteral("order.charge.requested")), intents.size());
            QCOMPARE(actions.count(QStringLiteral("order.charge.failed")), intents.size());
        }
        QCOMPARE(unable, DemoEnvironment::PayersWhoCannotPay);
        QVERIFY(olderThan15Days >= 1);
        QVERIFY(newerThan15Days >= 1);
        QVERIFY(retried >= 1);
        const AuditVerification chain = audit.verify();
        QVERIFY2(chain.ok, qPrintable(chain.problem));
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
