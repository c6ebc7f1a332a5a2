#pragma once

#include "sandbox/ledger/Records.h"

#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace DepositDesk::Sandbox {

// How Store maps records to table rows: the column lists (in order), the bound values
// of a record in that order, and a record from a selected row. Money is INTEGER fen, times
// INTEGER UTC milliseconds (NULL when unset), enums their protocol spelling, flags 0/1.
class StoreRows
{
public:
    static const QStringList &orderColumns();
    static const QStringList &operationColumns();
    static const QStringList &tradeColumns();
    static const QStringList &refundColumns();
    static const QStringList &syncColumns();

    static QVariantList values(const FundAuthOrder &order);
    static QVariantList values(const FundAuthOperation &operation);
    static QVariantList values(const Trade &trade);
    static QVariantList values(const Refund &refund);
    static QVariantList values(const OrderInfoSyncRecord &sync);

    // From a row selected with the matching column list.
    static FundAuthOrder readOrder(const QSqlQuery &query);
    static FundAuthOperation readOperation(const QSqlQuery &query);
    static Trade readTrade(const QSqlQuery &query);
    static Refund readRefund(const QSqlQuery &query);
    static OrderInfoSyncRecord readSync(const QSqlQuery &query);
};

} // namespace DepositDesk::Sandbox
