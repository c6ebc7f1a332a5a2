#pragma once

#include "sandbox/bills/BillLine.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace DepositDesk::Sandbox {

class BillPeriod;

// The two files of an account bill (账务明细, bill_type=signcustomer, docs/alipay-protocol.md
// §8.4): every balance movement the trade lines cause, with a running balance, and a summary per
// business type. The column list is uncertain in the reference; the sandbox convention is
// written in app/sandbox/README.md.
class AccountBillCsv
{
public:
    // One balance movement.
    struct Movement
    {
        QString serialNo;   // 账务流水号
        QString businessNo; // 业务流水号 (the trade number)
        QString outTradeNo;
        QString subject;
        QDateTime at;
        QString counterparty;
        Money income;  // ≥ 0
        Money expense; // ≤ 0
        Money balance; // after this movement
        QString businessType;
        QString remark;
    };

    static QStringList detailColumns();
    static QStringList summaryColumns();

    // The movements of `lines` in order: a trade is an income (在线支付) and its fee an expense
    // (收费); a refund is an expense (交易退款) and a fee given back an income (收费退回).
    static QList<Movement> movements(const BillLines &lines, Money openingBalance);

    static QString detail(const QList<Movement> &movements, const QString &account,
                          const BillPeriod &period, const QDateTime &exportedAt);
    static QString summary(const QList<Movement> &movements, Money openingBalance,
                           const QString &account, const BillPeriod &period,
                           const QDateTime &exportedAt);
};

} // namespace DepositDesk::Sandbox
