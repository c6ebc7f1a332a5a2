#include "finance/DailyActivity.h"

#include "domain/ChinaTime.h"
#include "store/Store.h"
#include "store/StoreQuery.h"

namespace DepositDesk {

namespace {

constexpr qint64 DayMs = 86400LL * 1000;
constexpr qint64 ChinaOffsetMs = qint64(ChinaTime::OffsetSeconds) * 1000;

// Milliseconds since the epoch of 00:00 China time on `day`.
qint64 chinaMidnightMs(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - ChinaOffsetMs;
}

// One pass over the period: the latest revision of each fact, succeeded, summed per China day
// (days counted from the epoch in GMT+8: + 8 h, integer division by 86,400,000 ms on both
// SQLite and PostgreSQL).
const QString ActivitySql = QStringLiteral(
    "SELECT (f.happened_at + 28800000) / 86400000 AS d, f.kind, COUNT(*), SUM(f.amount_fen) "
    "FROM ledger_facts f WHERE f.happened_at >= :from AND f.happened_at < :to AND ("
    "(f.kind = 'trade' AND f.status IN ('TRADE_SUCCESS', 'TRADE_FINISHED')) OR "
    "(f.kind = 'refund' AND f.status = 'REFUND_SUCCESS') OR "
    "(f.kind = 'operation' AND f.type = 'UNFREEZE' AND f.status = 'SUCCESS')) "
    "AND f.revision = (SELECT MAX(g.revision) FROM ledger_facts g WHERE g.kind = f.kind AND "
    "g.out_order_no = f.out_order_no AND g.fact_key = f.fact_key) "
    "GROUP BY 1, 2");

} // namespace

std::optional<QList<DayActivity>> DailyActivity::load(const Store &store, const QDate &from,
                                                      const QDate &to, QString *error)
{
    QList<DayActivity> days;
    if (!from.isValid() || !to.isValid() || to < from)
        return days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        days.append({d, {}, {}, {}, 0, 0, 0});

    StoreQuery q(store.database(), ActivitySql);
    q.bind(QStringLiteral("from"), chinaMidnightMs(from))
        .bind(QStringLiteral("to"), chinaMidnightMs(to.addDays(1)));
    if (!q.exec()) {
        if (error)
            *error = q.errorString();
        return std::nullopt;
    }
    const qint64 firstDay = (chinaMidnightMs(from) + ChinaOffsetMs) / DayMs;
    while (q.next()) {
        const qint64 index = q.int64(0) - firstDay;
        if (index < 0 || index >= days.size())
            continue;
        DayActivity &day = days[index];
        const QString kind = q.text(1);
        const int count = q.value(2).toInt();
        const Money sum = Money::fromFen(q.int64(3));
        if (kind == u"trade") {
            day.chargeCount += count;
            day.charges += sum;
        } else if (kind == u"refund") {
            day.refundCount += count;
            day.refunds += sum;
        } else {
            day.unfreezeCount += count;
            day.unfreezes += sum;
        }
    }
    return days;
}

} // namespace DepositDesk
