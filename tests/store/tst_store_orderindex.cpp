#include "StoreTestData.h"
#include "StoreTestEnv.h"

#include "store/OrderIndex.h"
#include "store/Store.h"

#include <algorithm>

using namespace DepositDesk;
using Testing::makeOrder;

namespace {

QStringList outOrderNos(const OrderPage &page)
{
    QStringList list;
    for (const OrderRecord &o : page.orders)
        list.append(o.outOrderNo);
    return list;
}

} // namespace

class TestStoreOrderIndex : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<OrderIndex> m_index;

    QStringList find(const QString &text, OrderQuery::Match match)
    {
        OrderQuery query;
        query.text = text;
        query.match = match;
        query.pageSize = 500;
        QString error;
        const auto page = m_index->search(query, &error);
        if (!page) {
            qWarning("%s", qPrintable(error));
            return {QStringLiteral("<error>")};
        }
        QStringList list = outOrderNos(*page);
        list.sort();
        return list;
    }

private slots:
    void init()
    {
        QVERIFY(Testing::openFreshStore(m_db, m_store));
        m_index = std::make_unique<OrderIndex>(*m_store);
    }
    void cleanup()
    {
        m_index.reset();
        Testing::closeStore(m_db, m_store);
    }

    void findsEveryKeyKindExactlyAndByPrefix_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("out_order_no") << int(OrderKeyKind::OutOrderNo) << "OUT000042"
                                      << "OUT00004";
        QTest::newRow("auth_no") << int(OrderKeyKind::AuthNo) << "2024050122001000042"
                                 << "20240501220010000";
        QTest::newRow("operation_id") << int(OrderKeyKind::OperationId) << "20240501300042"
                                      << "2024050130004";
        QTest::newRow("out_request_no") << int(OrderKeyKind::OutRequestNo) << "UNF-42-1"
                                        << "UNF-4";
        QTest::newRow("trade_no") << int(OrderKeyKind::TradeNo) << "2024050122001499000042"
                                  << "20240501220014990000";
        QTest::newRow("out_trade_no") << int(OrderKeyKind::OutTradeNo) << "PAY-42-1"
                                      << "PAY-4";
        QTest::newRow("payer_user_id") << int(OrderKeyKind::PayerUserId) << "2088100000000042"
                                       << "208810000000004";
        QTest::newRow("masked logon id") << int(OrderKeyKind::PayerLogonId) << "138****0042"
                                         << "138****004";
        QTest::newRow("phone tail") << int(OrderKeyKind::PhoneTail) << "0042"
                                    << "004";
    }
    void findsEveryKeyKindExactlyAndByPrefix()
    {
        QFETCH(int, kind);
        QFETCH(QString, key);
        QFETCH(QString, prefix);
        // Orders 40..49 share the prefixes; order 42 owns the key; order 142 is a near miss.
        for (int n : {40, 41, 42, 43, 49, 142}) {
            QVERIFY(m_index->upsert(makeOrder(n)).ok);
            const QString own = QStringLiteral("%1").arg(n);
            QVERIFY(m_index
                        ->addKey(makeOrder(n).outOrderNo, OrderKeyKind::OperationId,
                                 QStringLiteral("202405013000") + own.rightJustified(2, u'0'))
                        .ok);
            QVERIFY(m_index
                        ->addKey(makeOrder(n).outOrderNo, OrderKeyKind::OutRequestNo,
                                 QStringLiteral("UNF-%1-1").arg(n))
                        .ok);
            QVERIFY(
                m_index
                    ->addKey(makeOrder(n).outOrderNo, OrderKeyKind::TradeNo,
                             QStringLiteral("2024050122001499%1").arg(n, 6, 10, QLatin1Char('0')))
                    .ok);
            QVERIFY(m_index
                        ->addKey(makeOrder(n).outOrderNo, OrderKeyKind::OutTradeNo,
                                 QStringLiteral("PAY-%1-1").arg(n))
                        .ok);
        }
        const QString expected = makeOrder(42).outOrderNo;
        QCOMPARE(find(key, OrderQuery::Match::Exact), QStringList{expected});
        // Case and surrounding spaces do not matter.
        QCOMPARE(find(u"  "_qs + key.toLower() + u" "_qs, OrderQuery::Match::Exact),
                 QStringList{expected});
        const QStringList byPrefix = find(prefix, OrderQuery::Match::Prefix);
        QVERIFY2(byPrefix.contains(expected), qPrintable(byPrefix.join(u' ')));
        // Exactly the orders with some key that starts with the prefix (checked row by row).
        QStringList oracle;
        for (int n : {40, 41, 42, 43, 49, 142}) {
            const auto keys = m_index->keys(makeOrder(n).outOrderNo);
            if (std::any_of(keys.begin(), keys.end(),
                            [&](const auto &k) { return k.second.startsWith(prefix.toLower()); }))
                oracle.append(makeOrder(n).outOrderNo);
        }
        oracle.sort();
        QCOMPARE(byPrefix, oracle);
        QVERIFY(byPrefix.size() < 6);
        // A prefix is not an exact key.
        QVERIFY(!find(prefix, OrderQuery::Match::Exact).contains(expected));
        QVERIFY(find(key + u"9"_qs, OrderQuery::Match::Prefix).isEmpty());
        const auto keys = m_index->keys(expected);
        QVERIFY(std::any_of(keys.begin(), keys.end(), [&](const auto &k) {
            return int(k.first) == kind && k.second == key.toLower();
        }));
    }

    void hostileSearchTermsArePlainText_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("percent") << "%" << QStringList{"%ALL"};
        QTest::newRow("underscore is not a wildcard") << "a_" << QStringList{"A_B"};
        QTest::newRow("quote") << "o'b" << QStringList{"O'BRIEN"};
        QTest::newRow("comment") << "x--" << QStringList{"X--Y"};
        QTest::newRow("semicolon") << "s;" << QStringList{"S;DROP"};
        QTest::newRow("injection") << "'; DROP TABLE orders; --" << QStringList{};
        QTest::newRow("like escape") << "\\" << QStringList{"\\ESC"};
        QTest::newRow("quote or") << "' OR '1'='1" << QStringList{};
    }
    void hostileSearchTermsArePlainText()
    {
        QFETCH(QString, term);
        QFETCH(QStringList, expected);
        int n = 0;
        for (const char *id : {"%ALL", "A_B", "A1B", "AXB", "O'BRIEN", "X--Y", "S;DROP", "\\ESC"}) {
            OrderRecord o = makeOrder(++n);
            o.outOrderNo = QString::fromLatin1(id);
            QVERIFY(m_index->upsert(o).ok);
        }
        QCOMPARE(find(term, OrderQuery::Match::Prefix), expected);
        QCOMPARE(find(term, OrderQuery::Match::Exact).size(),
                 expected.size() == 1 && expected[0].toLower() == term ? 1 : 0);
        QCOMPARE(m_index->count(), qint64(8));
    }

    void filtersByStatusDateAndAmount()
    {
        const OrderStatus statuses[] = {OrderStatus::Init, OrderStatus::Authorized,
                                        OrderStatus::Finish, OrderStatus::Closed};
        for (int n = 1; n <= 40; ++n)
            QVERIFY(m_index->upsert(makeOrder(n, statuses[n % 4])).ok);
        OrderQuery query;
        query.pageSize = 100;
        query.statuses = {OrderStatus::Authorized};
        query.createdFrom = makeOrder(10).created;   // inclusive
        query.createdBefore = makeOrder(30).created; // exclusive
        query.minTotal = makeOrder(13).total;        // inclusive
        query.maxTotal = makeOrder(25).total;        // inclusive
        const auto page = m_index->search(query);
        QVERIFY(page);
        // Authorized: n % 4 == 1 → 13, 17, 21, 25 within [13, 25].
        QCOMPARE(outOrderNos(*page),
                 (QStringList{makeOrder(25).outOrderNo, makeOrder(21).outOrderNo,
                              makeOrder(17).outOrderNo, makeOrder(13).outOrderNo}));
        QVERIFY(!page->next);
        query.statuses = {OrderStatus::Init, OrderStatus::Closed};
        query.minTotal.reset();
        query.maxTotal.reset();
        const auto two = m_index->search(query);
        QVERIFY(two);
        QCOMPARE(two->orders.size(), 10); // n in [10, 30) with n % 4 in {0, 3}
        for (const OrderRecord &o : two->orders)
            QVERIFY(o.status == OrderStatus::Init || o.status == OrderStatus::Closed);
        // Text and filters together.
        query.text = makeOrder(12).authNo;
        query.match = OrderQuery::Match::Exact;
        QCOMPARE(outOrderNos(*m_index->search(query)), QStringList{makeOrder(12).outOrderNo});
        query.statuses = {OrderStatus::Authorized};
        QVERIFY(m_index->search(query)->orders.isEmpty());
    }

    void keysetPagingVisitsEveryRowOnce_data()
    {
        QTest::addColumn<int>("sortBy");
        QTest::addColumn<bool>("descending");
        QTest::newRow("created desc") << int(OrderQuery::SortBy::Created) << true;
        QTest::newRow("created asc") << int(OrderQuery::SortBy::Created) << false;
        QTest::newRow("updated desc") << int(OrderQuery::SortBy::Updated) << true;
        QTest::newRow("total asc") << int(OrderQuery::SortBy::Total) << false;
    }
    void keysetPagingVisitsEveryRowOnce()
    {
        QFETCH(int, sortBy);
        QFETCH(bool, descending);
        QList<OrderRecord> all;
        for (int n = 1; n <= 57; ++n) {
            OrderRecord o = makeOrder(n);
            o.created = Testing::baseTime().addSecs(60 * (n / 5)); // ties across page borders
            o.updated = o.created;
            o.total = Money::fromFen(100 * (n % 7) + 1); // ties too
            all.append(o);
        }
        std::reverse(all.begin(), all.end()); // insert order differs from sort order
        for (const OrderRecord &o : all)
            QVERIFY(m_index->upsert(o).ok);

        OrderQuery query;
        query.sortBy = OrderQuery::SortBy(sortBy);
        query.descending = descending;
        query.pageSize = 8;
        QStringList seen;
        QList<qint64> values;
        int pages = 0;
        for (;;) {
            const auto page = m_index->search(query);
            QVERIFY(page);
            QVERIFY(page->orders.size() <= 8);
            ++pages;
            for (const OrderRecord &o : page->orders) {
                seen.append(o.outOrderNo);
                values.append(query.sortBy == OrderQuery::SortBy::Total ? o.total.fen()
                              : query.sortBy == OrderQuery::SortBy::Created
                                  ? o.created.toMSecsSinceEpoch()
                                  : o.updated.toMSecsSinceEpoch());
            }
            if (!page->next)
                break;
            QCOMPARE(page->orders.size(), 8);
            query.after = page->next;
        }
        QCOMPARE(pages, 8); // 57 rows, 8 per page
        QCOMPARE(seen.size(), 57);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 57);
        QVERIFY(std::is_sorted(values.begin(), values.end(),
                               [&](qint64 a, qint64 b) { return descending ? a > b : a < b; }));
    }

    void upsertNeverDuplicatesAndNeverGoesBack()
    {
        OrderRecord o = makeOrder(7);
        OrderIndex::UpsertOutcome outcome;
        QVERIFY(m_index->upsert(o, &outcome).ok);
        QCOMPARE(outcome, OrderIndex::UpsertOutcome::Inserted);
        QVERIFY(m_index->upsert(o, &outcome).ok);
        QCOMPARE(outcome, OrderIndex::UpsertOutcome::Unchanged);

        OrderRecord later = o;
        later.status = OrderStatus::Finish;
        later.payerLogonId = QStringLiteral("new***@example.com");
        later.updated = o.updated.addSecs(60);
        QVERIFY(m_index->upsert(later, &outcome).ok);
        QCOMPARE(outcome, OrderIndex::UpsertOutcome::Updated);
        QCOMPARE(m_index->find(o.outOrderNo)->status, OrderStatus::Finish);
        QCOMPARE(find(QStringLiteral("138****0007"), OrderQuery::Match::Exact), QStringList{});
        QCOMPARE(find(QStringLiteral("new***@"), OrderQuery::Match::Prefix),
                 QStringList{o.outOrderNo});

        QVERIFY(m_index->upsert(o, &outcome).ok); // older data
        QCOMPARE(outcome, OrderIndex::UpsertOutcome::Unchanged);
        QCOMPARE(m_index->find(o.outOrderNo)->status, OrderStatus::Finish);
        QCOMPARE(m_index->count(), qint64(1));
        QCOMPARE(m_index->keys(o.outOrderNo).size(), 5);
    }

    void prefixUpperBoundIsTheSuccessor()
    {
        QCOMPARE(OrderIndex::prefixUpperBound(u"abc"_qs), u"abd"_qs);
        QCOMPARE(OrderIndex::prefixUpperBound(u"a%"_qs), u"a&"_qs);
        QCOMPARE(OrderIndex::prefixUpperBound(QString(QChar(0xFFFF))), QString());
        QCOMPARE(OrderIndex::prefixUpperBound(u"z"_qs + QChar(0xFFFF)), u"{"_qs);
    }
};

QTEST_GUILESS_MAIN(TestStoreOrderIndex)
#include "tst_store_orderindex.moc"
