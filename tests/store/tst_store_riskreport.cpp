// The risk report (services/risk/RiskReport.h) on a seeded data set written through the real
// store classes (OrderIndex, IntentJournal) into a real database: deterministic pseudo-random
// orders over categories, stores and every waived share band (boundaries included), with
// succeeded charges, failed charges (the buyer could not pay, a trade found closed, other
// failures that are not counted), VIOLATED and COMPLETE reports to Sesame. The expected figures
// are computed here by plain C++ over the generated list, never by SQL. Every grouping, the
// period's China-time boundaries and the capability refusal.
#include "StoreTestEnv.h"

#include "services/actions/SesameDefaultRule.h"
#include "services/risk/RiskReport.h"

#include "ManualClock.h"
#include "domain/OperatorSession.h"
#include "store/IntentJournal.h"
#include "store/OrderIndex.h"

#include <QJsonObject>
#include <QMap>
#include <QTimeZone>

#include <random>

using namespace DepositDesk;
using namespace DepositDesk::Testing;
using Kind = IntentRecord::Kind;
using Outcome = IntentRecord::Outcome;
using Grouping = RiskReport::Grouping;

namespace {

const QTimeZone China(8 * 3600);
const QDate From(2026, 3, 1);
const QDate To(2026, 3, 31);

struct Charge
{
    Kind kind = Kind::Pay;
    Outcome outcome = Outcome::Succeeded;
    QString code;
    QString subCode;
    qint64 fen = 0;
    QString sesameStatus; // sync only
};

struct Order
{
    QString no;
    QString category;
    QString store;
    qint64 total = 0;
    qint64 credit = 0;
    QDateTime created;
    QList<Charge> charges; // in the order they were written
};

struct Expected
{
    qint64 orders = 0, deposits = 0, waived = 0, charges = 0, charged = 0, failed = 0,
           failedFen = 0, defaults = 0, lost = 0;
};

// The band written out by hand from the definition (credit / total): 0, (0, 1/4), [1/4, 1/2),
// [1/2, 3/4), [3/4, 1), 1; compared in exact fractions.
int bandOf(qint64 credit, qint64 total)
{
    if (credit == 0 || total == 0)
        return 0;
    if (credit == total)
        return 5;
    const long double share = (long double)(credit) / (long double)(total);
    if (share < 0.25L)
        return 1;
    if (share < 0.5L)
        return 2;
    if (share < 0.75L)
        return 3;
    return 4;
}

bool customerCouldNotPay(const Charge &c)
{
    return c.kind == Kind::Pay && c.outcome == Outcome::Failed &&
           (SesameDefaultRule::buyerCannotPaySubCodes().contains(c.subCode) ||
            (c.code == u"10000" && c.subCode.isEmpty()));
}

QList<Order> generate()
{
    std::mt19937 random(20260301);
    const auto pick = [&](int n) {
        return int(random() % unsigned(n));
    };
    const QStringList categories = {QStringLiteral("PHONE"), QStringLiteral("CAMERA"),
                                    QStringLiteral("充电宝"), QString()};
    const QStringList stores = {QStringLiteral("Store A"), QStringLiteral("Store B"),
                                QStringLiteral("门店 C")};
    const QDateTime start(From, QTime(0, 0), China);
    const QDateTime end(To.addDays(1), QTime(0, 0), China);
    // The period's edges: the first and last millisecond inside, the nearest ones outside.
    const QList<QDateTime> edges = {start, start.addMSecs(-1), end.addMSecs(-1),
                                    end,   start.addDays(-1),  end.addDays(2)};
    QList<Order> orders;
    for (int n = 0; n < 240; ++n) {
        Order o;
        o.no = QStringLiteral("RISK%1").arg(n, 4, 10, QLatin1Char('0'));
        o.category = categories.at(pick(categories.size()));
        o.store = stores.at(pick(stores.size()));
        o.total = 100 * (1 + pick(5000));
        switch (pick(8)) {
        case 0:
            o.credit = 0;
            break;
        case 1:
            o.credit = o.total;
            break;
        case 2: // exactly on a band's lower edge: 25%, 50% or 75%
            o.credit = o.total / 4 * (1 + pick(3));
            break;
        case 3: // one fen under an edge
            o.credit = o.total / 4 * (1 + pick(3)) - 1;
            break;
        default:
            o.credit = qint64(random() % quint64(o.total + 1));
        }
        if (n < edges.size())
            o.created = edges.at(n);
        else
            o.created =
                start.addSecs(qint64(random() % quint64(start.secsTo(end) + 172800)) - 86400);
        const int charges = pick(4);
        for (int c = 0; c < charges; ++c) {
            Charge ch;
            ch.fen = 100 * (1 + pick(300));
            switch (pick(6)) {
            case 0:
            case 1:
                ch.outcome = Outcome::Succeeded;
                ch.code = QStringLiteral("10000");
                break;
            case 2:
                ch.outcome = Outcome::Failed;
                ch.code = QStringLiteral("40004");
                ch.subCode = QStringLiteral("ACQ.BUYER_BALANCE_NOT_ENOUGH");
                break;
            case 3:
                ch.outcome = Outcome::Failed;
                ch.code = QStringLiteral("10000"); // a trade query found it closed unpaid
                break;
            case 4:
                ch.outcome = Outcome::Failed; // not the customer's money: not counted
                ch.code = QStringLiteral("40004");
                ch.subCode = QStringLiteral("ACQ.INVALID_PARAMETER");
                break;
            default:
                ch.outcome = Outcome::Unknown; // still unanswered: not counted
                break;
            }
            o.charges.append(ch);
            if (ch.outcome == Outcome::Unknown)
                break; // one open intent of an order and kind at a time
        }
        if (pick(4) == 0) {
            Charge sync;
            sync.kind = Kind::OrderInfoSync;
            sync.sesameStatus =
                pick(3) == 0 ? QStringLiteral("COMPLETE") : QStringLiteral("VIOLATED");
            sync.outcome = pick(5) == 0 ? Outcome::Failed : Outcome::Succeeded;
            o.charges.append(sync);
        }
        orders.append(o);
    }
    return orders;
}

QString keyOf(const Order &o, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Category:
        return o.category;
    case Grouping::Store:
        return o.store;
    case Grouping::WaivedShare:
        break;
    }
    return QString::number(bandOf(o.credit, o.total));
}

// The expected figures per group of the orders created in [from, to] (China days).
QMap<QString, Expected> expectedFor(const QList<Order> &orders, Grouping grouping,
                                    const QDate &from, const QDate &to)
{
    QMap<QString, Expected> groups;
    for (const Order &o : orders) {
        const QDate day = o.created.toTimeZone(China).date();
        if (day < from || day > to)
            continue;
        Expected &e = groups[keyOf(o, grouping)];
        ++e.orders;
        e.deposits += o.total;
        e.waived += o.credit;
        bool defaulted = false;
        for (int i = 0; i < o.charges.size(); ++i) {
            const Charge &c = o.charges.at(i);
            if (c.kind == Kind::Pay && c.outcome == Outcome::Succeeded) {
                ++e.charges;
                e.charged += c.fen;
            }
            if (customerCouldNotPay(c)) {
                ++e.failed;
                e.failedFen += c.fen;
                bool recovered = false;
                for (int j = i + 1; j < o.charges.size(); ++j)
                    recovered = recovered || (o.charges.at(j).kind == Kind::Pay &&
                                              o.charges.at(j).outcome == Outcome::Succeeded);
                if (!recovered)
                    e.lost += c.fen;
            }
            defaulted =
                defaulted || (c.kind == Kind::OrderInfoSync && c.outcome == Outcome::Succeeded &&
                              c.sesameStatus == u"VIOLATED");
        }
        if (defaulted)
            ++e.defaults;
    }
    return groups;
}

OperatorSession sessionOf(OperatorRole role)
{
    OperatorSession s;
    s.login = QStringLiteral("risk.test");
    s.role = role;
    return s;
}

} // namespace

class TestStoreRiskReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(openFreshStore(m_db, m_store));
        m_orders = generate();
        OrderIndex index(*m_store);
        ManualClock clock(QDateTime(From.addDays(-10), QTime(0, 0), China));
        IntentJournal journal(*m_store, clock);
        int number = 0;
        for (const Order &o : std::as_const(m_orders)) {
            OrderRecord r;
            r.outOrderNo = o.no;
            r.authNo = QStringLiteral("AUTH-") + o.no;
            r.status = OrderStatus::Authorized;
            r.total = Money::fromFen(o.total);
            r.credit = Money::fromFen(o.credit);
            r.fund = Money::fromFen(o.total - o.credit);
            r.rest = r.fund;
            r.category = o.category;
            r.store = o.store;
            r.created = o.created;
            r.updated = o.created;
            QVERIFY2(index.upsert(r).ok, qPrintable(o.no));
        }
        // The intents of the orders interleaved, each a second after the one before: an order's
        // charges are later than one another in the order they were generated.
        for (int round = 0; round < 5; ++round) {
            for (const Order &o : std::as_const(m_orders)) {
                if (round >= o.charges.size())
                    continue;
                const Charge &c = o.charges.at(round);
                IntentRecord i;
                i.kind = c.kind;
                i.outOrderNo = o.no;
                i.requestNo = QStringLiteral("REQ-%1").arg(++number);
                i.amount = Money::fromFen(c.fen);
                i.operatorLogin = QStringLiteral("agent.li");
                i.reason = QStringLiteral("Damage");
                i.desk = QStringLiteral("desk-1");
                if (c.kind == Kind::OrderInfoSync)
                    i.parameters =
                        QJsonObject{{QStringLiteral("out_request_no"), i.requestNo},
                                    {QStringLiteral("order_biz_info"),
                                     QJsonObject{{QStringLiteral("status"), c.sesameStatus}}}};
                else
                    i.parameters =
                        QJsonObject{{QStringLiteral("out_trade_no"), i.requestNo},
                                    {QStringLiteral("amount"), Money::fromFen(c.fen).toYuan()}};
                clock.advance(std::chrono::seconds(1));
                QVERIFY(journal.begin(i).ok);
                if (c.outcome != Outcome::Unknown)
                    QVERIFY(journal.settle(i.id, c.outcome, c.code, c.subCode).ok);
            }
        }
    }

    void cleanupTestCase() { closeStore(m_db, m_store); }

    void figures_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        const std::pair<const char *, Grouping> groupings[] = {
            {"category", Grouping::Category},
            {"store", Grouping::Store},
            {"waived share", Grouping::WaivedShare}};
        for (const auto &[name, g] : groupings) {
            QTest::addRow("%s, the month", name) << int(g) << From << To;
            QTest::addRow("%s, first day", name) << int(g) << From << From;
            QTest::addRow("%s, last day", name) << int(g) << To << To;
            QTest::addRow("%s, day before", name) << int(g) << From.addDays(-1) << From.addDays(-1);
            QTest::addRow("%s, wide", name) << int(g) << From.addDays(-5) << To.addDays(5);
        }
    }

    void figures()
    {
        QFETCH(int, grouping);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const Grouping g = Grouping(grouping);
        const RiskReport::Result result = RiskReport::compute(*m_store, {from, to, g});
        QVERIFY2(result.ok, qPrintable(result.error));
        const QMap<QString, Expected> expected = expectedFor(m_orders, g, from, to);
        QVERIFY(!expected.isEmpty());

        Expected total;
        int shown = 0;
        for (const RiskReport::Row &row : result.rows) {
            if (row.orders == 0 && g == Grouping::WaivedShare) {
                QVERIFY2(!expected.contains(row.key), qPrintable(row.key));
                continue; // an empty band is listed with zeros
            }
            QVERIFY2(expected.contains(row.key), qPrintable(row.key));
            const Expected e = expected.value(row.key);
            ++shown;
            QCOMPARE(row.orders, e.orders);
            QCOMPARE(row.deposits.fen(), e.deposits);
            QCOMPARE(row.waived.fen(), e.waived);
            QCOMPARE(row.charges, e.charges);
            QCOMPARE(row.charged.fen(), e.charged);
            QCOMPARE(row.failedCharges, e.failed);
            QCOMPARE(row.failedAmount.fen(), e.failedFen);
            QCOMPARE(row.lost.fen(), e.lost);
            QCOMPARE(row.defaults, e.defaults);
            QCOMPARE(row.defaultRate(), 100.0 * double(e.defaults) / double(e.orders));
            total.orders += e.orders;
            total.deposits += e.deposits;
            total.lost += e.lost;
            total.defaults += e.defaults;
            total.failed += e.failed;
        }
        QCOMPARE(shown, expected.size());
        QCOMPARE(result.total.orders, total.orders);
        QCOMPARE(result.total.deposits.fen(), total.deposits);
        QCOMPARE(result.total.lost.fen(), total.lost);
        QCOMPARE(result.total.defaults, total.defaults);
        QCOMPARE(result.total.failedCharges, total.failed);
        if (g == Grouping::WaivedShare) {
            QCOMPARE(result.rows.size(), RiskReport::ShareBands);
            for (int band = 0; band < RiskReport::ShareBands; ++band)
                QCOMPARE(result.rows.at(band).key, QString::number(band));
        }
    }

    // The data set is worth testing with: every band, lost and recovered charges, defaults.
    void dataSetCoversTheCases()
    {
        const QMap<QString, Expected> bands =
            expectedFor(m_orders, Grouping::WaivedShare, From, To);
        QCOMPARE(bands.size(), RiskReport::ShareBands);
        Expected all;
        for (const Expected &e : bands) {
            all.failedFen += e.failedFen;
            all.lost += e.lost;
            all.defaults += e.defaults;
        }
        QVERIFY(all.lost > 0);
        QVERIFY(all.failedFen > all.lost); // some failed charges were charged again later
        QVERIFY(all.defaults > 0);
    }

    void bandsFollowTheDefinition()
    {
        for (qint64 total : {1LL, 3LL, 4LL, 100LL, 9999LL, 123457LL})
            for (qint64 credit = 0; credit <= total; credit += std::max<qint64>(1, total / 97))
                QCOMPARE(RiskReport::shareBand(credit, total), bandOf(credit, total));
        QCOMPARE(RiskReport::shareBand(25, 100), 2);
        QCOMPARE(RiskReport::shareBand(24, 100), 1);
        QCOMPARE(RiskReport::shareBand(75, 100), 4);
        QCOMPARE(RiskReport::shareBand(99, 100), 4);
        QCOMPARE(RiskReport::shareBand(100, 100), 5);
        QCOMPARE(RiskReport::shareBand(0, 0), 0);
    }

    void periodIsChinaDays()
    {
        const auto [from, to] = RiskReport::periodBounds(From, From);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC),
                 QDateTime(QDate(2026, 2, 28), QTime(16, 0), Qt::UTC));
        QCOMPARE(to - from, qint64(86400) * 1000);
    }

    void refusedWithoutTheCapability()
    {
        RiskReport report(*m_store);
        QObject context;
        bool called = false;
        const auto done = [&](const RiskReport::Result &) {
            called = true;
        };
        const RiskReport::Query query{From, To, Grouping::Category};
        const QString refused = report.load(sessionOf(OperatorRole::Agent), query, &context, done);
        QVERIFY(refused.contains(u"risk report"_qs));
        QVERIFY(!report.load(OperatorSession(), query, &context, done).isEmpty());
        QVERIFY(!report
                     .load(sessionOf(OperatorRole::Finance), {To, From, Grouping::Category},
                           &context, done)
                     .isEmpty());
        QTest::qWait(50);
        QVERIFY(!called);

        std::optional<RiskReport::Result> loaded;
        for (OperatorRole role :
             {OperatorRole::Supervisor, OperatorRole::Finance, OperatorRole::Admin}) {
            loaded.reset();
            QCOMPARE(report.load(sessionOf(role), query, &context,
                                 [&](const RiskReport::Result &r) { loaded = r; }),
                     QString());
            QTRY_VERIFY(loaded.has_value());
            QVERIFY(loaded->ok);
            QCOMPARE(loaded->total.orders, RiskReport::compute(*m_store, query).total.orders);
        }
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Store> m_store;
    QList<Order> m_orders;
};

QTEST_GUILESS_MAIN(TestStoreRiskReport)
#include "tst_store_riskreport.moc"
