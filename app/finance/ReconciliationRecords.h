#pragma once

#include "finance/ReconciliationTypes.h"

#include "store/StoreResult.h"

#include <QJsonObject>

namespace DepositDesk {

class Clock;
class Store;

// The stored runs and differences of reconciliations (tables reconciliations and
// recon_differences, migration 9). Used by ReconciliationService (which checks the rights and
// audits); on any thread, through that thread's connection.
class ReconciliationRecords
{
public:
    explicit ReconciliationRecords(const Store &store);
    ReconciliationRecords(const Store &store, const Clock &clock);

    // Inserts the run (id and startedAt are set on return).
    StoreResult beginRun(ReconciliationRun &run);
    // In one transaction: every difference found is inserted, or — found again in the period
    // (same diff_key) — updated with what this run saw, keeping its resolution and note; then
    // the run gets its totals and finishedAt. The differences' ids are set on return.
    StoreResult finishRun(ReconciliationRun &run, QList<Difference> &found);

    // The period's latest run of a trade bill, or of a bill of `billType`.
    std::optional<ReconciliationRun>
    latestRun(const QString &period, const QString &billType = QLatin1String(TradeBillType)) const;
    QList<ReconciliationRun> runs(const QString &period = {}) const; // newest first
    // The differences of the runs of filter.billType (their kinds only).
    QList<Difference> differences(const DifferenceFilter &filter) const;
    std::optional<Difference> difference(qint64 id) const;
    // `correction`: the code of the correction that resolved it ("" for a note alone).
    StoreResult resolve(qint64 id, const QString &operatorLogin, const QString &note,
                        const QString &correction = {});

    static QJsonObject totalsToJson(const ReconciliationTotals &totals);
    static ReconciliationTotals totalsFromJson(const QJsonObject &json);

private:
    QList<ReconciliationRun> selectRuns(const QString &where, const QString &period,
                                        int limit) const;

    const Store &m_store;
    const Clock &m_clock;
};

} // namespace DepositDesk
