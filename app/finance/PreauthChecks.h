#pragma once

#include "finance/ReconciliationTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace DepositDesk {

// The pre-authorization checks no bill shows, over the order index, the ledger, the
// intent journal and the order marks. Run by ReconciliationEngine for a period, and by the work
// queue (services/queue/WorkQueue) over the whole index up to now.
//
// - FrozenNeverReleased: an authorized order with something still frozen, created before the
//   period's end, whose last known activity (ledger time, else creation) is more than staleDays
//   before the period's end.
// - RestNeverUnfrozen: a charge that succeeded in the period, the order's last one, sent with
//   auth_confirm_mode NOT_COMPLETE (or charged outside the console: no intent says COMPLETE),
//   and the order still authorized with something frozen.
// - ViolationNotReported: an order marked VIOLATED (at any time: the check says what is still
//   owed to Sesame now) with no succeeded orderinfo.sync intent reporting VIOLATED.
class PreauthChecks
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::ReconciliationEngine)

public:
    PreauthChecks(const QSqlDatabase &db, const QString &period, qint64 periodFromMs,
                  qint64 periodToMs, int staleDays);

    bool run(QList<Difference> *differences, QString *error) const;

    // With at least `minOrders` authorized orders, the stale-freeze check (a look-up of the
    // ledger per order) reads the newer half of the orders on a second connection of its own,
    // on a second thread, while this one reads the older half. SQLite database files only; the
    // caller's connection must hold no uncommitted writes (ReconciliationEngine reads only).
    void splitAcrossConnections(qint64 minOrders = SplitWorthFrom) { m_splitFrom = minOrders; }
    // Below this, a second connection costs more than it saves.
    static constexpr qint64 SplitWorthFrom = 20000;

private:
    bool frozenNeverReleased(QList<Difference> *out, QString *error) const;
    // The check over the orders created in [fromMs, toMs) on `db`.
    bool frozenNeverReleased(const QSqlDatabase &db, qint64 fromMs, qint64 toMs,
                             QList<Difference> *out, QString *error) const;
    // Where to split the authorized orders in two halves by creation, or nullopt when too few.
    std::optional<qint64> splitPoint() const;
    bool restNeverUnfrozen(QList<Difference> *out, QString *error) const;
    bool violationNotReported(QList<Difference> *out, QString *error) const;
    Difference make(DifferenceKind kind, const QString &outOrderNo, const QString &key) const;

    QSqlDatabase m_db;
    QString m_period;
    qint64 m_from;
    qint64 m_to;
    int m_staleDays;
    qint64 m_splitFrom = -1; // no split
};

} // namespace DepositDesk
