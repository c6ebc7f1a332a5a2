#pragma once

#include "domain/Money.h"

#include <QDateTime>
#include <QString>

namespace DepositDesk {

// Where the ledger learned a fact.
enum class FactSource {
    OurAction,    // the synchronous answer to a call the console made
    Query,        // a detail / trade / refund query
    Notification, // Alipay's asynchronous notification
    Bill,         // the reconciliation bill
    Import,       // the merchant's order export
};

QString factSourceCode(FactSource source);

// One row of the ledger: one revision of what was known about an operation, trade or refund.
struct LedgerEntry
{
    enum class Kind { Operation, Trade, Refund };

    qint64 id = 0;
    Kind kind = Kind::Operation;
    QString outOrderNo;
    QString factKey;   // identity within the order: "FREEZE:req1", "out_trade_no", "trade:req"
    int revision = 1;  // 1 for the first knowledge, +1 for each change
    QString alipayNo;  // operation_id / trade_no
    QString requestNo; // out_request_no / out_trade_no
    QString parentNo;  // refunds: the trade's out_trade_no
    QString type;      // operations: FREEZE / UNFREEZE / PAY
    QString status;
    Money amount;
    Money credit;
    Money fund;
    QDateTime happened;
    QString source; // factSourceCode()
    QDateTime recorded;
};

} // namespace DepositDesk
