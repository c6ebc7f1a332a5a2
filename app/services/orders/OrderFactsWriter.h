#pragma once

#include "services/orders/OrderFacts.h"
#include "services/orders/OrderFactsTotals.h"

#include <QCoreApplication>

#include <optional>

namespace DepositDesk {

struct FactBatch;

// OrderFacts' one transaction: records a batch of facts in the Ledger, moves the order's index
// row by what the facts add (or sets it from a detail query's totals), and writes the lines
// that say what changed.
class OrderFactsWriter
{
    Q_DECLARE_TR_FUNCTIONS(DepositDesk::OrderFactsWriter)

public:
    explicit OrderFactsWriter(const Store &store);

    StoreResult write(FactBatch batch, FactChanges *changes);

private:
    // `indexed`: the order has a row in the index already.
    StoreResult record(FactBatch &batch, bool indexed, QStringList &lines);
    OrderRecord recompute(OrderRecord row, const FactBatch &batch) const;
    void describe(const std::optional<OrderRecord> &before, const OrderRecord &after,
                  QStringList &lines) const;

    const Store &m_store;
    OrderFactsTotals m_before;
    OrderFactsTotals m_after;
};

} // namespace DepositDesk
