#pragma once

#include "finance/ReconciliationTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

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

private:
    bool frozenNeverReleased(QList<Difference> *out, QString *error) const;
    bool restNeverUnfrozen(QList<Difference> *out, QString *error) const;
    bool violationNotReported(QList<Difference> *out, QString *error) const;
    Difference make(DifferenceKind kind, const QString &outOrderNo, const QString &key) const;

    QSqlDatabase m_db;
    QString m_period;
    qint64 m_from;
    qint64 m_to;
    int m_staleDays;
};

} // namespace DepositDesk
