// The seeded order list goes into the console's order index unchanged: the export of
// app/sandbox/bills/OrderExport is the format app/store/OrderImporter reads (strict: one bad row
// and nothing is imported), and every amount, status and key survives the trip.
#include "sandbox/bills/OrderExport.h"
#include "sandbox/ledger/Ledger.h"
#include "sandbox/seed/Seeder.h"
#include "store/OrderImporter.h"
#include "store/OrderIndex.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace DepositDesk;

class TestSeedImport : public QObject
{
    Q_OBJECT

private slots:
    void seededOrdersImportIntoTheIndex();
};

void TestSeedImport::seededOrdersImportIntoTheIndex()
{
    Sandbox::Ledger ledger;
    Sandbox::SeedOptions options;
    options.count = 120;
    options.seedValue = 5;
    options.appId = QStringLiteral("2021000000000001");
    options.payeeUserId = QStringLiteral("2088102100000001");
    options.anchor = QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone(8 * 3600));
    QString error;
    QCOMPARE(Sandbox::Seeder(ledger).seed(options, &error).size(), options.count);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("orders.csv"));
    QVERIFY2(Sandbox::OrderExport::writeFile(ledger, options.appId, csv, &error),
             qPrintable(error));

    Store store(StoreConfig::sqlite(dir.filePath(QStringLiteral("store.sqlite"))));
    const StoreResult opened = store.open();
    QVERIFY2(opened.ok, qPrintable(opened.errorString));
    const ImportReport report =
        OrderImporter(store).importFile(csv, OrderImporter::Format::Auto, /*strict=*/true);
    QVERIFY2(report.rejected.isEmpty(), qPrintable(report.rejected.value(0).reason));
    QVERIFY(report.committed);
    QCOMPARE(report.inserted, options.count);

    const OrderIndex index(store);
    QCOMPARE(index.count(), qint64(options.count));
    QHash<QString, Money> refundedByAuthNo;
    for (const Sandbox::Trade &trade : ledger.trades(options.appId))
        refundedByAuthNo[trade.authNo] += trade.refundFee;
    for (const Sandbox::FundAuthOrder &order : ledger.orders(options.appId)) {
        const std::optional<OrderRecord> record = index.find(order.outOrderNo);
        QVERIFY2(record, qPrintable(order.outOrderNo));
        QCOMPARE(record->authNo, order.authNo);
        QCOMPARE(orderStatusCode(record->status), toProtocol(order.status));
        QCOMPARE(record->total, order.totalFreezeAmount);
        QCOMPARE(record->credit, order.totalFreezeCreditAmount);
        QCOMPARE(record->rest, order.restAmount());
        QCOMPARE(record->unfrozen, order.totalUnfreezeAmount());
        QCOMPARE(record->paid, order.totalPayAmount());
        QCOMPARE(record->refunded, refundedByAuthNo.value(order.authNo));
        QCOMPARE(record->title, order.orderTitle);
        QCOMPARE(record->payerLogonId, order.payerLogonId);
        QCOMPARE(record->created, order.createdAt);
    }

    // Importing the same list again changes nothing.
    const ImportReport again = OrderImporter(store).importFile(csv);
    QCOMPARE(again.inserted, 0);
    QCOMPARE(again.unchanged, options.count);
}

QTEST_GUILESS_MAIN(TestSeedImport)
#include "tst_seedimport.moc"
