// Order notes (migration 14): appended and listed oldest first, never for an unknown order; their
// words become search keys of the order (a word, its prefix, any part of a run of Chinese
// characters); every desk hears of a new note through the change feed (NOTIFY on PostgreSQL,
// counters on SQLite), as of the order's other rows.
#include "ManualClock.h"
#include "StoreTestData.h"
#include "StoreTestEnv.h"

#include "store/OrderIndex.h"
#include "store/OrderNotes.h"
#include "store/Store.h"
#include "store/StoreChanges.h"
#include "store/StoreQuery.h"

#include <QSignalSpy>
#include <QSqlDriver>

using namespace DepositDesk;

namespace {

QStringList found(const Store &store, const QString &text, OrderQuery::Match match)
{
    OrderQuery query;
    query.text = text;
    query.match = match;
    QString error;
    const std::optional<OrderPage> page = OrderIndex(store).search(query, &error);
    if (!page)
        return {QStringLiteral("error: ") + error};
    QStringList orders;
    for (const OrderRecord &o : page->orders)
        orders << o.outOrderNo;
    orders.sort();
    return orders;
}

} // namespace

class TestStoreNotes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Testing::TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    Testing::ManualClock m_clock;

    void addOrders()
    {
        OrderIndex index(*m_store);
        for (int n = 1; n <= 3; ++n)
            QVERIFY(index.upsert(Testing::makeOrder(n)));
    }

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(Testing::backendName())); }
    void init()
    {
        m_clock.set(Testing::ManualClock().now());
        QVERIFY(Testing::openFreshStore(m_db, m_store));
        addOrders();
    }
    void cleanup() { Testing::closeStore(m_db, m_store); }

    void appendsAndListsOldestFirst()
    {
        OrderNotes notes(*m_store, m_clock);
        OrderNote first{0, u"OUT000001"_qs, u"agent.li"_qs, u"Customer calls back at 3pm"_qs, {}};
        QVERIFY(notes.add(first));
        QVERIFY(first.id > 0);
        QCOMPARE(first.at, m_clock.now());
        m_clock.advance(std::chrono::seconds(90));
        OrderNote second{0, u"OUT000001"_qs, u"agent.wang"_qs, u"顾客已归还设备\n明天解冻"_qs, {}};
        QVERIFY(notes.add(second));
        OrderNote other{0, u"OUT000002"_qs, u"agent.li"_qs, u"Other order"_qs, {}};
        QVERIFY(notes.add(other));

        const QList<OrderNote> listed = notes.forOrder(u"OUT000001"_qs);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].id, first.id);
        QCOMPARE(listed[0].operatorLogin, u"agent.li"_qs);
        QCOMPARE(listed[0].text, u"Customer calls back at 3pm"_qs);
        QCOMPARE(listed[1].text, u"顾客已归还设备\n明天解冻"_qs); // stored as written
        QCOMPARE(listed[1].at, first.at.addSecs(90));
        QVERIFY(notes.forOrder(u"OUT000003"_qs).isEmpty());
    }

    void refusesAnUnknownOrderOrAnEmptyNote()
    {
        OrderNotes notes(*m_store, m_clock);
        OrderNote unknown{0, u"NO-SUCH-ORDER"_qs, u"agent.li"_qs, u"text"_qs, {}};
        const StoreResult refused = notes.add(unknown);
        QVERIFY(!refused);
        QVERIFY2(refused.errorString.contains(u"NO-SUCH-ORDER"_qs),
                 qPrintable(refused.errorString));
        OrderNote empty{0, u"OUT000001"_qs, u"agent.li"_qs, u"   "_qs, {}};
        QVERIFY(!notes.add(empty));
        QVERIFY(notes.forOrder(u"NO-SUCH-ORDER"_qs).isEmpty());
        QVERIFY(notes.forOrder(u"OUT000001"_qs).isEmpty());
    }

    void searchWordsOfANote()
    {
        QCOMPARE(OrderNotes::searchWords(u"Call back: Mr. Zhang, 3pm!"_qs),
                 (QStringList{u"call"_qs, u"back"_qs, u"mr"_qs, u"zhang"_qs, u"3pm"_qs}));
        // A run of Chinese characters: every tail, so any part of it is a prefix of a key.
        QCOMPARE(OrderNotes::searchWords(u"已归还 ok"_qs),
                 (QStringList{u"已归还"_qs, u"归还"_qs, u"还"_qs, u"ok"_qs}));
        QCOMPARE(OrderNotes::searchWords(u"设备SN123"_qs),
                 (QStringList{u"设备"_qs, u"备"_qs, u"sn123"_qs}));
        QVERIFY(OrderNotes::searchWords(u" ,.!? "_qs).isEmpty());
        // Bounded: a long note gives at most 200 keys of at most 32 characters.
        const QStringList many = OrderNotes::searchWords(QString(600, QChar(0x4E00)) + u" x"_qs);
        QVERIFY(many.size() <= 200);
        for (const QString &word : many)
            QVERIFY(word.size() <= 32);
    }

    void theSearchFindsOrdersByTheirNotes()
    {
        OrderNotes notes(*m_store, m_clock);
        OrderNote a{0, u"OUT000001"_qs, u"agent.li"_qs, u"Screen cracked, photo sent"_qs, {}};
        OrderNote b{0, u"OUT000002"_qs, u"agent.li"_qs, u"顾客说屏幕已经修好"_qs, {}};
        OrderNote c{0, u"OUT000003"_qs, u"agent.li"_qs, u"screen fine"_qs, {}};
        QVERIFY(notes.add(a));
        QVERIFY(notes.add(b));
        QVERIFY(notes.add(c));
        using M = OrderQuery::Match;
        QCOMPARE(found(*m_store, u"cracked"_qs, M::Exact), QStringList{u"OUT000001"_qs});
        QCOMPARE(found(*m_store, u"Crack"_qs, M::Prefix), QStringList{u"OUT000001"_qs});
        QCOMPARE(found(*m_store, u"screen"_qs, M::Prefix),
                 (QStringList{u"OUT000001"_qs, u"OUT000003"_qs}));
        QCOMPARE(found(*m_store, u"屏幕"_qs, M::Prefix), QStringList{u"OUT000002"_qs});
        QCOMPARE(found(*m_store, u"修好"_qs, M::Prefix), QStringList{u"OUT000002"_qs});
        QVERIFY(found(*m_store, u"nothing"_qs, M::Prefix).isEmpty());
        // The order's own keys are re-indexed on every upsert; the notes' stay.
        QVERIFY(OrderIndex(*m_store).upsert(Testing::makeOrder(1)));
        QCOMPARE(found(*m_store, u"cracked"_qs, M::Exact), QStringList{u"OUT000001"_qs});
    }

    void otherDesksHearOfANewNote()
    {
        Store other(m_db->sameDatabase());
        QVERIFY(other.open());
        OrderNotes notes(*m_store, m_clock);
        if (Testing::usePostgres()) {
            QSqlDriver *listener = other.database().driver();
            QVERIFY(listener->subscribeToNotification(StoreChanges::Channel));
            QSignalSpy heard(listener, &QSqlDriver::notification);
            OrderNote note{0, u"OUT000002"_qs, u"agent.li"_qs, u"Heard?"_qs, {}};
            QVERIFY(notes.add(note));
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    for (const QList<QVariant> &arguments : heard)
                        if (arguments.at(2).toString() == u"orders:OUT000002")
                            return true;
                    return false;
                }(),
                5000);
        } else {
            const auto before = StoreChanges::readCounters(other.database());
            QVERIFY(before);
            // The note alone (its search keys are no watched rows): named by its order.
            StoreQuery insert(m_store->database(),
                              QStringLiteral("INSERT INTO order_notes (out_order_no, operator, "
                                             "body, at_ms) VALUES ('OUT000002', 'agent.li', "
                                             "'Heard?', 1)"));
            QVERIFY(insert.exec());
            const auto after = StoreChanges::readCounters(other.database());
            QVERIFY(after);
            const QList<StoreChanges::Change> moved = StoreChanges::difference(*before, *after);
            QCOMPARE(moved.size(), 1);
            QCOMPARE(moved.first().topic, StoreChanges::Topic::Orders);
            QCOMPARE(moved.first().key, u"OUT000002"_qs);
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreNotes)
#include "tst_store_notes.moc"
