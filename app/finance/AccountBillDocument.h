#pragma once

#include "finance/BillDocument.h"

#include "domain/Money.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace DepositDesk {

// What a business type (业务类型) of an account bill means for reconciliation
// (docs/alipay-protocol.md §8.4).
enum class AccountBusiness : quint8 {
    Payment,     // 在线支付: a charge paid in
    Refund,      // 交易退款: a refund paid out
    Fee,         // 收费: Alipay's service fee
    FeeRefund,   // 收费退回: a fee given back
    TransferOut, // 提现 / 转账: money taken out of the account
    Other,       // anything else (kept, totalled, not matched)
};
AccountBusiness accountBusinessOf(const QString &businessType);

// One movement of the merchant's Alipay balance: a line of the account bill's detail file
// (账务明细). Numbers are ASCII views into ParsedAccountBill::textStore (as in BillDetailLine).
struct AccountMovement
{
    int lineNumber = 0;    // 1-based line in the detail file
    QByteArray serialNo;   // 账务流水号
    QByteArray businessNo; // 业务流水号: the Alipay trade number of a payment or refund
    QByteArray outTradeNo; // 商户订单号
    qint64 atMs = 0;       // 发生时间, ms since epoch (China time in the file)
    QString counterparty;  // 对方账号
    Money income;          // 收入金额（+元）: ≥ 0
    Money expense;         // 支出金额（-元）: ≤ 0, as printed
    Money balance;         // 账户余额（元） after the movement
    AccountBusiness business = AccountBusiness::Other;
    QString businessType; // 业务类型 as printed
    QString remark;       // 备注 (the sandbox writes a refund's out_request_no there)
    Money amount() const { return income + expense; }
};

// Income and expense of one business type, as counted or as a summary row states them.
struct AccountTypeTotals
{
    QString businessType; // 业务类型; 合计 for the grand total
    int incomeCount = 0;
    int expenseCount = 0;
    Money income;  // ≥ 0
    Money expense; // ≤ 0
    int line = 0;  // the summary row's line (0 when counted from the lines)
    bool operator==(const AccountTypeTotals &o) const
    {
        return incomeCount == o.incomeCount && expenseCount == o.expenseCount &&
               income == o.income && expense == o.expense;
    }
};

// The summary file (账务明细(汇总)): a row per business type, the 合计 row and the balances.
struct AccountBillSummary
{
    QList<AccountTypeTotals> types;
    AccountTypeTotals total;
    std::optional<Money> opening; // 期初余额
    std::optional<Money> closing; // 期末余额
    int balanceLine = 0;
};

// Where the running balance does not chain: previous balance + income + expense ≠ balance.
struct AccountBalanceBreak
{
    int lineNumber = 0;
    QByteArray serialNo;
    Money expected; // previous balance + this movement
    Money stated;   // 账户余额 as printed
};

// One account bill archive, parsed (AccountBillParser). Movements in file order.
struct ParsedAccountBill
{
    QString account;
    qint64 periodFromMs = 0;
    qint64 periodToMs = 0;
    QString detailFileName;
    QString summaryFileName; // empty when the archive has no summary file
    std::vector<AccountMovement> movements;
    // The footer: 收入合计 (income) and 支出合计 (expense), counts and amounts.
    AccountTypeTotals footer;
    int footerExpenseLine = 0;
    std::optional<AccountBillSummary> summary;
    std::vector<AccountBalanceBreak> balanceBreaks; // filled when the parse does not refuse them
    std::shared_ptr<const BillTextStore> textStore;

    Money opening() const; // the balance before the first movement (0 without movements)
    Money closing() const; // the balance after the last one
};

} // namespace DepositDesk
