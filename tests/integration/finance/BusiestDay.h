#pragma once

// Test helper: the seeded day of a demo ledger whose bills the finance tests reconcile.

#include "store/Store.h"
#include "store/StoreQuery.h"

#include <QDate>
#include <QDateTime>

namespace DepositDesk::Testing {

struct SeededDay
{
    QString day;        // yyyy-MM-dd (China time)
    qint64 startMs = 0; // its first instant, ms since the epoch
    qint64 charges = 0; // the charges of our ledger that day
};

// The day before today (China time) with the most charges in the ledger; charges 0 when none.
inline SeededDay busiestPastDay(const Store &store)
{
    constexpr qint64 DayMs = 86400000;
    constexpr qint64 ChinaOffsetMs = 8 * 3600 * 1000;
    const qint64 today = (QDateTime::currentMSecsSinceEpoch() + ChinaOffsetMs) / DayMs;
    StoreQuery q(store.database(),
                 QStringLiteral("SELECT (happened_at + :off) / :day AS d, COUNT(*) FROM "
                                "ledger_facts WHERE kind = 'trade' AND happened_at IS NOT "
                                "NULL GROUP BY d HAVING (happened_at + :off) / :day < :today "
                                "ORDER BY COUNT(*) DESC, d LIMIT 1"));
    q.bind(QStringLiteral("off"), ChinaOffsetMs)
        .bind(QStringLiteral("day"), DayMs)
        .bind(QStringLiteral("today"), today);
    if (!q.exec() || !q.next())
        return {};
    const qint64 day = q.int64(0);
    return {QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate), day * DayMs - ChinaOffsetMs,
            q.int64(1)};
}

} // namespace DepositDesk::Testing
