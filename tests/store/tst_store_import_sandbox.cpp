// The importer against the real thing: the sandbox seeds orders in every scenario of
// docs/alipay-protocol.md §9, exports them with OrderExport (the merchant's export format), and the
// store imports that file without a single rejected row.

#include "StoreTestEnv.h"

#include "sandbox/bills/OrderExport.h"
#include "sandbox/ledger/Ledger.h"
#include "sandbox/seed/Seeder.h"
#include "store/OrderImporter.h"
#include "store/OrderIndex.h"

using namespace DepositDesk;

class TestStoreImportSandbox : public QObject
{
    Q_OBJECT

private slots:
    void importsTheSeededExport()
    {
        std::unique_ptr<Testing::TestDatabase> db;
        std::unique_ptr<Store> store;
        QVERIFY(Testing::openFreshStore(db, store));

        Sandbox::Ledger ledger;
        Sandbox::SeedOptions options;
        options.count = 3 * Sandbox::SeedScenarioCount;
        options.seedValue = 20240501;
        options.appId = u"2021000000000001"_qs;
        options.payeeUserId = u"2088000000000001"_qs;
        options.anchor = QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::OffsetFromUTC, 8 * 3600);
        QString error;
        const QList<Sandbox::SeededOrder> seeded = Sandbox::Seeder(ledger).seed(options, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(seeded.size(), options.count);
        const QByteArray csv = Sandbox::OrderExport::csv(ledger, options.appId);

        const ImportReport report =
            OrderImporter(*store).importData(csv, OrderImporter::Format::Csv, true);
        for (const ImportReport::Rejection &r : report.rejected)
            qWarning("line %d: %s", r.line, qPrintable(r.reason));
        QVERIFY2(report.errorString.isEmpty(), qPrintable(report.errorString));
        QVERIFY(report.rejected.isEmpty());
        QVERIFY(report.committed);
        QCOMPARE(report.inserted, options.count);

        OrderIndex index(*store);
        for (const Sandbox::FundAuthOrder &order : ledger.orders(options.appId)) {
            const auto imported = index.find(order.outOrderNo);
            QVERIFY(imported);
            QCOMPARE(imported->authNo, order.authNo);
            QCOMPARE(orderStatusCode(imported->status), toProtocol(order.status));
            QCOMPARE(imported->total, order.totalFreezeAmount);
            QCOMPARE(imported->rest, order.restAmount());
            QCOMPARE(imported->paid, order.totalPayAmount());
            QCOMPARE(imported->payerUserId, order.payerUserId);
        }
        // Charges are found by their numbers.
        for (const Sandbox::Trade &trade : ledger.trades(options.appId)) {
            OrderQuery query;
            query.text = trade.tradeNo;
            query.match = OrderQuery::Match::Exact;
            const auto page = index.search(query);
            QVERIFY(page);
            QCOMPARE(page->orders.size(), 1);
            QCOMPARE(page->orders[0].authNo, trade.authNo);
        }
        // Importing the same export again changes nothing.
        const ImportReport again =
            OrderImporter(*store).importData(csv, OrderImporter::Format::Csv, true);
        QCOMPARE(again.unchanged, options.count);
        QCOMPARE(index.count(), qint64(options.count));
        Testing::closeStore(db, store);
    }
};

QTEST_GUILESS_MAIN(TestStoreImportSandbox)
#include "tst_store_import_sandbox.moc"
