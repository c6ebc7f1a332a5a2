#include "services/risk/RiskReport.h"

#include "services/actions/SesameDefaultRule.h"

#include "domain/ChinaTime.h"
#include "store/Store.h"
#include "store/StoreQuery.h"
#include "store/StoreWorker.h"

#include <QMap>
#include <QTimeZone>

#include <QTimeZone>
#include <algorithm>
#include <functional>

namespace DepositDesk {

namespace {

// The SQL of an order row `o`'s waived share band: RiskReport::shareBand() in SQL.
const QString BandSql = QStringLiteral(
    "(CASE WHEN o.credit_fen <= 0 OR o.total_fen <= 0 THEN 0 "
    "WHEN o.credit_fen >= o.total_fen THEN 5 WHEN o.credit_fen * 4 < o.total_fen THEN 1 "
    "WHEN o.credit_fen * 2 < o.total_fen THEN 2 WHEN o.credit_fen * 4 < o.total_fen * 3 "
    "THEN 3 ELSE 4 END)");

// Every query reads category, store and band in its first three columns, the figures after them.
// By category or by store, it groups by both (compute() adds the stores of a category up, or the
// categories of a store): the orders query then reads migration 20's index in its order, jumping
// from one store to the next over the period, without sorting the orders. By band, it groups by
// the band alone (category and store empty).
struct GroupSql
{
    QString select;
    QString groupBy;
};

GroupSql groupSql(RiskReport::Grouping grouping)
{
    if (grouping == RiskReport::Grouping::WaivedShare)
        return {QStringLiteral("'', '', ") + BandSql, BandSql};
    return {QStringLiteral("o.category, o.store, 0"), QStringLiteral("o.category, o.store")};
}

// Per group: orders, deposits, amount waived.
QString ordersSql(const GroupSql &group)
{
    return QStringLiteral("SELECT %1, COUNT(*), CAST(COALESCE(SUM(o.total_fen), 0) AS BIGINT), "
                          "CAST(COALESCE(SUM(o.credit_fen), 0) AS BIGINT) FROM orders o "
                          "WHERE o.created_at >= :from AND o.created_at < :to GROUP BY %2")
        .arg(group.select, group.groupBy);
}

// Per group, from the charges (PAY intents) of the period's orders: succeeded ones (SUCCEEDED),
// failed ones (SesameDefaultRule::failedCollectionSql(): the customer could not pay), and the
// failed amount that no later succeeded charge of the same order followed (lost). Driven from the
// intents (CROSS JOIN keeps SQLite's join order; PostgreSQL plans it as an inner join): an order
// without a charge costs nothing, and migration 20's index holds every column read here.
QString chargesSql(const GroupSql &group)
{
    const QString failed = SesameDefaultRule::failedCollectionSql();
    return QStringLiteral(
               "SELECT %1, "
               "SUM(CASE WHEN p.outcome = 'SUCCEEDED' THEN 1 ELSE 0 END), "
               "CAST(COALESCE(SUM(CASE WHEN p.outcome = 'SUCCEEDED' THEN p.amount_fen ELSE 0 "
               "END), 0) AS BIGINT), "
               "SUM(CASE WHEN (%2) THEN 1 ELSE 0 END), "
               "CAST(COALESCE(SUM(CASE WHEN (%2) THEN p.amount_fen ELSE 0 END), 0) AS BIGINT), "
               "CAST(COALESCE(SUM(CASE WHEN (%2) AND NOT EXISTS (SELECT 1 FROM intents s WHERE "
               "s.kind = 'pay' AND s.out_order_no = p.out_order_no AND s.outcome = 'SUCCEEDED' "
               "AND (s.created_at > p.created_at OR (s.created_at = p.created_at AND s.id > "
               "p.id))) THEN p.amount_fen ELSE 0 END), 0) AS BIGINT) "
               "FROM intents p CROSS JOIN orders o WHERE p.kind = 'pay' AND o.out_order_no = "
               "p.out_order_no AND o.created_at >= :from AND o.created_at < :to GROUP BY %3")
        .arg(group.select, failed, group.groupBy);
}

// Per group, the period's orders reported to Sesame as defaulted: an orderinfo.sync intent that
// SUCCEEDED and reported VIOLATED (as finance/PreauthChecks reads a report).
QString defaultsSql(const GroupSql &group)
{
    return QStringLiteral("SELECT %1, COUNT(DISTINCT o.id) FROM intents v CROSS JOIN "
                          "orders o WHERE v.kind = 'sync' AND v.outcome = 'SUCCEEDED' AND "
                          "v.parameters LIKE '%VIOLATED%' AND o.out_order_no = v.out_order_no "
                          "AND o.created_at >= :from AND o.created_at < :to GROUP BY %2")
        .arg(group.select, group.groupBy);
}

} // namespace

int RiskReport::shareBand(qint64 creditFen, qint64 totalFen)
{
    if (creditFen <= 0 || totalFen <= 0)
        return 0;
    if (creditFen >= totalFen)
        return 5;
    if (creditFen * 4 < totalFen)
        return 1;
    if (creditFen * 2 < totalFen)
        return 2;
    if (creditFen * 4 < totalFen * 3)
        return 3;
    return 4;
}

double RiskReport::Row::defaultRate() const
{
    return orders == 0 ? 0.0 : 100.0 * double(defaults) / double(orders);
}

void RiskReport::Row::add(const Row &other)
{
    orders += other.orders;
    deposits += other.deposits;
    waived += other.waived;
    charges += other.charges;
    charged += other.charged;
    failedCharges += other.failedCharges;
    failedAmount += other.failedAmount;
    defaults += other.defaults;
    lost += other.lost;
}

RiskReport::RiskReport(const Store &store, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<StoreWorker>(store))
{}

RiskReport::~RiskReport() = default;

QString RiskReport::refusal(const OperatorSession &session)
{
    if (session.can(Capability::ViewRiskReport))
        return {};
    return Permissions::deniedReason(session.role, Capability::ViewRiskReport);
}

QString RiskReport::load(const OperatorSession &session, const Query &query, const QObject *context,
                         std::function<void(const Result &)> done)
{
    if (QString refused = refusal(session); !refused.isEmpty())
        return refused;
    if (!query.from.isValid() || !query.to.isValid() || query.to < query.from)
        return tr("Choose a period whose first day is not after its last day.");
    m_worker->run([query](const Store &store) { return compute(store, query); }, context,
                  [done = std::move(done)](const Result &result) { done(result); });
    return {};
}

std::pair<qint64, qint64> RiskReport::periodBounds(const QDate &from, const QDate &to)
{
    const QTimeZone china(ChinaTime::OffsetSeconds);
    return {QDateTime(from, QTime(0, 0), china).toMSecsSinceEpoch(),
            QDateTime(to.addDays(1), QTime(0, 0), china).toMSecsSinceEpoch()};
}

QString RiskReport::groupLabel(Grouping grouping, const QString &key)
{
    if (grouping != Grouping::WaivedShare)
        //: Risk report: the group of orders without a category or a store
        return key.isEmpty() ? tr("(none)") : key;
    // The bands' edges (RiskReport::shareBand): short, so that a chart's labels fit.
    static const char *const bands[ShareBands] = {"0%",     "0–25%",   "25–50%",
                                                  "50–75%", "75–100%", "100%"};
    const int band = key.toInt();
    return QString::fromUtf8(bands[band >= 0 && band < ShareBands ? band : 0]);
}

RiskReport::Result RiskReport::compute(const Store &store, const Query &query)
{
    Result result;
    result.query = query;
    // Not a structured binding: C++17 does not let the lambda below capture one.
    const auto bounds = periodBounds(query.from, query.to);
    const qint64 from = bounds.first;
    const qint64 to = bounds.second;
    const GroupSql group = groupSql(query.grouping);
    QMap<QString, Row> rows;
    if (query.grouping == Grouping::WaivedShare)
        for (int band = 0; band < ShareBands; ++band)
            rows[QString::number(band)].key = QString::number(band);

    // Runs one of the queries and adds each of its rows to its group's row (`take`).
    const auto read = [&](const QString &sql,
                          const std::function<void(const StoreQuery &, Row &)> &take) {
        StoreQuery q(store.database(), sql);
        q.bind(QStringLiteral("from"), from).bind(QStringLiteral("to"), to);
        if (!q.exec()) {
            result.error = tr("The risk report could not be read: %1").arg(q.errorString());
            return false;
        }
        while (q.next()) {
            const QString key = query.grouping == Grouping::Category ? q.text(0)
                                : query.grouping == Grouping::Store  ? q.text(1)
                                                                     : QString::number(q.int64(2));
            Row &row = rows[key];
            row.key = key;
            take(q, row);
        }
        return true;
    };
    const bool complete =
        read(ordersSql(group),
             [](const StoreQuery &q, Row &row) {
                 row.orders += q.int64(3);
                 row.deposits += Money::fromFen(q.int64(4));
                 row.waived += Money::fromFen(q.int64(5));
             }) &&
        read(chargesSql(group),
             [](const StoreQuery &q, Row &row) {
                 row.charges += q.int64(3);
                 row.charged += Money::fromFen(q.int64(4));
                 row.failedCharges += q.int64(5);
                 row.failedAmount += Money::fromFen(q.int64(6));
                 row.lost += Money::fromFen(q.int64(7));
             }) &&
        read(defaultsSql(group), [](const StoreQuery &q, Row &row) { row.defaults += q.int64(3); });
    if (!complete)
        return result;

    for (Row &row : rows) {
        row.label = groupLabel(query.grouping, row.key);
        result.total.add(row);
        result.rows.append(row);
    }
    if (query.grouping == Grouping::WaivedShare)
        std::sort(result.rows.begin(), result.rows.end(),
                  [](const Row &a, const Row &b) { return a.key.toInt() < b.key.toInt(); });
    //: Risk report: the row of all groups together
    result.total.label = tr("Total");
    result.ok = true;
    return result;
}

} // namespace DepositDesk
