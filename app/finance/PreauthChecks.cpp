#include "finance/PreauthChecks.h"

#include "store/StoreQuery.h"

namespace DepositDesk {

namespace {

constexpr qint64 DayMs = 24LL * 3600 * 1000;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

PreauthChecks::PreauthChecks(const QSqlDatabase &db, const QString &period, qint64 periodFromMs,
                             qint64 periodToMs, int staleDays)
    : m_db(db)
    , m_period(period)
    , m_from(periodFromMs)
    , m_to(periodToMs)
    , m_staleDays(staleDays)
{}

bool PreauthChecks::run(QList<Difference> *differences, QString *error) const
{
    return frozenNeverReleased(differences, error) && restNeverUnfrozen(differences, error) &&
           violationNotReported(differences, error);
}

Difference PreauthChecks::make(DifferenceKind kind, const QString &outOrderNo,
                               const QString &key) const
{
    Difference d;
    d.period = m_period;
    d.kind = kind;
    d.outOrderNo = outOrderNo;
    d.diffKey = differenceKindCode(kind) + u':' + key;
    return d;
}

bool PreauthChecks::frozenNeverReleased(QList<Difference> *out, QString *error) const
{
    // Only the stale orders come back: a million authorized orders are filtered in the database.
    StoreQuery q(m_db, QStringLiteral(
                           "SELECT x.out_order_no, x.rest_fen, x.created_at, x.last FROM (SELECT "
                           "o.out_order_no, o.rest_fen, o.created_at, (SELECT MAX(f.happened_at) "
                           "FROM ledger_facts f WHERE f.kind IN ('operation', 'trade', 'refund') "
                           "AND f.out_order_no = o.out_order_no AND f.happened_at < :end) AS last "
                           "FROM orders o WHERE o.status = 'AUTHORIZED' AND o.rest_fen > 0 AND "
                           "o.created_at < :end) x WHERE COALESCE(x.last, x.created_at) < :stale "
                           "ORDER BY %1x.out_order_no")
                           // SQLite would walk every order by its number to spare the sort; with
                           // the unary + it takes orders_status_created and sorts the few found.
                           .arg(m_db.driverName() == u"QSQLITE" ? QStringLiteral("+") : QString()));
    const qint64 staleBefore = m_to - m_staleDays * DayMs;
    q.bind(QStringLiteral("end"), m_to).bind(QStringLiteral("stale"), staleBefore);
    if (!q.exec()) {
        *error = q.errorString();
        return false;
    }
    while (q.next()) {
        const qint64 last = q.value(3).isNull() ? q.int64(2) : q.int64(3);
        if (last >= staleBefore)
            continue;
        Difference d = make(DifferenceKind::FrozenNeverReleased, q.text(0), q.text(0));
        d.ledgerAmount = Money::fromFen(q.int64(1));
        d.ledgerStatus = QStringLiteral("AUTHORIZED");
        d.happened = utc(last);
        out->append(d);
    }
    return true;
}

bool PreauthChecks::restNeverUnfrozen(QList<Difference> *out, QString *error) const
{
    StoreQuery q(
        m_db,
        QStringLiteral(
            "SELECT t.out_order_no, t.request_no, t.alipay_no, t.amount_fen, t.happened_at, "
            "o.rest_fen FROM ledger_facts t JOIN orders o ON o.out_order_no = t.out_order_no "
            "WHERE t.kind = 'trade' AND t.happened_at >= :from AND t.happened_at < :to AND "
            "t.status IN ('TRADE_SUCCESS', 'TRADE_FINISHED') AND o.status = 'AUTHORIZED' AND "
            "o.rest_fen > 0 AND NOT EXISTS (SELECT 1 FROM ledger_facts g WHERE g.kind = t.kind "
            "AND g.out_order_no = t.out_order_no AND g.fact_key = t.fact_key AND g.revision > "
            "t.revision) AND NOT EXISTS (SELECT 1 FROM ledger_facts later WHERE later.kind = "
            "'trade' AND later.out_order_no = t.out_order_no AND later.happened_at > "
            "t.happened_at AND later.status IN ('TRADE_SUCCESS', 'TRADE_FINISHED')) AND NOT "
            "EXISTS (SELECT 1 FROM intents i WHERE i.kind = 'pay' AND i.request_no = "
            "t.request_no AND i.parameters NOT LIKE '%NOT_COMPLETE%') ORDER BY t.happened_at"));
    q.bind(QStringLiteral("from"), m_from).bind(QStringLiteral("to"), m_to);
    if (!q.exec()) {
        *error = q.errorString();
        return false;
    }
    while (q.next()) {
        Difference d = make(DifferenceKind::RestNeverUnfrozen, q.text(0), q.text(1));
        d.outTradeNo = q.text(1);
        d.tradeNo = q.text(2);
        d.ledgerAmount = Money::fromFen(q.int64(5));
        d.ledgerStatus = QStringLiteral("AUTHORIZED");
        d.happened = utc(q.int64(4));
        out->append(d);
    }
    return true;
}

bool PreauthChecks::violationNotReported(QList<Difference> *out, QString *error) const
{
    StoreQuery q(
        m_db, QStringLiteral("SELECT m.out_order_no, MIN(m.at_ms) FROM order_marks m WHERE "
                             "m.mark = 'VIOLATED' AND NOT EXISTS (SELECT 1 FROM "
                             "intents i WHERE i.out_order_no = m.out_order_no AND i.kind = 'sync' "
                             "AND i.outcome = 'SUCCEEDED' AND i.parameters LIKE '%VIOLATED%') "
                             "GROUP BY m.out_order_no ORDER BY m.out_order_no"));
    if (!q.exec()) {
        *error = q.errorString();
        return false;
    }
    while (q.next()) {
        Difference d = make(DifferenceKind::ViolationNotReported, q.text(0), q.text(0));
        d.ledgerStatus = QStringLiteral("VIOLATED");
        d.happened = utc(q.int64(1));
        out->append(d);
    }
    return true;
}

} // namespace DepositDesk
