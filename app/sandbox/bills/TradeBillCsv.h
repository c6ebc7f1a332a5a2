#pragma once

#include "sandbox/bills/BillLine.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace DepositDesk::Sandbox {

class BillPeriod;

// The two files of a trade bill (收单业务账单, docs/alipay-protocol.md §8.2 and §8.3): the detail
// list (业务明细) and the per-store summary (业务明细(汇总)). Lines are taken as given, in order.
class TradeBillCsv
{
public:
    static QStringList detailColumns();
    static QStringList summaryColumns();

    static QString detail(const BillLines &lines, const QString &account, const BillPeriod &period,
                          const QDateTime &exportedAt);
    static QString summary(const BillLines &lines, const QString &account, const BillPeriod &period,
                           const QDateTime &exportedAt);
};

} // namespace DepositDesk::Sandbox
