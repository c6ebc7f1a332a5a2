#pragma once

#include "domain/Nodiscard.h"
#include "finance/BillDocument.h"
#include "finance/ReconciliationTypes.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>

namespace DepositDesk {

class Store;

// Matches a parsed trade bill against the ledger of the same period and runs the
// pre-authorization checks; writes nothing. Charges are matched by trade_no, else out_trade_no;
// refunds by (out_trade_no, out_request_no). Reads the ledger through this thread's connection
// of `store` (call it on a worker thread). Must handle a million lines within the memory goal
// (tests/bench/bench_reconcile).
class ReconciliationEngine
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::ReconciliationEngine)

public:
    struct Options
    {
        QString period;     // the bill's date (yyyy-MM-dd or yyyy-MM), copied into the differences
        int staleDays = 30; // FrozenNeverReleased: no activity for this long at the period's end
        const std::atomic<bool> *cancel = nullptr;
        std::function<void(int percent)> progress;
    };

    struct DD_NODISCARD Report
    {
        ReconciliationTotals totals;
        QList<Difference> differences; // id 0; diffKey, kind and the fields set
    };

    // nullopt with *error (translated) on a database failure or a cancel.
    static std::optional<Report> reconcile(const Store &store, const ParsedBill &bill,
                                           const Options &options, QString *error);

    // "trade:<out_trade_no>" / "refund:<out_trade_no>:<out_request_no>" (trade_no when the
    // merchant number is unknown): the same charge or refund gives the same key in every run.
    static QString subjectKey(bool refund, const QString &outTradeNo, const QString &tradeNo,
                              const QString &outRequestNo);
    // A difference of a total (`kind`): keyed "<kind code>:<what>", dated the period's start.
    static Difference totalsDifference(DifferenceKind kind, const QString &what,
                                       const QString &detail, const QString &period,
                                       qint64 periodFromMs);
    // Drops differences found twice (the same diffKey) and counts the rest per kind.
    static void finishReport(Report &report);
};

} // namespace DepositDesk
