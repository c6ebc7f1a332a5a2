#pragma once

#include "finance/AccountBillDocument.h"
#include "finance/ReconciliationEngine.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>

namespace DepositDesk {

class Store;

// Matches the fund movements of a parsed account bill (账务明细, docs/alipay-protocol.md §8.4)
// with the ledger of the same period, and its totals with the trade bill of that period; writes
// nothing. Payments in (在线支付) are matched with our succeeded charges by trade_no (业务流水号),
// else out_trade_no; refunds out (交易退款) with our succeeded refunds of that charge (by the
// out_request_no in 备注, else by amount). Fees, fee refunds, transfers out and other movements
// are totalled, not matched. Finds AccountMovementOnly, LedgerNotInAccount, AccountAmountDiffers,
// BalanceBroken (ParsedAccountBill::balanceBreaks) and AccountTotalsDiffer (the footer, the
// summary, the trade bill). Reads the ledger through this thread's connection of `store` (call
// it on a worker thread).
class AccountReconciliation
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::AccountReconciliation)

public:
    struct Options
    {
        QString period; // the bill's date (yyyy-MM-dd or yyyy-MM), copied into the differences
        // The trade bill of the same period, parsed (its totals are compared), or null with
        // tradeBillState saying why not (not downloaded, or refused).
        const ParsedBill *tradeBill = nullptr;
        AccountBillTotals::TradeBill tradeBillState = AccountBillTotals::TradeBill::NotDownloaded;
        QString tradeBillFile;
        const std::atomic<bool> *cancel = nullptr;
        std::function<void(int percent)> progress;
    };

    using Report = ReconciliationEngine::Report;

    // nullopt with *error (translated) on a database failure or a cancel.
    static std::optional<Report> reconcile(const Store &store, const ParsedAccountBill &bill,
                                           const Options &options, QString *error);

    // The movements' money by business type, the balances and the breaks (no trade bill part).
    static AccountBillTotals totalsOf(const ParsedAccountBill &bill);
};

} // namespace DepositDesk
