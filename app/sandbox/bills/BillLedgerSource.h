#pragma once

#include "sandbox/bills/BillLine.h"

#include <QHash>
#include <QString>

namespace DepositDesk::Sandbox {

class BillPeriod;
class Ledger;
struct Trade;

// Turns the sandbox ledger's trades (转支付) and refunds of one app into bill lines for a
// period. Service fee [sandbox convention]: 0.6 % of the paid amount, rounded half up to the fen
// and charged on payment; refunds give back the fee of the refunded part, computed on the
// cumulative refunded amount so that a full refund returns exactly the fee charged.
class BillLedgerSource
{
public:
    explicit BillLedgerSource(const Ledger &ledger);

    // Store names printed next to store ids (trades only carry the id).
    void setStoreNames(const QHash<QString, QString> &names) { m_storeNames = names; }

    // Every payment and refund of the app completed in [period start, period end).
    BillLines lines(const QString &appId, const BillPeriod &period) const;
    // The merchant PID of the app's trades in those lines (seller_id); empty if none.
    static QString merchantPid(const QString &appId, const Ledger &ledger);

    static Money serviceFee(Money paid);
    // 对方账户 as the bill prints it: the masked real name and the masked logon id,
    // e.g. **学(173****5678); only the logon id when no name is known.
    static QString billAccount(const QString &name, const QString &maskedLogonId);
    // A real name as Alipay shows it: every character but the last one starred (*明, **学).
    static QString maskRealName(const QString &name);

private:
    BillLine tradeLine(const Trade &trade) const;

    const Ledger &m_ledger;
    QHash<QString, QString> m_storeNames;
};

} // namespace DepositDesk::Sandbox
