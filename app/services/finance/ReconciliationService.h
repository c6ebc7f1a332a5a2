#pragma once

#include "domain/Nodiscard.h"
#include "finance/DailyActivity.h"
#include "finance/ReconciliationTypes.h"

#include "domain/OperatorSession.h"
#include "store/StoreResult.h"
#include "store/StoreTask.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace DepositDesk {

class Store;
struct BillFileRecord;

// Runs a reconciliation of one downloaded bill off the UI thread (a trade bill: parse with
// BillParser, match with ReconciliationEngine; an account bill (signcustomer): parse with
// AccountBillParser, match with AccountReconciliation against the ledger and the period's
// downloaded trade bill; then store the run and its differences), and lets finance work the
// differences. Needs Capability::RunReconciliation for every call (refused in the service).
// Also reads the daily activity for the finance chart off the UI thread. Both run on this
// service's StoreWorker (store/StoreWorker.h).
//
// A re-run of the same period finds the same differences again by diff_key: resolutions and
// notes are kept; differences no longer found are kept but marked gone (lastRunId < the run).
// Audited: "reconciliation.run" (bill, period, counts), "reconciliation.resolved" (difference,
// kind, note).
class ReconciliationService : public QObject
{
    Q_OBJECT

public:
    enum class Status { Done, Refused, Failed, Cancelled };
    Q_ENUM(Status)

    struct DD_NODISCARD Result
    {
        Status status = Status::Failed;
        QString message; // translated; for a refused bill: file, line and reason
        ReconciliationRun run;
    };

    explicit ReconciliationService(const Store &store, QObject *parent = nullptr);
    ~ReconciliationService() override; // cancels a run and waits for the work still running

    // One run at a time; false (nothing started) while one runs or without the right.
    bool start(const OperatorSession &session, qint64 billFileId);
    void cancel();
    // True until finished() has been emitted for the run.
    bool isRunning() const;

    // The daily charges, refunds and unfreezes of [from, to] (DailyActivity::load), read off the
    // calling thread: done(days, error) follows on context's thread, days nullopt with the
    // database's error on a failure; never if context is destroyed first. The task is busy until
    // done has returned.
    using DailyActivityDone =
        std::function<void(std::optional<QList<DayActivity>> days, const QString &error)>;
    StoreTask dailyActivity(const QDate &from, const QDate &to, const QObject *context,
                            DailyActivityDone done);

    // Reads (UI thread is fine: bounded by the filter's limit).
    // The period's latest run of a bill of `billType` (trade / signcustomer).
    std::optional<ReconciliationRun>
    latestRun(const QString &period, const QString &billType = QLatin1String(TradeBillType)) const;
    QList<ReconciliationRun> runs(const QString &period = {}) const; // newest first
    // The differences of the runs of filter.billType.
    QList<Difference> differences(const OperatorSession &session,
                                  const DifferenceFilter &filter) const;
    // Marks a difference resolved with a note (required, trimmed); resolving again replaces the
    // note (both audited).
    StoreResult resolve(const OperatorSession &session, qint64 differenceId, const QString &note);

Q_SIGNALS:
    void progress(const QString &stage, int percent); // stage translated: "Reading the bill" ...
    void finished(const DepositDesk::ReconciliationService::Result &result);
    void differencesChanged(const QString &period);

private:
    // The worker's part (any thread): parse, match, store, audit.
    static Result run(const Store &store, const OperatorSession &session, qint64 billFileId,
                      const std::atomic<bool> *cancel,
                      const std::function<void(const QString &stage, int percent)> &report);
    static StoreResult save(const Store &store, ReconciliationRun &run,
                            QList<Difference> &differences, const BillFileRecord &file);

    struct Private;
    const Store &m_store;
    std::unique_ptr<Private> d;
};

} // namespace DepositDesk

Q_DECLARE_METATYPE(DepositDesk::ReconciliationService::Result)
