// SearchService runs OrderIndex searches on its own thread over a real SQLite file, answers with
// the request id and the time the query took, and drops requests a newer one made pointless.
#include "services/orders/SearchService.h"
#include "store/OrderIndex.h"
#include "store/Store.h"
#include "store/StoreConfig.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace DepositDesk;

namespace {

OrderRecord order(int n)
{
    OrderRecord o;
    o.outOrderNo = QStringLiteral("SRCH%1").arg(n, 5, 10, QLatin1Char('0'));
    o.authNo = QStringLiteral("2024050122001%1").arg(n, 6, 10, QLatin1Char('0'));
    o.status = n % 5 == 0 ? OrderStatus::Finish : OrderStatus::Authorized;
    o.total = Money::fromFen(10000 + n);
    o.fund = o.total;
    o.rest = o.total;
    o.phoneTail = QStringLiteral("%1").arg(n % 50, 4, 10, QLatin1Char('0'));
    o.created = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC).addSecs(60LL * n);
    o.updated = o.created;
    return o;
}

} // namespace

class TestSearchService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void answersOffTheCallingThread();
    void pagesWithTheCursor();
    void countsTheIndex();
    void dropsOutdatedRequests();
    void reportsDatabaseErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestSearchService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<Store>(
        StoreConfig::sqlite(m_dir->filePath(QStringLiteral("search.sqlite"))));
    QVERIFY(m_store->open().ok);
    OrderIndex index(*m_store);
    for (int n = 1; n <= 120; ++n)
        QVERIFY(index.upsert(order(n)).ok);
}

void TestSearchService::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSearchService::answersOffTheCallingThread()
{
    SearchService service(*m_store);
    QSignalSpy pages(&service, &SearchService::pageReady);
    OrderQuery query;
    query.text = QStringLiteral("0007"); // phone tail of orders 7, 57, 107
    const quint64 id = service.search(query);
    QCOMPARE(id, quint64(1));
    QCOMPARE(service.latestRequest(), id);
    QCOMPARE(pages.size(), 0); // nothing answered inside search(): the worker does it
    QVERIFY(pages.wait(5000));
    QCOMPARE(pages.at(0).at(0).value<quint64>(), id);
    const auto page = pages.at(0).at(1).value<OrderPage>();
    QCOMPARE(page.orders.size(), 3);
    QCOMPARE(page.orders.at(0).outOrderNo, QStringLiteral("SRCH00107")); // newest first
    QVERIFY(!page.next);
    QVERIFY(pages.at(0).at(2).toLongLong() > 0);

    query.text = QStringLiteral("SRCH00042");
    query.match = OrderQuery::Match::Exact;
    query.statuses = {OrderStatus::Authorized};
    QCOMPARE(service.search(query), quint64(2));
    QVERIFY(pages.wait(5000));
    const auto exact = pages.at(1).at(1).value<OrderPage>();
    QCOMPARE(exact.orders.size(), 1);
    QCOMPARE(exact.orders.at(0).authNo, QStringLiteral("2024050122001000042"));
}

void TestSearchService::pagesWithTheCursor()
{
    SearchService service(*m_store);
    QSignalSpy pages(&service, &SearchService::pageReady);
    OrderQuery query;
    query.sortBy = OrderQuery::SortBy::Total;
    query.descending = false;
    query.pageSize = 50;
    QStringList seen;
    for (int i = 0; i < 3; ++i) {
        service.search(query);
        QVERIFY(pages.wait(5000));
        const auto page = pages.takeFirst().at(1).value<OrderPage>();
        for (const OrderRecord &o : page.orders)
            seen.append(o.outOrderNo);
        QCOMPARE(bool(page.next), i < 2);
        query.after = page.next;
    }
    QCOMPARE(seen.size(), 120);
    QCOMPARE(seen.first(), QStringLiteral("SRCH00001"));
    QCOMPARE(seen.last(), QStringLiteral("SRCH00120"));
    seen.removeDuplicates();
    QCOMPARE(seen.size(), 120);
}

void TestSearchService::countsTheIndex()
{
    SearchService service(*m_store);
    QSignalSpy counted(&service, &SearchService::countReady);
    service.count();
    QVERIFY(counted.wait(5000));
    QCOMPARE(counted.at(0).at(0).toLongLong(), 120);
}

void TestSearchService::dropsOutdatedRequests()
{
    SearchService service(*m_store);
    QSignalSpy pages(&service, &SearchService::pageReady);
    QSignalSpy failed(&service, &SearchService::searchFailed);
    OrderQuery query;
    quint64 last = 0;
    for (int n = 1; n <= 20; ++n) {
        query.text = QStringLiteral("SRCH%1").arg(n, 5, 10, QLatin1Char('0'));
        last = service.search(query);
    }
    QCOMPARE(last, quint64(20));
    QTRY_VERIFY(!pages.isEmpty() && pages.last().at(0).value<quint64>() == last);
    // Only the first may have started before the newer ones arrived; the rest were dropped.
    QVERIFY2(pages.size() <= 2, qPrintable(QString::number(pages.size())));
    QCOMPARE(failed.size(), 0);
    const auto page = pages.last().at(1).value<OrderPage>();
    QCOMPARE(page.orders.size(), 1);
    QCOMPARE(page.orders.at(0).outOrderNo, QStringLiteral("SRCH00020"));
}

void TestSearchService::reportsDatabaseErrors()
{
    SearchService service(*m_store);
    QSqlQuery drop(m_store->database());
    QVERIFY(drop.exec(QStringLiteral("DROP TABLE order_keys")));
    QSignalSpy pages(&service, &SearchService::pageReady);
    QSignalSpy failed(&service, &SearchService::searchFailed);
    OrderQuery query;
    query.text = QStringLiteral("SRCH");
    const quint64 id = service.search(query);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.at(0).at(0).value<quint64>(), id);
    QVERIFY(failed.at(0).at(1).toString().contains(QStringLiteral("order_keys")));
    QCOMPARE(pages.size(), 0);
}

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_searchservice.moc"
