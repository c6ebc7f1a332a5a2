#include "StoreTestEnv.h"

#include "finance/DailyActivity.h"
#include "store/Ledger.h"
#include "store/StoreQuery.h"

#include <QTest>

using namespace DepositDesk;

namespace {

// An instant given in China time (GMT+8).
QDateTime china(const char *text)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    t.setOffsetFromUtc(8 * 3600);
    return t;
}

TradeRecord trade(const QString &no, const char *status, qint64 fen, const char *at)
{
    return {QStringLiteral("O-") + no,   QStringLiteral("T-") + no, QStringLiteral("OT-") + no,
            QString::fromLatin1(status), Money::fromFen(fen),       china(at)};
}

RefundRecord refund(const QString &no, const char *status, qint64 fen, const char *at)
{
    return {QStringLiteral("O-") + no,
            QStringLiteral("T-") + no,
            QStringLiteral("OT-") + no,
            QStringLiteral("R-") + no,
            QString::fromLatin1(status),
            Money::fromFen(fen),
            china(at)};
}

OperationRecord operation(const QString &no, const char *type, const char *status, qint64 fen,
                          const char *at)
{
    return {QStringLiteral("O-") + no,  QStringLiteral("A-") + no,
            QStringLiteral("OP-") + no, QStringLiteral("RQ-") + no,
            QString::fromLatin1(type),  QString::fromLatin1(status),
            Money::fromFen(fen),        Money(),
            Money::fromFen(fen),        china(at)};
}

} // namespace

class TestDailyActivity : public QObject
{
    Q_OBJECT

private slots:
    void sumsPerChinaDay()
    {
        Testing::TestDatabase db;
        QVERIFY2(db.isValid(), qPrintable(Testing::backendName()));
        Store store(db.config());
        QVERIFY(store.open());
        Ledger ledger(store);
        const auto ok = [](const StoreResult &r) {
            return bool(r);
        };

        // 2024-05-01 (China): the last second of the day belongs to it, not to May 2.
        QVERIFY(ok(ledger.recordTrade(
            trade(QStringLiteral("1"), "TRADE_SUCCESS", 1000, "2024-05-01T23:59:59"),
            FactSource::Query)));
        // Paid, then finished: one charge (latest revision), not two.
        QVERIFY(ok(ledger.recordTrade(
            trade(QStringLiteral("2"), "WAIT_BUYER_PAY", 250, "2024-05-01T08:00:00"),
            FactSource::Query)));
        QVERIFY(ok(ledger.recordTrade(
            trade(QStringLiteral("2"), "TRADE_SUCCESS", 250, "2024-05-01T08:00:00"),
            FactSource::Query)));
        QVERIFY(ok(ledger.recordTrade(
            trade(QStringLiteral("2"), "TRADE_FINISHED", 250, "2024-05-01T08:00:00"),
            FactSource::Notification)));
        // Succeeded, then closed: no longer a charge.
        QVERIFY(ok(ledger.recordTrade(
            trade(QStringLiteral("3"), "TRADE_SUCCESS", 9900, "2024-05-01T09:00:00"),
            FactSource::Query)));
        QVERIFY(ok(ledger.recordTrade(
            trade(QStringLiteral("3"), "TRADE_CLOSED", 9900, "2024-05-01T09:00:00"),
            FactSource::Query)));
        // 2024-05-02 00:00:00 China is 2024-05-01 16:00 UTC: counted on May 2.
        QVERIFY(ok(ledger.recordTrade(
            trade(QStringLiteral("4"), "TRADE_SUCCESS", 700, "2024-05-02T00:00:00"),
            FactSource::Query)));
        QVERIFY(ok(ledger.recordRefund(
            refund(QStringLiteral("4"), "REFUND_SUCCESS", 300, "2024-05-02T07:59:59"),
            FactSource::Query)));
        QVERIFY(ok(ledger.recordRefund(refund(QStringLiteral("1"), "", 100, "2024-05-02T10:00:00"),
                                       FactSource::Query)));
        QVERIFY(ok(ledger.recordOperation(
            operation(QStringLiteral("4"), "UNFREEZE", "SUCCESS", 4300, "2024-05-02T12:00:00"),
            FactSource::Query)));
        QVERIFY(ok(ledger.recordOperation(
            operation(QStringLiteral("5"), "FREEZE", "SUCCESS", 5000, "2024-05-02T12:00:00"),
            FactSource::Query)));
        QVERIFY(ok(ledger.recordOperation(
            operation(QStringLiteral("6"), "UNFREEZE", "INIT", 5000, "2024-05-02T12:00:00"),
            FactSource::Query)));
        // Outside [May 1, May 3]: the day before and the day after.
        QVERIFY(ok(ledger.recordTrade(
            trade(QStringLiteral("7"), "TRADE_SUCCESS", 111, "2024-04-30T23:59:59"),
            FactSource::Query)));
        QVERIFY(ok(ledger.recordOperation(
            operation(QStringLiteral("8"), "UNFREEZE", "SUCCESS", 222, "2024-05-04T00:00:00"),
            FactSource::Query)));

        QString error;
        const auto days = DailyActivity::load(store, QDate(2024, 5, 1), QDate(2024, 5, 3), &error);
        QVERIFY2(days, qPrintable(error));
        QCOMPARE(days->size(), 3);
        const DayActivity &first = days->at(0);
        QCOMPARE(first.day, QDate(2024, 5, 1));
        QCOMPARE(first.charges, Money::fromFen(1250));
        QCOMPARE(first.chargeCount, 2);
        QCOMPARE(first.refundCount, 0);
        QCOMPARE(first.unfreezeCount, 0);
        const DayActivity &second = days->at(1);
        QCOMPARE(second.day, QDate(2024, 5, 2));
        QCOMPARE(second.charges, Money::fromFen(700));
        QCOMPARE(second.chargeCount, 1);
        QCOMPARE(second.refunds, Money::fromFen(300));
        QCOMPARE(second.refundCount, 1);
        QCOMPARE(second.unfreezes, Money::fromFen(4300));
        QCOMPARE(second.unfreezeCount, 1);
        const DayActivity &quiet = days->at(2);
        QCOMPARE(quiet.day, QDate(2024, 5, 3));
        QVERIFY(quiet.charges.isZero() && quiet.refunds.isZero() && quiet.unfreezes.isZero());
        QCOMPARE(quiet.chargeCount + quiet.refundCount + quiet.unfreezeCount, 0);

        // A wider period finds the edges that were left out.
        const auto wide = DailyActivity::load(store, QDate(2024, 4, 30), QDate(2024, 5, 4));
        QVERIFY(wide);
        QCOMPARE(wide->size(), 5);
        QCOMPARE(wide->front().charges, Money::fromFen(111));
        QCOMPARE(wide->back().unfreezes, Money::fromFen(222));
    }

    void emptyOrReversedPeriod()
    {
        Testing::TestDatabase db;
        QVERIFY(db.isValid());
        Store store(db.config());
        QVERIFY(store.open());
        const auto reversed = DailyActivity::load(store, QDate(2024, 5, 3), QDate(2024, 5, 1));
        QVERIFY(reversed && reversed->isEmpty());
        const auto one = DailyActivity::load(store, QDate(2024, 5, 3), QDate(2024, 5, 3));
        QVERIFY(one);
        QCOMPARE(one->size(), 1);
        QVERIFY(one->front().charges.isZero());
    }

    void databaseFailureIsReported()
    {
        Testing::TestDatabase db;
        QVERIFY(db.isValid());
        Store store(db.config());
        QVERIFY(store.open());
        QVERIFY(
            StoreQuery::execDirect(store.database(), QStringLiteral("DROP TABLE ledger_facts")));
        QString error;
        QVERIFY(!DailyActivity::load(store, QDate(2024, 5, 1), QDate(2024, 5, 2), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDailyActivity)
#include "tst_dailyactivity.moc"
