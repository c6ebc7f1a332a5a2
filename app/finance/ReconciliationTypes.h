#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

// What reconciliation can find. Matched lines are only counted.
enum class DifferenceKind {
    AmountDiffers,        // the same charge/refund, another amount
    BillOnly,             // in the bill, not in our ledger
    LedgerOnly,           // in our ledger (succeeded in the period), not in the bill
    StatusDiffers,        // in both, but our ledger says it did not succeed (or was closed)
    FrozenNeverReleased,  // authorization still frozen with nothing left to do
    RestNeverUnfrozen,    // charged with NOT_COMPLETE, the rest never unfrozen
    ViolationNotReported, // order marked VIOLATED, never reported to Sesame
    TotalsDiffer,         // a total (income, refunds, fees, net, counts) disagrees
    // Account bill (账务明细) runs:
    AccountMovementOnly,  // a payment or refund movement with no succeeded ledger entry
    LedgerNotInAccount,   // a charge or refund of our ledger in the period with no movement
    AccountAmountDiffers, // the movement and the ledger entry have other amounts
    AccountTotalsDiffer,  // the bill's own totals, or its totals against the trade bill
    BalanceBroken,        // the running balance does not chain at a movement
};
QString differenceKindCode(DifferenceKind kind); // "amount_differs" ...
std::optional<DifferenceKind> differenceKindFromCode(QStringView code);
QString differenceKindDisplayName(DifferenceKind kind); // translated
QList<DifferenceKind> allDifferenceKinds();
// The kinds an account bill run finds (the others are a trade bill run's).
bool isAccountBillKind(DifferenceKind kind);

// The bill types of downloadurl.query (docs/alipay-protocol.md §6.11) a run reconciles.
inline const char *const TradeBillType = "trade";
inline const char *const AccountBillType = "signcustomer";

struct Difference
{
    qint64 id = 0;   // 0 until stored
    QString period;  // the bill's date: yyyy-MM-dd or yyyy-MM
    QString diffKey; // stable identity within the period: a re-run finds it again
    DifferenceKind kind = DifferenceKind::BillOnly;
    QString outOrderNo; // empty when unknown (a bill-only line of a trade we never saw)
    QString tradeNo;
    QString outTradeNo;
    QString outRequestNo;
    std::optional<Money> billAmount;
    std::optional<Money> ledgerAmount;
    QString billStatus;
    QString ledgerStatus;
    QDateTime happened; // when it happened (bill completion time, or ledger time)
    QString detail;     // translated sentence for people
    qint64 firstRunId = 0;
    qint64 lastRunId = 0;
    QString resolvedBy; // empty: open
    QDateTime resolvedAt;
    QString note;
    QString correction; // how it was resolved when not only by a note: "refresh_order" ...
    bool isResolved() const { return !resolvedBy.isEmpty(); }
};

// Totals of one side (bill lines, or our ledger over the same period).
struct SideTotals
{
    int tradeCount = 0;
    int refundCount = 0;
    Money income;  // sum of charges (merchant receipt)
    Money refunds; // sum of refunds, positive
    Money fees;    // service fees, positive = charged to the merchant
    Money net() const { return income - refunds - fees; }
};

// The money an account bill moved, by what it was for (docs/alipay-protocol.md §8.4): all
// positive amounts; and how its totals compared with the trade bill of the same period.
struct AccountBillTotals
{
    int movements = 0;
    Money income;       // 在线支付
    Money refunds;      // 交易退款
    Money fees;         // 收费
    Money feeRefunds;   // 收费退回
    Money transfersOut; // 提现 / 转账
    Money otherIn;      // any other business type, income
    Money otherOut;     // any other business type, expense
    Money opening;      // the balance before the first movement
    Money closing;      // the balance after the last one
    int balanceBreaks = 0;
    enum class TradeBill { NotDownloaded, Unreadable, Compared };
    TradeBill tradeBill = TradeBill::NotDownloaded;
    QString tradeBillFile; // the trade bill compared with (or refused)
    bool tradeBillAgrees = true;
};

struct ReconciliationTotals
{
    SideTotals bill;
    SideTotals ledger;
    int matched = 0;
    int knownExternal = 0; // bill lines finance recorded as known external payments (explained)
    QList<std::pair<DifferenceKind, int>> differences; // count per kind, kinds with count > 0
    bool footerAgrees = true;  // detail lines vs the detail file's footer lines
    bool summaryAgrees = true; // detail lines vs the summary's 合计 row (true when none)
    bool hasSummary = false;
    std::optional<AccountBillTotals> account; // set for an account bill run
};

// One stored run (table reconciliations).
struct ReconciliationRun
{
    qint64 id = 0;
    qint64 billFileId = 0;
    QString period;
    QString operatorLogin;
    QDateTime startedAt;
    QDateTime finishedAt;
    ReconciliationTotals totals;
};

struct DifferenceFilter
{
    QString period;                                        // required: the period reconciled
    QString billType = QString::fromLatin1(TradeBillType); // the runs of this bill type
    std::optional<DifferenceKind> kind;                    // every kind when empty
    std::optional<QDate> from, to;                         // China days of `happened`, inclusive
    std::optional<Money> minAmount, maxAmount; // on the larger of bill/ledger amount (absolute)
    bool includeResolved = true;
    bool includeGone = false; // differences the latest run no longer found
    int limit = 10000;
};

} // namespace DepositDesk
