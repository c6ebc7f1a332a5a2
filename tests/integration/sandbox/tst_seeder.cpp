// The sandbox seeder (--seed N --seed-value S) and the merchant order list export: the same
// seed gives the same bytes, every state appears, every invariant of docs/alipay-protocol.md §9
// holds.
#include "BillArchiveReader.h"

#include "sandbox/bills/BillLedgerSource.h"
#include "sandbox/bills/BillPeriod.h"
#include "sandbox/bills/OrderExport.h"
#include "sandbox/ledger/Ledger.h"
#include "sandbox/seed/SeedCatalog.h"
#include "sandbox/seed/Seeder.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace DepositDesk;
using namespace DepositDesk::BillTest;

namespace {

const QString AppId = QStringLiteral("2021000000000001");
const QString Pid = QStringLiteral("2088102100000001");

Sandbox::SeedOptions options(int count, quint64 seedValue)
{
    Sandbox::SeedOptions o;
    o.count = count;
    o.seedValue = seedValue;
    o.appId = AppId;
    o.payeeUserId = Pid;
    o.anchor = QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone(8 * 3600));
    return o;
}

QByteArray seededExport(int count, quint64 seedValue)
{
    Sandbox::Ledger ledger;
    QString error;
    const auto made = Sandbox::Seeder(ledger).seed(options(count, seedValue), &error);
    if (made.size() != count)
        qFatal("seeding failed: %s", qPrintable(error));
    return Sandbox::OrderExport::csv(ledger, AppId);
}

} // namespace

class TestSeeder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameBytes();
    void seedingTwiceChangesNothing();
    void everyStateIsPresent();
    void invariantsHoldForEveryOrder();
    void exportMatchesLedger();
    void billsAddUpToTheLedger();
    void thousandOrdersAreFast();
    void anchorIsTodayInChina();

private:
    Sandbox::Ledger m_ledger;
    QList<Sandbox::SeededOrder> m_made;
    Sandbox::SeedOptions m_options = options(80, 20240601);
};

void TestSeeder::initTestCase()
{
    QString error;
    m_made = Sandbox::Seeder(m_ledger).seed(m_options, &error);
    QVERIFY2(m_made.size() == m_options.count, qPrintable(error));
}

void TestSeeder::sameSeedSameBytes()
{
    const QByteArray first = seededExport(60, 7);
    QCOMPARE(seededExport(60, 7), first);
    QVERIFY(seededExport(60, 8) != first);
    QVERIFY(seededExport(61, 7) != first);
    QCOMPARE(first.count("\r\n"), 61);
}

void TestSeeder::seedingTwiceChangesNothing()
{
    // E.g. depositdesk-sandbox --state FILE --seed N started twice on the same day.
    Sandbox::Ledger ledger;
    QString error;
    const auto first = Sandbox::Seeder(ledger).seed(options(40, 11), &error);
    QCOMPARE(first.size(), 40);
    const QByteArray before = Sandbox::OrderExport::csv(ledger, AppId);
    const auto second = Sandbox::Seeder(ledger).seed(options(40, 11), &error);
    QVERIFY2(second.size() == 40, qPrintable(error));
    QVERIFY(std::all_of(second.cbegin(), second.cend(),
                        [](const Sandbox::SeededOrder &order) { return order.alreadyThere; }));
    QVERIFY(std::none_of(first.cbegin(), first.cend(),
                         [](const Sandbox::SeededOrder &order) { return order.alreadyThere; }));
    QCOMPARE(Sandbox::OrderExport::csv(ledger, AppId), before);
}

void TestSeeder::everyStateIsPresent()
{
    QSet<Sandbox::SeedScenario> scenarios;
    QSet<Sandbox::SeedFunding> fundings;
    for (const Sandbox::SeededOrder &order : m_made) {
        scenarios.insert(order.scenario);
        fundings.insert(order.funding);
    }
    QCOMPARE(scenarios.size(), Sandbox::SeedScenarioCount);
    QCOMPARE(fundings.size(), 3);

    // Now from the ledger itself, not from the plan.
    QSet<Sandbox::AuthOrderStatus> statuses;
    int creditOnly = 0, fundOnly = 0, mixed = 0, partlyUnfrozen = 0, chargedNotComplete = 0,
        chargedComplete = 0, refundedPartly = 0, refundedFully = 0, closedUnpaid = 0;
    QHash<QString, QList<Sandbox::Trade>> trades;
    for (const Sandbox::Trade &trade : m_ledger.trades(AppId))
        trades[trade.authNo].append(trade);
    for (const Sandbox::FundAuthOrder &order : m_ledger.orders(AppId)) {
        statuses.insert(order.status);
        if (order.status == Sandbox::AuthOrderStatus::Init || order.payerUserId.isEmpty())
            continue;
        const Money credit = order.totalFreezeCreditAmount;
        creditOnly += credit == order.totalFreezeAmount;
        fundOnly += credit.isZero();
        mixed += credit > Money() && credit < order.totalFreezeAmount;
        const bool paid = order.totalPayAmount() > Money();
        partlyUnfrozen += order.status == Sandbox::AuthOrderStatus::Authorized && !paid &&
                          order.totalUnfreezeAmount() > Money();
        chargedNotComplete += order.status == Sandbox::AuthOrderStatus::Authorized && paid;
        closedUnpaid += order.status == Sandbox::AuthOrderStatus::Closed && !paid;
        for (const Sandbox::Trade &trade : trades.value(order.authNo)) {
            chargedComplete += trade.completeMode;
            refundedPartly += trade.refundFee > Money() && trade.refundFee < trade.totalAmount;
            refundedFully += trade.refundFee == trade.totalAmount;
            if (trade.refundFee == trade.totalAmount)
                QCOMPARE(trade.status, Sandbox::TradeStatus::Closed);
        }
    }
    QCOMPARE(statuses.size(), 4); // INIT, AUTHORIZED, FINISH, CLOSED
    const int counts[] = {creditOnly,     fundOnly,           mixed,
                          partlyUnfrozen, chargedNotComplete, chargedComplete,
                          refundedPartly, refundedFully,      closedUnpaid};
    for (int i = 0; i < int(std::size(counts)); ++i)
        QVERIFY2(counts[i] > 0, qPrintable(QStringLiteral("kind %1 missing").arg(i)));
}

void TestSeeder::invariantsHoldForEveryOrder()
{
    const QDateTime earliest = m_options.anchor.addDays(-m_options.days);
    const QList<Sandbox::FundAuthOrder> orders = m_ledger.orders(AppId);
    QCOMPARE(orders.size(), m_options.count);
    for (const Sandbox::FundAuthOrder &order : orders) {
        const QByteArray id = order.authNo.toLatin1();
        QVERIFY2(order.restAmount() ==
                     order.totalFreezeAmount - order.totalUnfreezeAmount() - order.totalPayAmount(),
                 id);
        QVERIFY2(!order.restAmount().isNegative(), id);
        QVERIFY2(!order.restCreditAmount().isNegative(), id);
        QVERIFY2(!order.restFundAmount().isNegative(), id);
        QVERIFY2(order.createdAt >= earliest && order.createdAt < m_options.anchor, id);
        QVERIFY2(order.orderTitle.contains(u"押金"), id);
        if (order.status == Sandbox::AuthOrderStatus::Finish)
            QVERIFY2(order.restAmount().isZero() && order.totalPayAmount() > Money(), id);
        Money unfrozen;
        Money paid;
        for (const Sandbox::FundAuthOperation &operation : m_ledger.operations(order.authNo)) {
            QVERIFY2(operation.createdAt >= order.createdAt, id);
            QVERIFY2(operation.createdAt < m_options.anchor, id);
            QVERIFY2(operation.creditAmount <= operation.amount, id);
            // A confirmed freeze cancelled later releases the whole deposit (action unfreeze).
            if (operation.type == Sandbox::AuthOperationType::Freeze &&
                operation.cancelAction == u"unfreeze")
                unfrozen += operation.amount;
            if (operation.status != Sandbox::AuthOperationStatus::Success)
                continue;
            if (operation.type == Sandbox::AuthOperationType::Unfreeze)
                unfrozen += operation.amount;
            else if (operation.type == Sandbox::AuthOperationType::Pay)
                paid += operation.amount;
        }
        QCOMPARE(unfrozen, order.totalUnfreezeAmount());
        QCOMPARE(paid, order.totalPayAmount());
    }
    for (const Sandbox::Trade &trade : m_ledger.trades(AppId)) {
        Money refunded;
        for (const Sandbox::Refund &refund : m_ledger.refunds(trade.tradeNo)) {
            refunded += refund.amount;
            QVERIFY(refund.refundedAt > trade.paidAt);
            QVERIFY(refund.refundedAt < m_options.anchor);
        }
        QCOMPARE(refunded, trade.refundFee);
        QVERIFY(trade.refundFee <= trade.totalAmount);
        QCOMPARE(trade.buyerUserId,
                 m_ledger.findOrder(AppId, trade.authNo, {}, trade.paidAt)->payerUserId);
    }
}

void TestSeeder::exportMatchesLedger()
{
    const QString text = QString::fromUtf8(Sandbox::OrderExport::csv(m_ledger, AppId));
    QVERIFY(!text.startsWith(QChar(0xFEFF)));
    QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString()); // ends with a line break
    QCOMPARE(splitCells(lines.takeFirst()), Sandbox::OrderExport::columns());
    QCOMPARE(lines.size(), m_options.count);
    const QStringList header = Sandbox::OrderExport::columns();
    const auto cell = [&header](const QStringList &cells, const char *name) {
        return cells.value(header.indexOf(QString::fromLatin1(name)));
    };
    const QHash<QString, QString> stores = Sandbox::SeedCatalog::storeNames();
    for (const QString &line : lines) {
        const QStringList cells = splitCells(line);
        QCOMPARE(cells.size(), header.size());
        const auto order = m_ledger.findOrder(AppId, cell(cells, "auth_no"), {}, m_options.anchor);
        QVERIFY(order);
        QCOMPARE(cell(cells, "out_order_no"), order->outOrderNo);
        QCOMPARE(cell(cells, "status"), toProtocol(order->status));
        const Money total = yuan(cell(cells, "total_amount"));
        const Money rest = yuan(cell(cells, "rest_amount"));
        QCOMPARE(rest,
                 total - yuan(cell(cells, "unfrozen_amount")) - yuan(cell(cells, "paid_amount")));
        QCOMPARE(total, yuan(cell(cells, "credit_amount")) + yuan(cell(cells, "fund_amount")));
        QVERIFY(yuan(cell(cells, "refunded_amount")) <= yuan(cell(cells, "paid_amount")));
        QVERIFY(yuan(cell(cells, "requested_amount")) > Money());
        if (order->payerUserId.isEmpty())
            QCOMPARE(total, Money());
        else
            QCOMPARE(total, yuan(cell(cells, "requested_amount")));
        QCOMPARE(stores.value(cell(cells, "store_id")), cell(cells, "store_name"));
        QVERIFY(cell(cells, "category").startsWith(u"RENT_"));
        QVERIFY(cell(cells, "updated") >= cell(cells, "created"));
        QVERIFY(cell(cells, "operation_ids").contains(cell(cells, "operation_id")));
        if (!order->payerUserId.isEmpty()) {
            QCOMPARE(cell(cells, "phone_tail").size(), 4);
            QVERIFY(cell(cells, "payer_logon_id").contains(u"****"));
            QVERIFY(cell(cells, "payer_logon_id").endsWith(cell(cells, "phone_tail")));
            QVERIFY(cell(cells, "payer_name").startsWith(u'*'));
            QVERIFY(!cell(cells, "payer_name").endsWith(u'*'));
        }
        const int trades = int(cell(cells, "trade_nos").split(u'|', Qt::SkipEmptyParts).size());
        QCOMPARE(trades, order->totalPayAmount() > Money() ? 1 : 0);
    }
}

void TestSeeder::billsAddUpToTheLedger()
{
    // Over the whole seeded window, the bills' net receipts are what was paid minus refunded.
    Sandbox::BillLedgerSource source(m_ledger);
    Money billed;
    int tradeLines = 0;
    for (const QString &month : {QStringLiteral("2024-02"), QStringLiteral("2024-03"),
                                 QStringLiteral("2024-04"), QStringLiteral("2024-05")}) {
        for (const Sandbox::BillLine &line :
             source.lines(AppId, *Sandbox::BillPeriod::parse(month))) {
            billed += line.merchantReceipt;
            tradeLines += line.type == Sandbox::BillLine::Type::Trade;
        }
    }
    Money paid;
    Money refunded;
    for (const Sandbox::Trade &trade : m_ledger.trades(AppId)) {
        paid += trade.totalAmount;
        refunded += trade.refundFee;
    }
    QCOMPARE(tradeLines, int(m_ledger.trades(AppId).size()));
    QCOMPARE(billed, paid - refunded);
}

void TestSeeder::thousandOrdersAreFast()
{
    Sandbox::Ledger ledger;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto made = Sandbox::Seeder(ledger).seed(options(1000, 99), &error);
    const QByteArray csv = Sandbox::OrderExport::csv(ledger, AppId);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(made.size() == 1000, qPrintable(error));
    QCOMPARE(csv.count("\r\n"), 1001);
    qInfo("seeding and exporting 1000 orders took %lld ms", elapsed);
    // A release build needs about half a second; the Debug ASan+UBSan build about ten.
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 limitMs = 60000;
#else
    constexpr qint64 limitMs = 10000;
#endif
    QVERIFY2(elapsed < limitMs, "seeding 1000 orders should take seconds, not minutes");
}

void TestSeeder::anchorIsTodayInChina()
{
    // 2024-05-31 17:30 UTC is 2024-06-01 01:30 in China.
    const QDateTime now(QDate(2024, 5, 31), QTime(17, 30), QTimeZone::utc());
    const QDateTime anchor = Sandbox::Seeder::defaultAnchor(now);
    QCOMPARE(anchor, QDateTime(QDate(2024, 6, 1), QTime(0, 0), QTimeZone(8 * 3600)));
    QCOMPARE(Sandbox::Seeder::scenarioName(Sandbox::SeedScenario::ChargedComplete),
             u"charged-complete");
}

QTEST_GUILESS_MAIN(TestSeeder)
#include "tst_seeder.moc"
