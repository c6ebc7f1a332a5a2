#include "StoreTestEnv.h"

#include "store/RowScan.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

using namespace DepositDesk;

// RowScan: the rows of a statement as bytes and integers, the same on SQLite (its own statement
// on the driver's handle) and PostgreSQL (through QSqlQuery); reconciliation reads its ledger so.
class TestStoreRowScan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;

private slots:
    void init()
    {
        m_db = std::make_unique<Testing::TestDatabase>();
        DD_REQUIRE_DATABASE(*m_db);
        m_store = std::make_unique<Store>(m_db->config());
        const StoreResult opened = m_store->open();
        QVERIFY2(opened.ok, qPrintable(opened.errorString));
        const QString insert = QStringLiteral(
            "INSERT INTO ledger_facts (kind, out_order_no, fact_key, revision, alipay_no, status, "
            "amount_fen, happened_at, source, recorded_at) VALUES ('trade', :o, :k, 1, :a, :s, "
            ":f, :h, 'query', 1)");
        const struct
        {
            const char *order, *alipay, *status;
            qint64 fen;
            std::optional<qint64> happened;
        } rows[] = {{"O-1", "2024050122001", "TRADE_SUCCESS", 1200, 1000},
                    {"O-2", "2024050122002", "", -5, std::nullopt},
                    {"O-3", "订单三", "TRADE_CLOSED", 9007199254740993LL, 3000}};
        for (const auto &r : rows) {
            StoreQuery q(m_store->database(), insert);
            q.bind(QStringLiteral("o"), QString::fromUtf8(r.order))
                .bind(QStringLiteral("k"), QString::fromUtf8(r.order))
                .bind(QStringLiteral("a"), QString::fromUtf8(r.alipay))
                .bind(QStringLiteral("s"), QString::fromUtf8(r.status))
                .bind(QStringLiteral("f"), r.fen)
                .bind(QStringLiteral("h"), r.happened ? QVariant(*r.happened) : QVariant());
            QVERIFY(q.exec());
        }
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void readsTextIntegersAndNulls()
    {
        RowScan scan(m_store->database(),
                     QStringLiteral("SELECT out_order_no, alipay_no, status, amount_fen, "
                                    "happened_at FROM ledger_facts ORDER BY out_order_no"));
        QVERIFY(scan.exec());
        QVERIFY(scan.next());
        QCOMPARE(scan.bytes(0), QByteArrayView("O-1"));
        QCOMPARE(scan.bytes(2), QByteArrayView("TRADE_SUCCESS"));
        QCOMPARE(scan.int64(3), qint64(1200));
        QVERIFY(!scan.isNull(4));
        QCOMPARE(scan.int64(4), qint64(1000));
        QVERIFY(scan.next());
        QCOMPARE(scan.bytes(2), QByteArrayView(""));
        QCOMPARE(scan.int64(3), qint64(-5));
        QVERIFY(scan.isNull(4));
        QVERIFY(scan.next());
        QCOMPARE(scan.bytes(1), QByteArrayView(QStringLiteral("订单三").toUtf8()));
        QCOMPARE(scan.int64(3), 9007199254740993LL); // past a double's integers
        QVERIFY(!scan.next());
        QVERIFY(scan.ok());
    }

    void bindsNamedValues()
    {
        RowScan scan(m_store->database(),
                     QStringLiteral("SELECT out_order_no FROM ledger_facts WHERE happened_at >= "
                                    ":from AND status = :status"));
        scan.bind(QStringLiteral("from"), qint64(2000))
            .bind(QStringLiteral("status"), QStringLiteral("TRADE_CLOSED"));
        QVERIFY(scan.exec());
        QVERIFY(scan.next());
        QCOMPARE(scan.bytes(0), QByteArrayView("O-3"));
        QVERIFY(!scan.next());
        QVERIFY(scan.ok());
    }

    void reportsAFailure()
    {
        RowScan scan(m_store->database(),
                     QStringLiteral("SELECT no_such_column FROM ledger_facts"));
        QVERIFY(!scan.exec());
        QVERIFY(!scan.next());
        QVERIFY(!scan.ok());
        QVERIFY2(scan.errorString().contains(QStringLiteral("no_such_column")),
                 qPrintable(scan.errorString()));
    }

    void nativeOnSqlite()
    {
        RowScan scan(m_store->database(), QStringLiteral("SELECT 1"));
        // SQLite steps its own statement where the build has the SQLite headers (Linux).
        if (Testing::backendName() == u"SQLite")
            QCOMPARE(scan.isNative(), bool(DD_SQLITE_NATIVE_SCAN));
        else
            QVERIFY(!scan.isNative());
    }
};

QTEST_GUILESS_MAIN(TestStoreRowScan)
#include "tst_store_rowscan.moc"
