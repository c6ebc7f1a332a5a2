#pragma once

#include "alipay/FundAuthTypes.h"
#include "store/LedgerEntry.h"

#include "domain/Money.h"
#include "domain/OperationRecord.h"
#include "domain/RefundRecord.h"
#include "domain/TradeRecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace DepositDesk {

// An amount an answer may leave out; a missing one keeps the value the ledger knows.
struct FactAmount
{
    Money value;
    bool known = false;
    static FactAmount of(const std::optional<Money> &m)
    {
        return {m.value_or(Money()), m.has_value()};
    }
};

// The facts of one signed answer about one order, as OrderFacts hands them to OrderFactsWriter:
// ledger records, and what the answer says about the order as a whole.
struct FactBatch
{
    struct Operation
    {
        OperationRecord record;
        FactAmount amount, credit, fund;
    };
    struct Trade
    {
        TradeRecord record;
        FactAmount amount;
    };
    struct Refund
    {
        RefundRecord record;
        FactAmount amount;
    };

    QString outOrderNo;
    QString authNo;
    FactSource source = FactSource::OurAction;
    QList<Operation> operations;
    QList<Trade> trades;
    QList<Refund> refunds;
    const OperationDetail *detail = nullptr; // a detail query: its order-level totals win
    // A notification's order-level figures: used like a detail only to create the index row
    // when the index does not have the order yet (an existing row moves by the facts alone, so
    // a late or repeated notification never rolls its figures back).
    const OperationDetail *seed = nullptr;
    std::optional<CancelResult::Action> cancel; // a freeze cancelled (closed or released)
    bool restReleased = false;                  // a charge with auth_confirm_mode COMPLETE

    static FactBatch of(const QString &outOrderNo, const QString &authNo, FactSource source)
    {
        FactBatch batch;
        batch.outOrderNo = outOrderNo;
        batch.authNo = authNo;
        batch.source = source;
        return batch;
    }
};

} // namespace DepositDesk
