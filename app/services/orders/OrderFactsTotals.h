#pragma once

#include "domain/Money.h"
#include "domain/OperationRecord.h"
#include "domain/RefundRecord.h"
#include "domain/TradeRecord.h"
#include "store/LedgerEntry.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace DepositDesk {

class Ledger;

// What the ledger's latest facts of one order add up to (OrderFacts compares the figures before
// and after recording new facts and moves the order's row by the difference, so that an order
// imported with history the ledger never saw keeps that history).
//
// A charge is counted once per out_trade_no, whether the ledger knows it as a trade, as a PAY
// operation or both: paid when its trade is TRADE_SUCCESS / TRADE_FINISHED, when its PAY
// operation is SUCCESS, or when it is TRADE_CLOSED after having been paid (a charge refunded in
// full closes; the ledger's history or a successful refund shows it was paid).
struct OrderFactsTotals
{
    struct Charge
    {
        Money amount;
        QString tradeNo;
    };

    Money unfrozen; // UNFREEZE operations that are SUCCESS
    Money paid;
    Money refunded;                        // refunds that are REFUND_SUCCESS
    QMap<QString, Charge> charges;         // paid charges by out_trade_no (or trade_no)
    QMap<QString, Charge> refunds;         // successful refunds by "trade:out_request_no"
    std::optional<OperationRecord> freeze; // the latest FREEZE operation

    // everPaid: charges (out_trade_no or trade_no) that some revision shows as paid.
    static OrderFactsTotals of(const QList<OperationRecord> &operations,
                               const QList<TradeRecord> &trades, const QList<RefundRecord> &refunds,
                               const QSet<QString> &everPaid = {});
    static OrderFactsTotals of(const Ledger &ledger, const QString &outOrderNo);
    // From the order's Ledger::history(), already read.
    static OrderFactsTotals of(const QList<LedgerEntry> &history);
};

} // namespace DepositDesk
