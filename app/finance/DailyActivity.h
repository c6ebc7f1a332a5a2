#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QList>

#include <optional>

namespace DepositDesk {

class Store;

// Daily sums over a period from the ledger (latest revision of each fact, succeeded only, China
// days): charges (trade.pay TRADE_SUCCESS/TRADE_FINISHED), refunds (REFUND_SUCCESS), unfreezes
// (UNFREEZE operations SUCCESS). Every day of [from, to] is present, zero when quiet.
struct DayActivity
{
    QDate day;
    Money charges;
    Money refunds;
    Money unfreezes;
    int chargeCount = 0;
    int refundCount = 0;
    int unfreezeCount = 0;
};

class DailyActivity
{
public:
    // nullopt with *error on a database failure. Runs on any thread (its own connection).
    static std::optional<QList<DayActivity>> load(const Store &store, const QDate &from,
                                                  const QDate &to, QString *error = nullptr);
};

} // namespace DepositDesk
