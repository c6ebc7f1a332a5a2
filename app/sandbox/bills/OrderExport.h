#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace DepositDesk::Sandbox {

class Ledger;

// The merchant's order list as the sandbox knows it, as CSV for the console's import: UTF-8
// without BOM, one header row of snake_case column names, one row per fund-auth order (oldest
// first), amounts in yuan with two decimals, times "yyyy-MM-dd HH:mm:ss" GMT+8, lists (operation
// ids, trade numbers) joined with '|', cells quoted only when they hold a comma, quote or line
// break. Store and category come from the freeze's extra_param (outStoreCode, outStoreAlias,
// category); the phone tail from the masked logon id. requested_amount is the amount the freeze
// asked for; total_amount (total_freeze_amount) and its credit/fund split stay 0.00 until the user
// authorizes, as detail.query shows them.
class OrderExport
{
public:
    static QStringList columns();
    // Orders of `appId` (empty = every app).
    static QByteArray csv(const Ledger &ledger, const QString &appId = {});
    static bool writeFile(const Ledger &ledger, const QString &appId, const QString &path,
                          QString *error = nullptr);
};

} // namespace DepositDesk::Sandbox
